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
  /** The button under a list that shows more cases. */
  readonly meerZaken: string;
  readonly zakenGetoond: (getoond: string, totaal: string) => string;
  readonly geenZaken: string;
  readonly status: string;
  readonly noStatus: string;
  readonly sinds: string;
  readonly gestartOp: string;
  readonly afgerondOpLabel: string;
  readonly behandelaar: string;

  // kb-taken
  readonly taken: {
    readonly heading: string;
    readonly loading: string;
    readonly geenOpenTaken: string;
    readonly afgerondeTaken: (aantal: number) => string;
    readonly uiterlijk: string;
    readonly geenDeadline: string;
    readonly verlopenOp: (datum: string) => string;
    readonly nogDagen: (dagen: number) => string;
    readonly zaak: string;
    readonly actie: string;
    readonly actieUrl: string;
    readonly actieFormulier: string;
    readonly geenActie: string;
    readonly status: string;
    readonly statussen: Readonly<Record<string, string>>;
  };

  // kb-producten
  readonly producten: {
    readonly heading: string;
    readonly loading: string;
    readonly geenProducten: string;
    readonly aangevraagd: string;
    readonly geleverd: string;
    readonly beeindigd: (aantal: number) => string;
    readonly producttype: string;
    readonly status: string;
    readonly statussen: Readonly<Record<string, string>>;
    readonly onbekendeStatus: string;
    readonly startdatum: string;
    readonly einddatum: string;
    readonly prijs: string;
    readonly prijsPer: Readonly<Record<'eenmalig' | 'maandelijks' | 'jaarlijks', (bedrag: string) => string>>;
    readonly aanvraagZaak: string;
    readonly zaak: string;
    readonly bekijkZaak: string;
    /** Shown for a linked case known only by a URL or URN this site cannot read (another organisation, an archive). */
    readonly zaakElders: string;
  };

  // kb-contact-history
  readonly contactHistory: {
    readonly heading: string;
    readonly loading: string;
    readonly empty: string;
    /** Heading of the upcoming appointments. */
    readonly gepland: string;
    readonly afspraak: string;
    readonly locatie: (waar: string) => string;
    readonly met: (namen: string) => string;
    readonly reactie: (tekst: string) => string;
    readonly vertrouwelijk: string;
    readonly datumOnbekend: string;
    readonly more: string;
    readonly shown: (getoond: string, totaal: string) => string;
    readonly kanalen: Readonly<Record<'telefoon' | 'email' | 'balie' | 'chat' | 'brief' | 'video' | 'whatsapp' | 'socialeMedia' | 'formulier' | 'onbekend', string>>;
  };
  /** kb-status-tracker: live updates and related zaken across organisations. */
  readonly statusTrackerLive: {
    /** Announced politely when the current step changes, e.g. "In behandeling → Besluit genomen". */
    readonly statusChanged: (van: string, naar: string) => string;
    /** Announced when the first status is set. */
    readonly statusSet: (naar: string) => string;
    /** Heading of the nested list of deelzaken. */
    readonly onderdelen: string;
    /** Heading of the nested list of relevante andere zaken. */
    readonly gerelateerd: string;
    /** Who handles a related zaak, e.g. "bij Omgevingsdienst Voorbeeldregio". */
    readonly bij: (organisatie: string) => string;
    /** A related zaak's current status. */
    readonly huidigeStatus: (status: string) => string;
    readonly geenStatus: string;
    readonly afgerond: string;
    /** A deelzaak this site cannot show (another organisation it is not connected to). */
    readonly onbereikbaarOnderdeel: string;
    /** A relevante andere zaak this site cannot show. */
    readonly onbereikbareZaak: string;
  };
}

/** Every key optional, at every depth; texts that are functions are replaced whole. */
type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A partial translation: what an element's `texts` property accepts, e.g. `{ taken: { empty: '…' } }`. */
export type TranslationOverrides = DeepPartial<Translation>;

/**
 * `base` with `overrides` merged in key by key, at every depth. Overrides often come from a JSON attribute, so a
 * value whose type differs from the base's (a string where a function is expected, an unknown key) is ignored
 * rather than allowed to break rendering.
 */
export function mergeTexts<T extends object>(base: T, overrides: unknown): T {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(base)) {
    const given = (overrides as Record<string, unknown>)[key];
    if (given === undefined || typeof given !== typeof value) continue;
    merged[key] = typeof value === 'object' && value !== null ? mergeTexts(value, given) : given;
  }
  return merged as T;
}

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
