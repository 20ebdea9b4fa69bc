/**
 * Klantinteracties API (0.9.0, Open Klant 2.x): thin typed functions over the client. They return the
 * resources as the server sent them (typed with the generated schemas, not checked); the klantbeeld
 * layer reads them defensively. In resident mode the gateway scopes every list to the logged-in
 * resident, so none of these functions takes (or sends) a BSN.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components, operations } from '../generated/klantinteracties.js';
import { isKlantbeeldError, type ValidationError } from '../transport/errors.js';
import type { SourceList } from '../transport/config.js';
import type { ApiOptions } from './zaken.js';

type S = components['schemas'];

/** A partij (polymorphic on `soortPartij`), possibly with `_expand`. */
export type Partij = S['Partij'] & { _expand?: NonNullable<S['ExpandPartij']['_expand']> };
/** A digitaal adres (e-mail, telefoonnummer or overig). */
export type DigitaalAdres = S['DigitaalAdres'];
/** The writable fields of a digitaal adres (`PATCH`). */
export type DigitaalAdresChanges = Partial<
  Pick<S['PatchedDigitaalAdres'], 'adres' | 'soortDigitaalAdres' | 'isStandaardAdres' | 'omschrijving' | 'referentie'>
>;
/** A klantcontact, possibly with `_expand`. */
export type Klantcontact = S['ExpandKlantcontact'];
/** A betrokkene bij een klantcontact. */
export type Betrokkene = S['Betrokkene'];
/** An onderwerpobject of a klantcontact (e.g. a zaak). */
export type Onderwerpobject = S['Onderwerpobject'];
/** An actor (polymorphic on `soortActor`). */
export type Actor = S['Actor'];
/** Query parameters of `GET /partijen`. */
export type PartijenQuery = NonNullable<operations['partijenList']['parameters']['query']>;
/** Query parameters of `GET /klantcontacten`. */
export type KlantcontactenQuery = NonNullable<operations['klantcontactenList']['parameters']['query']>;
/** Query parameters of `GET /digitaleadressen`. */
export type DigitaleAdressenQuery = NonNullable<operations['digitaleadressenList']['parameters']['query']>;

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

/** Converts a generated query type to RequestOptions['query'] (drops `null`, which cannot be sent). */
function toQuery(query: object): Query {
  const result: Query = {};
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = value;
    else if (Array.isArray(value)) result[name] = value.map(String);
  }
  return result;
}

/** Whether `expand` may be sent to the client's Klantinteracties source (not when configured off). */
function expandConfigured(client: KlantbeeldClient): boolean {
  const source = client.config.sources?.klantinteracties;
  const first = Array.isArray(source) ? (source as SourceList)[0] : source;
  return !(typeof first === 'object' && first !== null && first.expand === false);
}

/**
 * Runs `request` with `expand` unless the source is configured without it; a 400 whose invalidParams
 * name `expand` (a server or gateway that does not know it) is retried once without.
 */
export async function withKlantinteractiesExpand<E extends string, T>(
  client: KlantbeeldClient,
  expand: readonly E[],
  request: (expand: readonly E[] | undefined) => Promise<T>,
): Promise<T> {
  if (!expandConfigured(client)) return request(undefined);
  try {
    return await request(expand);
  } catch (error) {
    if (isKlantbeeldError(error) && error.kind === 'validation' && (error as ValidationError).invalidParams.some((p) => p.name === 'expand')) {
      return request(undefined);
    }
    throw error;
  }
}

/** The first page of `GET /partijen` with `query` (a lookup: the gateway returns the resident's partij). */
export function findPartijenPage(client: KlantbeeldClient, query: PartijenQuery, options: ApiOptions = {}): Promise<S['PaginatedExpandPartijList']> {
  return client.get('klantinteracties', '/partijen', { query: toQuery(query), signal: options.signal });
}

/** `GET /digitaleadressen` with `query`, every page. */
export function findDigitaleAdressen(client: KlantbeeldClient, query: DigitaleAdressenQuery, options: ApiOptions = {}): Promise<DigitaalAdres[]> {
  return client.list<DigitaalAdres>('klantinteracties', '/digitaleadressen', { query: toQuery(query), signal: options.signal, limit: options.limit });
}

/** `GET /klantcontacten` with `query`, every page. */
export function findKlantcontacten(client: KlantbeeldClient, query: KlantcontactenQuery, options: ApiOptions = {}): Promise<Klantcontact[]> {
  return client.list<Klantcontact>('klantinteracties', '/klantcontacten', { query: toQuery(query), signal: options.signal, limit: options.limit });
}

/** `GET` any Klantinteracties resource by URL (a partij, an onderwerpobject, …). */
export function getKlantinteractiesResource<T>(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<T> {
  return client.getUrl<T>(url, { signal: options.signal });
}

/**
 * `POST /digitaleadressen`: a new address provided by `partij` (`verstrektDoorBetrokkene: null`; Open Klant
 * before 2.18 requires both keys).
 */
export function createDigitaalAdres(
  client: KlantbeeldClient,
  partijUuid: string,
  fields: Required<Pick<DigitaalAdresChanges, 'adres' | 'soortDigitaalAdres'>> & DigitaalAdresChanges,
  options: ApiOptions = {},
): Promise<DigitaalAdres> {
  return client.post<DigitaalAdres>(
    'klantinteracties',
    '/digitaleadressen',
    { verstrektDoorPartij: { uuid: partijUuid }, verstrektDoorBetrokkene: null, ...fields },
    { signal: options.signal },
  );
}

/** `PATCH` a digitaal adres by URL with the given fields. */
export function patchDigitaalAdres(client: KlantbeeldClient, url: string, changes: DigitaalAdresChanges, options: ApiOptions = {}): Promise<DigitaalAdres> {
  return client.send<DigitaalAdres>('PATCH', 'klantinteracties', url, { body: changes, signal: options.signal });
}

/** `DELETE` a digitaal adres by URL (204). */
export async function deleteDigitaalAdres(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<void> {
  await client.send<unknown>('DELETE', 'klantinteracties', url, { signal: options.signal });
}

/** The partij fields a resident may change. */
export interface PartijChanges {
  voorkeurstaal?: string;
  /** `null` clears the preference. */
  voorkeursDigitaalAdres?: { uuid: string } | null;
}

/**
 * `PATCH` a partij by URL. Open Klant's polymorphic serializer requires `soortPartij` also on a PATCH, so
 * the partij's current soort is sent along.
 */
export function patchPartij(
  client: KlantbeeldClient,
  url: string,
  soortPartij: S['SoortPartijEnum'],
  changes: PartijChanges,
  options: ApiOptions = {},
): Promise<Partij> {
  return client.send<Partij>('PATCH', 'klantinteracties', url, { body: { soortPartij, ...changes }, signal: options.signal });
}
