// The transport against real HTTP responses (msw): headers, credentials, token, and every error kind.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import {
  createClient,
  InvalidResponseError,
  isKlantbeeldError,
  NetworkError,
  NotAuthenticatedError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnconfiguredOriginError,
  ValidationError,
} from '@klantbeeld/core';
import { CATALOGI, GATEWAY, ZAKEN, useServer } from './helpers.js';
import { ERROR_FOR_STATUS } from './error-statuses.js';

const { server, requests } = useServer();
const problem = (status: number, extra: object = {}) =>
  HttpResponse.json(
    { type: 'https://gw.example/fouten/x', code: 'x', title: 'Titel', status, detail: 'Uitleg', instance: 'urn:uuid:1', ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('request headers', () => {
  test('Accept, Accept-Language and the Crs headers on Zaken /zaken paths only', async () => {
    server.use(
      http.get(`${ZAKEN}/zaken`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })),
      http.get(`${ZAKEN}/zaken/:uuid`, () => HttpResponse.json({ url: 'x' })),
      http.get(`${ZAKEN}/statussen`, () => HttpResponse.json({ count: 0, next: null, results: [] })),
      http.get(`${CATALOGI}/zaaktypen/:uuid`, () => HttpResponse.json({ url: 'x' })),
    );
    const client = createClient({ gateway: GATEWAY, language: 'en' });
    await client.get('zaken', '/zaken');
    await client.getUrl(`${ZAKEN}/zaken/1`);
    await client.list('zaken', '/statussen', { query: { zaak: `${ZAKEN}/zaken/1` } });
    await client.getUrl(`${CATALOGI}/zaaktypen/1`);
    const [list, detail, statussen, zaaktype] = requests;
    for (const request of [list, detail, statussen, zaaktype]) {
      assert.equal(request?.headers['accept'], 'application/json');
      assert.equal(request?.headers['accept-language'], 'en');
    }
    for (const request of [list, detail]) {
      assert.equal(request?.headers['accept-crs'], 'EPSG:4326');
      assert.equal(request?.headers['content-crs'], 'EPSG:4326');
    }
    for (const request of [statussen, zaaktype]) {
      assert.equal(request?.headers['accept-crs'], undefined);
      assert.equal(request?.headers['content-crs'], undefined);
    }
    assert.equal(statussen?.url, `${ZAKEN}/statussen?zaak=${encodeURIComponent(`${ZAKEN}/zaken/1`)}`);
  });

  test('language defaults to nl; query arrays are comma-joined; undefined is left out', async () => {
    server.use(http.get(`${ZAKEN}/zaken`, () => HttpResponse.json({ results: [] })));
    const client = createClient({ gateway: GATEWAY });
    assert.equal(client.language, 'nl');
    await client.get('zaken', '/zaken', { query: { expand: ['zaaktype', 'rollen'], einddatum__isnull: true, page: 2, skip: undefined } });
    const url = new URL(requests[0]?.url ?? '');
    assert.equal(url.searchParams.get('expand'), 'zaaktype,rollen');
    assert.equal(url.searchParams.get('einddatum__isnull'), 'true');
    assert.equal(url.searchParams.get('page'), '2');
    assert.equal(url.searchParams.has('skip'), false);
    assert.equal(requests[0]?.headers['accept-language'], 'nl');
  });

  test('Authorization: Bearer from the token provider, fetched per request', async () => {
    server.use(http.get(`${ZAKEN}/zaken/:uuid`, () => HttpResponse.json({})));
    let n = 0;
    const client = createClient({ gateway: GATEWAY, token: async () => `t${++n}` });
    await client.getUrl(`${ZAKEN}/zaken/1`);
    await client.getUrl(`${ZAKEN}/zaken/2`);
    assert.deepEqual(
      requests.map((request) => request.headers['authorization']),
      ['Bearer t1', 'Bearer t2'],
    );
  });

  test('a failing token provider rejects with NotAuthenticatedError and sends nothing', async () => {
    const client = createClient({
      gateway: GATEWAY,
      token: () => {
        throw new Error('no session');
      },
    });
    await assert.rejects(client.getUrl(`${ZAKEN}/zaken/1`), NotAuthenticatedError);
    assert.equal(requests.length, 0);
  });

  test('credentials: include by default, same-origin with a token, or as configured', async () => {
    server.use(http.get(`${ZAKEN}/zaken/:uuid`, () => HttpResponse.json({})));
    const seen: (RequestCredentials | undefined)[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init?.credentials);
      return fetch(input, init);
    };
    await createClient({ gateway: GATEWAY, fetch: spy }).getUrl(`${ZAKEN}/zaken/1`);
    await createClient({ gateway: GATEWAY, fetch: spy, token: () => 't' }).getUrl(`${ZAKEN}/zaken/1`);
    await createClient({ gateway: GATEWAY, fetch: spy, credentials: 'omit' }).getUrl(`${ZAKEN}/zaken/1`);
    assert.deepEqual(seen, ['include', 'same-origin', 'omit']);
  });

  test('caller headers are added', async () => {
    server.use(http.get(`${ZAKEN}/zaken/:uuid`, () => HttpResponse.json({})));
    await createClient({ gateway: GATEWAY }).getUrl(`${ZAKEN}/zaken/1`, { headers: { 'X-Trace': 'abc', 'accept-language': 'fy' } });
    assert.equal(requests[0]?.headers['x-trace'], 'abc');
    assert.equal(requests[0]?.headers['accept-language'], 'fy');
  });
});

describe('errors from HTTP responses', () => {
  // Without retries, so each status maps on its first answer (retries: transport-retry.test.ts).
  const client = createClient({ gateway: GATEWAY, retries: 0 });
  const url = `${ZAKEN}/zaken/1`;

  test('400 problem+json → ValidationError with invalidParams', async () => {
    server.use(
      http.get(url, () => problem(400, { invalidParams: [{ name: 'expand', code: 'invalid_choice', reason: 'Ongeldige keuze' }, { bogus: 1 }, 'x'] })),
    );
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.kind, 'validation');
    assert.equal(error.status, 400);
    assert.deepEqual(error.invalidParams, [{ name: 'expand', code: 'invalid_choice', reason: 'Ongeldige keuze' }]);
    assert.equal(error.problem?.detail, 'Uitleg');
    assert.equal(error.problem?.code, 'x');
    assert.ok(isKlantbeeldError(error));
  });

  test('400 with field-keyed messages (Open Product, Django REST framework) → invalidParams per field', async () => {
    server.use(http.get(url, () => HttpResponse.json({ status: ['Ongeldige keuze.'], page_size: ['Geen geheel getal.', 'Te groot.'] }, { status: 400 })));
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.invalidParams, [
      { name: 'status', code: 'invalid', reason: 'Ongeldige keuze.' },
      { name: 'page_size', code: 'invalid', reason: 'Geen geheel getal.' },
      { name: 'page_size', code: 'invalid', reason: 'Te groot.' },
    ]);
  });

  // 429 has tests of its own below (Retry-After).
  for (const status of [401, 403, 404, 410, 412, 500, 502] as const) {
    const { error: type, kind } = ERROR_FOR_STATUS[status];
    test(`${status} → ${type.name}`, async () => {
      server.use(http.get(url, () => problem(status)));
      const error = await client.getUrl(url).catch((e: unknown) => e);
      assert.ok(error instanceof type, String(error));
      assert.equal(error.kind, kind);
      assert.equal(error.status, status);
      assert.equal(error.problem?.status, status);
    });
  }

  test('an error without a problem body (HTML 502) still maps by status', async () => {
    server.use(http.get(url, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(error.problem, undefined);
  });

  test('429 with Retry-After in seconds', async () => {
    server.use(http.get(url, () => HttpResponse.json({ status: 429 }, { status: 429, headers: { 'Retry-After': '120' } })));
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfter, 120);
  });

  test('429 with Retry-After as an HTTP-date', async () => {
    const date = new Date(Date.now() + 3_600_000).toUTCString();
    server.use(http.get(url, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': date } })));
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.ok(error.retryAfter !== undefined && error.retryAfter > 3500 && error.retryAfter <= 3600, String(error.retryAfter));
  });

  test('non-JSON 200 (a login page) → InvalidResponseError', async () => {
    server.use(http.get(url, () => HttpResponse.html('<html>Log in</html>')));
    await assert.rejects(client.getUrl(url), InvalidResponseError);
  });

  test('unparsable JSON 200 and an empty 200 → InvalidResponseError', async () => {
    server.use(http.get(url, () => new HttpResponse('{"url": ', { headers: { 'Content-Type': 'application/json' } })));
    await assert.rejects(client.getUrl(url), InvalidResponseError);
    server.use(http.get(url, () => new HttpResponse(null, { status: 204 })));
    await assert.rejects(client.getUrl(url), InvalidResponseError);
  });

  test('network failure → NetworkError', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    const error = await client.getUrl(url).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.kind, 'network');
  });

  test('no response within the timeout → TimeoutError', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await createClient({ gateway: GATEWAY, timeout: 20 })
      .getUrl(url)
      .catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, String(error));
    // The per-request option overrides the client's.
    await assert.rejects(client.getUrl(url, { timeout: 20 }), TimeoutError);
  });

  test('abort by the caller rejects with the abort reason, not a KlantbeeldError', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client.getUrl(url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException, String(error));
    assert.equal(error.name, 'AbortError');
    assert.equal(isKlantbeeldError(error), false);
  });

  test('an already aborted signal sends nothing and rejects with its reason', async () => {
    const reason = new Error('gone');
    await assert.rejects(client.getUrl(url, { signal: AbortSignal.abort(reason) }), (e) => e === reason);
    assert.equal(requests.length, 0);
  });

  test('an unconfigured API rejects with UnconfiguredOriginError', async () => {
    const onlyZaken = createClient({ sources: { zaken: ZAKEN } });
    await assert.rejects(onlyZaken.get('catalogi', '/zaaktypen'), UnconfiguredOriginError);
    assert.equal(requests.length, 0);
  });

  test('a path cannot escape its source with dot segments', async () => {
    await assert.rejects(client.get('zaken', '/../../../catalogi/api/v1/zaaktypen'), UnconfiguredOriginError);
    assert.equal(requests.length, 0);
  });
});
