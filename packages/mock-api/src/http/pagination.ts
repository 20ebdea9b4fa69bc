/**
 * Page-number pagination as Open Zaak does it (DRF `PageNumberPagination`): `page` (1-based) and
 * `pageSize` (default 100, at most 500) in the query string; `next`/`previous` are absolute URLs built
 * from the request URL with only `page` changed, `previous` of page 2 drops `page` altogether.
 * @module
 */
import type { Page } from '../types.js';
import { notFound } from './problem.js';

/** Open Zaak's upper bound for `pageSize`. */
export const MAX_PAGE_SIZE = 500;

/**
 * One page of `items` for the request at `url`. An invalid or out-of-range `page` is a 404 (as in DRF);
 * an invalid `pageSize` falls back to `defaultPageSize`, a too large one is capped at {@link MAX_PAGE_SIZE}.
 */
export function paginate<T>(items: readonly T[], url: URL, defaultPageSize: number): Page<T> {
  const pageSize = positiveInt(url.searchParams.get('pageSize')) ?? defaultPageSize;
  const size = Math.min(pageSize, MAX_PAGE_SIZE);
  const pageParam = url.searchParams.get('page');
  const page = pageParam === null ? 1 : positiveInt(pageParam);
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page === undefined || page > pages) throw notFound('Ongeldige pagina.');

  return {
    count: items.length,
    next: page < pages ? withPage(url, page + 1) : null,
    previous: page > 1 ? withPage(url, page - 1) : null,
    results: items.slice((page - 1) * size, page * size),
  };
}

function withPage(url: URL, page: number): string {
  const target = new URL(url);
  if (page === 1) target.searchParams.delete('page');
  else target.searchParams.set('page', String(page));
  return target.href;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}
