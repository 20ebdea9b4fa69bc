/**
 * Translations without a build step (Shoelace style): one typed object per language, chosen by the
 * nearest `lang`, and every text overridable per element through its `texts` property.
 * @module
 */
import type { ErrorKind } from '@klantbeeld/core';
import { statesTexts } from './states.texts.js';

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

  // kb-tips
  readonly tips: {
    readonly heading: string;
    readonly loading: string;
    readonly empty: string;
    /** Label of the list of tips (screen readers). */
    readonly lijst: string;
    /** The dismiss button; its accessible name adds the tip's title. */
    readonly verberg: string;
    /** Announced after a tip was dismissed. */
    readonly verborgen: (titel: string) => string;
    /** Brings back the dismissed tips. */
    readonly toonVerborgen: (aantal: number) => string;
    /** Announced after the dismissed tips came back. */
    readonly teruggezet: string;
    /** The opt-in button. */
    readonly maakPersoonlijk: string;
    /** Explains the opt-in; `bronnen` lists what is looked at (from `bronnen`, joined with Intl.ListFormat). */
    readonly persoonlijkUitleg: (bronnen: string) => string;
    readonly bronnen: Readonly<Record<'zaken' | 'producten' | 'leeftijd' | 'voorkeuren', string>>;
    /** Said while personal tips are on. */
    readonly persoonlijkAan: string;
    /** The opt-out button. */
    readonly alleenAlgemeen: string;
    /** Shown when a part of the klantbeeld could not be loaded for personal tips. */
    readonly gegevensOnvolledig: string;
    /** Marks a personal tip before its reason (screen readers). */
    readonly persoonlijkeTip: string;
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
  // kb-persoonsgegevens
  readonly persoonsgegevens: {
    readonly heading: string;
    readonly loading: string;
    readonly empty: string;
    /** Heading of the BRP part. */
    readonly brpHeading: string;
    /** The BRP named as source. */
    readonly brpBron: string;
    /** "Bron: …" under each part. */
    readonly bron: (bron: string) => string;
    readonly brpNietGevonden: string;
    readonly naam: string;
    readonly geboortedatum: string;
    readonly bsn: string;
    /** Screen-reader text of a masked BSN, e.g. "eindigend op 653". */
    readonly bsnEindigtOp: (cijfers: string) => string;
    readonly adres: string;
    readonly woontHierSinds: string;
    readonly onbekend: string;
    readonly adresVerborgen: string;
    readonly geheimhoudingTitel: string;
    readonly geheimhouding: string;
    /** Where to correct BRP data when the host gave no link. */
    readonly brpCorrigeren: string;
    readonly brpCorrigerenLink: string;
    /** Heading of the Klantinteracties part. */
    readonly contactHeading: string;
    readonly contactBron: string;
    readonly geenContactgegevens: string;
    readonly soorten: Readonly<Record<'email' | 'telefoonnummer' | 'overig', string>>;
    /** Marks the preferred address, e.g. "uw voorkeur". */
    readonly voorkeur: string;
    /** Where to change contact data when the host gave no link. */
    readonly contactCorrigeren: string;
    readonly contactCorrigerenLink: string;
  };

  // kb-verwerkingen
  readonly verwerkingen: {
    readonly heading: string;
    readonly intro: string;
    readonly loading: string;
    readonly empty: string;
    /** Legend of the date range. */
    readonly periode: string;
    readonly van: string;
    readonly tot: string;
    readonly datumHint: string;
    readonly toon: string;
    readonly vanLeeg: string;
    readonly totLeeg: string;
    readonly ongeldig: string;
    readonly vanNaTot: string;
    /** The range shown, e.g. "Van 1 september 2026 tot en met 1 december 2026". */
    readonly bereik: (van: string, tot: string) => string;
    readonly aantal: (aantal: number) => string;
    readonly paginering: string;
    readonly pagina: (pagina: number, totaal: number) => string;
    readonly vorige: string;
    readonly volgende: string;
    /** Screen-reader label before the purpose that titles each action. */
    readonly doel: string;
    readonly wanneer: string;
    readonly tijdstip: (datum: string, tijd: string) => string;
    readonly organisatie: string;
    readonly onbekendeOrganisatie: (oin: string) => string;
    readonly handeling: string;
    readonly gegevens: string;
    readonly geenGegevens: string;
    readonly verstrektAan: string;
    readonly eenPersoon: string;
    readonly opgeheven: string;
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
    /** Heading of the hoofdzaak of a deelzaak. */
    readonly hoofdzaak: string;
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

  /** kb-klantvoorkeuren: contact preferences (addresses, channel, language, notifications). */
  readonly klantvoorkeuren: {
    readonly heading: string;
    readonly loading: string;
    /** Empty state: no partij in Klantinteracties. */
    readonly geenGegevens: string;
    readonly adressenHeading: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly geenAdressen: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly toevoegen: Readonly<Record<'email' | 'telefoonnummer', string>>;
    /** Label of the address field in the add/edit form. */
    readonly veld: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly veldBeschrijving: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly omschrijving: string;
    readonly omschrijvingBeschrijving: string;
    readonly standaard: string;
    readonly geverifieerd: string;
    readonly wijzigen: string;
    readonly verwijderen: string;
    readonly maakStandaard: string;
    readonly opslaan: string;
    readonly annuleren: string;
    readonly fouten: {
      readonly leeg: Readonly<Record<'email' | 'telefoonnummer', string>>;
      readonly ongeldig: Readonly<Record<'email' | 'telefoonnummer', string>>;
      readonly teLang: (max: number) => string;
    };
    /** Title of the error summary. */
    readonly foutenTitel: (aantal: number) => string;
    readonly voorkeurenHeading: string;
    readonly kanaal: string;
    readonly kanaalBeschrijving: string;
    readonly kanalen: Readonly<Record<'email' | 'telefoonnummer' | 'overig' | 'geen', string>>;
    readonly taal: string;
    readonly taalBeschrijving: string;
    /** Names of languages by ISO 639-2/B code; the options offered. */
    readonly talen: Readonly<Record<string, string>>;
    readonly geenTaal: string;
    readonly notificaties: string;
    readonly notificatiesBeschrijving: string;
    readonly domeinen: Readonly<Record<'zaken' | 'berichten' | 'taken', string>>;
    readonly voorkeurenOpslaan: string;
    readonly bezig: string;
    readonly opgeslagen: string;
    readonly verwijderd: (adres: string) => string;
    /** A refused save: the first sentence, then the reason. */
    readonly nietOpgeslagen: string;
    readonly reden: Readonly<Record<'validation' | 'not-authenticated' | 'forbidden' | 'network' | 'other', string>>;
    readonly wachten: string;
  };
  /** kb-zaak-detail: one case as a resident needs it. */
  readonly zaakDetail: {
    readonly loading: string;
    readonly notFound: string;
    readonly zaaktype: string;
    readonly zaaknummer: string;
    readonly startdatum: string;
    readonly einddatum: string;
    readonly resultaat: string;
    /** Heading of the status steps. */
    readonly status: string;
    /** Name of the list of messages under the current step (Open Zaak substatussen). */
    readonly berichten: string;
    /** Heading of the term. */
    readonly termijn: string;
    readonly verwachteEinddatum: string;
    readonly uiterlijkeEinddatum: string;
    /** The term in words; `datum` is the date that matters, formatted. */
    readonly stand: {
      readonly opTijd: (datum: string) => string;
      readonly laterDanGepland: (uiterlijk: string) => string;
      readonly teLaat: (datum: string) => string;
      readonly opgeschort: string;
      readonly afgerondOpTijd: string;
      readonly afgerondTeLaat: string;
    };
    readonly eerderOpgeschort: string;
    readonly verlengd: (duur: string) => string;
    readonly reden: (reden: string) => string;
    readonly duur: {
      readonly jaren: (aantal: number) => string;
      readonly maanden: (aantal: number) => string;
      readonly weken: (aantal: number) => string;
      readonly dagen: (aantal: number) => string;
      /** Joins the parts, e.g. "1 maand en 2 weken". */
      readonly en: string;
    };
    readonly besluiten: string;
    readonly besluit: string;
    readonly besluitdatum: string;
    readonly ingangsdatum: string;
    readonly vervaldatum: string;
    readonly bezwaarTot: (datum: string) => string;
    readonly bezwaarVerstreken: (datum: string) => string;
    readonly documenten: string;
    readonly geenDocumenten: string;
    readonly documentSoort: string;
    readonly documentDatum: string;
    readonly nietDigitaal: string;
    readonly downloadBezig: (titel: string) => string;
    readonly downloadKlaar: (titel: string) => string;
    readonly downloadFout: (titel: string) => string;
    /** A part (documents, besluiten, messages) that could not be loaded; the rest is shown. */
    readonly nietGeladen: string;
    /** Heading of behandelaar and contact route. */
    readonly contact: string;
    readonly behandeldDoor: (naam: string) => string;
    readonly contactVia: (label: string) => string;
    readonly bel: (telefoon: string) => string;
    readonly contactLink: string;
    readonly openingstijden: (tijden: string) => string;
    readonly noemZaaknummer: (zaaknummer: string) => string;
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

/** The built-in texts of a part of the elements (e.g. one element's keys), in Dutch and English. */
export type BuiltInTexts<K extends keyof Translation> = Readonly<Record<'nl' | 'en', Pick<Translation, K>>>;

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
