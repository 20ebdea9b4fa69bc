// Two gateway instances sharing a test Redis: the Notificaties API calls back at instance A, a resident's
// stream is held by instance B, and the event still arrives; event ids are shared, so a reconnect to the
// other instance replays; and when both instances get the same status notification, one e-mail goes out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureZaken, statusCreated } from '@klantbeeld/mock-api';
import { Browser, freePort, openEventStream, signIn, startDevStack, type DevStack } from '../../src/dev/stack.js';
import { createLogger } from '../../src/server/logger.js';
import { startRedisServer, type TestRedisServer } from '../redis-server.js';
import { LogCapture, PAGE_ORIGIN } from '../support.js';
import { chooseZakenNotifications } from './helpers.js';

let redis: TestRedisServer;
let a: DevStack;
let b: DevStack;
const callbackAuth = `Bearer shared-${crypto.randomUUID()}`;

const zaakPath = (uuid: string) => `/zaken/api/v1/zaken/${uuid}`;

async function start(mockUrl: string | undefined, callbackUrl?: string): Promise<DevStack> {
  const port = await freePort();
  return startDevStack({
    publicUrl: `http://127.0.0.1:${port}/api/klantbeeld`,
    pageOrigins: [PAGE_ORIGIN],
    gatewayPort: port,
    ...(mockUrl ? { mockUrl } : {}),
    logger: createLogger({ destination: new LogCapture(), level: 'warn' }),
    // One deployment: the same secrets (audience keys, lock keys) and one Redis.
    overrides: { session: { secrets: ['two-instances-share-this-secret-0123456789'] }, redis: { url: redis.url } },
    notificationSettings: { callbackAuth, heartbeatMs: 50, ...(callbackUrl ? { callbackUrl } : {}) },
  });
}

/** Both instances have matched everything they received. */
async function settled(): Promise<void> {
  await a.mock!.mock.notificaties.settled();
  await Promise.all([a.gateway.relay!.relay.settled(), b.gateway.relay!.relay.settled()]);
  await Promise.all([a.gateway.relay!.channel!.settled(), b.gateway.relay!.channel!.settled()]);
}

before(async () => {
  redis = await startRedisServer();
  a = await start(undefined);
  // B registers at the same Notificaties API with A's callback: it finds and reuses A's abonnement.
  b = await start(a.mockUrl, a.config.notifications!.callbackUrl);
});

after(async () => {
  await b?.close();
  await a?.close();
  await redis?.stop();
});

test("one abonnement for the deployment: the second instance reused the first one's", () => {
  assert.equal(a.mock!.mock.notificaties.abonnementen.length, 1);
});

test("a notification received by instance A reaches a stream held by instance B; a reconnect to A replays from B's event id", async () => {
  const browser = new Browser();
  await signIn(browser, { base: b.config.publicUrl, issuer: b.gateway.devIdp!.issuer }, { account: 'jansen' });
  const onB = await openEventStream(`${b.config.publicUrl}/notificaties/api/v1/events`, { cookie: browser.cookieHeader });
  const received = { a: a.gateway.relay!.metrics.notifications, b: b.gateway.relay!.metrics.notifications };
  try {
    const status = await fetch(`${a.mockUrl}/_mock/zaken/${fixtureZaken.jansen.parkeervergunning}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ volgnummer: 3 }),
    });
    assert.equal(status.status, 201);
    // Instances of one deployment share one publicUrl; here each has its own, so the event names A's URLs.
    const event = await onB.next((frame) => frame.data?.includes(zaakPath(fixtureZaken.jansen.parkeervergunning)) === true);
    assert.match(event.id ?? '', /^\d+-\d+$/, 'a Redis stream id');
    const count = async (metric: typeof received.a) => (await metric.get()).values.find((v) => v.labels.outcome === 'received')?.value ?? 0;
    assert.ok((await count(received.a)) >= 1, 'A received it');
    assert.equal(await count(received.b), 0, 'B received nothing from the Notificaties API');
    onB.close();

    // The next change while the browser is away, then it reconnects to A (a new sign-in there: sessions are per instance here).
    await fetch(`${a.mockUrl}/_mock/zaken/${fixtureZaken.jansen.parkeervergunning}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ volgnummer: 4 }),
    });
    await settled();
    const onA = new Browser();
    await signIn(onA, { base: a.config.publicUrl, issuer: a.gateway.devIdp!.issuer }, { account: 'jansen' });
    const replay = await openEventStream(`${a.config.publicUrl}/notificaties/api/v1/events`, { cookie: onA.cookieHeader, lastEventId: event.id! });
    try {
      const missed = await replay.next();
      assert.notEqual(missed.id, event.id);
      assert.ok(missed.data?.includes(zaakPath(fixtureZaken.jansen.parkeervergunning)));
    } finally {
      replay.close();
    }
  } finally {
    onB.close();
  }
});

test('the same status notification at both instances sends exactly one e-mail', async () => {
  const deVries = new Browser();
  await signIn(deVries, { base: a.config.publicUrl, issuer: a.gateway.devIdp!.issuer }, { account: 'de-vries' });
  await chooseZakenNotifications(a.config.publicUrl, deVries);
  const sent = () => [...a.outbox!.smtp.messages, ...b.outbox!.smtp.messages].filter((m) => m.to.includes('pj.devries@example.org')).length;
  const before = sent();

  const response = await fetch(`${a.mockUrl}/_mock/zaken/${fixtureZaken['de-vries'].parkeervergunning}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ volgnummer: 2 }),
  });
  const status = (await response.json()) as { url: string; zaak: string; datumStatusGezet: string };
  // The Notificaties API called A; the same message reaches B too (a second abonnement, a retry routed elsewhere).
  const atB = await fetch(`${b.config.publicUrl}/notificaties/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: callbackAuth },
    body: JSON.stringify(statusCreated(status)),
  });
  assert.equal(atB.status, 204);
  await settled();
  assert.equal(sent() - before, 1);
});
