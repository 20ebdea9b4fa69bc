/**
 * Collects every item of a paginated ZGW list by following `next` verbatim (never computed from
 * `count`, which Open Zaak may only approximate); a long list whose server numbers its pages provably
 * has pages 3…n fetched together, each checked against the `next` links (page-plan.ts).
 * @module
 */
import { InvalidResponseError, UnconfiguredOriginError } from './errors.js';
import type { ResolvedUrl } from './url-resolution.js';
import { MAX_LIST_ITEMS, MAX_LIST_PAGES } from './config.js';
import { agrees, fetchPlanned, planPages, type ListPage } from './page-plan.js';

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
  const take = (results: readonly unknown[]) => {
    for (const item of results) {
      if (items.length >= bounds.limit) break;
      items.push(item as T);
    }
  };
  const seen = new Set<string>();
  let firstPage: ListPage | undefined;
  let target: ResolvedUrl | undefined = first;
  while (target) {
    // Bounded work whatever the data: enough items, or enough pages, and no further page is requested.
    if (items.length >= bounds.limit || seen.size >= bounds.maxPages) break;
    seen.add(target.url.href);
    const body = await fetcher.fetch(target);
    if (Array.isArray(body) && target === first) return (body as T[]).slice(0, bounds.limit);
    const page = readPage(body, target);
    take(page.results);
    if (page.next === undefined) break;
    const resolved = fetcher.resolve(page.next);
    if (resolved.source !== first.source) {
      throw new UnconfiguredOriginError(`"next" link leaves the ${first.source.api} source, not fetched: ${resolved.url.href}`, { url: resolved.url.href });
    }
    if (seen.has(resolved.url.href)) {
      throw new InvalidResponseError(`Pagination loop: "next" repeats ${resolved.url.href}`, { url: resolved.url.href });
    }
    // An empty page ends the list too: nothing on it justifies a further request (a hostile endless chain).
    if (page.results.length === 0) break;
    firstPage ??= page;
    if (seen.size === 2 && items.length < bounds.limit) {
      const rest = await fetchRest(firstPage, page, target, resolved, fetcher, bounds);
      if (rest) {
        for (const planned of rest) take(planned.results);
        return items;
      }
    }
    target = resolved;
  }
  return items;
}

/** A page's body as a {@link ListPage}; throws InvalidResponseError for another shape or a non-string `next`. */
function readPage(body: unknown, target: ResolvedUrl): ListPage {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray((body as { results?: unknown }).results)) {
    throw new InvalidResponseError(`Expected a paginated list ({ results: [] }) from ${target.url.href}`, { url: target.url.href });
  }
  const { results, next, count } = body as { results: unknown[]; next?: unknown; count?: unknown };
  if (next !== undefined && next !== null && next !== '' && typeof next !== 'string') {
    throw new InvalidResponseError(`Invalid "next" link in ${target.url.href}`, { url: target.url.href });
  }
  return { count, results, next: typeof next === 'string' && next !== '' ? next : undefined };
}

/** Pages 3…n at once when the first two pages prove how the server numbers them (page-plan.ts), else undefined. */
async function fetchRest(
  firstPage: ListPage,
  second: ListPage,
  secondTarget: ResolvedUrl,
  third: ResolvedUrl,
  fetcher: PageFetcher,
  bounds: ListBounds,
): Promise<ListPage[] | undefined> {
  const planned = planPages(firstPage, second, secondTarget.url, third.url, bounds.limit, bounds.maxPages);
  if (!planned) return undefined;
  const resolve = (url: string) => {
    const resolved = fetcher.resolve(url);
    if (resolved.source !== third.source)
      throw new UnconfiguredOriginError(`Planned page outside the source: ${resolved.url.href}`, { url: resolved.url.href });
    return resolved;
  };
  return fetchPlanned(
    planned,
    async (url) => {
      const target = resolve(url.href);
      return readPage(await fetcher.fetch(target), target);
    },
    (page, index) => agrees(page, index, planned, firstPage, (next) => resolve(next).url.href),
  );
}
