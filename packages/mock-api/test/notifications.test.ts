/**
 * Live updates in the mock: `setZaakStatus` changes a zaak as Open Zaak would (validated against the
 * Zaken schemas), and the gateway's event stream relays Notificaties messages (validated against the
 * consumer spec) to the streams of residents who may see the zaak, with replay after `Last-Event-ID`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { createMockApi, fixtureZaken, type MockApi, type MockApiOptions } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { CATALOGI, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const { use } = interceptRequests();
const validator = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK]);

/** The consumer spec's `Notificatie` (the message a subscriber receives), compiled once. */
const validateNotificatie = (() => {
  const doc = parse(readFileSync(new URL('../../../../specs/notificaties/consumer-openapi.yaml', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  ajv.addSchema(doc, 'notificaties-consumer');
  return ajv.compile({ $ref: 'notificaties-consumer#/components/schemas/Notificatie' });
})();

function assertNotificatie(message: unknown): void {
  assert.ok(validateNotificatie(message), `not a Notificatie: ${JSON.stringify(validateNotificatie.errors)} in ${JSON.stringify(message)}`);
}

function mockWith(options: MockApiOptions = {}): MockApi {
  const mock = createMockApi(options);
  use(mock);
  return mock;
}

const zaakUrl = (mock: MockApi, uuid: string) => `${mock.urls.zaken}/zaken/${uuid}`;
const PARKEREN = fixtureZaken.jansen.parkeervergunning;

interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
}

/** A client end of the event stream that collects frames (a deliberately simple parser: LF only). */
async function connect(mock: MockApi, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(mock.eventsUrl, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const frames: Frame[] = [];
  let ended = false;
  let buffer = '';
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const done = (async () => {
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame: Frame = {};
        for (const line of buffer.slice(0, end).split('\n')) {
          if (line.startsWith(':')) continue;
          const [name, ...rest] = line.split(':');
          (frame as Record<string, string>)[name!] = rest.join(':').replace(/^ /, '');
        }
        buffer = buffer.slice(end + 2);
        frames.push(frame);
      }
    }
    ended = true;
  })().catch(() => {
    ended = true;
  });
  return {
    response,
    frames,
    /** The parsed `data` of every message frame. */
    messages: () => frames.filter((frame) => frame.data !== undefined).map((frame) => JSON.parse(frame.data!)),
    get ended() {
      return ended;
    },
    close: async () => {
      controller.abort();
      await reader.cancel().catch(() => {});
      await done;
    },
    done,
  };
}

/** Waits (on real time, bounded) until `predicate` holds; the bound only keeps a broken test from hanging. */
async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

describe('setZaakStatus', () => {
  it('adds a status, moves indicatieLaatstGezetteStatus, updates zaak.status and changes the ETag', async () => {
    const mock = mockWith();
    const url = zaakUrl(mock, PARKEREN);
    const before = await request(url);
    const etag = before.response.headers.get('ETag')!;
    assert.ok(etag);

    const status = mock.setZaakStatus(PARKEREN, 3, 'Wij hebben een besluit genomen.');
    checkStatus(status, 'created status');
    assert.equal(status.zaak, url);
    assert.equal(status.statustoelichting, 'Wij hebben een besluit genomen.');
    assert.equal(status.indicatieLaatstGezetteStatus, true);
    assert.ok(Date.parse(status.datumStatusGezet) > Date.parse(before.body.laatstGemuteerd));

    const conditional = await request(url, { headers: { 'If-None-Match': etag } });
    assert.equal(conditional.response.status, 200, 'the old ETag no longer matches');
    assert.notEqual(conditional.response.headers.get('ETag'), etag);
    const zaak = conditional.body;
    validator.assert(VNG_ZAKEN, 'Zaak', zaak, 'zaak');
    validator.assert(OPEN_ZAAK, 'ExpandZaak', zaak, 'zaak');
    assert.equal(zaak.status, status.url);
    assert.equal(zaak.einddatum, null);
    assert.equal(zaak.laatstGemuteerd, status.datumStatusGezet);

    const statussen = (await request(`${mock.urls.zaken}/statussen?zaak=${encodeURIComponent(url)}`)).body.results;
    assert.equal(statussen.length, 3);
    assert.deepEqual(
      statussen.filter((s: any) => s.indicatieLaatstGezetteStatus).map((s: any) => s.url),
      [status.url],
    );
    assert.equal(statussen[0].url, status.url, 'newest first');
    const statustype = (await request(status.statustype)).body;
    assert.equal(statustype.volgnummer, 3);
    checkStatus((await request(status.url)).body, 'GET status');
  });

  it('the end status closes the zaak with a resultaat; another status reopens it', async () => {
    const mock = mockWith();
    const url = zaakUrl(mock, PARKEREN);
    const stream = await connect(mock);
    mock.setZaakStatus(PARKEREN, 4);
    let zaak = (await request(url)).body;
    assert.match(zaak.einddatum, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(zaak.resultaat);
    assert.equal(zaak.archiefnominatie, 'vernietigen');
    const resultaat = await request(zaak.resultaat);
    assert.equal(resultaat.response.status, 200);
    validator.assert(VNG_ZAKEN, 'Resultaat', resultaat.body, 'resultaat');
    assert.equal((await request(resultaat.body.resultaattype)).body.omschrijving, 'Verleend');

    mock.setZaakStatus(PARKEREN, 2, 'Heropend na bezwaar.');
    zaak = (await request(url)).body;
    assert.equal(zaak.einddatum, null);
    assert.equal(zaak.resultaat, null);
    assert.equal((await request(resultaat.body.url)).response.status, 404);
    validator.assert(VNG_ZAKEN, 'Zaak', zaak, 'reopened zaak');

    await until(() => stream.messages().length === 4, 'four messages');
    assert.deepEqual(
      stream.messages().map((m) => `${m.resource} ${m.actie}`),
      ['resultaat create', 'status create', 'resultaat destroy', 'status create'],
    );
    await stream.close();
  });

  it('throws for an unknown zaak or volgnummer', () => {
    const mock = mockWith();
    assert.throws(() => mock.setZaakStatus('00000000-0000-4000-8000-000000000000', 1), /unknown zaak/);
    assert.throws(() => mock.setZaakStatus(PARKEREN, 9), /no statustype 9/);
  });
});

describe('the event stream', () => {
  it('streams text/event-stream with retry, then one message per status change, valid per the consumer spec', async () => {
    const mock = mockWith({ eventsRetry: 1500 });
    const stream = await connect(mock);
    assert.equal(stream.response.status, 200);
    assert.equal(stream.response.headers.get('Content-Type'), 'text/event-stream');
    await until(() => stream.frames.length >= 1, 'the retry frame');
    assert.equal(stream.frames[0]?.retry, '1500');
    assert.equal(mock.eventStreams, 1);

    const status = mock.setZaakStatus(PARKEREN, 3);
    await until(() => stream.messages().length === 1, 'a message');
    const [message] = stream.messages();
    assertNotificatie(message);
    const zaak = (await request(zaakUrl(mock, PARKEREN))).body;
    assert.deepEqual(message, {
      kanaal: 'zaken',
      hoofdObject: zaak.url,
      resource: 'status',
      resourceUrl: status.url,
      actie: 'create',
      aanmaakdatum: status.datumStatusGezet,
      kenmerken: { bronorganisatie: zaak.bronorganisatie, zaaktype: zaak.zaaktype, vertrouwelijkheidaanduiding: 'openbaar' },
    });
    const frame = stream.frames.find((f) => f.data !== undefined);
    assert.match(frame?.id ?? '', /^\d+$/);
    assert.ok(
      mock.requests.some((r) => r.url === mock.eventsUrl && r.method === 'GET'),
      'logged',
    );
    await stream.close();
  });

  it('sends a message only to the streams of residents who may see the zaak', async () => {
    const mock = mockWith();
    const jansen = await connect(mock);
    mock.setResident('de-vries');
    const deVries = await connect(mock);
    mock.setResident('leeg');
    const leeg = await connect(mock);
    assert.equal(mock.eventStreams, 3);

    mock.setZaakStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
    mock.setZaakStatus(PARKEREN, 3);
    await until(() => jansen.messages().length === 1 && deVries.messages().length === 1, 'one message each');
    // The streams deliver in order; a later message to 'leeg' proves the earlier ones were not sent there.
    mock.notify({ ...jansen.messages()[0], hoofdObject: 'https://elders.example/x' }, { resident: 'leeg' });
    await until(() => leeg.messages().length === 1, "leeg's sentinel");
    assert.equal(jansen.messages()[0].hoofdObject, zaakUrl(mock, PARKEREN));
    assert.equal(deVries.messages()[0].hoofdObject, zaakUrl(mock, fixtureZaken['de-vries'].parkeervergunning));
    assert.equal(leeg.messages()[0].hoofdObject, 'https://elders.example/x');
    assert.equal(jansen.messages().length, 1);
    assert.equal(deVries.messages().length, 1);
    await Promise.all([jansen.close(), deVries.close(), leeg.close()]);
  });

  it('replays, after Last-Event-ID, only what the reconnecting resident may see', async () => {
    const mock = mockWith();
    const first = await connect(mock);
    mock.setZaakStatus(PARKEREN, 3);
    await until(() => first.messages().length === 1, 'first message');
    const lastId = first.frames.find((f) => f.data !== undefined)!.id!;
    mock.closeEventStreams();
    await until(() => first.ended, 'stream closed by the server');
    assert.equal(mock.eventStreams, 0);

    // While disconnected: one change for jansen, one for de Vries.
    mock.setZaakStatus(fixtureZaken['de-vries'].parkeervergunning, 2);
    const missed = mock.setZaakStatus(PARKEREN, 4);
    const second = await connect(mock, { 'Last-Event-ID': lastId });
    await until(() => second.messages().length === 2, 'the replay');
    assert.deepEqual(
      second.messages().map((m) => `${m.resource} ${m.actie}`),
      ['resultaat create', 'status create'],
    );
    assert.equal(second.messages()[1].resourceUrl, missed.url);
    assert.ok(second.frames.filter((f) => f.id).every((f) => Number(f.id) > Number(lastId)));
    // Without Last-Event-ID nothing is replayed.
    const third = await connect(mock);
    await until(() => third.frames.length >= 1, 'retry frame');
    assert.equal(third.messages().length, 0);
    await Promise.all([second.close(), third.close()]);
  });

  it('notify(): by default to residents who see the hoofdObject zaak, else to the resident served now', async () => {
    const mock = mockWith();
    const jansen = await connect(mock);
    mock.setResident('de-vries');
    const deVries = await connect(mock);
    const about = (url: string) => ({
      kanaal: 'zaken',
      hoofdObject: url,
      resource: 'zaak',
      resourceUrl: url,
      actie: 'update',
      aanmaakdatum: '2026-11-29T10:00:00Z',
    });
    mock.notify(about(zaakUrl(mock, PARKEREN)));
    mock.notify(about('https://elders.example/zaken/1'));
    mock.notify({ kanaal: 42 });
    await until(() => deVries.messages().length === 2 && jansen.messages().length === 1, 'messages');
    assert.equal(jansen.messages()[0].hoofdObject, zaakUrl(mock, PARKEREN));
    assert.equal(deVries.messages()[0].hoofdObject, 'https://elders.example/zaken/1');
    assert.deepEqual(deVries.messages()[1], { kanaal: 42 }, 'sent as is');
    await Promise.all([jansen.close(), deVries.close()]);
  });

  it('a client that goes away closes its stream', async () => {
    const mock = mockWith();
    const stream = await connect(mock);
    assert.equal(mock.eventStreams, 1);
    await stream.close();
    await until(() => mock.eventStreams === 0, 'stream closed');
    mock.setZaakStatus(PARKEREN, 3);
    assert.equal(mock.eventStreams, 0);
  });

  it('404 problem when disabled, 405 for other methods', async () => {
    const disabled = mockWith({ events: false });
    const off = await request(disabled.eventsUrl, { headers: { Accept: 'text/event-stream' } });
    assert.equal(off.response.status, 404);
    assert.equal(off.response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(off.body.status, 404);
    validator.assert(VNG_ZAKEN, 'Fout', off.body, '404 body');

    const mock = createMockApi({ origin: 'http://other.test' });
    use(mock);
    const post = await request(mock.eventsUrl, { method: 'POST', body: '{}' });
    assert.equal(post.response.status, 405);
    validator.assert(VNG_ZAKEN, 'Fout', post.body, '405 body');
    assert.equal(mock.eventStreams, 0);
  });

  it('serves the endpoint below basePath', async () => {
    const mock = mockWith({ origin: 'http://gw.test', basePath: '/api/' });
    assert.equal(mock.eventsUrl, 'http://gw.test/api/notificaties/api/v1/events');
    const stream = await connect(mock);
    assert.equal(stream.response.status, 200);
    await stream.close();
  });
});

function checkStatus(status: unknown, label: string): void {
  validator.assert(VNG_ZAKEN, 'Status', status, label);
  validator.assert(OPEN_ZAAK, 'Status', status, label);
}
