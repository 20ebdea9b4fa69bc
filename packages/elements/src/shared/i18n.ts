/**
 * Translations without a build step (Shoelace style): one typed object per language, chosen by the
 * nearest `lang`, and every text overridable per element through its `texts` property.
 * @module
 */
import type { ErrorKind } from '@klantbeeld/core';
import { statesTexts } from './states.texts.js';
import { hasTextsOnDemand, takeTextsOnDemand } from './texts-on-demand.js';
import type { DeprecatedTexts } from './deprecated-texts.js';
import type { ContactHistoryTexts } from '../contact-history/contact-history.texts.js';
import type { KlantvoorkeurenTexts } from '../klantvoorkeuren/klantvoorkeuren.texts.js';
import type { LopendeZakenTexts } from '../lopende-zaken/lopende-zaken.texts.js';
import type { PersoonsgegevensTexts } from '../persoonsgegevens/persoonsgegevens.texts.js';
import type { ProductenTexts } from '../producten/producten.texts.js';
import type { StatusTrackerTexts } from '../status-tracker/status-tracker.texts.js';
import type { TakenTexts } from '../taken/taken.texts.js';
import type { TipsTexts } from '../tips/tips.texts.js';
import type { VerwerkingenTexts } from '../verwerkingen/verwerkingen.texts.js';
import type { ZaakDetailTexts } from '../zaak-detail/zaak-detail.texts.js';

/** The texts every element shares (loading and error states), and the language's name. */
export interface StatesTexts {
  /** BCP 47 code, e.g. `nl`. */
  readonly $code: string;
  /** Name of the language in that language, e.g. `Nederlands`. */
  readonly $name: string;
  readonly $dir: 'ltr' | 'rtl';
  readonly loading: string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly error: Readonly<Record<ErrorKind | 'unknown', string>>;
  /** `<kb-provider>`'s one message when every element fails for the same reason (the gateway is down). */
  readonly outageTitle: string;
  /** Its title when the session expired. */
  readonly sessionTitle: string;
  /** Its link to sign in again. */
  readonly signIn: string;
  /** The short note of an element whose failure that message covers. */
  readonly outageNote: string;
  /** Employee mode: every data element before the employee has chosen a klant. */
  readonly noKlant: string;
  /** The tracker and the detail without a case to show (none chosen; e.g. a resident without cases). */
  readonly noCase: string;
  /** The message of an element that misses required configuration, e.g. `objecttype`. */
  readonly configurationMissing: (attributes: string) => string;
}

/**
 * Every user-facing text of the elements: the shared states, and one namespace per element named after its tag
 * (`statusTracker`, `zaakDetail`, …), whose type lives next to the element (`<name>.texts.ts`). Functions take the
 * values they interpolate (already formatted).
 */
export interface Translation extends StatesTexts {
  readonly statusTracker: StatusTrackerTexts;
  readonly lopendeZaken: LopendeZakenTexts;
  readonly taken: TakenTexts;
  readonly tips: TipsTexts;
  readonly producten: ProductenTexts;
  readonly contactHistory: ContactHistoryTexts;
  readonly persoonsgegevens: PersoonsgegevensTexts;
  readonly verwerkingen: VerwerkingenTexts;
  readonly klantvoorkeuren: KlantvoorkeurenTexts;
  readonly zaakDetail: ZaakDetailTexts;
}

/** Every key optional, at every depth; texts that are functions are replaced whole. */
// NonNullable: an element's optional namespace (declared by module augmentation) is partial at every depth too.
type DeepPartial<T> = {
  readonly [K in keyof T]?: NonNullable<T[K]> extends (...args: never[]) => unknown
    ? T[K]
    : NonNullable<T[K]> extends object
      ? DeepPartial<NonNullable<T[K]>>
      : T[K];
};

/** A partial translation: what an element's `texts` property accepts, e.g. `{ taken: { empty: '…' } }`. */
export type TranslationOverrides = DeepPartial<Translation> & DeprecatedTexts;

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

/** The built-in texts of a part of the elements (e.g. one element's namespace), in Dutch and English. */
export type BuiltInTexts<T> = Readonly<Record<'nl' | 'en', T>>;

/**
 * Built-in texts by language, filled part by part: each element module adds its own texts (see {@link addTexts}),
 * so that a page that loads one element loads that element's texts only.
 */
const builtIn = new Map<string, Partial<Translation>>();

/** Languages registered by the page with {@link registerTranslation}: complete, and before the built-in texts. */
const registered = new Map<string, Translation>();

/** Adds built-in texts (by language code) of the element module that calls it. */
export function addTexts(...parts: ReadonlyArray<Readonly<Record<string, Partial<Translation>>>>): void {
  for (const part of parts) {
    for (const [code, texts] of Object.entries(part)) builtIn.set(code, { ...builtIn.get(code), ...texts });
  }
}

addTexts(statesTexts);

const loadingTexts = new Map<string, Promise<void>>();

/**
 * Loads the built-in texts of `lang` that are not there yet (see `texts-on-demand.ts`), if any: a promise that
 * settles when they are added (a failed load leaves them out: the texts fall back to Dutch); undefined when nothing is
 * to load, e.g. always outside the CDN build, and for a language the page registered itself.
 */
export function loadTexts(lang: string | null | undefined): Promise<void> | undefined {
  const exact = (lang ?? '').trim().toLowerCase();
  const code = [exact, exact.split('-')[0] ?? ''].find((c) => registered.has(c) || builtIn.has(c) || hasTextsOnDemand(c) || loadingTexts.has(c));
  if (code === undefined || registered.has(code)) return undefined;
  const loaders = takeTextsOnDemand(code);
  if (loaders.length > 0) {
    const previous = loadingTexts.get(code) ?? Promise.resolve();
    const loaded = loaders.map((load) => load().then((module) => addTexts({ [code]: module.default })));
    const loading = Promise.all([previous, ...loaded]).then(
      () => undefined,
      () => undefined,
    );
    loadingTexts.set(code, loading);
    void loading.then(() => {
      if (loadingTexts.get(code) === loading) loadingTexts.delete(code);
    });
  }
  return loadingTexts.get(code);
}

/** Whether `key` is a top-level key of the built-in texts loaded so far (shared texts and loaded elements' namespaces). */
export function isBuiltInKey(key: string): boolean {
  return key in (builtIn.get('nl') ?? {});
}

/** Adds or replaces languages (e.g. a municipality adds Frisian). */
export function registerTranslation(...translations: Translation[]): void {
  for (const t of translations) registered.set(t.$code.toLowerCase(), t);
}

/**
 * A language's texts: the registered translation, else the built-in texts, which hold the keys of every element
 * loaded (the elements that use a `Translation` read only their own keys).
 */
function lookup(code: string): Translation | undefined {
  return registered.get(code) ?? (builtIn.get(code) as Translation | undefined);
}

/**
 * The translation for a BCP 47 tag: an exact match (`en-gb`), else its primary language (`en`), else Dutch.
 */
export function getTranslation(lang: string | null | undefined): Translation {
  const code = (lang ?? '').trim().toLowerCase();
  if (code) {
    const exact = lookup(code);
    if (exact) return exact;
    const primary = lookup(code.split('-')[0] ?? '');
    if (primary) return primary;
  }
  // The source language: the built-in Dutch texts.
  return builtIn.get('nl') as Translation;
}
