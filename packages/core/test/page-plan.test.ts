// Long lists: pages 3…n are fetched together when the first two pages prove how the server numbers them, and the
// walk along `next` takes over whenever a page disagrees (transport/page-plan.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { createClient } from '@klantbeeld/core';
import { PAGE_CONCURRENCY } from '../src/transport/page-plan.js';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';
import { pagedAnswer } from './paged-answer.js';

const { server, requests } = useServer();
/** No list cache, so that every test requests its pages. */
const client = () => createClient({ gateway: GATEWAY, listMaxAge: 0 });
const ITEMS = Array.from({ length: 28 }, (_, i) => ({ n: i + 1 }));
const pageOf = (url: string) => Number(new URL(url).searchParams.get('page') ?? '1');

/** Answers `/rollen` in pages of 3 from `items`, each after a short delay; counts the requests in flight. */
function paged(items: readonly unknown[], answer = (request: Request) => pagedAnswer(request, items, 3)) {
  const flight = { now: 0, max: 0 };
  server.use(
    http.get(`${ZAKEN}/rollen`, async ({ request }) => {
      flight.max = Math.max(flight.max, ++flight.now);
      await delay(15);
      flight.now--;
      return answer(request);
    }),
  );
  return flight;
}

describe('page plan', () => {
  test('pages 3…10 of a numbered list are fetched together (at most PAGE_CONCURRENCY at a time), in order', async () => {
    const flight = paged(ITEMS);
    assert.deepEqual(await client().list('zaken', '/rollen'), ITEMS);
    const pages = requests.map((request) => pageOf(request.url));
    assert.deepEqual(pages, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(flight.max, PAGE_CONCURRENCY);
  });

  test('a limit bounds the plan as it bounds the walk: 7 items in pages of 3 are 3 requests', async () => {
    paged(ITEMS);
    assert.deepEqual(await client().list('zaken', '/rollen', { limit: 7 }), ITEMS.slice(0, 7));
    assert.deepEqual(
      requests.map((request) => pageOf(request.url)),
      [1, 2, 3],
    );
  });

  test('an approximate count (more pages promised than there are): the walk along next takes over, each item once', async () => {
    const flight = paged(ITEMS, (request) => {
      if (pageOf(request.url) > 10) return HttpResponse.json({ detail: 'Ongeldige pagina.' }, { status: 404 });
      const url = new URL(request.url);
      const page = pageOf(request.url);
      url.searchParams.set('page', String(page + 1));
      // 28 items, but a count of 40 (14 pages): page 10 has no next, which the plan did not expect.
      return HttpResponse.json({ count: 40, next: page < 10 ? url.href : null, previous: null, results: ITEMS.slice((page - 1) * 3, page * 3) });
    });
    assert.deepEqual(await client().list('zaken', '/rollen'), ITEMS);
    assert.ok(flight.max <= PAGE_CONCURRENCY);
    const pages = requests.map((request) => pageOf(request.url));
    assert.ok(pages.filter((page) => page > 10).length <= PAGE_CONCURRENCY, `pages beyond the list: ${pages.join(', ')}`);
    assert.deepEqual(pages.slice(-8), [3, 4, 5, 6, 7, 8, 9, 10], 'the walk from page 3');
  });

  test('a page whose next is not the following page (the list changed): the walk follows the links the server gave', async () => {
    paged(ITEMS, (request) => {
      const answer = pagedAnswer(request, ITEMS, 3);
      if (pageOf(request.url) !== 5 || new URL(request.url).searchParams.has('cursor')) return answer;
      return HttpResponse.json({ count: 28, next: `${ZAKEN}/rollen?page=6&cursor=x`, previous: null, results: ITEMS.slice(12, 15) });
    });
    assert.deepEqual(await client().list('zaken', '/rollen'), ITEMS);
    assert.ok(requests.some((request) => request.url === `${ZAKEN}/rollen?page=6&cursor=x`));
  });

  test('no plan without a numeric count: one page at a time', async () => {
    const flight = paged(ITEMS, (request) => {
      const page = pageOf(request.url);
      const url = new URL(request.url);
      url.searchParams.set('page', String(page + 1));
      return HttpResponse.json({ count: null, next: page < 10 ? url.href : null, previous: null, results: ITEMS.slice((page - 1) * 3, page * 3) });
    });
    assert.deepEqual(await client().list('zaken', '/rollen'), ITEMS);
    assert.equal(flight.max, 1);
  });
});
