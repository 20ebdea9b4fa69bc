/**
 * Two gateway instances sharing Redis act as one: a session signed in on A works on B, a logout on B ends
 * it on A, the per-session rate limit counts requests on both, and both see the same sessions. Redis
 * restarted during use: the instances answer 503 meanwhile (never crash), reconnect by themselves, and
 * sessions survive with persistence or end cleanly with 401 without it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import { startRedisServer, type TestRedisServer } from '../redis-server.js';
import { PAGE_ORIGIN, metric, signedIn, startGateway, until } from './stack.js';

type Instance = Awaited<ReturnType<typeof startGateway>>;
const zaken = (base: string) => `${base}/zaken/api/v1/zaken?ordering=-startdatum`;

async function read(base: string, cookie: string): Promise<{ status: number; body: string }> {
  const response = await fetch(zaken(base), { headers: { cookie } });
  return { status: response.status, body: await response.text() };
}

let mock: MockServer;
before(async () => {
  mock = await startMockServer({ mode: 'upstream' });
});
after(async () => {
  await mock?.close();
});

describe('two instances on one Redis', () => {
  let redis: TestRedisServer;
  let a: Instance;
  let b: Instance;
  before(async () => {
    redis = await startRedisServer();
    const shared = { redis: { url: redis.url }, rateLimit: { perSession: { max: 8, windowSeconds: 60 }, perIp: { max: 1_000_000, windowSeconds: 60 } } };
    a = await startGateway(mock.url, shared);
    b = await startGateway(mock.url, shared);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  test('signed in on A, the session works on B, and a logout on B ends it on A', async () => {
    const browser = await signedIn(a.base, a.gateway.devIdp!.issuer);
    const cookie = browser.cookieHeader;
    const onA = await read(a.base, cookie);
    const onB = await read(b.base, cookie);
    assert.equal(onA.status, 200);
    assert.equal(onB.status, 200);
    // Each instance writes its own public URL into the answer; otherwise it is the same resident's same answer.
    assert.ok(onB.body.replaceAll(b.base, a.base) === onA.body, "the same resident's answer on both");
    const session = (await (await fetch(`${b.base}/auth/session`, { headers: { cookie } })).json()) as { signedIn: boolean; kind: string };
    assert.deepEqual([session.signedIn, session.kind], [true, 'persoon']);
    assert.ok((await metric(b.origin, 'klantbeeld_gateway_active_sessions')) >= 1, 'B counts the session made on A');

    const logout = await fetch(`${b.base}/auth/logout`, { method: 'POST', headers: { cookie, origin: PAGE_ORIGIN, accept: 'application/json' } });
    assert.equal(logout.status, 200);
    await logout.arrayBuffer();
    const after = await fetch(zaken(a.base), { headers: { cookie } });
    assert.equal(after.status, 401);
    assert.equal(((await after.json()) as { code: string }).code, 'not-signed-in');
  });

  test('the per-session rate limit counts the requests on both instances', async () => {
    const browser = await signedIn(a.base, a.gateway.devIdp!.issuer);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await read(i % 2 === 0 ? a.base : b.base, browser.cookieHeader)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

describe('Redis restarted during use', () => {
  for (const persistent of [true, false]) {
    test(
      persistent
        ? 'with persistence: 503 while it is away, then the same session works again'
        : 'without persistence: 503 while it is away, then the session ends cleanly with 401',
      async () => {
        const redis = await startRedisServer({ persistent });
        let gateway: Instance | undefined;
        try {
          gateway = await startGateway(mock.url, { redis: { url: redis.url, commandTimeoutMs: 500 } });
          const browser = await signedIn(gateway.base, gateway.gateway.devIdp!.issuer);
          assert.equal((await read(gateway.base, browser.cookieHeader)).status, 200);

          await redis.kill();
          const during = await fetch(zaken(gateway.base), { headers: { cookie: browser.cookieHeader } });
          assert.equal(during.status, 503);
          assert.match(during.headers.get('content-type') ?? '', /^application\/problem\+json/);
          assert.equal(((await during.json()) as { code: string }).code, 'store-unavailable');
          const notReady = await fetch(`${gateway.origin}/readyz`);
          assert.equal(notReady.status, 503);
          assert.equal(((await notReady.json()) as { stores: { redis: boolean } }).stores.redis, false);
          assert.equal((await fetch(`${gateway.origin}/healthz`)).status, 200, 'the process lives on');

          await redis.resume();
          await until(async () => (await fetch(`${gateway!.origin}/readyz`)).status === 200, 10_000, 'the gateway to reconnect');
          const again = await read(gateway.base, browser.cookieHeader);
          if (persistent) assert.equal(again.status, 200, 'the session survived');
          else {
            assert.equal(again.status, 401);
            assert.equal((JSON.parse(again.body) as { code: string }).code, 'not-signed-in');
            const fresh = await signedIn(gateway.base, gateway.gateway.devIdp!.issuer);
            assert.equal((await read(gateway.base, fresh.cookieHeader)).status, 200, 'a new sign-in works');
          }
        } finally {
          await gateway?.close();
          await redis.stop();
        }
      },
    );
  }
});
