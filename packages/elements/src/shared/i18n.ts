/**
 * Translations without a build step (Shoelace style): one typed object per language, chosen by the
 * nearest `lang`, and every text overridable per element through its `texts` property.
 * @module
 */
import type { ErrorKind } from '@klantbeeld/core';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';

/** Every user-facing text of the elements. Functions take the values they interpolate (already formatted). */
export interface Translation {
  /** BCP 47 code, e.g. `nl`. */
  readonly $code: string;
  /** Name of the language in that language, e.g. `Nederlands`. */
  readonly $name: string;
  readonly $dir: 'ltr' | 'rtl';

  // Shared states
  readonly loading: string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly error: Readonly<Record<ErrorKind | 'unknown', string>>;

  // kb-status-tracker
  readonly statusTrackerLoading: string;
  readonly zaakNotFound: string;
  readonly zaaktype: string;
  readonly zaakIdentificatie: string;
  readonly steps: string;
  readonly stepDone: string;
  readonly stepCurrent: string;
  readonly stepUpcoming: string;
  readonly noStatusYet: string;
  readonly noSteps: string;
  readonly startdatum: string;
  readonly afgerondOp: (datum: string) => string;
  readonly resultaat: string;
  readonly behandeldDoor: (naam: string) => string;
  readonly verwachteEinddatum: string;
  readonly uiterlijkeEinddatum: string;

  // kb-lopende-zaken
  readonly lopendeZakenHeading: string;
  readonly afgerondeZakenHeading: string;
  readonly lopendeZakenLoading: string;
  readonly showAfgerondeZaken: string;
  readonly geenLopendeZaken: string;
  readonly geenZaken: string;
  readonly status: string;
  readonly noStatus: string;
  readonly sinds: string;
  readonly gestartOp: string;
  readonly afgerondOpLabel: string;
  readonly behandelaar: string;
}

/** A partial translation: what an element's `texts` property accepts (error messages per kind, too). */
export type TranslationOverrides = Partial<Omit<Translation, 'error'>> & {
  readonly error?: Partial<Translation['error']>;
};

const registry = new Map<string, Translation>();

/** Adds or replaces languages (e.g. a municipality adds Frisian). */
export function registerTranslation(...translations: Translation[]): void {
  for (const t of translations) registry.set(t.$code.toLowerCase(), t);
}

registerTranslation(nl, en);

/** The source language, used when nothing matches. */
export const sourceTranslation: Translation = nl;

/**
 * The translation for a BCP 47 tag: an exact match (`en-gb`), else its primary language (`en`), else Dutch.
 */
export function getTranslation(lang: string | null | undefined): Translation {
  const code = (lang ?? '').trim().toLowerCase();
  if (code) {
    const exact = registry.get(code);
    if (exact) return exact;
    const primary = registry.get(code.split('-')[0] ?? '');
    if (primary) return primary;
  }
  return sourceTranslation;
}
