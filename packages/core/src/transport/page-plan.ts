/**
 * Fetching the rest of a long list at once. The client follows `next` (DESIGN: never compute pages from `count`,
 * which a server may only approximate), so 10,000 contacts in pages of 100 cost 100 sequential round trips. Here the
 * server's own links are the proof: when its first two pages are full, give the same `count`, and page 2's `next`
 * differs from page 2's URL only in `page=3`, the pages 3…n (`n` from `count`) are requested together, at most
 * {@link PAGE_CONCURRENCY} at a time. Every page must then agree: the same `count`, full but the last, and a `next`
 * that is exactly the following page's URL (none after the last). Anything else (an approximate count, items added
 * or removed meanwhile, other links) ends the plan, and the list follows `next` from page 3 as before; at most
 * {@link PAGE_CONCURRENCY} requests were then made for nothing. Loaded on demand by pagination.ts, with the first list
 * whose page 2 may allow a plan: the first load of a page does not carry it.
 * @module
 */
import type { ListBounds, PageFetcher } from './pagination.js';
import type { ResolvedUrl } from './url-resolution.js';

/** Pages requested at once: room for the other requests of a page under the client's `maxConcurrency`. */
export const PAGE_CONCURRENCY = 4;

/** One page of a list as its server sent it. */
export interface ListPage {
  readonly count: unknown;
  readonly results: readonly unknown[];
  readonly next: string | undefined;
}

/** The URL of page `page`: `url` (a page's URL) with its `page` parameter set. */
function withPage(url: URL, page: number): URL {
  const other = new URL(url);
  other.searchParams.set('page', String(page));
  return other;
}

/**
 * The URLs of pages 3…last when the first two pages and page 2's URL show how the server numbers its pages (module
 * comment), else undefined. `last` stays within `maxItems` items and `maxPages` pages, as the walk along `next` does.
 */
export function planPages(first: ListPage, second: ListPage, secondUrl: URL, third: URL, maxItems: number, maxPages: number): URL[] | undefined {
  const size = first.results.length;
  const { count } = first;
  if (size === 0 || second.results.length !== size || typeof count !== 'number' || !Number.isSafeInteger(count) || second.count !== count) return undefined;
  if (secondUrl.searchParams.get('page') !== '2' || withPage(secondUrl, 3).href !== third.href) return undefined;
  const last = Math.min(Math.ceil(count / size), Math.ceil(maxItems / size), maxPages);
  const pages: URL[] = [];
  for (let page = 3; page <= last; page++) pages.push(page === 3 ? third : withPage(third, page));
  return pages.length > 0 ? pages : undefined;
}

/**
 * Whether page `index` of `planned` (page number `index + 3`) agrees with the plan: the same `count`, full unless it
 * is the list's last page, and a `next` that is the following planned page (or, after the last page of the list,
 * none). `resolve` makes `next` absolute as the client would.
 */
export function agrees(page: ListPage, index: number, planned: readonly URL[], first: ListPage, resolve: (next: string) => string): boolean {
  const size = first.results.length;
  const pageNumber = index + 3;
  const isLastOfList = pageNumber === Math.ceil((first.count as number) / size);
  if (page.count !== first.count) return false;
  if (isLastOfList) return page.next === undefined && page.results.length === (first.count as number) - (pageNumber - 1) * size;
  if (page.results.length !== size || page.next === undefined) return false;
  const following = planned[index + 1] ?? withPage(planned[index] as URL, pageNumber + 1);
  return resolve(page.next) === following.href;
}

/**
 * Fetches `planned` pages {@link PAGE_CONCURRENCY} at a time (a batch after the other: no page is started after one
 * that failed or disagreed) and returns them in order, or undefined when one fails or disagrees.
 */
export async function fetchPlanned(
  planned: readonly URL[],
  fetchPage: (url: URL) => Promise<ListPage>,
  check: (page: ListPage, index: number) => boolean,
): Promise<ListPage[] | undefined> {
  const pages: ListPage[] = [];
  for (let start = 0; start < planned.length; start += PAGE_CONCURRENCY) {
    // A failure is the walk's to report (it meets the same one, if it is one): here it only ends the plan.
    const batch = await Promise.all(planned.slice(start, start + PAGE_CONCURRENCY).map((url) => fetchPage(url).catch(() => undefined)));
    for (const page of batch) {
      if (!page || !check(page, pages.length)) return undefined;
      pages.push(page);
    }
  }
  return pages;
}

/** A planned page's body as a {@link ListPage}; throws (ending the plan) for another shape. */
function readPage(body: unknown): ListPage {
  const { results, next, count } = (body ?? {}) as { results?: unknown; next?: unknown; count?: unknown };
  if (!Array.isArray(results) || (next !== undefined && next !== null && typeof next !== 'string')) throw new Error('not a page');
  return { count, results, next: typeof next === 'string' && next !== '' ? next : undefined };
}

/**
 * The items of pages 3…n when pages 1 and 2 (`second`, fetched from `secondUrl`, its `next` resolved to `third`) prove
 * how the server numbers them, each page checked (module comment); undefined when there is no plan or it ended.
 */
export async function fetchRest(
  first: { readonly count: unknown; readonly results: readonly unknown[] },
  second: { readonly count: unknown; readonly results: readonly unknown[] },
  secondUrl: URL,
  third: ResolvedUrl,
  fetcher: PageFetcher,
  bounds: ListBounds,
): Promise<unknown[] | undefined> {
  const firstPage = { count: first.count, results: first.results, next: undefined };
  const secondPage = { count: second.count, results: second.results, next: undefined };
  const planned = planPages(firstPage, secondPage, secondUrl, third.url, bounds.limit, bounds.maxPages);
  if (!planned) return undefined;
  // Within the source of the list, as every `next` of the walk must be (else UnconfiguredOriginError ends the plan).
  const resolve = (url: string) => {
    const resolved = fetcher.resolve(url);
    if (resolved.source !== third.source) throw new Error('outside the source');
    return resolved;
  };
  const pages = await fetchPlanned(
    planned,
    async (url) => readPage(await fetcher.fetch(resolve(url.href))),
    (page, index) => agrees(page, index, planned, firstPage, (next) => resolve(next).url.href),
  );
  return pages?.flatMap((page) => page.results);
}
