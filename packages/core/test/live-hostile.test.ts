// Regression tests of the live connection against a hostile or broken gateway: a redirect of the event
// stream to another origin (must be refused before anything is sent there), and a stream that sends
// `retry: 0` and closes at once while replaying the same message (must back off, fall back to polling,
// and never refetch a resource twice for one message).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, subscribe, type Notificatie } from '@klantbeeld/core';
import { useServer } from './helpers.js';
import { VirtualClock } from './virtual-clock.js';

const ORIGIN = 'https://gw.example';
const EVIL = 'https://evil.example';
const EVENTS = `${ORIGIN}/notificaties/api/v1/events`;
const ZAAK = `${ORIGIN}/zaken/api/v1/zaken/0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10`;

const { server, requests } = useServer();

function message(resourceUrl: string): Notificatie {
  return {
    kanaal: 'zaken',
    hoofdObject: ZAAK,
    resource: 'status',
    resourceUrl,
    actie: 'create',
    aanmaakdatum: '2026-12-01T10:00:00Z',
  };
}

const stream = (body: string) => new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });

describe('live: the event stream goes through the one network door', () => {
  // The client loads the stream's request code on demand, in real time; the virtual clock below does not wait for that
  // import and, on a busy machine, ran its 3 s before the first stream was opened. Loaded once here, it is at hand.
  before(() => import('../src/transport/event-stream-request.js'));
  for (const status of [301, 302, 303, 307, 308]) {
    test(`a ${status} to another origin is refused: no request there, no credentials, no injected message`, async () => {
      server.use(
        http.get(EVENTS, () => new HttpResponse(null, { status, headers: { Location: `${EVIL}/events` } })),
        http.get(`${EVIL}/events`, () => stream(`id: 1\ndata: ${JSON.stringify(message(`${ORIGIN}/zaken/api/v1/statussen/evil`))}\n\n`)),
        http.get(ZAAK, () => HttpResponse.json({ url: ZAAK })),
      );
      const clock = new VirtualClock();
      const client = createClient({ gateway: ORIGIN, token: () => 'geheim' });
      const received: Notificatie[] = [];
      const errors: unknown[] = [];
      const stop = subscribe(client, ZAAK, (m) => void received.push(m), { timers: clock, onError: (e) => void errors.push(e) });
      await clock.runUntil(3_000);
      stop();
      assert.deepEqual(
        requests.filter((r) => r.url.startsWith(EVIL)),
        [],
        'a request reached the other origin',
      );
      assert.deepEqual(received, [], 'a message of the other origin was delivered');
      assert.ok(
        errors.length >= 1 && errors.every((e) => (e as { kind?: string }).kind === 'unconfigured-origin'),
        'the refusal is reported as unconfigured-origin',
      );
      assert.ok(requests.every((r) => r.url.startsWith(ORIGIN)));
    });
  }

  test('a redirect to the same endpoint on the gateway is followed, with the token', async () => {
    server.use(
      http.get(EVENTS, ({ request }) =>
        new URL(request.url).search === ''
          ? new HttpResponse(null, { status: 307, headers: { Location: `${EVENTS}?shard=2` } })
          : stream(`id: 1\ndata: ${JSON.stringify(message(`${ORIGIN}/zaken/api/v1/statussen/1`))}\n\n`),
      ),
      http.get(ZAAK, () => HttpResponse.json({ url: ZAAK })),
    );
    const clock = new VirtualClock();
    const client = createClient({ gateway: ORIGIN, token: () => 'geheim' });
    const received: Notificatie[] = [];
    const stop = subscribe(client, ZAAK, (m) => void received.push(m), { timers: clock, onError: () => {} });
    await clock.runUntil(500);
    stop();
    assert.equal(received.length, 1);
    const followed = requests.find((r) => r.url.endsWith('?shard=2'));
    assert.equal(followed?.headers.authorization, 'Bearer geheim');
  });
});

describe('live: reconnects are bounded', () => {
  test('retry: 0 and an immediate close, replaying the same message: ≤ 5 connections in 6 s, one refetch per resource', async () => {
    const replay = `retry: 0\nid: 1\ndata: ${JSON.stringify(message(`${ORIGIN}/zaken/api/v1/statussen/1`))}\n\n`;
    server.use(
      http.get(EVENTS, () => stream(replay)),
      http.get(ZAAK, () => HttpResponse.json({ url: ZAAK })),
    );
    const clock = new VirtualClock();
    const client = createClient({ gateway: ORIGIN });
    let refetches = 0;
    const stop = subscribe(
      client,
      ZAAK,
      async () => {
        refetches++;
        await client.getUrl(ZAAK);
      },
      { timers: clock, onError: () => {} },
    );
    await clock.runUntil(6_000, 300);
    stop();
    const connections = requests.filter((r) => r.url === EVENTS).length;
    assert.ok(connections <= 5, `${connections} connections in 6 s`);
    assert.equal(refetches, 1, 'a replayed message triggered another refetch');
    // The stream, at most one poll of the zaak (the fallback) and the one refetch.
    assert.ok(requests.length <= connections + 2, `${requests.length} requests in 6 s`);
  });

  test('the reconnect delay is at least 1 s whatever retry: says, and backs off while the stream keeps ending without news', async () => {
    const clock = new VirtualClock();
    const times: number[] = [];
    server.use(
      http.get(EVENTS, () => {
        times.push(clock.elapsed);
        return stream('retry: 0\n: nothing new\n\n');
      }),
      http.get(ZAAK, () => HttpResponse.json({ url: ZAAK })),
    );
    const client = createClient({ gateway: ORIGIN });
    const stop = subscribe(client, ZAAK, () => {}, { timers: clock, onError: () => {} });
    await clock.runUntil(120_000, 300);
    stop();
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    assert.ok(gaps.length >= 2, `only ${times.length} connections`);
    assert.ok(
      gaps.every((gap) => gap >= 1_000),
      `gaps ${gaps.join(', ')}`,
    );
    assert.ok((gaps[1] ?? 0) > (gaps[0] ?? 0), `no backoff: ${gaps.join(', ')}`);
    assert.ok(times.length <= 6, `${times.length} connections in 2 minutes`);
  });
});
