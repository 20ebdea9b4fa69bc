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
  return client.list<StatusType>('catalogi', '/statustypen', { query: { zaaktype: zaaktypeUrl }, signal: options.signal, limit: options.limit });
}

/** A roltype: how a party takes part in cases of a zaaktype (initiator, behandelaar, …). */
export type RolType = components['schemas']['RolType'];

/** Every roltype of a zaaktype (all pages; cached like every Catalogi resource). */
export function getRoltypen(client: KlantbeeldClient, zaaktypeUrl: string, options: ApiOptions = {}): Promise<RolType[]> {
  return client.list<RolType>('catalogi', '/roltypen', { query: { zaaktype: zaaktypeUrl }, signal: options.signal, limit: options.limit });
}

/** Every resultaattype of a zaaktype (all pages; cached like every Catalogi resource). */
export function getResultaattypen(client: KlantbeeldClient, zaaktypeUrl: string, options: ApiOptions = {}): Promise<ResultaatType[]> {
  return client.list<ResultaatType>('catalogi', '/resultaattypen', { query: { zaaktype: zaaktypeUrl }, signal: options.signal, limit: options.limit });
}

/**
 * An informatieobjecttype: the kind of a document. Catalogi 1.3.1 declares `zaaktypen` a string; servers
 * (Open Zaak) send an array of URLs, as Catalogi 1.3.3 corrected it.
 */
export type InformatieObjectType = Omit<components['schemas']['InformatieObjectType'], 'zaaktypen'> & { readonly zaaktypen: readonly string[] };
/** A besluittype: the kind of a decision (with its bezwaar term in `reactietermijn`). */
export type BesluitType = components['schemas']['BesluitType'];

/** `GET` an informatieobjecttype by URL (cached). */
export function getInformatieobjecttype(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<InformatieObjectType> {
  return client.getUrl<InformatieObjectType>(url, { signal: options.signal });
}

/**
 * `GET /informatieobjecttypen[?catalogus=<url>]`, every page (cached). Catalogi 1.3.1 has no zaaktype
 * filter here: a zaaktype lists its own in `informatieobjecttypen`.
 */
export function listInformatieobjecttypen(client: KlantbeeldClient, options: ApiOptions & { catalogus?: string } = {}): Promise<InformatieObjectType[]> {
  return client.list<InformatieObjectType>('catalogi', '/informatieobjecttypen', {
    query: { catalogus: options.catalogus },
    signal: options.signal,
    limit: options.limit,
  });
}

/** `GET` a besluittype by URL (cached). */
export function getBesluittype(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<BesluitType> {
  return client.getUrl<BesluitType>(url, { signal: options.signal });
}

/** `GET /besluittypen[?zaaktypen=<url>][&catalogus=<url>]`, every page (cached). */
export function listBesluittypen(client: KlantbeeldClient, options: ApiOptions & { zaaktype?: string; catalogus?: string } = {}): Promise<BesluitType[]> {
  return client.list<BesluitType>('catalogi', '/besluittypen', {
    query: { zaaktypen: options.zaaktype, catalogus: options.catalogus },
    signal: options.signal,
    limit: options.limit,
  });
}
