// The contract machinery itself: the recorder sees the client's requests through msw, and the checker
// (scripts/contract/contract.mjs) accepts conforming requests and names each kind of violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient, GATEWAY_PATHS } from '@klantbeeld/core';
import { installContractRecorder, type RecordedRequest } from './recorder.js';

interface CheckResult {
  skipped?: string;
  api?: string;
  operation?: string;
  violations?: string[];
  extension?: string;
}
interface Contract {
  check(record: RecordedRequest): CheckResult;
}

// Compiled to packages/core/dist/test/contract/: the scripts live five levels up.
const CONTRACT = new URL('../../../../../scripts/contract/contract.mjs', import.meta.url).href;
const GW = 'https://gw.example/api';
const ZAKEN = `${GW}${GATEWAY_PATHS.zaken}`;
const CRS = { accept: 'application/json', 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' };
const ZAAK = `${ZAKEN}/zaken/6b1f2c1e-5b7e-4f0e-9d4f-2a0f3a2d1c11`;

let contract: Contract;
before(async () => {
  const lib = (await import(CONTRACT)) as { loadContract(): Promise<Contract> };
  contract = await lib.loadContract();
});

/** A recorded request sent by the client, with overrides. */
function req(partial: Partial<RecordedRequest> & { url: string }): RecordedRequest {
  return { method: 'GET', headers: { accept: 'application/json' }, body: null, client: true, file: 'x.test.js', status: 200, next: false, ...partial };
}

function violations(record: RecordedRequest): string[] {
  const result = contract.check(record);
  assert.equal(result.skipped, undefined, `unexpectedly skipped: ${result.skipped}`);
  return result.violations ?? [];
}

describe('contract checker', () => {
  test('a conforming list request of the client passes (VNG Zaken 1.5.1, ordering erratum fixed)', () => {
    const url = `${ZAKEN}/zaken?ordering=-startdatum&einddatum__isnull=true&expand=zaaktype%2Cstatus.statustype%2Crollen`;
    const result = contract.check(req({ url, headers: CRS }));
    assert.deepEqual(result.violations, []);
    assert.equal(result.api, 'zaken');
    assert.equal(result.operation, 'Zaken 1.5.1 (VNG): GET /zaken');
    assert.equal(result.extension, undefined);
  });

  test('the API is found below any prefix (gateway path, a second organisation)', () => {
    const url = 'https://andere.example/omgevingsdienst/zaken/api/v1/statussen?zaak=' + encodeURIComponent(ZAAK);
    assert.deepEqual(violations(req({ url })), []);
    assert.equal(contract.check(req({ url: `${GW}/catalogi/api/v1/zaaktypen/abc` })).operation, 'Catalogi 1.3.1: GET /zaaktypen/{uuid}');
  });

  test('an undeclared query parameter, a wrong value and a repeated scalar are violations', () => {
    assert.match(violations(req({ url: `${ZAKEN}/statussen?zaak=${encodeURIComponent(ZAAK)}&bsn=999990019` }))[0] ?? '', /'bsn' is not declared/);
    assert.match(violations(req({ url: `${ZAKEN}/zaken?ordering=naam`, headers: CRS })).join(), /ordering=naam/);
    assert.match(violations(req({ url: `${ZAKEN}/statussen?zaak=x&zaak=y` })).join(), /'zaak=x&zaak=y': must be string/);
  });

  test('Objecten data_attr may repeat (explode: true)', () => {
    const url = `${GW}/objecten/api/v2/objects?type=${encodeURIComponent('https://ot.example/api/v2/objecttypes/1')}&data_attr=status__exact__open&data_attr=kind__exact__taak`;
    assert.deepEqual(violations(req({ url })), []);
  });

  test('a missing required header (Accept-Crs on /zaken) is a violation; one with a wrong value too', () => {
    assert.match(violations(req({ url: ZAAK, headers: { 'content-crs': 'EPSG:4326' } })).join(), /required header 'Accept-Crs' is missing/);
    assert.match(violations(req({ url: ZAAK, headers: { ...CRS, 'accept-crs': 'EPSG:28992' } })).join(), /header 'Accept-Crs: EPSG:28992'/);
  });

  test('a missing required query parameter is named exactly as allowed-deviations.json names it', () => {
    const url = `${GW}/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2026-01-01&eindDatum=2026-02-01`;
    const deviations = JSON.parse(readFileSync(new URL('../../../../../scripts/contract/allowed-deviations.json', import.meta.url), 'utf8')) as {
      deviations: { violation: string }[];
    };
    assert.deepEqual(violations(req({ url })), [deviations.deviations[0]?.violation]);
  });

  test('unknown paths and undefined methods are violations', () => {
    assert.match(violations(req({ url: `${ZAKEN}/bestaat-niet` })).join(), /path \/bestaat-niet is not in/);
    assert.match(violations(req({ url: `${ZAKEN}/statussen/abc`, method: 'DELETE' })).join(), /DELETE is not defined for \/statussen\/\{uuid\}/);
  });

  test('JSON bodies are validated against the requestBody schema (BRP, OpenAPI 3.1 with a discriminator)', () => {
    const brp = `${GW}${GATEWAY_PATHS.brp}/personen`;
    const headers = { 'content-type': 'application/json; charset=utf-8' };
    const good = { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam', 'verblijfplaats'] };
    assert.deepEqual(violations(req({ method: 'POST', url: brp, headers, body: JSON.stringify(good) })), []);
    assert.match(
      violations(req({ method: 'POST', url: brp, headers, body: JSON.stringify({ ...good, burgerservicenummer: undefined }) })).join(),
      /burgerservicenummer/,
    );
    assert.match(
      violations(req({ method: 'POST', url: brp, headers, body: JSON.stringify({ ...good, type: 'Onbekend' }) })).join(),
      /\/type must be equal to one of the allowed values/,
    );
    assert.match(violations(req({ method: 'POST', url: brp, headers: { 'content-type': 'text/plain' }, body: '{}' })).join(), /Content-Type 'text\/plain'/);
    assert.match(violations(req({ url: ZAAK, headers: CRS, body: '{}' })).join(), /takes no request body/);
  });

  test('Documenten _zoek: uuid__in (the erratum of the 1.5.0 document fixed), required and typed', () => {
    const url = `${GW}/documenten/api/v1/enkelvoudiginformatieobjecten/_zoek`;
    const headers = { 'content-type': 'application/json' };
    assert.deepEqual(violations(req({ method: 'POST', url, headers, body: JSON.stringify({ uuid__in: ['6b1f2c1e-5b7e-4f0e-9d4f-2a0f3a2d1c11'] }) })), []);
    assert.match(violations(req({ method: 'POST', url, headers, body: JSON.stringify({ uuid__in: ['niet-een-uuid'] }) })).join(), /format/);
    assert.match(violations(req({ method: 'POST', url, headers, body: '{}' })).join(), /uuid__in/);
  });

  test('a PATCH body is partial: required is not enforced, types and patterns are', () => {
    const url = `${GW}/klantinteracties/api/v1/partijen/942e9553-651b-4fc1-9b5f-ad4eeaa0791e`;
    const headers = { 'content-type': 'application/json' };
    assert.deepEqual(violations(req({ method: 'PATCH', url, headers, body: JSON.stringify({ soortPartij: 'persoon', voorkeurstaal: 'nld' }) })), []);
    assert.match(
      violations(req({ method: 'PATCH', url, headers, body: JSON.stringify({ soortPartij: 'persoon', indicatieActief: 'ja' }) })).join(),
      /indicatieActief must be boolean/,
    );
    assert.match(violations(req({ method: 'PATCH', url, headers, body: JSON.stringify({ soortPartij: 'robot' }) })).join(), /soortPartij/);
    // The same body as a POST misses what a new partij requires.
    assert.match(
      violations(req({ method: 'POST', url: `${GW}/klantinteracties/api/v1/partijen`, headers, body: JSON.stringify({ soortPartij: 'persoon' }) })).join(),
      /required/,
    );
  });

  test('readOnly properties are not required in a request body (OpenAPI)', () => {
    const body = { partij: null, betrokkene: null, adres: 'jan@example.nl', soortDigitaalAdres: 'email', omschrijving: 'Privé', isStandaardAdres: true };
    const url = `${GW}/klantinteracties/api/v1/digitaleadressen`;
    assert.deepEqual(violations(req({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })), []);
  });

  test('an Open Zaak extension passes and is reported as one', () => {
    const result = contract.check(req({ url: `${ZAKEN}/substatussen?zaak=${encodeURIComponent(ZAAK)}` }));
    assert.deepEqual(result.violations, []);
    assert.match(result.extension ?? '', /Open Zaak/);
    const paged = contract.check(req({ url: `${ZAKEN}/statussen?zaak=${encodeURIComponent(ZAAK)}&pageSize=100` }));
    assert.deepEqual(paged.violations, []);
    assert.match(paged.extension ?? '', /pageSize as declared by Zaken 1\.5\.1 \(Open Zaak/);
  });

  test('a followed next link is checked without its (server-written) query', () => {
    const url = `${ZAKEN}/statussen?zaak=z&cursor=b7`;
    assert.ok(violations(req({ url })).length > 0);
    assert.deepEqual(violations(req({ url, next: true })), []);
  });

  test('raw test fetches and URLs outside every API are skipped, with a reason', () => {
    assert.match(contract.check(req({ url: ZAAK, client: false })).skipped ?? '', /raw fetch/);
    assert.match(contract.check(req({ url: `${GW}/events` })).skipped ?? '', /no standard API base path/);
    assert.match(contract.check(req({ url: `${ZAKEN}/statussen?zaak=z`, status: 400 })).skipped ?? '', /answered 400/);
    assert.ok((contract.check(req({ url: `${ZAKEN}/statussen?zaak=z`, status: 503 })).violations ?? []).length > 0, 'other failures are still checked');
  });
});

describe('contract recorder', () => {
  const server = setupServer(
    http.get(`${ZAKEN}/statussen`, ({ request }) =>
      new URL(request.url).searchParams.has('page')
        ? HttpResponse.json({ count: 2, next: null, previous: null, results: [{ url: 's2' }] })
        : HttpResponse.json({ count: 2, next: `${ZAKEN}/statussen?page=2&zaak=x`, previous: null, results: [{ url: 's1' }] }),
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'kb-contract-'));
  const log = join(dir, 'requests.jsonl');
  const stop = installContractRecorder(log);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => {
    server.close();
    stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('records the client’s requests (marking followed next links) and raw fetches apart', async () => {
    const client = createClient({ gateway: GW, token: () => 'geheim' });
    assert.equal((await client.list('zaken', '/statussen', { query: { zaak: ZAAK } })).length, 2);
    await (await fetch(`${ZAKEN}/statussen?page=2&zaak=y`)).json();
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as RecordedRequest);
    assert.deepEqual(
      lines.map((line) => [line.method, line.url, line.client, line.next, line.status]),
      [
        ['GET', `${ZAKEN}/statussen?zaak=${encodeURIComponent(ZAAK)}`, true, false, 200],
        ['GET', `${ZAKEN}/statussen?page=2&zaak=x`, true, true, 200],
        ['GET', `${ZAKEN}/statussen?page=2&zaak=y`, false, false, 200],
      ],
    );
    assert.equal(lines[0]?.headers['authorization'], 'Bearer …', 'the token is not logged');
    assert.equal(lines[0]?.headers['accept'], 'application/json');
  });
});
