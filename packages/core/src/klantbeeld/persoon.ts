/**
 * The resident's personal data from the BRP ("Mijn gegevens"): name, birth date, age and address, asked
 * for field by field (data minimisation), with the BRP's geheimhouding respected.
 *
 * Geheimhouding policy: `geheimhoudingPersoonsgegevens` means the BRP data may not be passed on to third
 * parties. The view model always says so (`geheimhouding: true`). Address data is then dropped, unless
 * `toonAdresBijGeheimhouding` is set — which it is by default in resident mode, where the person looking
 * is the person concerned (the BRP restriction concerns others, not the resident). Elements and
 * subportals must never pass a view model with `geheimhouding: true` on to anyone else (no sharing,
 * exporting or prefilling of third-party forms). In employee mode (`bsn` given) the default is to drop
 * the address.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { isAutomatischVeld, raadpleegPersonen } from '../apis/brp.js';
import { InvalidResponseError } from '../transport/errors.js';
import { finite, isObject, objects, text, type JsonObject } from './read.js';
import { getResidentPartij } from './partij.js';

/**
 * A BRP date, which may be partly unknown. `iso` is as precise as the BRP is: `YYYY-MM-DD` (Datum),
 * `YYYY-MM` (JaarMaandDatum), `YYYY` (JaarDatum), absent (DatumOnbekend). `tekst` is the BRP's Dutch
 * `langFormaat` ("12 april 1986", "maart 1958", "onbekend"); format `iso` yourself for other languages.
 */
export interface BrpDatum {
  readonly iso?: string;
  readonly tekst: string;
}

/** Where the person lives (BRP `verblijfplaats`, polymorphic on `type`). */
export interface PersoonVerblijfplaats {
  /** `Adres`: an address in the Netherlands; `VerblijfplaatsBuitenland`; `Locatie` (e.g. a houseboat); `VerblijfplaatsOnbekend`. */
  readonly type: 'Adres' | 'VerblijfplaatsBuitenland' | 'Locatie' | 'VerblijfplaatsOnbekend';
  /** Street (official name, else the short one). */
  readonly straat?: string;
  readonly huisnummer?: number;
  readonly huisletter?: string;
  readonly huisnummertoevoeging?: string;
  readonly postcode?: string;
  readonly woonplaats?: string;
  /** Address lines of a foreign address (`regel1`–`regel3`). */
  readonly regels?: readonly string[];
  /** Country of a foreign address. */
  readonly land?: string;
  /** Description of a location without an address. */
  readonly locatiebeschrijving?: string;
  /** Since when the person lives there (`datumVan`). */
  readonly sinds?: BrpDatum;
}

/** The person as the klantbeeld shows them. */
export interface PersoonGegevens {
  readonly naam: {
    /** The BRP's `volledigeNaam` (without a partner's name), else composed from the parts. */
    readonly volledigeNaam?: string;
    readonly voornamen?: string;
    readonly voorvoegsel?: string;
    readonly geslachtsnaam?: string;
  };
  readonly geboortedatum?: BrpDatum;
  /** Age in years, as the BRP computed it. */
  readonly leeftijd?: number;
  /** The postal address as the BRP composes it (`adressering`): its lines, and the country. */
  readonly adres?: { readonly regels: readonly string[]; readonly land?: string };
  readonly verblijfplaats?: PersoonVerblijfplaats;
  /**
   * `geheimhoudingPersoonsgegevens`: the person's data may not be passed on to third parties. Never pass
   * this view model on (see the module comment for the policy).
   */
  readonly geheimhouding: boolean;
  /** `true` when `adres` and `verblijfplaats` were left out because of geheimhouding. */
  readonly adresVerborgen: boolean;
}

/** Options of {@link getPersoon}. */
export interface GetPersoonOptions {
  /**
   * Employee mode: the BSN of the person to show; it is sent only in the request body. Leave it out in
   * resident mode: the BSN is then read from the resident's partij in Klantinteracties
   * ({@link getResidentPartij}) and, again, sent only in the body.
   */
  bsn?: string;
  /** The BRP field paths to ask for; default {@link PERSOON_FIELDS}. Automatically delivered fields are never asked for. */
  fields?: readonly string[];
  /**
   * Show `adres` and `verblijfplaats` despite geheimhouding. Default: `true` in resident mode (the
   * resident sees their own address), `false` in employee mode.
   */
  toonAdresBijGeheimhouding?: boolean;
  signal?: AbortSignal;
}

/** The fields the klantbeeld asks the BRP for by default: what {@link PersoonGegevens} shows, nothing more. */
export const PERSOON_FIELDS: readonly string[] = [
  'naam.volledigeNaam',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'leeftijd',
  'adressering.adresregel1',
  'adressering.adresregel2',
  'adressering.adresregel3',
  'adressering.land',
  'verblijfplaats.verblijfadres.officieleStraatnaam',
  'verblijfplaats.verblijfadres.korteStraatnaam',
  'verblijfplaats.verblijfadres.huisnummer',
  'verblijfplaats.verblijfadres.huisletter',
  'verblijfplaats.verblijfadres.huisnummertoevoeging',
  'verblijfplaats.verblijfadres.postcode',
  'verblijfplaats.verblijfadres.woonplaats',
  'verblijfplaats.verblijfadres.regel1',
  'verblijfplaats.verblijfadres.regel2',
  'verblijfplaats.verblijfadres.regel3',
  'verblijfplaats.verblijfadres.land',
  'verblijfplaats.verblijfadres.locatiebeschrijving',
  'verblijfplaats.datumVan',
];

const VERBLIJFPLAATS_TYPES: readonly string[] = ['Adres', 'VerblijfplaatsBuitenland', 'Locatie', 'VerblijfplaatsOnbekend'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function integer(value: unknown, min: number, max: number): number | undefined {
  const n = finite(value);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** A polymorphic BRP date (Datum, JaarMaandDatum, JaarDatum, DatumOnbekend) as a view model; undefined when unreadable. */
export function brpDatum(value: unknown): BrpDatum | undefined {
  if (!isObject(value)) return undefined;
  const lang = text(value.langFormaat);
  const jaar = integer(value.jaar, 1, 9999);
  const maand = integer(value.maand, 1, 12);
  let iso: string | undefined;
  switch (value.type) {
    case 'Datum': {
      const datum = text(value.datum);
      iso = datum !== undefined && ISO_DATE.test(datum) ? datum : undefined;
      break;
    }
    case 'JaarMaandDatum':
      iso = jaar !== undefined && maand !== undefined ? `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}` : undefined;
      break;
    case 'JaarDatum':
      iso = jaar !== undefined ? String(jaar).padStart(4, '0') : undefined;
      break;
    case 'DatumOnbekend':
      return { tekst: lang ?? 'onbekend' };
    default:
      break;
  }
  const tekst = lang ?? iso;
  if (tekst === undefined) return undefined;
  return iso !== undefined ? { iso, tekst } : { tekst };
}

/** `true` for BRP 2.x's boolean; a number above 0 (the 1.x indication 1–7 some gateways still send) counts too. */
function readGeheimhouding(persoon: JsonObject): boolean {
  const value = persoon.geheimhoudingPersoonsgegevens;
  return value === true || (typeof value === 'number' && value > 0) || (typeof value === 'string' && /^[1-9]$/.test(value));
}

function joinName(...parts: (string | undefined)[]): string | undefined {
  const name = parts
    .filter((part): part is string => part !== undefined)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  return name === '' ? undefined : name;
}

function readNaam(persoon: JsonObject): PersoonGegevens['naam'] {
  const naam = isObject(persoon.naam) ? persoon.naam : {};
  const voornamen = text(naam.voornamen);
  const voorvoegsel = text(naam.voorvoegsel);
  const geslachtsnaam = text(naam.geslachtsnaam);
  const volledigeNaam = text(naam.volledigeNaam) ?? (geslachtsnaam !== undefined ? joinName(voornamen, voorvoegsel, geslachtsnaam) : undefined);
  return {
    ...(volledigeNaam !== undefined ? { volledigeNaam } : {}),
    ...(voornamen !== undefined ? { voornamen } : {}),
    ...(voorvoegsel !== undefined ? { voorvoegsel } : {}),
    ...(geslachtsnaam !== undefined ? { geslachtsnaam } : {}),
  };
}

function readAdres(persoon: JsonObject): PersoonGegevens['adres'] {
  const adressering = isObject(persoon.adressering) ? persoon.adressering : undefined;
  if (!adressering) return undefined;
  const regels = [adressering.adresregel1, adressering.adresregel2, adressering.adresregel3].map(text).filter((regel): regel is string => regel !== undefined);
  const land = isObject(adressering.land) ? text(adressering.land.omschrijving) : undefined;
  if (regels.length === 0) return undefined;
  return land !== undefined ? { regels, land } : { regels };
}

function readVerblijfplaats(persoon: JsonObject): PersoonVerblijfplaats | undefined {
  const plaats = isObject(persoon.verblijfplaats) ? persoon.verblijfplaats : undefined;
  if (!plaats || typeof plaats.type !== 'string' || !VERBLIJFPLAATS_TYPES.includes(plaats.type)) return undefined;
  const adres = isObject(plaats.verblijfadres) ? plaats.verblijfadres : {};
  const fields: Record<string, unknown> = {
    straat: text(adres.officieleStraatnaam) ?? text(adres.korteStraatnaam),
    huisnummer: integer(adres.huisnummer, 1, 99999),
    huisletter: text(adres.huisletter),
    huisnummertoevoeging: text(adres.huisnummertoevoeging),
    postcode: text(adres.postcode),
    woonplaats: text(adres.woonplaats),
    land: isObject(adres.land) ? text(adres.land.omschrijving) : undefined,
    locatiebeschrijving: text(adres.locatiebeschrijving),
    sinds: brpDatum(plaats.datumVan),
  };
  const regels = [adres.regel1, adres.regel2, adres.regel3].map(text).filter((regel): regel is string => regel !== undefined);
  if (regels.length > 0) fields.regels = regels;
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { type: plaats.type as PersoonVerblijfplaats['type'], ...present };
}

/** The view model of one BRP person. */
export function summarizePersoon(persoon: JsonObject, toonAdresBijGeheimhouding: boolean): PersoonGegevens {
  const geheimhouding = readGeheimhouding(persoon);
  const verbergen = geheimhouding && !toonAdresBijGeheimhouding;
  const geboortedatum = brpDatum(isObject(persoon.geboorte) ? persoon.geboorte.datum : undefined);
  const leeftijd = integer(persoon.leeftijd, 0, 150);
  const adres = verbergen ? undefined : readAdres(persoon);
  const verblijfplaats = verbergen ? undefined : readVerblijfplaats(persoon);
  return {
    naam: readNaam(persoon),
    ...(geboortedatum !== undefined ? { geboortedatum } : {}),
    ...(leeftijd !== undefined ? { leeftijd } : {}),
    ...(adres !== undefined ? { adres } : {}),
    ...(verblijfplaats !== undefined ? { verblijfplaats } : {}),
    geheimhouding,
    adresVerborgen: verbergen && (isObject(persoon.adressering) || isObject(persoon.verblijfplaats)),
  };
}

/**
 * The person's BRP data (`POST /personen`, `RaadpleegMetBurgerservicenummer`), or undefined when the BRP
 * does not know them (`personen: []`) or, in resident mode, Klantinteracties has no BSN for the resident.
 * The BSN is sent only in the request body, never in a URL.
 * @throws ValidationError for a 400 (e.g. an unknown field path; `invalidParams` names it).
 * @throws InvalidResponseError when the answer is not a `personen` list.
 * @throws TypeError when `fields` (after dropping automatically delivered ones) is empty or longer than 130.
 * @example
 * ```ts
 * const persoon = await getPersoon(client, { signal });
 * if (persoon?.geheimhouding) { ... never pass it on ... }
 * ```
 */
export async function getPersoon(client: KlantbeeldClient, options: GetPersoonOptions = {}): Promise<PersoonGegevens | undefined> {
  const { signal } = options;
  const fields = options.fields ?? PERSOON_FIELDS;
  const employee = options.bsn !== undefined;
  const bsn = employee ? options.bsn : (await getResidentPartij(client, { signal }))?.bsn;
  if (bsn === undefined || bsn.trim() === '') return undefined;
  const response: unknown = await raadpleegPersonen(client, [bsn.trim()], checkedFields(fields), { signal });
  if (!isObject(response)) throw new InvalidResponseError('Expected a BRP personen response');
  if (response.personen === undefined) return undefined;
  if (!Array.isArray(response.personen)) throw new InvalidResponseError('BRP response: `personen` is not a list');
  // Never show someone else: a person whose BSN is given must be the one asked for.
  const persoon = objects(response.personen).find((item) => item.burgerservicenummer === undefined || item.burgerservicenummer === bsn.trim());
  if (!persoon) return undefined;
  return summarizePersoon(persoon, options.toonAdresBijGeheimhouding ?? !employee);
}

/** The paths to send: automatically delivered ones dropped; 1–130 must remain. */
function checkedFields(fields: readonly string[]): string[] {
  const paths = fields.filter((path) => typeof path === 'string' && path !== '' && !isAutomatischVeld(path));
  if (paths.length < 1 || paths.length > 130) throw new TypeError(`Klantbeeld: getPersoon needs 1 to 130 BRP field paths, got ${paths.length}`);
  return paths;
}
