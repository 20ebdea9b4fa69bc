// Caching: ETag revalidation of ZGW details, Catalogi without requests when warm, lists
// stale-while-revalidate, invalidate(), and an identity change that leaves nothing of the first resident.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createMockApi, fixtureZaken } from '@klantbeeld/mock-api';
import { createClient, getStatusTimeline, listZaken, NotFoundError } from '@klantbeeld/core';
import { affects } from '../src/transport/cache.js';
import { CATALOGI, GATEWAY, ZAKEN, requestsTo, useServer } from './helpers.js';

const { server, requests } = useServer();
const BESLUITEN = `${GATEWAY}/besluiten/api/v1`;
const U1 = '1b0f8e52-6d9c-4b8e-a0f7-2f5c3c1d9e01';
const U2 = '1b0f8e52-6d9c-4b8e-a0f7-2f5c3c1d9e02';

/** Waits (a bounded number of event-loop turns, no timing) until `condition` holds, then asserts it. */
async function eventually(condition: () => boolean, message: string) {
  for (let turn = 0; turn < 500 && !condition(); turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  assert.ok(condition(), message);
}

/** A detail endpoint with an ETag per version, answering 304 to a matching If-None-Match. */
function etagged(url: string, state: { version: number }) {
  return http.get(url, ({ request }) => {
    const etag = `"v${state.version}"`;
    if (request.headers.get('If-None-Match') === etag) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
    return HttpResponse.json({ url, versie: state.version }, { headers: { ETag: etag } });
  });
}

describe('ETag revalidation of ZGW details', () => {
  test('a revalidation gets 304 and returns the cached value; the mock saw If-None-Match', async () => {
    const url = `${ZAKEN}/zaken/${U1}`;
    const state = { version: 1 };
    server.use(etagged(url, state));
    const client = createClient({ gateway: GATEWAY });
    const first = await client.getUrl<{ versie: number }>(url);
    const second = await client.getUrl<{ versie: number }>(url);
    assert.equal(second, first, 'the very cached value');
    assert.deepEqual(second, { url, versie: 1 });
    assert.equal(requests.length, 2, 'a revalidation is a request');
    assert.equal(requests[0]?.headers['if-none-match'], undefined);
    assert.equal(requests[1]?.headers['if-none-match'], '"v1"');
  });

  test('a changed resource answers 200 with a new ETag, which is sent next time', async () => {
    const url = `${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/${U1}`;
    const state = { version: 1 };
    server.use(etagged(url, state));
    const client = createClient({ gateway: GATEWAY });
    await client.getUrl(url);
    state.version = 2;
    assert.deepEqual(await client.getUrl(url), { url, versie: 2 });
    await client.getUrl(url);
    assert.deepEqual(
      requests.map((request) => request.headers['if-none-match']),
      [undefined, '"v1"', '"v2"'],
    );
  });

  test('APIs without ETag (Besluiten) are not revalidated, even if a server sends one', async () => {
    const url = `${BESLUITEN}/besluiten/${U1}`;
    server.use(etagged(url, { version: 1 }));
    const client = createClient({ gateway: GATEWAY });
    await client.getUrl(url);
    await client.getUrl(url);
    assert.deepEqual(
      requests.map((request) => request.headers['if-none-match']),
      [undefined, undefined],
    );
  });

  test('a 304 to an unconditional request is a server error', async () => {
    const url = `${ZAKEN}/zaken/${U1}`;
    let n = 0;
    // A broken server that answers 304 to the very first request.
    server.use(http.get(url, () => (++n === 1 ? new HttpResponse(null, { status: 304 }) : HttpResponse.json({ url }, { headers: { ETag: '"x"' } }))));
    const client = createClient({ gateway: GATEWAY });
    // Without a cached ETag the client sends no If-None-Match, so a bare 304 is a server error.
    await assert.rejects(client.getUrl(url), { kind: 'server' });
  });
});

describe('Catalogi', () => {
  test('a warm cache makes 0 Catalogi requests (details and lists)', async () => {
    server.use(
      http.get(`${CATALOGI}/zaaktypen/:id`, ({ params }) =>
        HttpResponse.json({ url: `${CATALOGI}/zaaktypen/${String(params.id)}` }, { headers: { ETag: '"z"' } }),
      ),
      http.get(`${CATALOGI}/statustypen`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        const next = page === '3' ? null : `${CATALOGI}/statustypen?zaaktype=${encodeURIComponent(`${CATALOGI}/zaaktypen/${U1}`)}&page=${Number(page) + 1}`;
        return HttpResponse.json({ count: 3, next, results: [{ page }] });
      }),
    );
    const client = createClient({ gateway: GATEWAY }, { now: () => 10 ** 12 });
    const round = async () => [
      await client.getUrl(`${CATALOGI}/zaaktypen/${U1}`),
      await client.list('catalogi', '/statustypen', { query: { zaaktype: `${CATALOGI}/zaaktypen/${U1}` } }),
    ];
    const cold = await round();
    assert.equal(requests.length, 4);
    requests.length = 0;
    assert.deepEqual(await round(), cold);
    assert.equal(requests.length, 0);
  });
});

describe('lists: stale-while-revalidate', () => {
  function versioned() {
    const state = { version: 1, fail: false };
    server.use(
      http.get(`${ZAKEN}/statussen`, () =>
        state.fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json({ count: 1, next: null, results: [{ versie: state.version }] }),
      ),
    );
    return state;
  }

  test('fresh for listMaxAge; then the stale value at once, revalidated in the background', async () => {
    const state = versioned();
    let time = 0;
    const client = createClient({ gateway: GATEWAY, listMaxAge: 1000 }, { now: () => time });
    const list = () => client.list<{ versie: number }>('zaken', '/statussen', { query: { zaak: `${ZAKEN}/zaken/${U1}` } });
    assert.deepEqual(await list(), [{ versie: 1 }]);
    state.version = 2;
    time = 999;
    assert.deepEqual(await list(), [{ versie: 1 }]);
    assert.equal(requests.length, 1, 'fresh: no request');
    time = 1000;
    assert.deepEqual(await list(), [{ versie: 1 }], 'stale: returned at once');
    await eventually(() => requests.length === 2, 'and revalidated in the background');
    let latest = 0;
    await eventually(() => {
      void list().then((items) => (latest = items[0]?.versie ?? 0));
      return latest === 2;
    }, 'the revalidated value replaces the stale one');
    assert.equal(requests.length, 2, 'and is fresh again');
  });

  test('a failing background revalidation is swallowed and leaves the stale entry', async () => {
    const state = versioned();
    let time = 0;
    const client = createClient({ gateway: GATEWAY, listMaxAge: 1000, retries: 0 }, { now: () => time });
    const list = () => client.list<{ versie: number }>('zaken', '/statussen');
    await list();
    state.fail = true;
    time = 5000;
    assert.deepEqual(await list(), [{ versie: 1 }]);
    await eventually(() => requests.length === 2, 'a background revalidation');
    // Once it has failed, the entry is still there and still stale: the next call revalidates again.
    await eventually(() => {
      void list();
      return requests.length === 3;
    }, 'still stale, so revalidated again');
    assert.deepEqual(await list(), [{ versie: 1 }], 'the stale entry is left');
  });

  test('a single page from get() is cached the same way; the list array is the caller’s to sort', async () => {
    versioned();
    const client = createClient({ gateway: GATEWAY });
    await client.get('zaken', '/statussen');
    await client.get('zaken', '/statussen');
    assert.equal(requests.length, 1);
    const items = await client.list<{ versie: number }>('zaken', '/statussen');
    items.sort(() => 0);
    items.push({ versie: 9 });
    assert.deepEqual(await client.list('zaken', '/statussen'), [{ versie: 1 }]);
  });

  test('listMaxAge 0 disables list caching', async () => {
    versioned();
    const client = createClient({ gateway: GATEWAY, listMaxAge: 0 });
    await client.list('zaken', '/statussen');
    await client.list('zaken', '/statussen');
    await client.get('zaken', '/statussen');
    assert.equal(requests.length, 3);
  });
});

describe('invalidate', () => {
  test('drops the resource (its ETag), lists naming it and the lists above it; nothing else', async () => {
    const zaak = `${ZAKEN}/zaken/${U1}`;
    const state = { version: 1 };
    server.use(
      etagged(zaak, state),
      http.get(`${ZAKEN}/zaken`, () => HttpResponse.json({ count: 1, next: null, results: [{ versie: state.version }] })),
      http.get(`${ZAKEN}/statussen`, () => HttpResponse.json({ count: 1, next: null, results: [{ versie: state.version }] })),
      http.get(`${ZAKEN}/rollen`, () => HttpResponse.json({ count: 1, next: null, results: [{ versie: state.version }] })),
      http.get(`${ZAKEN}/resultaten`, () => HttpResponse.json({ count: 1, next: null, results: [{ versie: state.version }] })),
    );
    const client = createClient({ gateway: GATEWAY });
    const all = () =>
      Promise.all([
        client.getUrl<{ versie: number }>(zaak),
        client.list<{ versie: number }>('zaken', '/zaken', { query: { einddatum__isnull: 'true' } }),
        client.list<{ versie: number }>('zaken', '/statussen', { query: { zaak } }),
        client.list<{ versie: number }>('zaken', '/rollen', { query: { zaak: `${ZAKEN}/zaken/${U2}` } }),
        client.list<{ versie: number }>('zaken', '/resultaten', { query: { zaak } }),
      ]);
    await all();
    requests.length = 0;
    state.version = 2;
    client.invalidate(zaak);
    const [detail, zaken, statussen, rollen, batch] = await all();
    assert.equal(detail.versie, 2);
    assert.equal(zaken[0]?.versie, 2);
    assert.equal(statussen[0]?.versie, 2);
    assert.equal(batch[0]?.versie, 2);
    assert.equal(rollen[0]?.versie, 1, 'a list about another zaak stays');
    assert.equal(requestsTo(requests, zaak)[0]?.headers['if-none-match'], undefined);
    assert.equal(requests.length, 4);
  });

  test('a list naming it inside a comma-separated value is affected too', () => {
    // No spec-valid Zaken list takes several zaak URLs in one parameter, so this is checked without a request.
    const zaak = `${ZAKEN}/zaken/${U1}`;
    const batch = `${ZAKEN}/statussen?zaak__in=${encodeURIComponent(`${ZAKEN}/zaken/${U2},${zaak}`)}`;
    assert.equal(affects(new URL(zaak), batch), true);
    assert.equal(affects(new URL(`${ZAKEN}/zaken/${U2}`), `${ZAKEN}/statussen?zaak__in=${encodeURIComponent(zaak)}`), false);
  });
});

describe('identity', () => {
  const ORIGIN = 'http://localhost:8000';

  test('after a switch of resident nothing of the first resident is returned, not even a request in flight', async () => {
    const api = createMockApi({ origin: ORIGIN, resident: 'jansen' });
    server.use(...api.handlers);
    const client = createClient({ gateway: ORIGIN, identity: 'jansen' });
    const jansen = fixtureZaken.jansen;
    const parkeren = `${api.urls.zaken}/zaken/${jansen.parkeervergunning}`;
    const tozo = `${api.urls.zaken}/zaken/${jansen.tozo}`;
    // Resident A's lists, details (ETag) and timelines are cached.
    const listA = await listZaken(client);
    const timelineA = await getStatusTimeline(client, parkeren);
    const detailA = await client.getUrl<{ url: string }>(parkeren);
    assert.ok(listA.length > 0 && timelineA.steps.length > 0 && detailA.url === parkeren);
    api.clearRequests();
    await listZaken(client);
    await client.getUrl(parkeren);
    assert.equal(api.requests.filter((request) => request.url.includes('/zaken?')).length, 0, 'A is cached');

    // A request of A is in flight while the resident switches.
    let release: () => void = () => {};
    let arrived = false;
    const tozoA = await (await fetch(tozo, { headers: { 'Accept-Crs': 'EPSG:4326' } })).json();
    server.use(
      http.get(
        tozo,
        async () => {
          arrived = true;
          await new Promise<void>((resolve) => (release = resolve));
          return HttpResponse.json(tozoA);
        },
        { once: true },
      ),
    );
    const inFlight = client.getUrl(tozo);
    while (!arrived) await new Promise((resolve) => setImmediate(resolve));

    api.setResident('de-vries');
    client.setIdentity('de-vries');
    assert.equal(client.identity, 'de-vries');
    release();
    await assert.rejects(inFlight, { name: 'AbortError' });

    api.clearRequests();
    const listB = await listZaken(client);
    assert.deepEqual(listB.map((zaak) => zaak.uuid).sort(), Object.values(fixtureZaken['de-vries']).sort());
    assert.ok(listB.every((zaak) => !(Object.values(jansen) as string[]).includes(zaak.uuid)));
    for (const url of [parkeren, tozo]) {
      await assert.rejects(client.getUrl(url), NotFoundError);
      await assert.rejects(getStatusTimeline(client, url), { kind: 'not-found' });
    }
    assert.ok(
      api.requests.every((request) => request.headers['if-none-match'] === undefined),
      'no ETag of A is sent',
    );
  });

  test('setIdentity with the same identity keeps the cache; reset() notifies onReset listeners', async () => {
    server.use(http.get(`${CATALOGI}/zaaktypen/:id`, () => HttpResponse.json({})));
    const client = createClient({ gateway: GATEWAY, identity: 'a' });
    let resets = 0;
    const stop = client.onReset(() => resets++);
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    client.setIdentity('a');
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    assert.equal(requests.length, 1);
    assert.equal(resets, 0);
    client.setIdentity(undefined); // logout
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    assert.equal(requests.length, 2);
    assert.equal(resets, 1);
    stop();
    client.reset();
    assert.equal(resets, 1);
  });

  test('a background revalidation started before a reset does not refill the cache', async () => {
    const state = { version: 1 };
    let release: () => void = () => {};
    server.use(
      http.get(`${ZAKEN}/statussen`, async () => {
        const v = state.version;
        if (v === 2) await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ count: 1, next: null, results: [{ versie: v }] });
      }),
    );
    let time = 0;
    const client = createClient({ gateway: GATEWAY, listMaxAge: 10 }, { now: () => time });
    await client.list('zaken', '/statussen');
    state.version = 2;
    time = 100;
    await client.list('zaken', '/statussen'); // stale → background revalidation, held
    while (requests.length < 2) await new Promise((resolve) => setImmediate(resolve));
    client.reset();
    release();
    state.version = 3;
    assert.deepEqual(await client.list('zaken', '/statussen'), [{ versie: 3 }]);
  });
});
