/**
 * Documenten API (typed against 1.5.0; Open Zaak serves 1.4.2, 1.6.0 adds `tonenAanInitiator`): thin
 * typed functions over the client. Details revalidate with ETag in the client.
 *
 * `_zoek` is sent with `uuid__in`, the name Open Zaak and the API's rule (drc-010) use. The 1.5.0
 * OpenAPI document spells the property `uuid_In` (its title says `uuid__in`); servers do not accept
 * that spelling.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/documenten.js';
import type { ApiOptions } from './zaken.js';
import { zoekAll } from './zoek.js';

/**
 * An EnkelvoudigInformatieObject. It has no `uuid` field: the UUID is the last segment of `url`.
 * `tonenAanInitiator` is Documenten 1.6.0's "may be shown to the initiator" (absent on older servers).
 */
export type EnkelvoudigInformatieObject = components['schemas']['EnkelvoudigInformatieObject'] & { tonenAanInitiator?: boolean };

/** UUIDs per `_zoek` request: a bounded body, and a page of the server's default size (100) answers it. */
export const ZOEK_BATCH_SIZE = 100;

/** `GET` an EIO by URL (revalidated with ETag). */
export function getEnkelvoudigInformatieobject(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<EnkelvoudigInformatieObject> {
  return client.getUrl<EnkelvoudigInformatieObject>(url, { signal: options.signal });
}

/**
 * The EIOs with these UUIDs: one `POST /enkelvoudiginformatieobjecten/_zoek {"uuid__in": [...]}` per
 * {@link ZOEK_BATCH_SIZE} UUIDs (every page of each), at `source` (a Documenten base URL; default the
 * primary source). Order of the answer is the server's.
 */
export async function zoekEnkelvoudigInformatieobjecten(
  client: KlantbeeldClient,
  uuids: readonly string[],
  options: ApiOptions & { source?: string } = {},
): Promise<EnkelvoudigInformatieObject[]> {
  const target = options.source === undefined ? '/enkelvoudiginformatieobjecten/_zoek' : `${options.source}/enkelvoudiginformatieobjecten/_zoek`;
  const batches: string[][] = [];
  for (let start = 0; start < uuids.length; start += ZOEK_BATCH_SIZE) batches.push(uuids.slice(start, start + ZOEK_BATCH_SIZE));
  const pages = await Promise.all(
    batches.map((batch) => zoekAll<EnkelvoudigInformatieObject>(client, 'documenten', target, { uuid__in: batch }, { signal: options.signal })),
  );
  return pages.flat();
}

/**
 * The content of an EIO: `GET <eio url>/download` through the configured source (the gateway streams
 * it; credentials go nowhere else), read into a Blob. Not cached.
 */
export function downloadEnkelvoudigInformatieobject(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<Blob> {
  return client.getBlob(`${url.replace(/\/+$/, '')}/download`, { signal: options.signal });
}
