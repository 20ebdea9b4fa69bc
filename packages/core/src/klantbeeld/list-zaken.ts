/**
 * The resident's cases as a list ("Mijn lopende zaken"): one request per page with `expand`, plus a
 * fetch for every relation the server did not expand.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { MAX_ZAKEN } from './bounds.js';
import { findZaken, type ZaakExpand } from '../apis/zaken.js';
import type { ZaakSummary } from './view-models.js';
import { isObject, text, type JsonObject } from './read.js';
import { resolveBehandelaarRollen, resolveCurrentStatus, resolveZaaktype, withExpand } from './expand.js';
import { summarizeZaakWith } from './summaries.js';

/** What the list expands: enough for a summary in one round trip per page. */
const LIST_EXPAND: readonly ZaakExpand[] = ['zaaktype', 'status.statustype', 'rollen'];

/** Zaken summarised at the same time; bounds the fallback requests in flight when expand is off. */
const CONCURRENCY = 8;

/** Options of {@link listZaken}. */
export interface ListZakenOptions {
  /** `'open'`: no einddatum; `'afgerond'`: closed; `'alle'` (default): both. */
  status?: 'open' | 'afgerond' | 'alle';
  signal?: AbortSignal;
}

/** Maps `items` with at most `limit` calls running; keeps the order, stops starting new ones after a failure. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Summarises one zaak; undefined when it has no URL (its identity). Fetches missing relations in parallel. */
export async function summarizeZaak(client: KlantbeeldClient, zaak: JsonObject, signal?: AbortSignal): Promise<ZaakSummary | undefined> {
  const url = text(zaak.url);
  if (url === undefined) return undefined;
  const [zaaktype, current, rollen] = await Promise.all([
    resolveZaaktype(client, zaak, signal),
    resolveCurrentStatus(client, zaak, signal),
    resolveBehandelaarRollen(client, zaak, signal),
  ]);
  return summarizeZaakWith(zaak, url, { zaaktype, current, rollen }, client.config.behandelaar);
}

/**
 * The resident's zaken, newest first (`ordering=-startdatum`), at most {@link MAX_ZAKEN}: with expand one
 * request per page of 100; without, each distinct zaaktype and statustype once plus up to two lookups per zaak. The gateway scopes the
 * query to the logged-in resident; no BSN is sent. Entries without a URL are left out.
 */
export async function listZaken(client: KlantbeeldClient, options: ListZakenOptions = {}): Promise<ZaakSummary[]> {
  const { status = 'alle', signal } = options;
  const einddatum__isnull = status === 'open' ? true : status === 'afgerond' ? false : undefined;
  const zaken = await withExpand(client, LIST_EXPAND, (expand) =>
    findZaken(
      client,
      { ordering: ['-startdatum'], ...(einddatum__isnull !== undefined ? { einddatum__isnull } : {}), ...(expand ? { expand: [...expand] } : {}) },
      { signal, limit: MAX_ZAKEN },
    ),
  );
  const summaries = await mapLimit((zaken as unknown[]).filter(isObject), CONCURRENCY, (zaak) => summarizeZaak(client, zaak, signal));
  return summaries.filter((summary): summary is ZaakSummary => summary !== undefined);
}
