// The concurrency cap per origin: never more than N requests at once, a FIFO queue, abort leaves it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient } from '@klantbeeld/core';
import { Limiter } from '../src/transport/limiter.js';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';

const { server, requests } = useServer();
const OTHER = 'https://zaken.other.example/zaken/api/v1';

/** Holds every response until the test releases it, counting how many are open at once. */
function holding(url: string) {
  const held: (() => void)[] = [];
  const state = { open: 0, max: 0, held };
  server.use(
    http.get(url, async ({ request }) => {
      state.open++;
      state.max = Math.max(state.max, state.open);
      await new Promise<void>((resolve) => held.push(resolve));
      state.open--;
      return HttpResponse.json({ url: request.url });
    }),
  );
  return state;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
async function until(condition: () => boolean) {
  while (!condition()) await tick();
}

describe('concurrency cap per origin', () => {
  test('never more than maxConcurrency at once; the rest wait and all complete', async () => {
    const state = holding(`${ZAKEN}/zaken/:id`);
    const client = createClient({ gateway: GATEWAY, maxConcurrency: 3 });
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => client.getUrl(`${ZAKEN}/zaken/${i}`)));
    await until(() => state.held.length === 3);
    for (let i = 0; i < 5; i++) await tick();
    assert.equal(requests.length, 3, 'the other 7 are queued');
    // Release one at a time: each frees a slot for exactly one queued request.
    let released = 0;
    while (released < 10) {
      await until(() => state.held.length > released);
      state.held[released++]?.();
    }
    const results = await all;
    assert.equal(results.length, 10);
    assert.equal(state.max, 3);
  });

  test('the default cap is 6', async () => {
    const state = holding(`${ZAKEN}/zaken/:id`);
    const client = createClient({ gateway: GATEWAY });
    const all = Promise.all(Array.from({ length: 8 }, (_, i) => client.getUrl(`${ZAKEN}/zaken/${i}`)));
    await until(() => state.held.length === 6);
    for (let i = 0; i < 5; i++) await tick();
    assert.equal(requests.length, 6);
    for (let i = 0; i < 8; i++) {
      await until(() => state.held.length > i);
      state.held[i]?.();
    }
    await all;
    assert.equal(state.max, 6);
  });

  test('the cap is per origin', async () => {
    const here = holding(`${ZAKEN}/zaken/:id`);
    const there = holding(`${OTHER}/zaken/:id`);
    const client = createClient({ gateway: GATEWAY, maxConcurrency: 1, sources: { zaken: [ZAKEN, OTHER] } });
    const all = Promise.all([client.getUrl(`${ZAKEN}/zaken/1`), client.getUrl(`${OTHER}/zaken/1`), client.getUrl(`${ZAKEN}/zaken/2`)]);
    await until(() => here.held.length === 1 && there.held.length === 1);
    for (let i = 0; i < 5; i++) await tick();
    assert.equal(requests.length, 2);
    here.held[0]?.();
    there.held[0]?.();
    await until(() => here.held.length === 2);
    here.held[1]?.();
    await all;
  });

  test('an aborted queued request leaves the queue without being sent', async () => {
    const state = holding(`${ZAKEN}/zaken/:id`);
    const client = createClient({ gateway: GATEWAY, maxConcurrency: 1 });
    const controller = new AbortController();
    const first = client.getUrl(`${ZAKEN}/zaken/1`);
    const queued = client.getUrl(`${ZAKEN}/zaken/2`, { signal: controller.signal });
    const third = client.getUrl(`${ZAKEN}/zaken/3`);
    await until(() => state.held.length === 1);
    controller.abort();
    await assert.rejects(queued, { name: 'AbortError' });
    state.held[0]?.();
    await until(() => state.held.length === 2);
    state.held[1]?.();
    await Promise.all([first, third]);
    assert.deepEqual(
      requests.map((request) => request.url),
      [`${ZAKEN}/zaken/1`, `${ZAKEN}/zaken/3`],
    );
  });

  test('a reset aborts queued requests too', async () => {
    const state = holding(`${ZAKEN}/zaken/:id`);
    const client = createClient({ gateway: GATEWAY, maxConcurrency: 1 });
    const running = client.getUrl(`${ZAKEN}/zaken/1`);
    const queued = client.getUrl(`${ZAKEN}/zaken/2`);
    await until(() => state.held.length === 1);
    client.reset();
    await assert.rejects(running, { name: 'AbortError' });
    await assert.rejects(queued, { name: 'AbortError' });
    state.held[0]?.();
    assert.equal(requests.length, 1);
  });
});

describe('Limiter', () => {
  test('FIFO; release is idempotent', async () => {
    const limiter = new Limiter(1);
    const order: number[] = [];
    const first = await limiter.acquire('o');
    const second = limiter.acquire('o').then((release) => (order.push(2), release));
    const third = limiter.acquire('o').then((release) => (order.push(3), release));
    assert.equal(limiter.queued('o'), 2);
    first();
    first();
    (await second)();
    (await third)();
    assert.deepEqual(order, [2, 3]);
    assert.equal(limiter.active('o'), 0);
  });
});
