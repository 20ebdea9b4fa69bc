// Objecten against the Open Object-like mock: generic records of an objecttype with data_attr filters
// (their encoding, and the filters the API cannot express), the portaaltaak convention with configurable
// paths, pagination, every error kind, abort, and no BSN or identificatie in any URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { fixtureObjecten, fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import { createClient, dataAttrExpressions, listObjectRecords, listTaken, objectsPath, type ClientConfig, type DataAttrs } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const OBJECTEN = `${ORIGIN}/objecten/api/v2`;
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const BSN = '999993653';
const T = fixtureObjecten.objecttypen;
const J = fixtureObjecten.jansen;
const TAAK = `${OBJECTEN}/objecttypes/${T.taak}`;
const AFSPRAAK = `${OBJECTEN}/objecttypes/${T.afspraak}`;

const { server, mock } = useMockApi({ origin: ORIGIN });
const client = (config: Partial<ClientConfig> = {}) => createClient({ gateway: ORIGIN, retries: 0, ...config });
const dataAttrsSent = (api: MockApi, index = 0) => new URL(api.requests[index]!.url).searchParams.getAll('data_attr');
const noSubjectInUrls = (api: MockApi) =>
  assert.ok(
    api.requests.length > 0 && api.requests.every((r) => !r.url.includes(BSN) && !r.url.includes('identificatie') && !r.url.includes('bsn')),
    'a subject was sent in a URL',
  );

/** Rejects with a ValidationError naming `data_attr`, without a request. */
async function refused(api: MockApi, dataAttrs: DataAttrs): Promise<void> {
  const count = api.requests.length;
  await assert.rejects(
    listObjectRecords(client(), { type: TAAK, dataAttrs }),
    (e: any) => e.kind === 'validation' && e.invalidParams[0]?.name === 'data_attr',
    JSON.stringify(dataAttrs),
  );
  assert.equal(api.requests.length, count, 'nothing may be sent');
}

describe('data_attr encoding', () => {
  test('one expression per condition: exact shorthand, nested keys, numbers, dates, in-lists, AND on one key', () => {
    assert.deepEqual(
      dataAttrExpressions({
        status: 'open',
        'koppeling.registratie': 'zaak',
        ogonebetaling__bedrag: { op: 'gte', value: 50 },
        verloopdatum: [
          { op: 'gte', value: '2026-11-01' },
          { op: 'lt', value: '2027-01-01' },
        ],
        soort: { op: 'in', value: ['url', 'formtaak'] },
        titel: { op: 'icontains', value: 'Kenteken, bewijs & meer' },
      }),
      [
        'status__exact__open',
        'koppeling__registratie__exact__zaak',
        'ogonebetaling__bedrag__gte__50',
        'verloopdatum__gte__2026-11-01',
        'verloopdatum__lt__2027-01-01',
        'soort__in__url|formtaak',
        'titel__icontains__Kenteken, bewijs & meer',
      ],
    );
  });

  test('the query string repeats data_attr (AND) and URL-encodes values', () => {
    const path = objectsPath({
      type: TAAK,
      dataAttrs: { status: 'open', titel: { op: 'icontains', value: 'a&b=c #1|2' } },
      ordering: ['-record__startAt', 'record__data__titel'],
      pageSize: 20,
    });
    const url = new URL(path, 'http://x');
    assert.deepEqual(url.searchParams.getAll('data_attr'), ['status__exact__open', 'titel__icontains__a&b=c #1|2']);
    assert.equal(url.searchParams.get('type'), TAAK);
    assert.equal(url.searchParams.get('ordering'), '-record__startAt,record__data__titel');
    assert.equal(url.searchParams.get('pageSize'), '20');
    assert.ok(!path.includes('a&b=c'), 'values are percent-encoded');
  });

  test('filters the Objects API cannot express are refused before anything is sent', async () => {
    const api = mock();
    await refused(api, { titel: 'a__b' });
    await refused(api, { titel: '_voorloop' });
    await refused(api, { 'sta,tus': 'open' });
    await refused(api, { 'koppeling..uuid': 'x' });
    await refused(api, { soort: { op: 'in', value: ['url', 'form|taak'] } });
    await refused(api, { soort: { op: 'exact', value: ['url', 'formtaak'] } });
    await refused(api, { status: { op: 'like' as 'exact', value: 'open' } });
    await refused(api, { bedrag: Number.NaN });
  });
});

describe('listObjectRecords', () => {
  test('records of one objecttype with data_attr filters (AND), Accept-Crs, no BSN', async () => {
    const api = mock();
    const records = await listObjectRecords(client(), { type: TAAK, dataAttrs: { status: 'open', 'koppeling.registratie': 'zaak' } });
    assert.deepEqual(records.map((r) => r.uuid).sort(), [J.taakDakkapel, J.taakKentekenbewijs, J.taakLeges].sort());
    const kenteken = records.find((r) => r.uuid === J.taakKentekenbewijs)!;
    assert.equal(kenteken.url, `${OBJECTEN}/objects/${J.taakKentekenbewijs}`);
    assert.equal(kenteken.type, TAAK);
    assert.equal(kenteken.typeVersion, 1);
    assert.equal(kenteken.startAt, '2026-11-05');
    assert.equal(kenteken.data.titel, 'Upload een kopie van uw kentekenbewijs');
    assert.deepEqual(kenteken.zaken, [`${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}`]);
    assert.equal(api.requests.length, 1);
    assert.deepEqual(dataAttrsSent(api), ['status__exact__open', 'koppeling__registratie__exact__zaak']);
    assert.equal(api.requests[0]!.headers['accept-crs'], 'EPSG:4326');
    noSubjectInUrls(api);
  });

  test('geometry and other objecttypes; ordering is passed through', async () => {
    const api = mock();
    const afspraken = await listObjectRecords(client(), { type: AFSPRAAK, ordering: '-record__data__start' });
    assert.deepEqual(
      afspraken.map((r) => r.uuid),
      [J.afspraakDakkapel, J.afspraakPaspoort],
    );
    assert.deepEqual(afspraken[1]!.geometry, { type: 'Point', coordinates: [5.12143, 52.09074] });
    assert.equal(afspraken[0]!.geometry, undefined);
    assert.equal(new URL(api.requests[0]!.url).searchParams.get('ordering'), '-record__data__start');
  });

  test('pagination across ≥ 3 pages (pageSize) gives every record', async () => {
    const api = mock();
    const all = await listObjectRecords(client(), { type: TAAK, pageSize: 1 });
    assert.equal(all.length, 4);
    assert.equal(api.requests.length, 4);
    assert.deepEqual(
      api.requests.map((r) => new URL(r.url).searchParams.get('page')),
      [null, '2', '3', '4'],
    );
  });

  test('empty: leeg has no records', async () => {
    mock({ resident: 'leeg' });
    assert.deepEqual(await listObjectRecords(client(), { type: TAAK }), []);
  });

  test('a server that ignores `type` does not mix in other objecttypes; odd records are read sanely', async () => {
    server.use(
      http.get(`${OBJECTEN}/objects`, () =>
        HttpResponse.json({
          count: 4,
          next: null,
          previous: null,
          results: [
            { url: `${OBJECTEN}/objects/a`, uuid: 'a', type: AFSPRAAK, record: { data: { titel: 'x' }, startAt: '2026-01-01', typeVersion: 1 } },
            {
              url: `${OBJECTEN}/objects/b`,
              type: `https://elders.example/api/v2/objecttypes/${T.taak}`,
              record: { data: 'kapot', references: [{ type: 'zaak', url: 'javascript:alert(1)' }, null] },
            },
            { type: TAAK, record: { data: {} } },
            { url: `${OBJECTEN}/objects/c`, type: TAAK, record: null },
          ],
        }),
      ),
    );
    const records = await listObjectRecords(client(), { type: TAAK });
    assert.deepEqual(records, [
      { url: `${OBJECTEN}/objects/b`, uuid: 'b', type: `https://elders.example/api/v2/objecttypes/${T.taak}`, data: {}, zaken: [] },
      { url: `${OBJECTEN}/objects/c`, uuid: 'c', type: TAAK, data: {}, zaken: [] },
    ]);
  });

  test('each error kind: unknown objecttype (400 naming type), 401, 404, 500, not JSON, wrong shape, network', async () => {
    mock();
    await assert.rejects(
      listObjectRecords(client(), { type: `${OBJECTEN}/objecttypes/00000000-0000-4000-8000-000000000000` }),
      (e: any) => e.kind === 'validation' && e.invalidParams[0].name === 'type',
    );
    const cases: Array<[() => Response, string]> = [
      [() => HttpResponse.json({ status: 401 }, { status: 401 }), 'not-authenticated'],
      [() => HttpResponse.json({ status: 404 }, { status: 404 }), 'not-found'],
      [() => HttpResponse.json({ status: 500 }, { status: 500 }), 'server'],
      [() => HttpResponse.json({ status: 406 }, { status: 406 }), 'server'],
      [() => new HttpResponse('<html/>', { headers: { 'Content-Type': 'text/html' } }), 'invalid-response'],
      [() => HttpResponse.json({ count: 1, results: {} }), 'invalid-response'],
      [() => HttpResponse.error(), 'network'],
    ];
    for (const [respond, kind] of cases) {
      server.resetHandlers();
      server.use(http.get(`${OBJECTEN}/objects`, respond));
      await assert.rejects(listObjectRecords(client(), { type: TAAK }), (e: any) => e.kind === kind, kind);
    }
  });

  test('abort: pre-aborted sends nothing; in flight rejects with the reason', async () => {
    const api = mock();
    const reason = new DOMException('weg', 'AbortError');
    await assert.rejects(listObjectRecords(client(), { type: TAAK, signal: AbortSignal.abort(reason) }), (e) => e === reason);
    assert.equal(api.requests.length, 0);
    server.use(
      http.get(`${OBJECTEN}/objects`, async () => {
        await delay(200);
        return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(listTaken(client(), { objecttype: TAAK, signal: controller.signal }), (e) => e === reason);
  });
});

describe('listTaken', () => {
  test('jansen: open first by verloopdatum (none last), then afgerond; actions only http(s); koppeling to the zaak URL', async () => {
    const api = mock();
    const taken = await listTaken(client(), { objecttype: TAAK });
    assert.deepEqual(
      taken.map((t) => [t.uuid, t.status]),
      [
        [J.taakDakkapel, 'open'],
        [J.taakKentekenbewijs, 'open'],
        [J.taakLeges, 'open'],
        [J.taakHuurcontract, 'afgerond'],
      ],
    );
    const [dakkapel, kenteken, leges] = taken;
    assert.deepEqual(kenteken, {
      url: `${OBJECTEN}/objects/${J.taakKentekenbewijs}`,
      uuid: J.taakKentekenbewijs,
      titel: 'Upload een kopie van uw kentekenbewijs',
      status: 'open',
      soort: 'url',
      verloopdatum: '2026-12-10T22:59:59Z',
      koppeling: { registratie: 'zaak', uuid: fixtureZaken.jansen.parkeervergunning, url: `${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}` },
      actie: { soort: 'url', url: 'https://mijn.voorbeeldstad.nl/parkeren/kentekenbewijs?zaak=ZAAK-2026-0004127' },
    });
    assert.deepEqual(dakkapel?.actie, { soort: 'formulier', url: 'https://formulieren.voorbeeldstad.nl/dakkapel-aanvullen' });
    assert.equal(leges?.soort, 'ogonebetaling');
    assert.equal(leges?.actie, undefined);
    assert.equal(leges?.verloopdatum, undefined);
    assert.deepEqual(dataAttrsSent(api), []);
    noSubjectInUrls(api);
  });

  test("status 'open' sends only data_attr=status__exact__open (no identificatie, no BSN)", async () => {
    const api = mock();
    const open = await listTaken(client(), { objecttype: TAAK, status: 'open' });
    assert.equal(open.length, 3);
    assert.ok(open.every((t) => t.status === 'open'));
    assert.deepEqual(dataAttrsSent(api), ['status__exact__open']);
    assert.equal(new URL(api.requests[0]!.url).searchParams.get('type'), TAAK);
    noSubjectInUrls(api);
  });

  test('a formtaak with a form id; another resident sees only their own', async () => {
    mock({ resident: 'de-vries' });
    const taken = await listTaken(client(), { objecttype: TAAK, status: 'open' });
    assert.equal(taken.length, 1);
    assert.equal(taken[0]?.formulierId, 'inkomen-aanleveren');
    assert.equal(taken[0]?.actie, undefined);
    assert.ok(!Object.values(J).includes(taken[0].uuid));
  });

  test('unsafe or relative action URLs are dropped; records without titel left out; open filter re-checked', async () => {
    const record = (uuid: string, data: object) => ({
      url: `${OBJECTEN}/objects/${uuid}`,
      uuid,
      type: TAAK,
      record: { typeVersion: 1, startAt: '2026-01-01', data },
    });
    server.use(
      http.get(`${OBJECTEN}/objects`, () =>
        HttpResponse.json({
          count: 6,
          next: null,
          previous: null,
          results: [
            record('a', { titel: 'Script', status: 'open', soort: 'url', url: { uri: 'javascript:alert(1)' } }),
            record('b', { titel: 'Data', status: 'open', soort: 'formtaak', formtaak: { formulier: { soort: 'url', value: 'data:text/html,<b>x</b>' } } }),
            record('c', { titel: 'Relatief', status: 'open', soort: 'url', url: { uri: '/formulier' } }),
            record('d', { status: 'open', soort: 'url', url: { uri: 'https://ok.example/' } }),
            record('e', { titel: 'Al klaar', status: 'afgerond', soort: 'url' }),
            record('f', { titel: 'Koppeling kapot', status: 'open', koppeling: { registratie: 'zaak', uuid: '../x' } }),
          ],
        }),
      ),
    );
    const taken = await listTaken(client(), { objecttype: TAAK, status: 'open' });
    assert.deepEqual(
      taken.map((t) => [t.uuid, t.actie, t.koppeling]),
      [
        ['b', undefined, undefined],
        ['f', undefined, { registratie: 'zaak', uuid: '../x' }],
        ['c', undefined, undefined],
        ['a', undefined, undefined],
      ],
    );
  });

  test('configurable paths: appointments read as taken with start as deadline; a custom status attribute', async () => {
    const api = mock();
    const afspraken = await listTaken(client(), { objecttype: AFSPRAAK, paths: { verloopdatum: 'start' } });
    assert.deepEqual(
      afspraken.map((a) => [a.titel, a.verloopdatum]),
      [
        ['Paspoort aanvragen', '2026-12-08T09:30:00+01:00'],
        ['Gesprek over uw dakkapel', '2027-01-12T14:00:00+01:00'],
      ],
    );
    api.clearRequests();
    await listTaken(client(), { objecttype: AFSPRAAK, status: 'open', paths: { status: 'afspraak.staat' } });
    assert.deepEqual(dataAttrsSent(api), ['afspraak__staat__exact__open']);
  });
});
