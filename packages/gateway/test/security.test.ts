import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { Browser, FOREIGN_ORIGIN, PAGE_ORIGIN, assertProblem, signIn, startTestGateway, type TestGateway } from './support.js';

describe('browser-facing defences', () => {
  let t: TestGateway;
  let browser: Browser;
  let cookie: string;
  before(async () => {
    t = await startTestGateway({ limits: { bodyBytes: 65536, jsonDepth: 32, headerBytes: 8192 } });
    browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    cookie = `__Host-klantbeeld=${browser.cookies.get('__Host-klantbeeld')}`;
  });
  after(() => t.gateway.close());

  const write = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer }) =>
    fetch(`${t.base}${path}`, {
      method: init.method ?? 'POST',
      headers: { cookie, ...init.headers },
      body: typeof init.body === 'string' || init.body === undefined ? init.body : new Uint8Array(init.body),
    });

  describe('CSRF: writes need a configured Origin and a JSON body', () => {
    test('a write from the configured page reaches the proxy', async () => {
      const calls = t.proxy.calls.length;
      const response = await write('/klantinteracties/api/v1/digitaleadressen', {
        headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' },
        body: '{"adres":"a@example.nl"}',
      });
      assert.equal(response.status, 200);
      assert.equal(t.proxy.calls.length, calls + 1);
      assert.equal(t.proxy.calls.at(-1)!.request.body?.toString(), '{"adres":"a@example.nl"}');
    });

    for (const [name, headers] of [
      ['a foreign Origin', { origin: FOREIGN_ORIGIN, 'content-type': 'application/json' }],
      ['Origin null (sandboxed frame, data: URL)', { origin: 'null', 'content-type': 'application/json' }],
      ['no Origin, cross-site fetch metadata', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }],
      ['no Origin and no fetch metadata', { 'content-type': 'application/json' }],
      ['a look-alike origin', { origin: `${PAGE_ORIGIN}0`, 'content-type': 'application/json' }],
    ] as const) {
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        test(`${method} with ${name} is refused with 403 and never forwarded`, async () => {
          const calls = t.proxy.calls.length;
          const response = await write('/klantinteracties/api/v1/digitaleadressen/1', { method, headers, body: method === 'DELETE' ? undefined : '{}' });
          await assertProblem(response, 403, 'origin-not-allowed');
          assert.equal(t.proxy.calls.length, calls);
        });
      }
    }

    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      test(`a simple-request body (${type.split(';')[0]}) from the page is refused with 415`, async () => {
        const calls = t.proxy.calls.length;
        const response = await write('/klantinteracties/api/v1/digitaleadressen', { headers: { origin: PAGE_ORIGIN, 'content-type': type }, body: 'adres=a' });
        await assertProblem(response, 415, 'unsupported-media-type');
        assert.equal(t.proxy.calls.length, calls);
      });
    }

    test('sign-out from a foreign origin is refused and the session stays', async () => {
      const response = await write('/auth/logout', { headers: { origin: FOREIGN_ORIGIN } });
      await assertProblem(response, 403, 'origin-not-allowed');
      assert.equal((await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200);
    });
  });

  describe('CORS', () => {
    test('the configured page gets credentials CORS for its own origin, never *', async () => {
      const response = await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie, origin: PAGE_ORIGIN } });
      assert.equal(response.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
      assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
      assert.match(response.headers.get('vary') ?? '', /origin/i);
    });

    test('a preflight from the page allows the JSON write', async () => {
      const response = await fetch(`${t.base}/klantinteracties/api/v1/digitaleadressen`, {
        method: 'OPTIONS',
        headers: { origin: PAGE_ORIGIN, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /PATCH/);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/);
    });

    test('a foreign origin gets no CORS headers, on a preflight or a read', async () => {
      const preflight = await fetch(`${t.base}/klantinteracties/api/v1/digitaleadressen`, {
        method: 'OPTIONS',
        headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
      const read = await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie, origin: FOREIGN_ORIGIN } });
      assert.equal(read.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('bad input: a clear 4xx problem+json, nothing forwarded, the process stays up', () => {
    const cases: [string, () => Promise<Response>, number, string][] = [
      [
        'malformed JSON',
        () => write('/zaken/api/v1/zaken/_zoek', { headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' }, body: '{"zaak": ' }),
        400,
        'invalid-json',
      ],
      [
        'an empty JSON body',
        () => write('/zaken/api/v1/zaken/_zoek', { headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' }, body: '' }),
        400,
        'invalid-json',
      ],
      [
        'a 1 MB body',
        () =>
          write('/zaken/api/v1/zaken/_zoek', {
            headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' },
            body: `{"a":"${'x'.repeat(1024 * 1024)}"}`,
          }),
        413,
        'body-too-large',
      ],
      [
        'JSON nested 33 deep',
        () =>
          write('/zaken/api/v1/zaken/_zoek', { headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' }, body: '['.repeat(33) + ']'.repeat(33) }),
        400,
        'json-too-deep',
      ],
      [
        'JSON nested 100 000 deep',
        () =>
          write('/zaken/api/v1/zaken/_zoek', {
            headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' },
            body: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
          }),
        400,
        'json-too-deep',
      ],
      [
        'invalid UTF-8',
        () =>
          write('/zaken/api/v1/zaken/_zoek', {
            headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' },
            body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
          }),
        400,
        'invalid-utf8',
      ],
      [
        'a merge-patch body that is not JSON',
        () =>
          write('/klantinteracties/api/v1/partijen/1', {
            method: 'PATCH',
            headers: { origin: PAGE_ORIGIN, 'content-type': 'application/merge-patch+json' },
            body: 'nope',
          }),
        400,
        'invalid-json',
      ],
      ['an unknown method on an API path', () => fetch(`${t.base}/zaken/api/v1/zaken`, { method: 'PROPFIND', headers: { cookie } }), 405, 'method-not-allowed'],
      ['TRACE (sent by node:http, which fetch refuses)', () => nodeRequest('TRACE', `${t.base}/zaken/api/v1/zaken`, { cookie }), 405, 'method-not-allowed'],
      ['a path outside every API', () => fetch(`${t.base}/admin`, { headers: { cookie } }), 404, 'not-found'],
    ];
    for (const [name, send, status, code] of cases) {
      test(name, async () => {
        const calls = t.proxy.calls.length;
        await assertProblem(await send(), status, code);
        assert.equal(t.proxy.calls.length, calls);
        assert.equal((await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200, 'still serving');
      });
    }

    test('the events stream answers 404 problem+json (clients fall back to polling)', async () => {
      await assertProblem(await fetch(`${t.base}/notificaties/api/v1/events`, { headers: { cookie } }), 404, 'no-event-stream');
    });

    test('headers larger than the limit: 431 problem+json from the HTTP layer', async () => {
      const status = await new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
        const req = httpRequest(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie, 'x-filler': 'x'.repeat(20_000) } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
        });
        req.on('error', reject);
        req.end();
      });
      assert.equal(status.status, 431);
      assert.equal(status.type, 'application/problem+json');
      assert.equal(JSON.parse(status.body).code, 'headers-too-large');
      assert.equal((await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200, 'still serving');
    });

    test('a method the HTTP parser does not know: 4xx/5xx problem+json, not a crash', async () => {
      const raw = await new Promise<string>((resolve, reject) => {
        const url = new URL(t.base);
        const socket = connect(Number(url.port), url.hostname, () => socket.write(`FOO ${url.pathname}/zaken/api/v1/zaken HTTP/1.1\r\nHost: x\r\n\r\n`));
        let data = '';
        socket.on('data', (c) => (data += c.toString()));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      assert.match(raw, /^HTTP\/1\.1 (400|501) /);
      assert.match(raw, /content-type: application\/problem\+json/i);
      assert.equal((await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200, 'still serving');
    });
  });

  describe('headers on every answer', () => {
    test('strict security headers and no caching of personal data', async () => {
      const response = await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie } });
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-site');
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      assert.equal(response.headers.get('x-powered-by'), null);
    });

    test('a proxy that throws becomes 502 problem+json without its message', async () => {
      const failing = await startTestGateway(
        {},
        {
          proxy: new (class extends (await import('./support.js')).StubProxy {
            override async handle(): Promise<never> {
              throw new Error('connect ECONNREFUSED 10.0.0.7:8000 token=secret-upstream-token');
            }
          })(),
        },
      );
      try {
        const b = new Browser();
        await signIn(b, failing, { account: 'jansen' });
        const response = await b.fetch(`${failing.base}/zaken/api/v1/zaken`);
        const text = await response.clone().text();
        await assertProblem(response, 502, 'upstream-error');
        assert.ok(!text.includes('10.0.0.7') && !text.includes('secret-upstream-token') && !text.includes('at '));
      } finally {
        await failing.gateway.close();
      }
    });
  });
});

describe('rate limits', () => {
  test('per session: the 4th request in the window is 429 with Retry-After; another session is unaffected', async () => {
    const t = await startTestGateway({ rateLimit: { perSession: { max: 3, windowSeconds: 60 }, perIp: { max: 1000, windowSeconds: 60 } } });
    try {
      const a = new Browser();
      const b = new Browser();
      await signIn(a, t, { account: 'jansen' });
      await signIn(b, t, { account: 'de-vries' });
      for (let i = 0; i < 3; i++) assert.equal((await a.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
      const calls = t.proxy.calls.length;
      const limited = await a.fetch(`${t.base}/zaken/api/v1/zaken`);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      await assertProblem(limited, 429, 'rate-limited');
      assert.equal(t.proxy.calls.length, calls);
      assert.equal((await b.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
    } finally {
      await t.gateway.close();
    }
  });

  test('per IP: every route counts, above the limit 429', async () => {
    const t = await startTestGateway({ rateLimit: { perSession: { max: 1000, windowSeconds: 60 }, perIp: { max: 5, windowSeconds: 60 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${t.base}/auth/session`)).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      await assertProblem(await fetch(`${t.base}/zaken/api/v1/zaken`), 429, 'rate-limited');
    } finally {
      await t.gateway.close();
    }
  });
});

/** A request through node:http, for methods fetch refuses; answered as a fetch Response. */
function nodeRequest(method: string, url: string, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode!, headers: res.headers as Record<string, string> })));
    });
    req.on('error', reject);
    req.end();
  });
}
