// Retries: idempotent requests on network errors and 502/503/504 with full-jitter backoff, 429 after
// Retry-After, never another 4xx or a write; the caller's abort stops at once. No real waiting.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { createClient, NetworkError, RateLimitedError, ServerError, TimeoutError, type ClientConfig } from '@klantbeeld/core';
import { backoff, BACKOFF_CAP } from '../src/transport/retry.js';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';

const { server, requests } = useServer();
const URL_ = `${ZAKEN}/zaken/1`;

/** A client whose backoff is recorded, not waited for. */
function recording(config: Partial<ClientConfig> = {}, random = () => 0.5) {
  const delays: number[] = [];
  const client = createClient({ gateway: GATEWAY, ...config }, { random, sleep: async (ms) => void delays.push(ms) });
  return { client, delays };
}

/** Answers the given statuses in turn (a number, or 'error' for a network failure), then 200. */
function sequence(method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string, answers: (number | 'error' | [number, Record<string, string>])[]) {
  let n = 0;
  server.use(
    http[method](url, () => {
      const answer = answers[n++];
      if (answer === undefined) return HttpResponse.json({ ok: n });
      if (answer === 'error') return HttpResponse.error();
      const [status, headers] = typeof answer === 'number' ? [answer, {}] : answer;
      return new HttpResponse(null, { status, headers });
    }),
  );
}

describe('retries', () => {
  test('503, 502 then 200: three requests, backoff with full jitter (base 300 ms, doubling)', async () => {
    sequence('get', URL_, [503, 502]);
    const { client, delays } = recording();
    assert.deepEqual(await client.getUrl(URL_), { ok: 3 });
    assert.equal(requests.length, 3);
    assert.deepEqual(delays, [150, 300]);
  });

  test('a network error and a 504 are retried', async () => {
    sequence('get', URL_, ['error', 504]);
    const { client } = recording();
    assert.deepEqual(await client.getUrl(URL_), { ok: 3 });
    assert.equal(requests.length, 3);
  });

  test('retries are used up: the last error, after 1 + retries requests', async () => {
    sequence('get', URL_, [503, 503, 503, 503, 503]);
    const { client, delays } = recording();
    await assert.rejects(client.getUrl(URL_), ServerError);
    assert.equal(requests.length, 3);
    assert.equal(delays.length, 2);
    requests.length = 0;
    sequence('get', URL_, ['error', 'error', 'error', 'error', 'error']);
    await assert.rejects(recording({ retries: 4 }).client.getUrl(URL_), NetworkError);
    assert.equal(requests.length, 5);
    requests.length = 0;
    sequence('get', URL_, [503]);
    await assert.rejects(recording({ retries: 0 }).client.getUrl(URL_), ServerError);
    assert.equal(requests.length, 1);
  });

  for (const status of [400, 401, 403, 404, 409, 410, 412, 500]) {
    test(`no retry on ${status}`, async () => {
      sequence('get', URL_, [status]);
      const { client, delays } = recording();
      await assert.rejects(client.getUrl(URL_));
      assert.equal(requests.length, 1);
      assert.deepEqual(delays, []);
    });
  }

  test('no retry of POST and PATCH writes; PUT and DELETE are retried', async () => {
    const url = `${GATEWAY}/klantinteracties/api/v1/digitaleadressen`;
    const uuid = '5c8a3b1e-2d4f-4a6b-9c0d-1e2f3a4b5c6d';
    const adres = { adres: 'a@b.nl', soortDigitaalAdres: 'email' };
    sequence('post', url, [503]);
    sequence('patch', `${url}/${uuid}`, ['error']);
    const { client } = recording();
    await assert.rejects(client.post('klantinteracties', '/digitaleadressen', adres), ServerError);
    await assert.rejects(client.send('PATCH', 'klantinteracties', `/digitaleadressen/${uuid}`, { body: {} }), NetworkError);
    assert.equal(requests.length, 2);
    requests.length = 0;
    sequence('put', `${url}/${uuid}`, [503]);
    sequence('delete', `${url}/${uuid}`, [502]);
    await client.send('PUT', 'klantinteracties', `/digitaleadressen/${uuid}`, { body: adres });
    await client.send('DELETE', 'klantinteracties', `/digitaleadressen/${uuid}`);
    assert.equal(requests.length, 4);
  });

  test('read-only POSTs are retried: _zoek and /objects/search', async () => {
    sequence('post', `${ZAKEN}/zaken/_zoek`, [503]);
    sequence('post', `${GATEWAY}/objecten/api/v2/objects/search`, ['error']);
    const { client } = recording();
    await client.post('zaken', '/zaken/_zoek', { uuid__in: [] });
    await client.post('objecten', '/objects/search', { type: `${GATEWAY}/objecttypen/api/v2/objecttypes/7d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a` });
    assert.equal(requests.length, 4);
  });

  test('a timed-out attempt is not retried; the timeout applies per attempt', async () => {
    let n = 0;
    server.use(
      http.get(URL_, async () => {
        if (++n === 1) return HttpResponse.error();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const { client } = recording({ timeout: 30 });
    await assert.rejects(client.getUrl(URL_), TimeoutError);
    assert.equal(n, 2);
  });

  test('the backoff is capped at 5 s and never negative', () => {
    assert.equal(
      backoff(0, () => 0),
      0,
    );
    assert.ok(backoff(0, () => 0.999999) < 300);
    assert.ok(backoff(3, () => 0.999999) < 2400 && backoff(3, () => 0.999999) >= 2399);
    assert.ok(backoff(20, () => 0.999999) < BACKOFF_CAP);
    assert.ok(backoff(20, () => 0.999999) >= BACKOFF_CAP - 1);
  });
});

describe('429', () => {
  test('Retry-After in seconds is waited for, then retried', async () => {
    sequence('get', URL_, [[429, { 'Retry-After': '2' }]]);
    const { client, delays } = recording();
    assert.deepEqual(await client.getUrl(URL_), { ok: 2 });
    assert.deepEqual(delays, [2000]);
  });

  test('Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 10_000).toUTCString();
    sequence('get', URL_, [[429, { 'Retry-After': date }]]);
    const { client, delays } = recording();
    await client.getUrl(URL_);
    assert.equal(delays.length, 1);
    assert.ok((delays[0] ?? 0) >= 8000 && (delays[0] ?? 0) <= 11_000, String(delays[0]));
  });

  test('a Retry-After beyond 30 s gives up at once with RateLimitedError', async () => {
    sequence('get', URL_, [[429, { 'Retry-After': '31' }]]);
    const { client, delays } = recording();
    const error = await client.getUrl(URL_).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfter, 31);
    assert.equal(requests.length, 1);
    assert.deepEqual(delays, []);
  });

  test('still limited after the retries: RateLimitedError; without Retry-After the backoff applies', async () => {
    sequence('get', URL_, [[429, { 'Retry-After': '1' }], 429, [429, { 'Retry-After': '30' }], 200]);
    const { client, delays } = recording({}, () => 0);
    await assert.rejects(client.getUrl(URL_), RateLimitedError);
    assert.deepEqual(delays, [1000, 0]);
    assert.equal(requests.length, 3);
  });

  test('a rate-limited write is not retried', async () => {
    sequence('post', `${GATEWAY}/klantinteracties/api/v1/klantcontacten`, [[429, { 'Retry-After': '1' }]]);
    const { client } = recording();
    await assert.rejects(
      client.post('klantinteracties', '/klantcontacten', { kanaal: 'e-mail', onderwerp: 'Vraag over een aanvraag', taal: 'nld', vertrouwelijk: false }),
      RateLimitedError,
    );
    assert.equal(requests.length, 1);
  });
});

describe('abort', () => {
  test('an abort during the backoff stops at once: no further request', async () => {
    sequence('get', URL_, [503, 503]);
    let sleeping: () => void = () => {};
    const slept = new Promise<void>((resolve) => (sleeping = resolve));
    // A sleep that never ends by itself: only the abort can end the wait.
    const client = createClient({ gateway: GATEWAY }, { random: () => 0.5, sleep: () => (sleeping(), new Promise<void>(() => {})) });
    const controller = new AbortController();
    const pending = client.getUrl(URL_, { signal: controller.signal });
    await slept;
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(requests.length, 1);
  });

  test('the default sleep waits for real and honours the abort', async () => {
    sequence('get', URL_, [503]);
    const controller = new AbortController();
    const client = createClient({ gateway: GATEWAY }, { random: () => 0.999 });
    const pending = client.getUrl(URL_, { signal: controller.signal });
    while (requests.length < 1) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(requests.length, 1);
  });
});
