/**
 * One zaak, by URL or by identificatie, with the relations the detail views need expanded.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findZakenPage, getZaakResource, type Zaak, type ZaakExpand } from '../apis/zaken.js';
import { InvalidResponseError, NotFoundError } from '../transport/errors.js';
import { isObject, objects, text } from './read.js';
import { withExpand } from './expand.js';

export type { Zaak };

/** What a detail view needs in one round trip (statussen history is not expandable in Zaken 1.5). */
export const DETAIL_EXPAND: readonly ZaakExpand[] = ['zaaktype', 'status.statustype', 'resultaat.resultaattype', 'rollen'];

const HTTP_URL = /^https?:\/\//i;

/** Options of {@link getZaak}. */
export interface GetZaakOptions {
  signal?: AbortSignal;
}

function checked(value: unknown, what: string): Zaak {
  if (!isObject(value) || text(value.url) === undefined) throw new InvalidResponseError(`Not a zaak: ${what}`);
  return value as unknown as Zaak;
}

/**
 * A zaak, the resource as the server sent it (Open Zaak's `ExpandZaak`, with `_expand` when supported).
 * @param zaak a zaak URL, or an identificatie (looked up with `GET /zaken?identificatie=`).
 * @throws NotFoundError when no zaak has that identificatie (for this resident).
 */
export async function getZaak(client: KlantbeeldClient, zaak: string, options: GetZaakOptions = {}): Promise<Zaak> {
  const { signal } = options;
  const ref = typeof zaak === 'string' ? zaak.trim() : '';
  if (HTTP_URL.test(ref)) {
    const value = await withExpand(client, DETAIL_EXPAND, (expand) => getZaakResource(client, ref, { ...(expand ? { expand } : {}), signal }));
    return checked(value, ref);
  }
  if (ref === '') throw new NotFoundError('No zaak given');
  const page = await withExpand(client, DETAIL_EXPAND, (expand) =>
    findZakenPage(client, { identificatie: ref, ...(expand ? { expand: [...expand] } : {}) }, { signal }),
  );
  if (!isObject(page) || !Array.isArray(page.results)) throw new InvalidResponseError(`Expected a paginated list of zaken for identificatie ${ref}`);
  // Match exactly: a server that ignored the filter must not make us show another case.
  const found = objects(page.results).find((item) => item.identificatie === ref);
  if (!found) throw new NotFoundError(`No zaak with identificatie ${ref}`);
  return checked(found, ref);
}
