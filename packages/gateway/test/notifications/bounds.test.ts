// A flood must not grow the relay without bound: the callback's queue refuses beyond its size (503, the
// Notificaties API retries), the remembered audiences and the replay buffer keep their maximum, and a
// reader that does not keep up is closed instead of buffering without end.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryRelayBus } from '../../src/notifications/bus.js';
import { EventStreams } from '../../src/notifications/streams.js';
import { startTestGateway, type TestGateway } from '../support.js';

const AUTH = 'Bearer flood-test-callback-secret-0123456789';

let upstream: Server;
let upstreamOrigin: string;
let held: ServerResponse[] = [];
let holding = true;
let t: TestGateway;

before(async () => {
  // A Zaken API whose rollen answers wait until the test lets them go: the matching is busy meanwhile.
  upstream = createServer((_req, res) => {
    if (holding) held.push(res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 0, next: null, previous: null, results: [] }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamOrigin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  t = await startTestGateway({
    upstreams: { zaken: { url: `${upstreamOrigin}/zaken/api/v1`, auth: { type: 'token', token: 'flood-test-token' } } },
    notifications: { callbackAuth: AUTH, queueSize: 20, concurrency: 1, rollenCacheSize: 5 },
    rateLimit: { perIp: { max: 100000, windowSeconds: 60 } },
  });
});

after(async () => {
  await t?.gateway.close();
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

const release = () => {
  holding = false;
  for (const res of held) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 0, next: null, previous: null, results: [] }));
  held = [];
};

test('a flood of notifications: the queue holds at most queueSize, the rest get 503 with Retry-After, memory stays bounded', async () => {
  const relay = t.gateway.relay!.relay;
  const post = (i: number) =>
    fetch(`${t.base}/notificaties/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: AUTH },
      body: JSON.stringify({
        kanaal: 'zaken',
        hoofdObject: `${upstreamOrigin}/zaken/api/v1/zaken/${i}`,
        resource: 'status',
        resourceUrl: `${upstreamOrigin}/zaken/api/v1/statussen/${i}`,
        actie: 'create',
        aanmaakdatum: new Date().toISOString(),
      }),
    });
  const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => post(i)));
  const statuses = answers.map((a) => a.status);
  assert.ok(relay.queued <= 20, `queued ${relay.queued}`);
  // One being matched, twenty waiting, every other one refused.
  assert.equal(statuses.filter((s) => s === 204).length, 21);
  assert.equal(statuses.filter((s) => s === 503).length, 179);
  assert.ok(answers.filter((a) => a.status === 503).every((a) => a.headers.get('retry-after') === '5'));
  release();
  await relay.settled();
  assert.equal(relay.queued, 0);
  assert.ok(relay.cachedAudiences <= 5, `remembered ${relay.cachedAudiences}`);
  // Nobody had a role: nothing was published.
  assert.equal(await t.gateway.relay!.bus.size(), 0);
});

test('the replay buffer keeps at most replayMaxEvents, and nothing older than the window', async () => {
  let now = 1_000_000;
  const bus = new MemoryRelayBus({ windowMs: 60_000, maxEvents: 100 }, () => now);
  for (let i = 0; i < 1000; i++) await bus.publish([i % 2 === 0 ? 'even' : 'odd'], `{"n":${i}}`);
  assert.equal(await bus.size(), 100);
  const replayed = await bus.replay('950', 'even');
  // Ids 1..1000, the even-numbered messages (i even) have odd ids: after 950 that is 951, 953, …, 999.
  assert.deepEqual(
    replayed.map((e) => e.id),
    Array.from({ length: 25 }, (_, i) => String(951 + 2 * i)),
  );
  assert.ok(replayed.every((e) => e.audience.includes('even')));
  now += 60_001;
  assert.equal(await bus.size(), 0);
  assert.deepEqual(await bus.replay('not-an-id', 'even'), []);
});

/** A response that never drains: what it was given piles up in `writableLength`. */
class StuckResponse {
  writableLength = 0;
  writableEnded = false;
  destroyed = false;
  writeHead() {
    return this;
  }
  flushHeaders() {}
  once() {
    return this;
  }
  write(chunk: string) {
    this.writableLength += Buffer.byteLength(chunk);
    return false;
  }
  end() {
    this.writableEnded = true;
  }
  destroy() {
    this.destroyed = true;
  }
}

test('a stream that does not keep up is closed once maxBufferedBytes wait, and counted', async () => {
  let slow = 0;
  const streams = new EventStreams(
    { heartbeatMs: 60_000, retryMs: 3000, maxPerSession: 4, maxStreams: 10, maxBufferedBytes: 1024 },
    { onDelivered: () => {}, onSlowClosed: () => slow++ },
  );
  const raw = new StuckResponse();
  await streams.open(raw as unknown as ServerResponse, {
    sessionId: 's',
    audienceKey: 'k',
    lastEventId: undefined,
    headers: {},
    replay: async () => [],
    alive: async () => true,
  });
  assert.equal(streams.size, 1);
  for (let i = 0; i < 50; i++) streams.deliver({ id: String(i), audience: ['k'], data: 'x'.repeat(100), time: 0 });
  assert.equal(streams.size, 0);
  assert.equal(slow, 1);
  assert.ok(raw.destroyed);
  assert.ok(raw.writableLength < 1024 + 200, 'nothing more was written after the bound');
  streams.closeAll();
});
