// Catalogi resources are fetched once per URL per identity; identical in-flight GETs are shared.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient } from '@klantbeeld/core';
import { CATALOGI, GATEWAY, ZAKEN, useServer } from './helpers.js';

const { server, requests } = useServer();

/** A handler whose responses are released one by one by the test, so ordering is explicit (no timing). */
function gated(url: string) {
  const gates: (() => void)[] = [];
  let n = 0;
  server.use(
    http.get(url, async () => {
      const mine = ++n;
      await new Promise<void>((resolve) => gates.push(resolve));
      return HttpResponse.json({ n: mine });
    }),
  );
  return {
    /** Resolves once `count` requests have arrived. */
    async arrived(count: number) {
      while (gates.length < count) await new Promise((resolve) => setTimeout(resolve, 1));
    },
    /** Lets the response to the request that arrived `index`-th (0-based) go. */
    open(index: number) {
      gates[index]?.();
    },
  };
}

describe('catalogi cache', () => {
  test('a Catalogi resource is fetched once per URL; Zaken resources are not cached', async () => {
    server.use(
      http.get(`${CATALOGI}/zaaktypen/:id`, ({ params }) => HttpResponse.json({ url: `${CATALOGI}/zaaktypen/${String(params.id)}` })),
      http.get(`${ZAKEN}/zaken/:id`, () => HttpResponse.json({ n: 1 })),
    );
    const client = createClient({ gateway: GATEWAY });
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    await client.getUrl(`${CATALOGI}/zaaktypen/2`);
    await client.getUrl(`${ZAKEN}/zaken/1`);
    await client.getUrl(`${ZAKEN}/zaken/1`);
    assert.deepEqual(
      requests.map((request) => request.url.slice(GATEWAY.length)),
      ['/catalogi/api/v1/zaaktypen/1', '/catalogi/api/v1/zaaktypen/2', '/zaken/api/v1/zaken/1', '/zaken/api/v1/zaken/1'],
    );
  });

  test('cached values are frozen, so a caller cannot alter what others get', async () => {
    server.use(http.get(`${CATALOGI}/zaaktypen/1`, () => HttpResponse.json({ omschrijving: 'a', trefwoorden: ['x'] })));
    const client = createClient({ gateway: GATEWAY });
    const first = await client.getUrl<{ omschrijving: string; trefwoorden: string[] }>(`${CATALOGI}/zaaktypen/1`);
    assert.throws(() => {
      first.trefwoorden.push('y');
    }, TypeError);
    assert.deepEqual(await client.getUrl(`${CATALOGI}/zaaktypen/1`), { omschrijving: 'a', trefwoorden: ['x'] });
  });

  test('errors are not cached', async () => {
    let n = 0;
    server.use(http.get(`${CATALOGI}/zaaktypen/1`, () => (++n === 1 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json({ ok: true }))));
    const client = createClient({ gateway: GATEWAY });
    await assert.rejects(client.getUrl(`${CATALOGI}/zaaktypen/1`));
    assert.deepEqual(await client.getUrl(`${CATALOGI}/zaaktypen/1`), { ok: true });
  });

  test('reset() empties the cache', async () => {
    server.use(http.get(`${CATALOGI}/zaaktypen/1`, () => HttpResponse.json({})));
    const client = createClient({ gateway: GATEWAY });
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    client.reset();
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    assert.equal(requests.length, 2);
  });

  test('a reset aborts an in-flight request; its result never enters the new cache', async () => {
    const url = `${CATALOGI}/zaaktypen/1`;
    const gate = gated(url);
    const client = createClient({ gateway: GATEWAY });
    const old = client.getUrl<{ n: number }>(url);
    await gate.arrived(1);
    client.reset();
    await assert.rejects(old, { name: 'AbortError' });
    const fresh = client.getUrl<{ n: number }>(url); // a new identity does not join the old request
    await gate.arrived(2);
    gate.open(1);
    gate.open(0); // the old request's handler answers late; nobody listens any more
    assert.equal((await fresh).n, 2);
    assert.equal((await client.getUrl<{ n: number }>(url)).n, 2);
    assert.equal(requests.length, 2);
  });
});

describe('in-flight dedupe', () => {
  test('identical concurrent GETs share one request', async () => {
    const gate = gated(`${ZAKEN}/zaken/1`);
    const client = createClient({ gateway: GATEWAY });
    const both = Promise.all([client.getUrl(`${ZAKEN}/zaken/1`), client.getUrl(`${ZAKEN}/zaken/1`)]);
    await gate.arrived(1);
    gate.open(0);
    assert.deepEqual(await both, [{ n: 1 }, { n: 1 }]);
    assert.equal(requests.length, 1);
  });

  test('one caller aborting does not fail the other', async () => {
    const gate = gated(`${ZAKEN}/zaken/1`);
    const client = createClient({ gateway: GATEWAY });
    const controller = new AbortController();
    const aborted = client.getUrl(`${ZAKEN}/zaken/1`, { signal: controller.signal });
    const kept = client.getUrl(`${ZAKEN}/zaken/1`);
    await gate.arrived(1);
    controller.abort();
    await assert.rejects(aborted, { name: 'AbortError' });
    gate.open(0);
    assert.deepEqual(await kept, { n: 1 });
    assert.equal(requests.length, 1);
  });
});

test('when every caller aborts, the shared request is aborted and a new caller starts afresh', async () => {
  const gate = gated(`${ZAKEN}/zaken/1`);
  const client = createClient({ gateway: GATEWAY });
  const controller = new AbortController();
  const first = client.getUrl(`${ZAKEN}/zaken/1`, { signal: controller.signal });
  await gate.arrived(1);
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  const second = client.getUrl(`${ZAKEN}/zaken/1`);
  await gate.arrived(2);
  gate.open(1);
  assert.deepEqual(await second, { n: 2 });
});
