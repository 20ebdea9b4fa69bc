/**
 * Besluiten API (1.1.0; 1.0.2 has no `expand`): thin typed functions over the client. Besluiten sends
 * no ETag, so details are not revalidated; lists are cached like every list.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/besluiten.js';
import type { ApiOptions } from './zaken.js';

/** A besluit (decision). `uiterlijkeReactiedatum` is the deadline for bezwaar. */
export type Besluit = components['schemas']['Besluit'];
/** The link besluit → document (Documenten API URL in `informatieobject`). */
export type BesluitInformatieObject = components['schemas']['BesluitInformatieObject'];

/** The besluiten of a zaak: `GET /besluiten?zaak=<url>`, every page. */
export function findBesluiten(client: KlantbeeldClient, zaakUrl: string, options: ApiOptions = {}): Promise<Besluit[]> {
  return client.list<Besluit>('besluiten', '/besluiten', { query: { zaak: zaakUrl }, signal: options.signal, limit: options.limit });
}

/** `GET` a besluit by URL. */
export function getBesluit(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<Besluit> {
  return client.getUrl<Besluit>(url, { signal: options.signal });
}

/** The documents of a besluit: `GET /besluitinformatieobjecten?besluit=<url>` (a plain array, not paginated). */
export function getBesluitinformatieobjecten(client: KlantbeeldClient, besluitUrl: string, options: ApiOptions = {}): Promise<BesluitInformatieObject[]> {
  return client.list<BesluitInformatieObject>('besluiten', '/besluitinformatieobjecten', {
    query: { besluit: besluitUrl },
    signal: options.signal,
    limit: options.limit,
  });
}
