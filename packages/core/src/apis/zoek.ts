/**
 * Every page of a ZGW `_zoek` search. A search is a POST whose filters travel in the body; its answer
 * is paginated like a list, and the `next` link is POSTed again with the same body (Open Zaak builds
 * `next` from the request URL, `?page=2`).
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { ApiName } from '../transport/config.js';
import { InvalidResponseError, UnconfiguredOriginError } from '../transport/errors.js';

/** Options of {@link zoekAll}. */
export interface ZoekOptions {
  signal?: AbortSignal;
}

/**
 * POSTs `body` to `target` and to every `next` link after it, and returns the `results` of all pages.
 * `target` is a path below `api`'s primary source or an absolute URL within one of its sources (another
 * organisation's). A `next` must stay within the same source (else UnconfiguredOriginError, nothing
 * sent) and must not repeat (else InvalidResponseError); a page that is not `{ results: [] }` is an
 * InvalidResponseError.
 */
export async function zoekAll<T>(client: KlantbeeldClient, api: ApiName, target: string, body: unknown, options: ZoekOptions = {}): Promise<T[]> {
  const first = /^[a-z][a-z\d+.-]*:/i.test(target) ? client.sourceOf(target) : undefined;
  // The body may name a subject (employee mode): it goes only to the source it was meant for.
  const sameSource = (next: string): boolean => {
    const source = client.sourceOf(next);
    if (!source || source.api !== api) return false;
    return first ? source.url === first.url : source.primary;
  };
  const items: T[] = [];
  const seen = new Set<string>();
  let current = target;
  for (;;) {
    const page = await client.post<unknown>(api, current, body, { signal: options.signal });
    if (typeof page !== 'object' || page === null || Array.isArray(page) || !Array.isArray((page as { results?: unknown }).results)) {
      throw new InvalidResponseError(`Expected a paginated list ({ results: [] }) from POST ${current}`, { url: current });
    }
    const { results, next } = page as { results: T[]; next?: unknown };
    items.push(...results);
    if (next === undefined || next === null || next === '') return items;
    if (typeof next !== 'string') throw new InvalidResponseError(`Invalid "next" link in the answer to POST ${current}`, { url: current });
    if (!sameSource(next)) throw new UnconfiguredOriginError(`"next" link leaves the ${api} source, not fetched: ${next}`, { url: next });
    if (seen.has(next)) throw new InvalidResponseError(`Pagination loop: "next" repeats ${next}`, { url: next });
    seen.add(next);
    current = next;
  }
}
