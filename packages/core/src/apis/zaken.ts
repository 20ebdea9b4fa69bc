/**
 * Zaken API: thin typed functions over the client. They return the resources as the server sent them
 * (typed with the generated schemas, not checked); the klantbeeld layer reads them defensively.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components, operations } from '../generated/zaken.js';
import { zoekAll } from './zoek.js';

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
  /** Lists only: hold at most this many items (see `RequestOptions.limit`); the pages after it are not requested. */
  limit?: number | undefined;
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
  return client.list<Zaak>('zaken', '/zaken', { query: toQuery(query), signal: options.signal, limit: options.limit });
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

/** The status history of a zaak: `GET /statussen?zaak=<url>` at the zaak's Zaken API, every page. */
export function getStatussen(client: KlantbeeldClient, zaakUrl: string, options: ApiOptions = {}): Promise<Status[]> {
  return client.list<Status>('zaken', besideZaak(client, zaakUrl, '/statussen'), { query: { zaak: zaakUrl }, signal: options.signal, limit: options.limit });
}

/** The rollen of a zaak: `GET /rollen?zaak=<url>[&omschrijvingGeneriek=…]` at the zaak's Zaken API, every page. */
export function getRollen(
  client: KlantbeeldClient,
  zaakUrl: string,
  options: ApiOptions & { omschrijvingGeneriek?: NonNullable<operations['rol_list']['parameters']['query']>['omschrijvingGeneriek'] } = {},
): Promise<Rol[]> {
  return client.list<Rol>('zaken', besideZaak(client, zaakUrl, '/rollen'), {
    query: { zaak: zaakUrl, omschrijvingGeneriek: options.omschrijvingGeneriek },
    signal: options.signal,
    limit: options.limit,
  });
}

/** `GET` a resultaat by URL. */
export function getResultaat(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<Resultaat> {
  return client.getUrl<Resultaat>(url, { signal: options.signal });
}

/** The JSON body of `POST /zaken/_zoek`: the filters of `GET /zaken` plus `uuid__in`, `zaaktype__in`, `zaakgeometrie`, `expand`. */
export type ZaakZoekBody = NonNullable<operations['zaak__zoek']['requestBody']>['content']['application/json'];
/** The link zaak → document (Documenten API URL in `informatieobject`). */
export type ZaakInformatieObject = components['schemas']['ZaakInformatieObject'];
/** The link zaak → besluit (Besluiten API URL in `besluit`). */
export type ZaakBesluit = components['schemas']['ZaakBesluit'];
/** Open Zaak's SubStatus: a short message under a status, for `betrokkenen` or `intern`. */
export type SubStatus = components['schemas']['SubStatus'];

/**
 * `POST /zaken/_zoek`, every page (each `next` POSTed again with the same body). Use it when a query
 * string would get long (`uuid__in`). In employee mode this body is where a subject may be named
 * (e.g. `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`): never in a URL.
 */
export function zoekZaken(client: KlantbeeldClient, body: ZaakZoekBody, options: ApiOptions = {}): Promise<Zaak[]> {
  return zoekAll<Zaak>(client, 'zaken', '/zaken/_zoek', body, { signal: options.signal });
}

/**
 * `path` in the Zaken API that holds `zaakUrl`: the source of the zaak (another organisation's, when
 * configured), else the primary Zaken source. Relations of a zaak live beside it.
 */
function besideZaak(client: KlantbeeldClient, zaakUrl: string, path: string): string {
  const source = client.sourceOf(zaakUrl);
  return source?.api === 'zaken' ? `${source.url}${path}` : path;
}

/** The documents of a zaak: `GET /zaakinformatieobjecten?zaak=<url>` (a plain array, not paginated). */
export function getZaakinformatieobjecten(client: KlantbeeldClient, zaakUrl: string, options: ApiOptions = {}): Promise<ZaakInformatieObject[]> {
  return client.list<ZaakInformatieObject>('zaken', besideZaak(client, zaakUrl, '/zaakinformatieobjecten'), {
    query: { zaak: zaakUrl },
    signal: options.signal,
    limit: options.limit,
  });
}

/** The besluiten of a zaak as the Zaken API links them: `GET /zaken/{uuid}/besluiten` (a plain array). */
export function getZaakbesluiten(client: KlantbeeldClient, zaakUrl: string, options: ApiOptions = {}): Promise<ZaakBesluit[]> {
  return client.list<ZaakBesluit>('zaken', `${zaakUrl.replace(/\/+$/, '')}/besluiten`, { signal: options.signal, limit: options.limit });
}

/**
 * Open Zaak's substatussen of a zaak: `GET /substatussen?zaak=<url>[&doelgroep=…]`, every page. Not in
 * the VNG standard: other Zaken APIs answer 404.
 */
export function getSubstatussen(
  client: KlantbeeldClient,
  zaakUrl: string,
  options: ApiOptions & { doelgroep?: 'betrokkenen' | 'intern' } = {},
): Promise<SubStatus[]> {
  return client.list<SubStatus>('zaken', besideZaak(client, zaakUrl, '/substatussen'), {
    query: { zaak: zaakUrl, doelgroep: options.doelgroep },
    signal: options.signal,
    limit: options.limit,
  });
}
