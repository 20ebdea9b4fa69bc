/**
 * Zaken API: thin typed functions over the client. They return the resources as the server sent them
 * (typed with the generated schemas, not checked); the klantbeeld layer reads them defensively.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components, operations } from '../generated/zaken.js';

/** A zaak, possibly with `_expand` (Open Zaak's `ExpandZaak`). */
export type Zaak = components['schemas']['ExpandZaak'];
/** A status of a zaak. */
export type Status = components['schemas']['Status'];
/** A rol (polymorphic on `betrokkeneType`). */
export type Rol = components['schemas']['Rol'];
/** The resultaat of a zaak. */
export type Resultaat = components['schemas']['Resultaat'];
/** Query parameters of `GET /zaken`. */
export type ZakenQuery = NonNullable<operations['zaak_list']['parameters']['query']>;
/** A value of `expand` on `/zaken`. */
export type ZaakExpand = NonNullable<ZakenQuery['expand']>[number];

/** Options of the functions in this module. */
export interface ApiOptions {
  signal?: AbortSignal;
}

/** Converts a generated query type to RequestOptions['query'] (drops `null`, which cannot be sent). */
function toQuery(query: object): Record<string, string | number | boolean | readonly string[] | undefined> {
  const result: Record<string, string | number | boolean | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = value;
    else if (Array.isArray(value)) result[name] = value.map(String);
  }
  return result;
}

/** `GET /zaken` with `query`, every page. `Accept-Crs` is added by the transport. */
export function findZaken(client: KlantbeeldClient, query: ZakenQuery, options: ApiOptions = {}): Promise<Zaak[]> {
  return client.list<Zaak>('zaken', '/zaken', { query: toQuery(query), signal: options.signal });
}

/** The first page of `GET /zaken` with `query` (e.g. a lookup by `identificatie`). */
export function findZakenPage(
  client: KlantbeeldClient,
  query: ZakenQuery,
  options: ApiOptions = {},
): Promise<components['schemas']['PaginatedExpandZaakList']> {
  return client.get('zaken', '/zaken', { query: toQuery(query), signal: options.signal });
}

/** `GET` a zaak by URL, optionally with `expand`. */
export function getZaakResource(client: KlantbeeldClient, url: string, options: ApiOptions & { expand?: readonly ZaakExpand[] } = {}): Promise<Zaak> {
  return client.getUrl<Zaak>(url, { query: { expand: options.expand }, signal: options.signal });
}

/** `GET` a status by URL. */
export function getStatus(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<Status> {
  return client.getUrl<Status>(url, { signal: options.signal });
}

/** The status history of a zaak: `GET /statussen?zaak=<url>`, every page. */
export function getStatussen(client: KlantbeeldClient, zaakUrl: string, options: ApiOptions = {}): Promise<Status[]> {
  return client.list<Status>('zaken', '/statussen', { query: { zaak: zaakUrl }, signal: options.signal });
}

/** The rollen of a zaak: `GET /rollen?zaak=<url>[&omschrijvingGeneriek=…]`, every page. */
export function getRollen(
  client: KlantbeeldClient,
  zaakUrl: string,
  options: ApiOptions & { omschrijvingGeneriek?: NonNullable<operations['rol_list']['parameters']['query']>['omschrijvingGeneriek'] } = {},
): Promise<Rol[]> {
  return client.list<Rol>('zaken', '/rollen', {
    query: { zaak: zaakUrl, omschrijvingGeneriek: options.omschrijvingGeneriek },
    signal: options.signal,
  });
}

/** `GET` a resultaat by URL. */
export function getResultaat(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<Resultaat> {
  return client.getUrl<Resultaat>(url, { signal: options.signal });
}
