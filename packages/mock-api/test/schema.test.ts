/**
 * Every response the mock gives, for every fixture resident (and for seeded data), validated against
 * the official schemas: Zaken 1.5.1 (VNG) for Zaak/Status/Rol/Resultaat and errors, Open Zaak 1.30 for
 * ExpandZaak and the paginated lists, Catalogi 1.3.1 for catalogue resources.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPAND_NAMES, companyZaken, createMockApi, residents, type MockApi } from '../src/index.js';
import { zgwJwt } from './upstream-client.js';
import { interceptRequests, request, zoek } from './client.js';
import { CATALOGI, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK]);
const { use } = interceptRequests();
const ALL_EXPAND = EXPAND_NAMES.join(',');
const ZAAKTYPEN_LIST = '/paths/~1zaaktypen/get/responses/200/content/application~1json/schema';

/** Counts what was validated, so a walk that silently validates nothing fails. */
type Counts = Record<string, number>;

function checkZaak(zaak: any, label: string, counts: Counts): void {
  validator.assert(VNG_ZAKEN, 'Zaak', zaak, label);
  validator.assert(OPEN_ZAAK, 'ExpandZaak', zaak, label);
  counts.zaak = (counts.zaak ?? 0) + 1;
  if (zaak._expand) checkExpand(zaak._expand, `${label}._expand`, counts);
}

/** Validates every expanded object, on every level. */
function checkExpand(expand: any, label: string, counts: Counts): void {
  if (expand.zaaktype) validator.assert(CATALOGI, 'ZaakType', expand.zaaktype, `${label}.zaaktype`);
  if (expand.status) {
    checkStatus(expand.status, `${label}.status`);
    if (expand.status._expand?.statustype) {
      validator.assert(CATALOGI, 'StatusType', expand.status._expand.statustype, `${label}.status._expand.statustype`);
      counts.nested = (counts.nested ?? 0) + 1;
    }
  }
  if (expand.resultaat) {
    checkResultaat(expand.resultaat, `${label}.resultaat`);
    if (expand.resultaat._expand?.resultaattype) {
      validator.assert(CATALOGI, 'ResultaatType', expand.resultaat._expand.resultaattype, `${label}.resultaat._expand.resultaattype`);
    }
  }
  for (const [i, rol] of (expand.rollen ?? []).entries()) {
    checkRol(rol, `${label}.rollen[${i}]`);
    if (rol._expand?.roltype) validator.assert(CATALOGI, 'RolType', rol._expand.roltype, `${label}.rollen[${i}]._expand.roltype`);
  }
  if (expand.hoofdzaak) checkZaak(expand.hoofdzaak, `${label}.hoofdzaak`, counts);
  for (const [i, deelzaak] of (expand.deelzaken ?? []).entries()) checkZaak(deelzaak, `${label}.deelzaken[${i}]`, counts);
}

function checkStatus(status: unknown, label: string): void {
  validator.assert(VNG_ZAKEN, 'Status', status, label);
  validator.assert(OPEN_ZAAK, 'Status', status, label);
}

/** VNG models the rol variants as `<betrokkeneType>_Rol`; Open Zaak as a discriminated `Rol`. */
function checkRol(rol: any, label: string): void {
  validator.assert(VNG_ZAKEN, `${rol.betrokkeneType}_Rol`, rol, label);
  validator.assert(OPEN_ZAAK, 'Rol', rol, label);
}

function checkResultaat(resultaat: unknown, label: string): void {
  validator.assert(VNG_ZAKEN, 'Resultaat', resultaat, label);
  validator.assert(OPEN_ZAAK, 'Resultaat', resultaat, label);
}

/** Headers a walk sends with every request: none for a resident's gateway, credentials in upstream mode. */
type Auth = Record<string, string>;

async function ok(url: string, init?: Parameters<typeof request>[1]): Promise<any> {
  const { response, body } = await request(url, init);
  assert.equal(response.status, 200, `${init?.method ?? 'GET'} ${url} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

function okWith(url: string, auth: Auth): Promise<any> {
  return ok(url, { headers: auth });
}

/** Validates the zaken list (GET and `_zoek`, with and without every expand name) and returns all zaken. */
async function checkZakenLists(mock: MockApi, counts: Counts, auth: Auth = {}): Promise<any[]> {
  const base = mock.urls.zaken;
  const get = (url: string) => ok(url, { headers: auth });
  const plain = await get(`${base}/zaken?pageSize=500`);
  validator.assert(OPEN_ZAAK, 'PaginatedExpandZaakList', plain, 'GET /zaken');
  plain.results.forEach((zaak: any, i: number) => checkZaak(zaak, `GET /zaken results[${i}]`, counts));

  const expanded = await get(`${base}/zaken?pageSize=500&expand=${ALL_EXPAND}`);
  validator.assert(OPEN_ZAAK, 'PaginatedExpandZaakList', expanded, 'GET /zaken?expand=…');
  expanded.results.forEach((zaak: any, i: number) => checkZaak(zaak, `GET /zaken?expand=… results[${i}]`, counts));

  const { response, body: searched } = await zoek(base, { expand: [...EXPAND_NAMES], ordering: ['-startdatum'] }, '', auth);
  assert.equal(response.status, 200, JSON.stringify(searched));
  validator.assert(OPEN_ZAAK, 'PaginatedExpandZaakList', searched, 'POST /zaken/_zoek');
  searched.results.forEach((zaak: any, i: number) => checkZaak(zaak, `POST /zaken/_zoek results[${i}]`, counts));
  return plain.results;
}

async function checkZaakResources(mock: MockApi, zaak: any, counts: Counts, auth: Auth = {}): Promise<void> {
  const base = mock.urls.zaken;
  const ok = (url: string) => okWith(url, auth);
  checkZaak(await ok(zaak.url), `GET ${zaak.identificatie}`, counts);
  checkZaak(await ok(`${zaak.url}?expand=${ALL_EXPAND}`), `GET ${zaak.identificatie}?expand=…`, counts);

  const zaakParam = encodeURIComponent(zaak.url);
  const statussen = await ok(`${base}/statussen?zaak=${zaakParam}`);
  validator.assert(OPEN_ZAAK, 'PaginatedStatusList', statussen, `statussen of ${zaak.identificatie}`);
  for (const status of statussen.results) {
    checkStatus(status, `status in list of ${zaak.identificatie}`);
    checkStatus(await ok(status.url), `GET ${status.url}`);
    counts.status = (counts.status ?? 0) + 1;
  }

  const rollen = await ok(`${base}/rollen?zaak=${zaakParam}`);
  validator.assert(OPEN_ZAAK, 'PaginatedRolList', rollen, `rollen of ${zaak.identificatie}`);
  for (const rol of rollen.results) {
    checkRol(rol, `rol in list of ${zaak.identificatie}`);
    checkRol(await ok(rol.url), `GET ${rol.url}`);
    counts.rol = (counts.rol ?? 0) + 1;
  }

  const resultaten = await ok(`${base}/resultaten?zaak=${zaakParam}`);
  validator.assert(OPEN_ZAAK, 'PaginatedResultaatList', resultaten, `resultaten of ${zaak.identificatie}`);
  for (const resultaat of resultaten.results) {
    checkResultaat(resultaat, `resultaat in list of ${zaak.identificatie}`);
    checkResultaat(await ok(resultaat.url), `GET ${resultaat.url}`);
    counts.resultaat = (counts.resultaat ?? 0) + 1;
  }
}

async function checkCatalogi(mock: MockApi, zaaktypeUrls: ReadonlySet<string>, counts: Counts, auth: Auth = {}): Promise<void> {
  const base = mock.urls.catalogi;
  const ok = (url: string) => okWith(url, auth);
  const list = await ok(`${base}/zaaktypen`);
  validator.assertPointer(CATALOGI, ZAAKTYPEN_LIST, list, 'GET /zaaktypen');
  list.results.forEach((zt: unknown, i: number) => validator.assert(CATALOGI, 'ZaakType', zt, `GET /zaaktypen results[${i}]`));

  for (const url of zaaktypeUrls) {
    validator.assert(CATALOGI, 'ZaakType', await ok(url), `GET ${url}`);
    const zaaktype = encodeURIComponent(url);
    for (const [path, listSchema, itemSchema] of [
      ['statustypen', 'PaginatedStatusTypeList', 'StatusType'],
      ['roltypen', 'PaginatedRolTypeList', 'RolType'],
      ['resultaattypen', 'PaginatedResultaatTypeList', 'ResultaatType'],
    ] as const) {
      const page = await ok(`${base}/${path}?zaaktype=${zaaktype}`);
      validator.assert(CATALOGI, listSchema, page, `GET /${path}?zaaktype=${url}`);
      assert.ok(page.results.length > 0, `${path} of ${url} is empty`);
      for (const item of page.results) {
        validator.assert(CATALOGI, itemSchema, item, `${itemSchema} in list`);
        validator.assert(CATALOGI, itemSchema, await ok(item.url), `GET ${item.url}`);
        counts[itemSchema] = (counts[itemSchema] ?? 0) + 1;
      }
    }
  }
}

for (const { id } of residents) {
  describe(`schema validation — resident '${id}'`, () => {
    it('zaken lists, zaak details, statussen, rollen, resultaten and catalogi match the official schemas', async () => {
      const mock = createMockApi({ resident: id });
      use(mock);
      const counts: Counts = {};
      const zaken = await checkZakenLists(mock, counts);
      for (const zaak of zaken) await checkZaakResources(mock, zaak, counts);
      await checkCatalogi(mock, new Set(zaken.map((zaak) => zaak.zaaktype as string)), counts);

      if (zaken.length > 0) {
        for (const kind of ['zaak', 'status', 'rol', 'nested', 'StatusType', 'RolType', 'ResultaatType']) {
          assert.ok((counts[kind] ?? 0) > 0, `nothing of kind ${kind} was validated for ${id}`);
        }
      }
    });
  });
}

describe('schema validation — upstream mode (every resident and the company at once)', () => {
  it('zaken lists, zaak details, statussen, rollen, resultaten and catalogi match the official schemas', async () => {
    const mock = createMockApi({ mode: 'upstream' });
    use(mock);
    const auth = { Authorization: `Bearer ${await zgwJwt()}` };
    const counts: Counts = {};
    const zaken = await checkZakenLists(mock, counts, auth);
    for (const zaak of zaken) await checkZaakResources(mock, zaak, counts, auth);
    await checkCatalogi(mock, new Set(zaken.map((zaak) => zaak.zaaktype as string)), counts, auth);
    assert.ok(zaken.some((zaak) => zaak.uuid === companyZaken.losseTegelVoorWinkel) && zaken.some((zaak) => zaak.uuid === companyZaken.kapotteLantaarn));
    assert.ok(zaken.length > 11, `${zaken.length} zaken`);
  });
});

describe('schema validation — seeded and edge-case data', () => {
  it('seeded zaken (30, with expand) match the schemas', async () => {
    const mock = createMockApi();
    mock.seedZaken('bench', 30);
    mock.setResident('bench');
    use(mock);
    const counts: Counts = {};
    const zaken = await checkZakenLists(mock, counts);
    assert.equal(zaken.length, 30);
    for (const zaak of zaken.slice(0, 6)) await checkZaakResources(mock, zaak, counts);
  });

  it('every fixture zaaktype version in the catalogue matches the schemas', async () => {
    const mock = createMockApi();
    use(mock);
    const list = await ok(`${mock.urls.catalogi}/zaaktypen`);
    const counts: Counts = {};
    await checkCatalogi(mock, new Set(list.results.map((zt: any) => zt.url as string)), counts);
    assert.ok(list.results.length >= 5);
  });

  it('errors are Fout / ValidatieFout', async () => {
    const mock = createMockApi();
    use(mock);
    const base = mock.urls.zaken;
    const crs = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
    // [url, method, request headers, expected status, schema]
    const cases: Array<[string, string, Record<string, string>, number, string]> = [
      [`${base}/zaken/00000000-0000-4000-8000-000000000000`, 'GET', crs, 404, 'Fout'],
      [`${base}/zaken/not-a-uuid`, 'GET', crs, 404, 'Fout'],
      [`${base}/statussen/00000000-0000-4000-8000-000000000000`, 'GET', crs, 404, 'Fout'],
      [`${base}/onbekend`, 'GET', crs, 404, 'Fout'],
      [`${base}/zaken?page=99`, 'GET', crs, 404, 'Fout'],
      [`${base}/zaken`, 'GET', {}, 412, 'Fout'],
      [`${base}/zaken`, 'GET', { 'Accept-Crs': 'EPSG:28992' }, 406, 'Fout'],
      [`${base}/zaken`, 'DELETE', crs, 405, 'Fout'],
      [`${base}/zaken?expand=onzin`, 'GET', crs, 400, 'ValidatieFout'],
      [`${base}/zaken?einddatum__isnull=misschien`, 'GET', crs, 400, 'ValidatieFout'],
      [`${base}/zaken?ordering=omschrijving`, 'GET', crs, 400, 'ValidatieFout'],
      [`${base}/rollen?zaak=geen-url`, 'GET', crs, 400, 'ValidatieFout'],
      [`${mock.urls.catalogi}/zaaktypen/00000000-0000-4000-8000-000000000000`, 'GET', {}, 404, 'Fout'],
      [`${mock.urls.catalogi}/statustypen?status=misschien`, 'GET', {}, 400, 'ValidatieFout'],
    ];
    for (const [url, method, headers, status, schema] of cases) {
      const response = await fetch(url, { method, headers });
      assert.equal(response.status, status, `${method} ${url}`);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json', url);
      const body = await response.json();
      validator.assert(VNG_ZAKEN, schema, body, `${status} for ${method} ${url}`);
      assert.equal(body.status, status);
    }
  });
});
