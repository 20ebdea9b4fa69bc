/**
 * The resident's partij in Klantinteracties (Open Klant): name, identification, language and digital
 * addresses, as the resident may see them. `interneNotitie` (notes for staff) is never read.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findDigitaleAdressen, findPartijenPage, withKlantinteractiesExpand } from '../apis/klantinteracties.js';
import { InvalidResponseError } from '../transport/errors.js';
import { isObject, joinName, objects, text, uuidInUrl, type JsonObject } from './read.js';

/** The kind of a digital address. */
export type SoortDigitaalAdres = 'email' | 'telefoonnummer' | 'overig';

/** The kinds of digital address, in display order. */
export const SOORTEN_DIGITAAL_ADRES: readonly SoortDigitaalAdres[] = ['email', 'telefoonnummer', 'overig'];

/** A digital address of the resident. */
export interface DigitaalAdresView {
  /** The address's URL: its identity in Klantinteracties. */
  readonly url: string;
  readonly uuid: string;
  readonly soort: SoortDigitaalAdres;
  /** The e-mail address, phone number or other address. */
  readonly adres: string;
  /** The resident's label, e.g. "Werk". */
  readonly omschrijving?: string;
  /** The default address of its soort (Open Klant keeps one per partij and soort). */
  readonly isStandaardAdres: boolean;
  /** Machine-readable tag, e.g. Den Haag's `portaalvoorkeur`. */
  readonly referentie?: string;
  /** When the address was verified (ISO 8601 date). */
  readonly verificatieDatum?: string;
  /** Whether it is the partij's `voorkeursDigitaalAdres`. */
  readonly isVoorkeursAdres: boolean;
}

/** What identifies a partij for a write: its URL, UUID and soort (Open Klant needs the soort on a PATCH). */
export interface PartijRef {
  readonly url: string;
  readonly uuid: string;
  readonly soortPartij: 'persoon' | 'organisatie' | 'contactpersoon';
}

/** The name a person wants to be addressed by (Open Klant `contactnaam`). */
export interface Contactnaam {
  readonly voorletters?: string;
  readonly voornaam?: string;
  readonly voorvoegselAchternaam?: string;
  readonly achternaam?: string;
}

/** The resident's partij as the resident may see it. */
export interface ResidentPartij extends PartijRef {
  /** Display name: the persoon's `volledigeNaam` (else built from the contactnaam), an organisation's naam. */
  readonly naam?: string;
  readonly contactnaam?: Contactnaam;
  /**
   * The BSN from the partij's identificatoren (`codeSoortObjectId: 'bsn'`), for use in request bodies
   * (BRP `POST /personen`) only; never put it in a URL.
   */
  readonly bsn?: string;
  /** ISO 639-2/B, e.g. `nld`. */
  readonly voorkeurstaal?: string;
  /** The preferred digital address, when it is one of {@link ResidentPartij.digitaleAdressen}. */
  readonly voorkeursDigitaalAdres?: DigitaalAdresView;
  /** Every digital address the partij provided, in the server's order. */
  readonly digitaleAdressen: readonly DigitaalAdresView[];
  /** Whether the partij asked for its data to be treated as secret (`null` upstream: unknown → left out). */
  readonly indicatieGeheimhouding?: boolean;
}

/** Options of {@link getResidentPartij}. */
export interface GetResidentPartijOptions {
  signal?: AbortSignal;
}

const SOORT_PARTIJ = ['persoon', 'organisatie', 'contactpersoon'] as const;

/** The UUID of a resource: its `uuid` field, else the last segment of its URL. */
export function uuidOf(resource: JsonObject, url: string): string {
  const own = text(resource.uuid);
  if (own) return own;
  return uuidInUrl(url) ?? '';
}

function readContactnaam(value: unknown): Contactnaam | undefined {
  if (!isObject(value)) return undefined;
  const naam: Record<string, string> = {};
  for (const key of ['voorletters', 'voornaam', 'voorvoegselAchternaam', 'achternaam'] as const) {
    const part = text(value[key]);
    if (part !== undefined) naam[key] = part;
  }
  return Object.keys(naam).length > 0 ? naam : undefined;
}

/** Reads a digital address; undefined when it lacks what identifies or shows it. */
export function readDigitaalAdres(value: unknown, voorkeur?: string): DigitaalAdresView | undefined {
  if (!isObject(value)) return undefined;
  const url = text(value.url);
  const adres = text(value.adres);
  const soort = value.soortDigitaalAdres;
  if (!url || !adres || !(SOORTEN_DIGITAAL_ADRES as readonly unknown[]).includes(soort)) return undefined;
  const uuid = uuidOf(value, url);
  const omschrijving = text(value.omschrijving);
  const referentie = text(value.referentie);
  const verificatieDatum = text(value.verificatieDatum);
  return {
    url,
    uuid,
    soort: soort as SoortDigitaalAdres,
    adres,
    ...(omschrijving !== undefined ? { omschrijving } : {}),
    isStandaardAdres: value.isStandaardAdres === true,
    ...(referentie !== undefined ? { referentie } : {}),
    ...(verificatieDatum !== undefined ? { verificatieDatum } : {}),
    isVoorkeursAdres: voorkeur !== undefined && (uuid === voorkeur || url === voorkeur),
  };
}

/** The BSN among the partij's identificatoren, if any. */
function readBsn(partij: JsonObject): string | undefined {
  for (const identificator of objects(partij.partijIdentificatoren)) {
    const inner = isObject(identificator.partijIdentificator) ? identificator.partijIdentificator : {};
    if (inner.codeSoortObjectId === 'bsn') {
      const bsn = text(inner.objectId);
      if (bsn) return bsn.trim();
    }
  }
  return undefined;
}

function readNaam(partij: JsonObject, soort: PartijRef['soortPartij'], contactnaam: Contactnaam | undefined): string | undefined {
  const identificatie = isObject(partij.partijIdentificatie) ? partij.partijIdentificatie : {};
  if (soort === 'organisatie') return joinName(identificatie.naam);
  return (
    joinName(identificatie.volledigeNaam) ??
    (contactnaam ? joinName(contactnaam.voornaam ?? contactnaam.voorletters, contactnaam.voorvoegselAchternaam, contactnaam.achternaam) : undefined)
  );
}

/**
 * The addresses of `partij`: its `_expand.digitaleAdressen`, or (expand missing or unsupported) the
 * list filtered on the partij, keeping only entries that name it (a server that ignored the filter must
 * not mix in other addresses).
 */
async function addressesOf(client: KlantbeeldClient, partij: JsonObject, uuid: string, signal?: AbortSignal): Promise<unknown[]> {
  const expand = isObject(partij._expand) ? partij._expand : undefined;
  if (expand && Array.isArray(expand.digitaleAdressen)) return expand.digitaleAdressen as unknown[];
  if (Array.isArray(partij.digitaleAdressen) && partij.digitaleAdressen.length === 0) return [];
  if (!uuid) return [];
  const listed = await findDigitaleAdressen(client, { verstrektDoorPartij__uuid: uuid }, { signal });
  return objects(listed).filter((adres) => isObject(adres.verstrektDoorPartij) && adres.verstrektDoorPartij.uuid === uuid);
}

/** Builds the view model of a partij resource (with its addresses). */
export async function readResidentPartij(client: KlantbeeldClient, partij: JsonObject, signal?: AbortSignal): Promise<ResidentPartij> {
  const url = text(partij.url);
  if (!url) throw new InvalidResponseError('Partij without url');
  const uuid = uuidOf(partij, url);
  const soortPartij = (SOORT_PARTIJ as readonly unknown[]).includes(partij.soortPartij) ? (partij.soortPartij as PartijRef['soortPartij']) : 'persoon';
  const voorkeur = isObject(partij.voorkeursDigitaalAdres) ? (text(partij.voorkeursDigitaalAdres.uuid) ?? text(partij.voorkeursDigitaalAdres.url)) : undefined;
  const digitaleAdressen = (await addressesOf(client, partij, uuid, signal))
    .map((adres) => readDigitaalAdres(adres, voorkeur))
    .filter((adres): adres is DigitaalAdresView => adres !== undefined);
  const identificatie = isObject(partij.partijIdentificatie) ? partij.partijIdentificatie : {};
  const contactnaam = soortPartij === 'organisatie' ? undefined : readContactnaam(identificatie.contactnaam);
  const naam = readNaam(partij, soortPartij, contactnaam);
  const bsn = soortPartij === 'persoon' ? readBsn(partij) : undefined;
  const voorkeurstaal = text(partij.voorkeurstaal);
  const voorkeursDigitaalAdres = digitaleAdressen.find((adres) => adres.isVoorkeursAdres);
  return {
    url,
    uuid,
    soortPartij,
    ...(naam !== undefined ? { naam } : {}),
    ...(contactnaam !== undefined ? { contactnaam } : {}),
    ...(bsn !== undefined ? { bsn } : {}),
    ...(voorkeurstaal !== undefined ? { voorkeurstaal: voorkeurstaal.trim() } : {}),
    ...(voorkeursDigitaalAdres ? { voorkeursDigitaalAdres } : {}),
    digitaleAdressen,
    ...(typeof partij.indicatieGeheimhouding === 'boolean' ? { indicatieGeheimhouding: partij.indicatieGeheimhouding } : {}),
  };
}

/**
 * The logged-in resident's partij: `GET /partijen?expand=digitaleAdressen`, which the gateway scopes to
 * the resident (no BSN is sent). Undefined when Open Klant has no partij for them.
 * @throws InvalidResponseError when the answer is not a list, or holds more than one partij (the
 *   gateway did not scope it; showing any of them could show someone else's data).
 * @example
 * ```ts
 * const bsn = await getResidentPartij(client).then((partij) => partij?.bsn);
 * ```
 */
export async function getResidentPartij(client: KlantbeeldClient, options: GetResidentPartijOptions = {}): Promise<ResidentPartij | undefined> {
  const { signal } = options;
  const page: unknown = await withKlantinteractiesExpand(client, ['digitaleAdressen'] as const, (expand) =>
    findPartijenPage(client, expand ? { expand: [...expand] } : {}, { signal }),
  );
  if (!isObject(page) || !Array.isArray(page.results)) throw new InvalidResponseError('Expected a paginated list of partijen');
  const partijen = objects(page.results);
  if (partijen.length > 1 || (typeof page.count === 'number' && page.count > 1) || text(page.next)) {
    throw new InvalidResponseError('The gateway returned more than one partij for the resident');
  }
  const partij = partijen[0];
  return partij ? readResidentPartij(client, partij, signal) : undefined;
}
