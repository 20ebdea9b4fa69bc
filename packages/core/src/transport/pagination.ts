/**
 * Collects every item of a paginated ZGW list by following `next` verbatim (never computed from
 * `count`, which Open Zaak may only approximate); a long list whose server numbers its pages provably
 * has pages 3…n fetched together, each checked against the `next` links (page-plan.ts, loaded on demand).
 * @module
 */
import { InvalidResponseError, UnconfiguredOriginError } from './errors.js';
import type { ResolvedUrl } from './url-resolution.js';
import { MAX_LIST_ITEMS, MAX_LIST_PAGES } from './config.js';

/** How much of a list {@link collectPages} collects at most. */
export interface ListBounds {
  /** Items held; the rest of a page is dropped and no further page is requested. */
  readonly limit: number;
  /** Pages requested. */
  readonly maxPages: number;
}

/** Callbacks of {@link collectPages}, provided by the client. */
export interface PageFetcher {
  /** GETs one page and returns the parsed body. */
  fetch(target: ResolvedUrl): Promise<unknown>;
  /** Resolves a `next` URL against the configured sources (throws UnconfiguredOriginError). */
  resolve(url: string): ResolvedUrl;
}

/**
 * Returns the `results` of every page, starting at `first`, up to `bounds` (at most `limit` items from at
 * most `maxPages` pages: a longer list is cut off, never an endless walk along `next`).
 * - A page must be `{ results: [...] }`; a plain array is accepted as a complete, unpaginated list
 *   (Zaken serves e.g. `/zaakinformatieobjecten` that way) but only as the first response.
 * - `next` must lie within the same source as `first` (else UnconfiguredOriginError, nothing sent) and
 *   must not repeat a URL already fetched (else InvalidResponseError).
 */
export async function collectPages<T>(
  first: ResolvedUrl,
  fetcher: PageFetcher,
  bounds: ListBounds = { limit: MAX_LIST_ITEMS, maxPages: MAX_LIST_PAGES },
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let firstPage: { readonly count: unknown; readonly results: readonly unknown[] } | undefined;
  let target: ResolvedUrl | undefined = first;
  while (target) {
    // Bounded work whatever the data: enough items, or enough pages, and no further page is requested.
    if (items.length >= bounds.limit || seen.size >= bounds.maxPages) break;
    seen.add(target.url.href);
    const page = await fetcher.fetch(target);
    if (Array.isArray(page) && target === first) return (page as T[]).slice(0, bounds.limit);
    if (typeof page !== 'object' || page === null || Array.isArray(page) || !Array.isArray((page as { results?: unknown }).results)) {
      throw new InvalidResponseError(`Expected a paginated list ({ results: [] }) from ${target.url.href}`, { url: target.url.href });
    }
    const { results, next, count } = page as { results: T[]; next?: unknown; count?: unknown };
    for (const item of results) {
      if (items.length >= bounds.limit) break;
      items.push(item);
    }
    if (next === undefined || next === null || next === '') break;
    if (typeof next !== 'string') {
      throw new InvalidResponseError(`Invalid "next" link in ${target.url.href}`, { url: target.url.href });
    }
    const resolved = fetcher.resolve(next);
    if (resolved.source !== first.source) {
      throw new UnconfiguredOriginError(`"next" link leaves the ${first.source.api} source, not fetched: ${resolved.url.href}`, { url: resolved.url.href });
    }
    if (seen.has(resolved.url.href)) {
      throw new InvalidResponseError(`Pagination loop: "next" repeats ${resolved.url.href}`, { url: resolved.url.href });
    }
    // An empty page ends the list too: nothing on it justifies a further request (a hostile endless chain).
    if (results.length === 0) break;
    firstPage ??= { count, results };
    // A third page of a list numbered by `page`: the plan may fetch the rest at once, if pages 1 and 2 prove it.
    if (seen.size === 2 && resolved.url.searchParams.has('page')) {
      const rest = await (await import('./page-plan.js')).fetchRest(firstPage, { count, results }, target.url, resolved, fetcher, bounds);
      if (rest) return [...items, ...(rest as T[])].slice(0, bounds.limit);
    }
    target = resolved;
  }
  return items;
}
