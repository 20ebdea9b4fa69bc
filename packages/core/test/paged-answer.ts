// A ZGW list answer for msw handlers of the core tests: one page of the items, with a `next` link while more remain.
import { HttpResponse } from 'msw';

/** Page `page` (from the request's query, default 1) of `items`, `pageSize` a page, as the ZGW APIs paginate. */
export function pagedAnswer(request: Request, items: readonly unknown[], pageSize: number) {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('page') ?? '1');
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  return HttpResponse.json({
    count: items.length,
    next: page * pageSize < items.length ? next.href : null,
    previous: null,
    results: items.slice((page - 1) * pageSize, page * pageSize),
  });
}
