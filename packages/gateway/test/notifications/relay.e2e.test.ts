// The relay on the real path: the mock in upstream mode publishes at its Notificaties APIs (its own and the
// omgevingsdienst's), which deliver to the gateway's callbacks; the gateway matches each message to the
// residents who may read its zaak and pushes it to their event streams. Jansen and De Vries are signed in
// through the development IdP; what each stream receives is checked against whose zaak it is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKlantinteracties, fixtureObjecten, fixtureOtherOrganisation, fixtureZaken, statusCreated } from '@klantbeeld/mock-api';
import { Browser, freePort, openEventStream, signIn, startDevStack, type DevStack, type EventStreamReader } from '../../src/dev/stack.js';
import { createLogger } from '../../src/server/logger.js';
import { LogCapture, PAGE_ORIGIN, assertProblem } from '../support.js';
import { chooseZakenNotifications } from './helpers.js';

let stack: DevStack;
let publicUrl: string;
let events: string;
const jansen = new Browser();
const deVries = new Browser();
const logs = new LogCapture();

const zaakUrl = (uuid: string) => `${publicUrl}/zaken/api/v1/zaken/${uuid}`;
const partnerZaakUrl = (uuid: string) => `${publicUrl}/partners/omgevingsdienst/zaken/api/v1/zaken/${uuid}`;

/** Moves a zaak on through the mock's development control, then waits until the gateway matched the messages. */
async function setStatus(uuid: string, volgnummer: number, organisation: '' | '/omgevingsdienst' = ''): Promise<void> {
  const response = await fetch(`${stack.mockUrl}/_mock${organisation}/zaken/${uuid}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ volgnummer }),
  });
  assert.equal(response.status, 201);
  await settled();
}

async function settled(): Promise<void> {
  await stack.mock?.mock.notificaties.settled();
  await stack.mock?.mock.otherOrganisationNotificaties.settled();
  await stack.gateway.relay?.relay.settled();
}

const open = (browser: Browser, lastEventId?: string): Promise<EventStreamReader> =>
  openEventStream(events, { cookie: browser.cookieHeader, ...(lastEventId === undefined ? {} : { lastEventId }) });

const about = (url: string) => (frame: { data?: string }) =>
  frame.data !== undefined && (JSON.parse(frame.data) as { hoofdObject: string }).hoofdObject === url;

/** Waits for the stream's next heartbeat: every event published before it has been written before it. */
const nextPing = async (stream: EventStreamReader) => {
  const seen = stream.frames.length;
  await stream.next((frame) => frame.comment === 'ping' && stream.frames.indexOf(frame) >= seen);
};

before(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}/api/klantbeeld`;
  events = `${publicUrl}/notificaties/api/v1/events`;
  stack = await startDevStack({
    publicUrl,
    pageOrigins: [PAGE_ORIGIN],
    gatewayPort: port,
    logger: createLogger({ destination: logs, level: 'info' }),
    notificationSettings: { heartbeatMs: 50, maxStreamsPerSession: 2 },
  });
  const target = { base: publicUrl, issuer: stack.gateway.devIdp!.issuer };
  await signIn(jansen, target, { account: 'jansen' });
  await signIn(deVries, target, { account: 'de-vries' });
});

after(async () => {
  await stack?.close();
});

test('the gateway registered one abonnement at each Notificaties API, calling back at its own callbacks', () => {
  const own = stack.mock!.mock.notificaties.abonnementen;
  const partner = stack.mock!.mock.otherOrganisationNotificaties.abonnementen;
  assert.equal(own.length, 1);
  assert.equal(partner.length, 1);
  assert.match(own[0]!.callbackUrl, /\/api\/klantbeeld\/notificaties\/callback$/);
  assert.match(partner[0]!.callbackUrl, /\/api\/klantbeeld\/notificaties\/callback\/partners\/omgevingsdienst$/);
  assert.deepEqual(own[0]!.kanalen.map((k) => k.naam).sort(), ['klantinteracties', 'objecten', 'zaken']);
});

test('a callback with the wrong auth is refused with 401 and relays nothing', async () => {
  const relay = stack.gateway.relay!;
  const before = (await relay.metrics.notifications.get()).values.find((v) => v.labels.outcome === 'received')?.value ?? 0;
  const eventsBefore = await relay.bus.size();
  const message = {
    kanaal: 'zaken',
    hoofdObject: `${stack.mockUrl}/zaken/api/v1/zaken/${fixtureZaken.jansen.parkeervergunning}`,
    resource: 'zaak',
    resourceUrl: `${stack.mockUrl}/zaken/api/v1/zaken/${fixtureZaken.jansen.parkeervergunning}`,
    actie: 'update',
    aanmaakdatum: new Date().toISOString(),
  };
  for (const authorization of [undefined, 'Bearer wrong', stack.mock!.mock.otherOrganisationNotificaties.abonnementen[0]!.auth]) {
    const response = await fetch(`${publicUrl}/notificaties/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(message),
    });
    await assertProblem(response, 401, 'not-authorized');
  }
  await settled();
  assert.equal((await relay.metrics.notifications.get()).values.find((v) => v.labels.outcome === 'received')?.value ?? 0, before);
  assert.equal(await relay.bus.size(), eventsBefore);
});

test('without a session the event stream is 401', async () => {
  const stream = await openEventStream(events, { cookie: '' });
  assert.equal(stream.status, 401);
});

test("a status change reaches the stream of the resident whose zaak it is, with the gateway's URLs, and no other stream", async () => {
  const a = await open(jansen);
  const b = await open(deVries);
  try {
    assert.equal(a.status, 200);
    await setStatus(fixtureZaken.jansen.parkeervergunning, 3);
    const event = await a.next(about(zaakUrl(fixtureZaken.jansen.parkeervergunning)));
    const message = JSON.parse(event.data!) as Record<string, unknown>;
    assert.equal(message.resource, 'status');
    assert.match(String(message.resourceUrl), new RegExp(`^${publicUrl}/zaken/api/v1/statussen/`));
    assert.ok(!event.data!.includes(stack.mockUrl), 'no upstream URL in the event');

    await setStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
    await b.next(about(zaakUrl(fixtureZaken['de-vries'].parkeervergunning)));
    await nextPing(a);
    await nextPing(b);
    assert.ok(
      a.events.every((e) => !e.data!.includes(fixtureZaken['de-vries'].parkeervergunning)),
      'Jansen got nothing of De Vries',
    );
    assert.ok(
      b.events.every((e) => !e.data!.includes(fixtureZaken.jansen.parkeervergunning)),
      'De Vries got nothing of Jansen',
    );
  } finally {
    a.close();
    b.close();
  }
});

test('a zaak above the confidentiality cap is not relayed, even to its own resident', async () => {
  const a = await open(jansen);
  try {
    // Jansen's verhuizing is confidentieel: her reads do not show it (cap zaakvertrouwelijk), so neither do events.
    await setStatus(fixtureZaken.jansen.verhuizing, 1);
    await nextPing(a);
    assert.ok(a.events.every((e) => !e.data!.includes(fixtureZaken.jansen.verhuizing)));
  } finally {
    a.close();
  }
});

test('a reconnect with Last-Event-ID gets what it missed, and only that', async () => {
  const first = await open(jansen);
  await setStatus(fixtureZaken.jansen.parkeervergunning, 2);
  const seen = await first.next(about(zaakUrl(fixtureZaken.jansen.parkeervergunning)));
  first.close();
  await setStatus(fixtureZaken.jansen.parkeervergunning, 4);
  const again = await open(jansen, seen.id);
  try {
    const replayed = await again.next(about(zaakUrl(fixtureZaken.jansen.parkeervergunning)));
    assert.notEqual(replayed.id, seen.id);
    assert.ok(Number(replayed.id) > Number(seen.id));
    await nextPing(again);
    assert.ok(
      again.events.every((e) => e.id !== seen.id),
      'the event already seen is not sent again',
    );
  } finally {
    again.close();
  }
});

test('an idle stream gets a heartbeat comment and the retry time', async () => {
  const stream = await open(deVries);
  try {
    assert.equal((await stream.next((frame) => frame.retry !== undefined)).retry, 3000);
    await stream.next((frame) => frame.comment === 'ping', 2000);
  } finally {
    stream.close();
  }
});

test('one session holds at most maxStreamsPerSession streams; one more is 429', async () => {
  const one = await open(deVries);
  const two = await open(deVries);
  try {
    assert.equal(one.status, 200);
    assert.equal(two.status, 200);
    const three = await open(deVries);
    assert.equal(three.status, 429);
    assert.equal((three.problem as { code: string }).code, 'too-many-streams');
    // Another session is not affected.
    const other = await open(jansen);
    assert.equal(other.status, 200);
    other.close();
  } finally {
    one.close();
    two.close();
  }
});

test("a partner's status change of a deelzaak reaches the resident, and the gateway serves that zaak only to them", async () => {
  const a = await open(jansen);
  const b = await open(deVries);
  try {
    await setStatus(fixtureOtherOrganisation.constructieveVeiligheid, 2, '/omgevingsdienst');
    const event = await a.next(about(partnerZaakUrl(fixtureOtherOrganisation.constructieveVeiligheid)));
    assert.ok(!event.data!.includes(stack.mockUrl));
    await nextPing(b);
    assert.ok(b.events.every((e) => !e.data!.includes(fixtureOtherOrganisation.constructieveVeiligheid)));
  } finally {
    a.close();
    b.close();
  }
  const own = await jansen.fetch(partnerZaakUrl(fixtureOtherOrganisation.constructieveVeiligheid), { headers: { accept: 'application/json' } });
  assert.equal(own.status, 200);
  const zaak = (await own.json()) as { hoofdzaak: string };
  assert.equal(zaak.hoofdzaak, zaakUrl(fixtureZaken.jansen.dakkapel), 'the hoofdzaak is named by its gateway URL');
  const hoofdzaak = (await (await jansen.fetch(zaakUrl(fixtureZaken.jansen.dakkapel), { headers: { accept: 'application/json' } })).json()) as {
    deelzaken: string[];
  };
  assert.ok(hoofdzaak.deelzaken.includes(partnerZaakUrl(fixtureOtherOrganisation.constructieveVeiligheid)), 'the deelzaak is named by its gateway URL');
  const foreign = await deVries.fetch(partnerZaakUrl(fixtureOtherOrganisation.constructieveVeiligheid), { headers: { accept: 'application/json' } });
  assert.equal(foreign.status, 404);
});

test('a status change sends one SMS to a resident who chose SMS, naming only the zaaktype', async () => {
  const outbox = stack.outbox!;
  const before = outbox.sms.messages.length;
  await setStatus(fixtureZaken.jansen.parkeervergunning, 3);
  await stack.gateway.relay!.channel!.settled();
  const sent = outbox.sms.messages.slice(before);
  assert.equal(sent.length, 1);
  assert.equal(sent[0]!.to, '0612345678');
  assert.match(
    sent[0]!.text,
    /^Gemeente Voorbeeldstad: er is nieuws over uw aanvraag "Aanvraag parkeervergunning bewoners"\. Lees het op http:\/\/127\.0\.0\.1:\d+\/$/,
  );
  assert.equal(outbox.smtp.messages.filter((m) => m.to.includes('f.jansen@example.nl')).length, 0, 'no e-mail: she chose SMS');
});

test('no message for a resident who did not choose notifications; once chosen, exactly one e-mail per status change, also after an SMTP failure', async () => {
  const { smtp } = stack.outbox!;
  const toDeVries = () => smtp.messages.filter((m) => m.to.includes('pj.devries@example.org'));
  await setStatus(fixtureZaken['de-vries'].parkeervergunning, 3);
  await stack.gateway.relay!.channel!.settled();
  assert.equal(toDeVries().length, 0, 'De Vries has not chosen notifications about zaken');

  await chooseZakenNotifications(publicUrl, deVries);
  smtp.failNext(1);
  await setStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
  await stack.gateway.relay!.channel!.settled();
  const mails = toDeVries();
  assert.equal(mails.length, 1, 'one e-mail after one refused attempt');
  // De Vries's voorkeurstaal is English.
  assert.equal(mails[0]!.subject, 'News about your application "Aanvraag parkeervergunning bewoners"');
  assert.match(mails[0]!.text, /There is news about your application "Aanvraag parkeervergunning bewoners"\. Sign in to read it: http:\/\/127\.0\.0\.1:\d+\//);
  assert.ok(!mails[0]!.text.includes(fixtureZaken['de-vries'].parkeervergunning), 'nothing of the case beyond the zaaktype');

  // The same notification delivered again (a retry of the Notificaties API) sends nothing more.
  const abonnement = stack.mock!.mock.notificaties.abonnementen[0]!;
  const status = (await (await deVries.fetch(zaakUrl(fixtureZaken['de-vries'].parkeervergunning), { headers: { accept: 'application/json' } })).json()) as {
    status: string;
  };
  const upstream = (url: string) => url.replace(publicUrl, stack.mockUrl);
  const again = await fetch(`${publicUrl}/notificaties/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: abonnement.auth },
    body: JSON.stringify(
      statusCreated({
        zaak: upstream(zaakUrl(fixtureZaken['de-vries'].parkeervergunning)),
        url: upstream(status.status),
        datumStatusGezet: new Date().toISOString(),
      }),
    ),
  });
  assert.equal(again.status, 204);
  await settled();
  await stack.gateway.relay!.channel!.settled();
  assert.equal(toDeVries().length, 1);
});

test('a message the SMTP server refuses at every attempt is given up and logged, without the address', async () => {
  const { smtp } = stack.outbox!;
  const count = smtp.messages.length;
  smtp.failNext(3);
  await setStatus(fixtureZaken['de-vries'].parkeervergunning, 3);
  await stack.gateway.relay!.channel!.settled();
  smtp.failNext(0);
  assert.equal(smtp.messages.length, count, 'three attempts refused: nothing delivered');
  const line = logs.lines.find((l) => l.includes('status message not sent'));
  assert.ok(line, 'the failure is logged');
  assert.match(line, /"medium":"email"/);
  assert.ok(!logs.text.includes('pj.devries@example.org') && !logs.text.includes('0612345678'), 'no address or number in the log');
});

test('the dev mail viewer lists what was sent', async () => {
  const response = await fetch(`${publicUrl}/dev/mail?format=json`);
  const body = (await response.json()) as { mails: { to: string[] }[]; sms: { to: string }[] };
  assert.ok(body.mails.some((m) => m.to.includes('pj.devries@example.org')));
  assert.ok(body.sms.some((s) => s.to === '0612345678'));
  const page = await (await fetch(`${publicUrl}/dev/mail`)).text();
  assert.match(page, /News about your application/);
});

/** Posts `message` to the municipality's callback as its Notificaties API does. */
async function callback(message: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${publicUrl}/notificaties/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: stack.mock!.mock.notificaties.abonnementen[0]!.auth },
    body: JSON.stringify({ actie: 'update', aanmaakdatum: new Date().toISOString(), ...message }),
  });
  await settled();
  return response.status;
}

test('objecten and klantinteracties messages reach the owner of the object or the partij, and nobody else', async () => {
  const a = await open(jansen);
  const b = await open(deVries);
  try {
    const object = `/objecten/api/v2/objects/${fixtureObjecten.jansen.taakKentekenbewijs}`;
    const partij = `/klantinteracties/api/v1/partijen/${fixtureKlantinteracties.jansen.partij}`;
    assert.equal(
      await callback({ kanaal: 'objecten', hoofdObject: `${stack.mockUrl}${object}`, resource: 'object', resourceUrl: `${stack.mockUrl}${object}` }),
      204,
    );
    assert.equal(
      await callback({ kanaal: 'klantinteracties', hoofdObject: `${stack.mockUrl}${partij}`, resource: 'partij', resourceUrl: `${stack.mockUrl}${partij}` }),
      204,
    );
    await a.next(about(`${publicUrl}${object}`));
    await a.next(about(`${publicUrl}${partij}`));
    await nextPing(b);
    assert.ok(b.events.every((e) => !e.data!.includes(object) && !e.data!.includes(partij)));
  } finally {
    a.close();
    b.close();
  }
});

test('a stream ends when its session is signed out', async () => {
  const browser = new Browser();
  await signIn(browser, { base: publicUrl, issuer: stack.gateway.devIdp!.issuer }, { account: 'jansen' });
  const stream = await open(browser);
  assert.equal(stream.status, 200);
  const logout = await browser.fetch(`${publicUrl}/auth/logout`, { method: 'POST', headers: { accept: 'application/json', origin: PAGE_ORIGIN } });
  assert.equal(logout.status, 200);
  await stream.next(() => false, 3000).catch(() => undefined);
  assert.equal(stream.ended, true);
});

test('the relay reports into /metrics', async () => {
  const text = await (await fetch(`${new URL(publicUrl).origin}/metrics`)).text();
  assert.match(text, /klantbeeld_gateway_notifications_total\{outcome="relayed"\} [1-9]/);
  assert.match(text, /klantbeeld_gateway_notifications_total\{outcome="unauthorized"\} 3/);
  assert.match(text, /klantbeeld_gateway_event_streams \d+/);
  assert.match(text, /klantbeeld_gateway_events_delivered_total [1-9]/);
  assert.match(text, /klantbeeld_gateway_messages_total\{medium="sms",outcome="sent"\} [1-9]/);
  assert.match(text, /klantbeeld_gateway_messages_total\{medium="email",outcome="sent"\} 1/);
});
