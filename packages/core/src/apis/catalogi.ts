/**
 * Catalogi API: thin typed functions over the client. Catalogi resources are immutable per URL, so
 * the client caches them (per identity, until `reset()`), including the pages of lists.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/catalogi.js';
import type { ApiOptions } from './zaken.js';

/** A zaaktype (one version; group versions by `identificatie`). */
export type ZaakType = components['schemas']['ZaakType'];
/** A statustype: one step of a zaaktype's process. */
export type StatusType = components['schemas']['StatusType'];
/** A resultaattype. */
export type ResultaatType = components['schemas']['ResultaatType'];

/** `GET` a zaaktype by URL (cached). */
export function getZaaktype(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<ZaakType> {
  return client.getUrl<ZaakType>(url, { signal: options.signal });
}

/** `GET` a statustype by URL (cached). */
export function getStatustype(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<StatusType> {
  return client.getUrl<StatusType>(url, { signal: options.signal });
}

/** `GET` a resultaattype by URL (cached). */
export function getResultaattype(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<ResultaatType> {
  return client.getUrl<ResultaatType>(url, { signal: options.signal });
}

/** The statustypen of a zaaktype: `GET /statustypen?zaaktype=<url>`, every page (cached). */
export function getStatustypen(client: KlantbeeldClient, zaaktypeUrl: string, options: ApiOptions = {}): Promise<StatusType[]> {
  return client.list<StatusType>('catalogi', '/statustypen', { query: { zaaktype: zaaktypeUrl }, signal: options.signal });
}
