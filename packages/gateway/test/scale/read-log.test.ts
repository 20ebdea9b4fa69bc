/**
 * Nothing lost: every answer with personal data is logged exactly once in the Verwerkingenlogging API,
 * whatever the log does meanwhile — down for a while during a load of reads, answers lost after the log
 * stored the action, an outbox that fills up (reads refused with 503, none served unlogged), a gateway
 * killed with its journal file, and an instance killed mid-batch with its Redis entries taken over by another.
 * Durations are kept to a few seconds; `npm run bench` runs the long load.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import { freePort } from '../../src/dev/sign-in.js';
import { actionFor } from '../../src/verwerkingen/action.js';
import { testConfig } from '../support.js';
import { startRedisServer, type TestRedisServer } from '../redis-server.js';
import { spawnGateway } from './instance.js';
import { startLogFront, type LogFront } from './log-front.js';
import { JANSEN_BSN, loggedToday, metric, rawConfig, signedIn, startGateway, until } from './stack.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const FAST_RETRY = { retryInitialMs: 20, retryMaxMs: 100, pollMs: 20 };
const zaken = (base: string) => `${base}/zaken/api/v1/zaken?ordering=-startdatum`;

let mock: MockServer;
let front: LogFront;
before(async () => {
  mock = await startMockServer({ mode: 'upstream' });
  front = await startLogFront(`${mock.url}/verwerkingen/api/v1`);
});
after(async () => {
  await front?.close();
  await mock?.close();
});

/** Reads with `parallel` loops until `stop()` says so; counts 200s and other statuses. */
async function readLoad(url: string, cookie: string, parallel: number, stop: () => boolean): Promise<{ ok: number; other: Map<number, number> }> {
  const tally = { ok: 0, other: new Map<number, number>() };
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (!stop()) {
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status === 200) tally.ok++;
        else tally.other.set(response.status, (tally.other.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return tally;
}

describe('read log', () => {
  test('the action of a read is what the bewerking API 0.9.0 describes', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const format of ['identificator', 'OIN', 'duration']) ajv.addFormat(format, true);
    ajv.addSchema(
      parseYaml(readFileSync(new URL('../../../../../specs/verwerkingenlogging/openapi-bewerking.yaml', import.meta.url), 'utf8')) as object,
      'bewerking',
    );
    const validate = ajv.getSchema('bewerking#/components/schemas/VerwerkingsactieUitgebreidBasis');
    assert.ok(validate);
    const config = testConfig(1, {
      readLog: { uitvoerder: '00000001820036468000', default: { verwerkingsactiviteitId: '5f0bef4c-f66f-4311-84a5-19e8bf359eaf', bewaartermijn: 'P1Y' } },
    }).readLog;
    for (const principal of [
      { subject: { kind: 'persoon' as const, bsn: JANSEN_BSN }, loa: 'midden' as const },
      { subject: { kind: 'persoon' as const, bsn: JANSEN_BSN }, loa: 'midden' as const, actor: { kind: 'persoon' as const, id: '999990019' } },
      { subject: { kind: 'organisatie' as const, kvk: '12345678' }, loa: 'midden' as const },
    ]) {
      const action = actionFor({ api: 'zaken', path: '/zaken/1c6c3e4a', principal, at: Date.UTC(2026, 11, 7, 12) }, config);
      // The log fills in its read-only fields; add them so the whole schema applies.
      const stored = {
        ...action,
        url: 'https://log.example/api/v1/verwerkingsacties/1',
        actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
        tijdstipRegistratie: action.tijdstip,
      };
      assert.ok(validate(stored), ajv.errorsText(validate.errors));
      assert.equal(action.verwerkteObjecten[0]?.verwerkteSoortenGegevens?.[0]?.soortGegeven, 'Zaak');
      assert.equal(action.gebruiker, principal.actor?.id ?? (principal.subject.kind === 'persoon' ? JANSEN_BSN : '12345678'));
    }
  });

  test("the dev stack (the demo): a read shows up in the resident's own Verwerkingen, as <kb-verwerkingen> reads them", async () => {
    const gateway = await startGateway(mock.url);
    try {
      const browser = await signedIn(gateway.base, gateway.gateway.devIdp!.issuer);
      const read = await fetch(zaken(gateway.base), { headers: { cookie: browser.cookieHeader } });
      assert.equal(read.status, 200);
      await read.arrayBuffer();
      await until(async () => (await metric(gateway.origin, 'klantbeeld_gateway_outbox_depth')) === 0, 5000, 'delivery');
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const list = await fetch(
        `${gateway.base}/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=${day(-1)}&eindDatum=${day(2)}`,
        {
          headers: { cookie: browser.cookieHeader },
        },
      );
      assert.equal(list.status, 200);
      const { results } = (await list.json()) as { results: { verwerkingsactie: Record<string, unknown>; verwerkteSoortenGegevens: unknown }[] };
      const mine = results.filter((item) => item.verwerkingsactie.verwerkingNaam === 'Inzage eigen gegevens in Mijn Voorbeeldstad');
      assert.ok(mine.length >= 1, 'the read is in the list');
      assert.equal(mine[0]!.verwerkingsactie.uitvoerder, '00000001820036468000');
      assert.equal(mine[0]!.verwerkingsactie.actieNaam, 'Raadplegen zaak');
      assert.deepEqual(mine[0]!.verwerkteSoortenGegevens, [{ soortGegeven: 'Zaak' }]);
    } finally {
      await gateway.close();
    }
  });

  test('the log down for a while during a load of reads, then answers lost after storing: afterwards every read is logged exactly once', async () => {
    const gateway = await startGateway(mock.url, { readLog: { url: front.url, outbox: FAST_RETRY } });
    try {
      const browser = await signedIn(gateway.base, gateway.gateway.devIdp!.issuer);
      const before = await loggedToday(mock.url);
      const posts = front.forwarded.posts;
      let phase = 0;
      front.mode = 'down';
      const timeline = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 1200));
        front.mode = 'lost';
        await new Promise((resolve) => setTimeout(resolve, 500));
        front.mode = 'up';
        await new Promise((resolve) => setTimeout(resolve, 300));
        phase = 1;
      })();
      const load = await readLoad(zaken(gateway.base), browser.cookieHeader, 6, () => phase === 1);
      await timeline;
      assert.deepEqual([...load.other], [], 'every read was served');
      assert.ok(load.ok >= 6, `a load of reads (${load.ok})`);
      await until(async () => (await metric(gateway.origin, 'klantbeeld_gateway_outbox_depth')) === 0, 10_000, 'the outbox to drain');
      assert.equal((await loggedToday(mock.url)) - before, load.ok, 'logged actions = reads served');
      assert.ok(front.forwarded.posts - posts > load.ok, 'some actions were delivered twice (answers lost) and stored once');
      assert.ok((await metric(gateway.origin, 'klantbeeld_gateway_outbox_retried_total')) > 0);
      assert.equal(await metric(gateway.origin, 'klantbeeld_gateway_outbox_delivered_total'), load.ok);
    } finally {
      front.mode = 'up';
      await gateway.close();
    }
  });

  test('a full outbox refuses reads with 503 problem+json: none is served unlogged', async () => {
    const gateway = await startGateway(mock.url, { readLog: { url: front.url, outbox: { ...FAST_RETRY, maxEntries: 5 } } });
    try {
      const browser = await signedIn(gateway.base, gateway.gateway.devIdp!.issuer);
      const before = await loggedToday(mock.url);
      front.mode = 'down';
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const response = await fetch(zaken(gateway.base), { headers: { cookie: browser.cookieHeader } });
        statuses.push(response.status);
        if (response.status === 503) {
          assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
          const body = (await response.json()) as { code: string };
          assert.equal(body.code, 'read-log-unavailable');
          assert.equal(JSON.stringify(body).includes(JANSEN_BSN), false);
        } else await response.arrayBuffer();
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 503, 503, 503, 503]);
      // Catalogi is not personal: served while the outbox is full.
      const catalogus = await fetch(`${gateway.base}/catalogi/api/v1/zaaktypen`, { headers: { cookie: browser.cookieHeader } });
      assert.notEqual(catalogus.status, 503);
      await catalogus.arrayBuffer();
      front.mode = 'up';
      await until(async () => (await metric(gateway.origin, 'klantbeeld_gateway_outbox_depth')) === 0, 10_000, 'the outbox to drain');
      assert.equal((await loggedToday(mock.url)) - before, 5, 'exactly the five served reads are logged');
      const metrics = await (await fetch(`${gateway.origin}/metrics`)).text();
      assert.match(metrics, /klantbeeld_gateway_outbox_refused_reads_total\{reason="full"\} 4/);
    } finally {
      front.mode = 'up';
      await gateway.close();
    }
  });

  test('file outbox: a gateway killed (SIGKILL) with undelivered actions loses none; the next start delivers them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-outbox-'));
    const file = join(dir, 'outbox.jsonl');
    const port = await freePort();
    const child = await spawnGateway(rawConfig(port, mock.url, { readLog: { url: front.url, outbox: { ...FAST_RETRY, store: 'file', file } } }));
    try {
      const browser = await signedIn(child.base, child.issuer);
      const before = await loggedToday(mock.url);
      front.mode = 'down';
      let served = 0;
      for (let i = 0; i < 12; i++) {
        const response = await fetch(zaken(child.base), { headers: { cookie: browser.cookieHeader } });
        await response.arrayBuffer();
        if (response.status === 200) served++;
      }
      assert.equal(served, 12);
      await child.kill();
      front.mode = 'up';
      assert.equal((await loggedToday(mock.url)) - before, 0, 'nothing was delivered before the kill');
      const next = await startGateway(mock.url, { readLog: { url: front.url, outbox: { ...FAST_RETRY, store: 'file', file } } });
      try {
        await until(async () => (await loggedToday(mock.url)) - before === 12, 10_000, 'the journal to be delivered');
        await until(async () => (await metric(next.origin, 'klantbeeld_gateway_outbox_depth')) === 0, 5000, 'the outbox to drain');
        assert.equal((await loggedToday(mock.url)) - before, 12);
      } finally {
        await next.close();
      }
    } finally {
      front.mode = 'up';
      await child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('with Redis', () => {
    let redis: TestRedisServer;
    before(async () => {
      redis = await startRedisServer();
    });
    after(async () => {
      await redis?.stop();
    });

    test('an instance killed mid-batch: another instance takes its pending actions over and delivers each once', async () => {
      const shared = {
        redis: { url: redis.url, keyPrefix: 'killed:' },
        readLog: { url: front.url, outbox: { ...FAST_RETRY, claimIdleMs: 300, batchSize: 4 } },
      };
      const port = await freePort();
      const a = await spawnGateway(rawConfig(port, mock.url, shared));
      let b: Awaited<ReturnType<typeof startGateway>> | undefined;
      try {
        const browser = await signedIn(a.base, a.issuer);
        const before = await loggedToday(mock.url);
        front.mode = 'down';
        for (let i = 0; i < 10; i++) {
          const response = await fetch(zaken(a.base), { headers: { cookie: browser.cookieHeader } });
          assert.equal(response.status, 200);
          await response.arrayBuffer();
        }
        // A retries a full batch of 4; the log now takes it and never answers: A dies waiting.
        front.mode = 'hang';
        const received = front.received.length;
        await until(async () => front.received.length - received >= 4, 5000, 'A to send a batch');
        await a.kill();
        front.mode = 'up';
        b = await startGateway(mock.url, shared);
        await until(async () => (await loggedToday(mock.url)) - before >= 10, 10_000, "B to deliver A's actions");
        await until(async () => (await metric(b!.origin, 'klantbeeld_gateway_outbox_depth')) === 0, 5000, 'the stream to drain');
        assert.equal((await loggedToday(mock.url)) - before, 10, "each of A's reads logged exactly once");
      } finally {
        front.mode = 'up';
        await a.kill();
        await b?.close();
      }
    });
  });
});
