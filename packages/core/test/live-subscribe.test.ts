// subscribe(): live updates from the mock gateway's event stream (msw/node), invalidation before the
// subscriber re-fetches, scoping, malformed messages, reconnects with Last-Event-ID, ETag polling when
// the gateway has no stream, pausing while the page is hidden, shared connections and origins.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createMockApi, fixtureZaken, type MockApi, type MockApiOptions } from '@klantbeeld/mock-api';
import {
  UnconfiguredOriginError,
  createClient,
  getStatusTimeline,
  isKlantbeeldError,
  subscribe,
  type LiveTimers,
  type Notificatie,
  type StatusTimeline,
} from '@klantbeeld/core';

const ORIGIN = 'http://localhost:8000';
const EVENTS = `${ORIGIN}/notificaties/api/v1/events`;
const PARKEREN = fixtureZaken.jansen.parkeervergunning;
const DAKKAPEL = fixtureZaken.jansen.dakkapel;

const server = setupServer();
/** Every request that reached msw (handled or not) and every mocked response's status. */
const seen: { method: string; url: string; headers: Record<string, string> }[] = [];
const responses: { url: string; status: number }[] = [];
server.events.on('request:start', ({ request }) => {
  seen.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) });
});
server.events.on('response:mocked', ({ request, response }) => {
  responses.push({ url: request.url, status: response.status });
});
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  responses.length = 0;
});
after(() => server.close());

function mock(options: MockApiOptions = {}): MockApi {
  const api = createMockApi({ origin: ORIGIN, ...options });
  server.use(...api.handlers);
  return api;
}
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const eventRequests = () => seen.filter((request) => request.url === EVENTS);

/** Waits (on real time, bounded) until `predicate` holds; the bound only keeps a broken test from hanging. */
async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

/** A clock the test drives: timers only run when fired. */
class FakeTimers implements LiveTimers {
  readonly #pending = new Map<number, { ms: number; callback: () => void }>();
  #next = 1;
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.#pending.set(id, { ms, callback });
    return id;
  };
  clearTimeout = (handle: unknown): void => void this.#pending.delete(handle as number);
  now = () => Date.parse('2026-11-29T10:00:00Z');
  random = () => 0.5;
  /** Delays of the pending timers. */
  delays(): number[] {
    return [...this.#pending.values()].map((timer) => timer.ms);
  }
  /** Runs the pending timers with this delay (the connect timeout has another); returns how many ran. */
  fire(ms: number): number {
    const due = [...this.#pending].filter(([, timer]) => timer.ms === ms);
    for (const [id, timer] of due) {
      this.#pending.delete(id);
      timer.callback();
    }
    return due.length;
  }
}

/** A stand-in `document` whose visibility the test switches. */
class FakeDocument {
  visibilityState: 'visible' | 'hidden' = 'visible';
  readonly listeners = new Set<() => void>();
  addEventListener(_type: string, listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: () => void) {
    this.listeners.delete(listener);
  }
  set(state: 'visible' | 'hidden') {
    this.visibilityState = state;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Collects messages and errors of one subscription. */
function collector() {
  const messages: Notificatie[] = [];
  const errors: unknown[] = [];
  return { messages, errors, onChange: (message: Notificatie) => void messages.push(message), onError: (error: unknown) => void errors.push(error) };
}

describe('subscribe: the event stream', () => {
  test('a status change reaches the zaak subscriber after its cache entries were invalidated; the re-fetched timeline shows the new step', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const url = zaakUrl(api, PARKEREN);
    const invalidated: string[] = [];
    // The real client with invalidate observed (a client is plain data plus closures, so a copy works).
    const observed = {
      ...client,
      invalidate: (target: string) => {
        invalidated.push(target);
        (client as { invalidate?: (url: string) => void }).invalidate?.(target);
      },
    };
    const initial = await getStatusTimeline(observed, url);
    assert.equal(initial.steps.find((step) => step.state === 'current')?.volgnummer, 2);

    const timelines: StatusTimeline[] = [];
    const received: Notificatie[] = [];
    const errors: unknown[] = [];
    const unsubscribe = subscribe(
      observed,
      url,
      async (message) => {
        received.push(message);
        // Invalidation happened before this callback.
        assert.ok(invalidated.includes(message.hoofdObject) && invalidated.includes(message.resourceUrl));
        timelines.push(await getStatusTimeline(observed, url));
      },
      { onError: (error) => errors.push(error) },
    );
    await until(() => api.eventStreams === 1, 'the stream');
    const status = api.setZaakStatus(PARKEREN, 3, 'Wij hebben een besluit genomen.');
    await until(() => timelines.length === 1, 'the re-fetched timeline');

    assert.deepEqual(received, [
      {
        kanaal: 'zaken',
        hoofdObject: url,
        resource: 'status',
        resourceUrl: status.url,
        actie: 'create',
        aanmaakdatum: status.datumStatusGezet,
        kenmerken: received[0]?.kenmerken,
      },
    ]);
    assert.equal(received[0]?.kenmerken?.vertrouwelijkheidaanduiding, 'openbaar');
    const current = timelines[0]?.steps.find((step) => step.state === 'current');
    assert.equal(current?.volgnummer, 3);
    assert.equal(current?.omschrijving, 'Besluit genomen');
    assert.equal(current?.toelichting, 'Wij hebben een besluit genomen.');
    assert.deepEqual(invalidated.slice(0, 2), [url, status.url]);
    assert.deepEqual(errors, []);
    // The stream request: credentials rules of the client, SSE accept header, no Last-Event-ID yet.
    const [request] = eventRequests();
    assert.equal(request?.headers.accept, 'text/event-stream');
    assert.equal(request?.headers['accept-language'], 'nl');
    assert.equal(request?.headers['last-event-id'], undefined);
    unsubscribe();
    await until(() => api.eventStreams === 0, 'closed');
  });

  test('only messages about the watched zaak reach its subscriber (hoofdObject or resourceUrl)', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const parkeren = collector();
    const dakkapel = collector();
    const all = collector();
    const stop = [
      subscribe(client, zaakUrl(api, PARKEREN), parkeren.onChange, parkeren),
      subscribe(client, zaakUrl(api, DAKKAPEL), dakkapel.onChange, dakkapel),
      subscribe(client, () => true, all.onChange, all),
    ];
    await until(() => api.eventStreams === 1, 'one shared stream');
    api.setZaakStatus(DAKKAPEL, 2);
    api.setZaakStatus(PARKEREN, 3);
    // A message whose resourceUrl is the zaak (e.g. `zaak update`) matches too.
    const parkerenUrl = zaakUrl(api, PARKEREN);
    api.notify({
      kanaal: 'zaken',
      hoofdObject: parkerenUrl,
      resource: 'zaak',
      resourceUrl: parkerenUrl,
      actie: 'update',
      aanmaakdatum: '2026-11-29T10:00:00Z',
    });
    await until(() => all.messages.length === 3, 'three messages');
    assert.deepEqual(
      parkeren.messages.map((m) => `${m.resource} ${m.actie}`),
      ['status create', 'zaak update'],
    );
    assert.ok(parkeren.messages.every((m) => m.hoofdObject === parkerenUrl));
    assert.deepEqual(
      dakkapel.messages.map((m) => m.hoofdObject),
      [zaakUrl(api, DAKKAPEL)],
    );
    assert.equal(eventRequests().length, 1, 'one connection for three subscriptions');
    for (const unsubscribe of stop) unsubscribe();
    assert.deepEqual([...parkeren.errors, ...dakkapel.errors, ...all.errors], []);
  });

  test("another resident's change does not arrive", async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const all = collector();
    const unsubscribe = subscribe(client, () => true, all.onChange, all);
    await until(() => api.eventStreams === 1, 'stream');
    api.setZaakStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
    // Messages arrive in order: once this one is in, the other resident's would have been too.
    api.setZaakStatus(PARKEREN, 3);
    await until(() => all.messages.length === 1, 'own message');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(
      all.messages.map((m) => m.hoofdObject),
      [zaakUrl(api, PARKEREN)],
    );
    unsubscribe();
  });

  test('malformed messages are ignored; subscriber errors and rejections go to onError, others still get the message', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const url = zaakUrl(api, PARKEREN);
    const good = { kanaal: 'zaken', hoofdObject: url, resource: 'zaak', resourceUrl: url, actie: 'update', aanmaakdatum: '2026-11-29T10:00:00Z' };
    const all = collector();
    const thrower = collector();
    const rejecter = collector();
    const predicateErrors = collector();
    const stop = [
      subscribe(
        client,
        url,
        () => {
          throw new Error('render failed');
        },
        thrower,
      ),
      subscribe(client, url, () => Promise.reject(new Error('async render failed')), rejecter),
      subscribe(
        client,
        () => {
          throw new Error('bad predicate');
        },
        predicateErrors.onChange,
        predicateErrors,
      ),
      subscribe(client, () => true, all.onChange, all),
    ];
    await until(() => api.eventStreams === 1, 'stream');
    for (const bad of [
      { ...good, kanaal: undefined },
      { ...good, hoofdObject: 'not a url' },
      { ...good, aanmaakdatum: 'morgen' },
      { ...good, kenmerken: { a: 1 } },
      ['a list'],
      'a string',
    ]) {
      api.notify(bad as Record<string, unknown>, { resident: 'jansen' });
    }
    api.notify(good);
    await until(() => all.messages.length === 1 && rejecter.errors.length === 1, 'the good message');
    assert.deepEqual(all.messages, [good]);
    assert.equal((thrower.errors[0] as Error).message, 'render failed');
    assert.equal((rejecter.errors[0] as Error).message, 'async render failed');
    assert.equal((predicateErrors.errors[0] as Error).message, 'bad predicate');
    assert.equal(thrower.errors.length + predicateErrors.errors.length, 2);
    for (const unsubscribe of stop) unsubscribe();
  });

  test('parses what a gateway may send: comments, other event types, non-JSON data, CRLF, chunks split anywhere', async () => {
    const url = 'http://localhost:8000/zaken/api/v1/zaken/z1';
    const message = { kanaal: 'zaken', hoofdObject: url, resource: 'zaak', resourceUrl: url, actie: 'update', aanmaakdatum: '2026-11-29T10:00:00Z' };
    const text = `: hello\r\nretry: 5000\r\n\r\nevent: ping\r\ndata: {}\r\n\r\ndata: not json\r\n\r\nid: 1\r\ndata: ${JSON.stringify(message)}\r\n\r\n`;
    server.use(
      http.get(EVENTS, () => {
        const bytes = new TextEncoder().encode(text);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            // Three-byte chunks split lines and the CRLF pairs.
            for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
      }),
    );
    const all = collector();
    const timers = new FakeTimers();
    const unsubscribe = subscribe(createClient({ gateway: ORIGIN }), () => true, all.onChange, { ...all, timers });
    await until(() => all.messages.length === 1, 'the message');
    assert.deepEqual(all.messages, [message]);
    unsubscribe();
  });

  test('reconnects after the stream ends: after the server’s retry time, with Last-Event-ID, and gets what it missed', async () => {
    const api = mock({ eventsRetry: 1234 });
    const client = createClient({ gateway: ORIGIN });
    const timers = new FakeTimers();
    const watched = collector();
    const unsubscribe = subscribe(client, zaakUrl(api, PARKEREN), watched.onChange, { ...watched, timers });
    await until(() => api.eventStreams === 1, 'stream');
    api.setZaakStatus(PARKEREN, 3);
    await until(() => watched.messages.length === 1, 'first message');

    api.closeEventStreams();
    await until(() => timers.delays().includes(1234), 'a reconnect after the retry time');
    const missed = api.setZaakStatus(PARKEREN, 4);
    assert.equal(eventRequests().length, 1, 'no reconnect before the timer');
    assert.equal(timers.fire(1234), 1);
    await until(() => watched.messages.length === 3, 'the replayed messages');
    assert.deepEqual(
      watched.messages.map((m) => `${m.resource} ${m.actie}`),
      ['status create', 'resultaat create', 'status create'],
    );
    assert.equal(watched.messages[2]?.resourceUrl, missed.url);
    const [first, second] = eventRequests();
    assert.equal(first?.headers['last-event-id'], undefined);
    assert.match(second?.headers['last-event-id'] ?? '', /^\d+$/);
    assert.deepEqual(watched.errors, [], 'a clean end is no error');
    unsubscribe();
  });

  test('stream errors: backoff, reported, polling after three in a row, and the stream back replaces polling', async () => {
    const api = mock();
    let failing = true;
    server.use(
      http.get(EVENTS, () =>
        failing ? HttpResponse.json({ status: 503, title: 'Onderhoud' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }) : undefined,
      ),
    );
    const client = createClient({ gateway: ORIGIN });
    const timers = new FakeTimers();
    const watched = collector();
    const url = zaakUrl(api, PARKEREN);
    const unsubscribe = subscribe(client, url, watched.onChange, { ...watched, timers, pollInterval: 1000 });
    // Backoff doubles from the default retry time (3 s) with jitter (random 0.5 → factor 0.75).
    await until(() => timers.delays().includes(2250), 'first backoff');
    timers.fire(2250);
    await until(() => timers.delays().includes(4500), 'second backoff');
    assert.equal(seen.filter((r) => r.url === url).length, 0, 'no polling yet');
    timers.fire(4500);
    await until(() => seen.some((r) => r.url === url), 'polling after the third failure');
    assert.equal(watched.errors.length, 3);
    assert.ok(watched.errors.every((error) => isKlantbeeldError(error) && error.kind === 'server' && error.status === 503));
    // While polling, the stream is retried every minute.
    await until(() => timers.delays().includes(60_000) && timers.delays().includes(1000), 'stream retry and next poll');
    failing = false;
    timers.fire(60_000);
    await until(() => api.eventStreams === 1, 'stream back');
    await until(() => !timers.delays().includes(1000), 'polling stopped');
    api.setZaakStatus(PARKEREN, 3);
    await until(() => watched.messages.length === 1, 'message over the stream');
    assert.equal(watched.messages[0]?.resource, 'status');
    unsubscribe();
  });
});

describe('subscribe: polling when the gateway has no stream', () => {
  test('a 404 switches to ETag polling: unchanged → 304 and no call; changed → a synthesized update', async () => {
    const api = mock({ events: false });
    const client = createClient({ gateway: ORIGIN });
    const timers = new FakeTimers();
    const watched = collector();
    const url = zaakUrl(api, PARKEREN);
    const unsubscribe = subscribe(client, url, watched.onChange, { ...watched, timers, pollInterval: 1000 });
    await until(() => timers.delays().includes(1000), 'the baseline poll');
    assert.equal(eventRequests().length, 1);
    assert.equal(responses.find((r) => r.url === EVENTS)?.status, 404);
    const baseline = seen.filter((r) => r.url === url);
    assert.equal(baseline.length, 1);

    timers.fire(1000);
    await until(() => timers.delays().includes(1000), 'second poll');
    const revalidation = seen.filter((r) => r.url === url)[1];
    assert.ok(revalidation?.headers['if-none-match'], 'sent If-None-Match');
    assert.equal(responses.filter((r) => r.url === url)[1]?.status, 304);
    assert.deepEqual(watched.messages, []);

    const status = api.setZaakStatus(PARKEREN, 3);
    timers.fire(1000);
    await until(() => watched.messages.length === 1, 'the change');
    assert.deepEqual(watched.messages, [
      { kanaal: 'zaken', hoofdObject: url, resource: 'zaak', resourceUrl: url, actie: 'update', aanmaakdatum: '2026-11-29T10:00:00.000Z' },
    ]);
    // The subscriber's re-fetch sees the new status.
    const timeline = await getStatusTimeline(client, url);
    assert.equal(timeline.steps.find((step) => step.state === 'current')?.volgnummer, 3);
    assert.equal(timeline.steps.find((step) => step.state === 'current')?.datum, status.datumStatusGezet);
    assert.equal(eventRequests().length, 1, 'a 404 is not retried');
    assert.deepEqual(watched.errors, []);
    unsubscribe();
    assert.deepEqual(timers.delays(), [], 'nothing scheduled after the last unsubscribe');
  });

  test('a subscription added while polling gets a baseline at once; a failed poll goes to onError of that URL only', async () => {
    const api = mock({ events: false });
    const client = createClient({ gateway: ORIGIN });
    const timers = new FakeTimers();
    const first = collector();
    const stop1 = subscribe(client, zaakUrl(api, PARKEREN), first.onChange, { ...first, timers, pollInterval: 1000 });
    await until(() => timers.delays().includes(1000), 'polling');
    const gone = collector();
    const goneUrl = `${api.urls.zaken}/zaken/00000000-0000-4000-8000-000000000000`;
    const stop2 = subscribe(client, goneUrl, gone.onChange, gone);
    await until(() => gone.errors.length === 1, 'the failed baseline');
    assert.ok(isKlantbeeldError(gone.errors[0]) && gone.errors[0].kind === 'not-found');
    assert.deepEqual(first.errors, []);
    stop1();
    stop2();
  });
});

describe('subscribe: page visibility', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'document');
  let doc: FakeDocument;
  before(() => {
    doc = new FakeDocument();
    Object.defineProperty(globalThis, 'document', { value: doc, configurable: true, writable: true });
  });
  after(() => {
    if (original) Object.defineProperty(globalThis, 'document', original);
    else delete (globalThis as { document?: unknown }).document;
  });

  test('stream: closed while hidden, reconnected at once with Last-Event-ID when visible', async () => {
    doc.set('visible');
    const api = mock();
    const timers = new FakeTimers();
    const watched = collector();
    const unsubscribe = subscribe(createClient({ gateway: ORIGIN }), zaakUrl(api, PARKEREN), watched.onChange, { ...watched, timers });
    await until(() => api.eventStreams === 1, 'stream');
    api.setZaakStatus(PARKEREN, 3);
    await until(() => watched.messages.length === 1, 'first message');

    doc.set('hidden');
    await until(() => api.eventStreams === 0, 'stream closed while hidden');
    api.setZaakStatus(PARKEREN, 4);
    for (const ms of timers.delays()) timers.fire(ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(eventRequests().length, 1, 'no reconnect while hidden');
    assert.equal(watched.messages.length, 1);

    doc.set('visible');
    await until(() => watched.messages.length === 3, 'missed messages after the return');
    assert.equal(eventRequests().length, 2);
    assert.match(eventRequests()[1]?.headers['last-event-id'] ?? '', /^\d+$/);
    unsubscribe();
    assert.equal(doc.listeners.size, 0, 'visibility listener removed');
  });

  test('polling: stops while hidden, polls once at once when visible and reports what changed meanwhile', async () => {
    doc.set('visible');
    const api = mock({ events: false });
    const timers = new FakeTimers();
    const watched = collector();
    const url = zaakUrl(api, PARKEREN);
    const unsubscribe = subscribe(createClient({ gateway: ORIGIN }), url, watched.onChange, { ...watched, timers, pollInterval: 1000 });
    await until(() => timers.delays().includes(1000), 'baseline');
    doc.set('hidden');
    assert.deepEqual(timers.delays(), [], 'no poll scheduled while hidden');
    api.setZaakStatus(PARKEREN, 3);
    const polls = seen.filter((r) => r.url === url).length;
    doc.set('visible');
    await until(() => watched.messages.length === 1, 'the change, found by the immediate poll');
    assert.equal(seen.filter((r) => r.url === url).length, polls + 1);
    assert.equal(watched.messages[0]?.actie, 'update');
    unsubscribe();
  });

  test('hidden from the start: nothing connects until the page is visible', async () => {
    doc.set('hidden');
    const api = mock();
    const watched = collector();
    const unsubscribe = subscribe(createClient({ gateway: ORIGIN }), zaakUrl(api, PARKEREN), watched.onChange, { ...watched, timers: new FakeTimers() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(eventRequests().length, 0);
    doc.set('visible');
    await until(() => api.eventStreams === 1, 'connected when visible');
    unsubscribe();
    doc.set('visible');
  });
});

describe('subscribe: lifecycle and origins', () => {
  test('one connection per client; closed when the last subscription ends (unsubscribe or abort)', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const timers = new FakeTimers();
    const controller = new AbortController();
    const a = collector();
    const b = collector();
    const stopA = subscribe(client, zaakUrl(api, PARKEREN), a.onChange, { ...a, timers });
    subscribe(client, zaakUrl(api, DAKKAPEL), b.onChange, { ...b, signal: controller.signal });
    await until(() => api.eventStreams === 1, 'stream');
    stopA();
    stopA();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(api.eventStreams, 1, 'still open for the other subscription');
    api.setZaakStatus(PARKEREN, 3);
    api.setZaakStatus(DAKKAPEL, 2);
    await until(() => b.messages.length === 1, "b's message");
    assert.equal(a.messages.length, 0, 'an ended subscription gets nothing');

    controller.abort();
    await until(() => api.eventStreams === 0, 'closed');
    assert.deepEqual(timers.delays(), [], 'no reconnect scheduled');
    // A new subscription opens a new connection; another client has its own.
    const stopC = subscribe(client, zaakUrl(api, PARKEREN), () => {}, { timers });
    const stopD = subscribe(createClient({ gateway: ORIGIN }), zaakUrl(api, PARKEREN), () => {}, { timers });
    await until(() => api.eventStreams === 2, 'two clients, two streams');
    stopC();
    stopD();
    await until(() => api.eventStreams === 0, 'both closed');
    // An aborted signal: nothing starts.
    const stopE = subscribe(client, zaakUrl(api, PARKEREN), () => {}, { signal: AbortSignal.abort() });
    stopE();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(eventRequests().length, 3);
  });

  test('an identity change reconnects the stream without the previous Last-Event-ID', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN });
    const all = collector();
    const unsubscribe = subscribe(client, () => true, all.onChange, { ...all, timers: new FakeTimers() });
    await until(() => api.eventStreams === 1, 'stream');
    api.setZaakStatus(PARKEREN, 3);
    await until(() => all.messages.length === 1, 'message');
    // The gateway's session now belongs to de Vries.
    api.setResident('de-vries');
    client.setIdentity('de-vries');
    await until(() => eventRequests().length === 2 && api.eventStreams === 1, 'reconnected');
    assert.equal(eventRequests()[1]?.headers['last-event-id'], undefined);
    api.setZaakStatus(PARKEREN, 4);
    api.setZaakStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
    await until(() => all.messages.length === 2, "de Vries's message");
    assert.equal(all.messages[1]?.hoofdObject, zaakUrl(api, fixtureZaken['de-vries'].parkeervergunning));
    assert.deepEqual(all.errors, []);
    unsubscribe();
  });

  test('no request to a foreign origin: a foreign events URL or watched URL is refused and reported; the token goes to the gateway only', async () => {
    const api = mock();
    const tokens: string[] = [];
    const client = createClient({ gateway: ORIGIN, token: () => (tokens.push('asked'), 'geheim') });
    const timers = new FakeTimers();
    const foreignEvents = collector();
    const stop1 = subscribe(client, zaakUrl(api, PARKEREN), foreignEvents.onChange, { ...foreignEvents, timers, url: 'https://evil.example/events' });
    await until(() => foreignEvents.errors.length >= 1, 'refusal');
    assert.ok(foreignEvents.errors[0] instanceof UnconfiguredOriginError);
    const foreignZaak = collector();
    const stop2 = subscribe(client, 'https://evil.example/zaken/api/v1/zaken/1', foreignZaak.onChange, {
      ...foreignZaak,
      timers,
      url: 'https://evil.example/events',
    });
    await until(
      () => foreignZaak.errors.some((error) => isKlantbeeldError(error) && error.kind === 'unconfigured-origin' && error.url?.includes('/zaken/1') === true),
      'poll refused',
    );
    stop1();
    stop2();

    const own = collector();
    const stop3 = subscribe(client, zaakUrl(api, PARKEREN), own.onChange, { ...own, timers });
    await until(() => api.eventStreams === 1, 'stream');
    stop3();
    assert.equal(seen.filter((r) => !r.url.startsWith(ORIGIN)).length, 0, 'nothing sent elsewhere');
    assert.equal(eventRequests()[0]?.headers.authorization, 'Bearer geheim');
    assert.throws(() => subscribe(client, '/zaken/1', () => {}), TypeError);
  });
});
