// Lists follow `next` verbatim across pages and refuse loops, foreign links and wrong shapes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, InvalidResponseError, UnconfiguredOriginError } from '@klantbeeld/core';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';

const { server, requests } = useServer();
const client = createClient({ gateway: GATEWAY });
/** The zaak the lists below are about (`zaak` filters take its URL). */
const ZAAK = `${ZAKEN}/zaken/1b0f8e52-6d9c-4b8e-a0f7-2f5c3c1d9e01`;
const Z = `zaak=${encodeURIComponent(ZAAK)}`;

describe('pagination', () => {
  test('follows next across 3 pages, verbatim, ignoring count', async () => {
    // Opaque cursors (not page numbers) prove the client does not compute URLs itself.
    server.use(
      http.get(`${ZAKEN}/statussen`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        if (cursor === null) return HttpResponse.json({ count: 2, next: `${ZAKEN}/statussen?${Z}&cursor=b7`, previous: null, results: [1, 2] });
        if (cursor === 'b7') return HttpResponse.json({ count: 2, next: `${ZAKEN}/statussen?${Z}&cursor=q1`, previous: null, results: [3, 4] });
        return HttpResponse.json({ count: 2, next: null, previous: null, results: [5] });
      }),
    );
    assert.deepEqual(await client.list('zaken', '/statussen', { query: { zaak: ZAAK } }), [1, 2, 3, 4, 5]);
    assert.deepEqual(
      requests.map((request) => request.url),
      [`${ZAKEN}/statussen?${Z}`, `${ZAKEN}/statussen?${Z}&cursor=b7`, `${ZAKEN}/statussen?${Z}&cursor=q1`],
    );
  });

  test('accepts an absolute URL as the start', async () => {
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ count: 1, next: null, results: ['r'] })));
    assert.deepEqual(await client.list('zaken', `${ZAKEN}/rollen?${Z}`), ['r']);
  });

  test('a next that repeats a fetched URL is a loop → InvalidResponseError', async () => {
    server.use(
      http.get(`${ZAKEN}/rollen`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        const next = page === '1' ? `${ZAKEN}/rollen?page=2` : `${ZAKEN}/rollen?page=1`;
        return HttpResponse.json({ count: 9, next, results: [page] });
      }),
    );
    await assert.rejects(client.list('zaken', '/rollen?page=1'), InvalidResponseError);
    assert.equal(requests.length, 2);
  });

  test('a next outside the source is refused before it is fetched', async () => {
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ count: 9, next: 'https://evil.example/rollen?page=2', results: [1] })));
    await assert.rejects(client.list('zaken', '/rollen'), UnconfiguredOriginError);
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ count: 9, next: `${GATEWAY}/catalogi/api/v1/statustypen`, results: [1] })));
    await assert.rejects(client.list('zaken', '/rollen'), UnconfiguredOriginError);
    assert.ok(requests.every((request) => request.url.startsWith(`${ZAKEN}/rollen`)));
  });

  test('a page without a results array → InvalidResponseError; a non-string next too', async () => {
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ count: 1, next: null, results: 'nope' })));
    await assert.rejects(client.list('zaken', '/rollen'), InvalidResponseError);
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json(null)));
    await assert.rejects(client.list('zaken', '/rollen'), InvalidResponseError);
    server.use(http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ results: [], next: 42 })));
    await assert.rejects(client.list('zaken', '/rollen'), InvalidResponseError);
  });

  test('an unpaginated list (plain array) is returned whole', async () => {
    server.use(http.get(`${ZAKEN}/zaakinformatieobjecten`, () => HttpResponse.json([{ url: 'a' }])));
    assert.deepEqual(await client.list('zaken', '/zaakinformatieobjecten'), [{ url: 'a' }]);
  });
});
