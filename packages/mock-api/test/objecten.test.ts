/**
 * The Objecten mock (Open Object 4.0 behind a resident-scoping gateway): every response validated against
 * the Objects API 2.7.0 schemas and every record's `data` against its objecttype's JSON Schema; scoping,
 * `type`, `data_attr` (each operator, AND, nesting, errors), ordering, pagination and the CRS headers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi, fixtureObjecten, residents, type MockApi } from '../src/index.js';
import { interceptRequests } from './client.js';
import { CATALOGI, KLANTINTERACTIES, OBJECTEN, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([KLANTINTERACTIES, OBJECTEN]);
const zgw = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK]);
const { use } = interceptRequests();
const T = fixtureObjecten.objecttypen;
const J = fixtureObjecten.jansen;

function mock(options: Parameters<typeof createMockApi>[0] = {}): MockApi {
  const api = createMockApi(options);
  use(api);
  return api;
}

/** GET without CRS headers (they are optional on the Objects API), parsing JSON. */
async function get(url: string, headers: Record<string, string> = {}): Promise<{ response: Response; body: any }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (response.status >= 400) zgw.assert(VNG_ZAKEN, response.status === 400 ? 'ValidatieFout' : 'Fout', body, `GET ${url} error`);
  return { response, body };
}

async function ok(url: string): Promise<any> {
  const { response, body } = await get(url);
  assert.equal(response.status, 200, `GET ${url} → ${response.status} ${JSON.stringify(body)}`);
  assert.equal(response.headers.get('API-version'), '2.7.0');
  return body;
}

/** The UUIDs of `GET /objects` with the given query (one page of up to 500). */
async function uuids(api: MockApi, query: string): Promise<string[]> {
  const page = await ok(`${api.urls.objecten}/objects?pageSize=500&${query}`);
  return page.results.map((o: any) => o.uuid);
}

const typeUrl = (api: MockApi, uuid: string) => `${api.urls.objecten}/objecttypes/${uuid}`;
const attr = (expression: string) => `data_attr=${encodeURIComponent(expression)}`;

describe('Objecten mock — schemas', () => {
  for (const { id } of residents) {
    it(`every response for '${id}' matches the Objects API 2.7.0 schemas; record.data matches its objecttype`, async () => {
      const api = mock({ resident: id });
      const base = api.urls.objecten;
      const types = await ok(`${base}/objecttypes`);
      validator.assert(OBJECTEN, 'PaginatedObjectTypeList', types, 'GET /objecttypes');
      const schemas = new Map<string, object>();
      for (const type of types.results) {
        validator.assert(OBJECTEN, 'ObjectType', await ok(type.url), 'GET objecttype');
        const versions = await ok(`${type.url}/versions`);
        validator.assert(OBJECTEN, 'PaginatedObjectTypeVersionList', versions, 'GET versions');
        const version = await ok(type.versions[0]);
        validator.assert(OBJECTEN, 'ObjectTypeVersion', version, 'GET version');
        schemas.set(type.url, version.jsonSchema);
      }
      assert.equal(schemas.size, 4);

      const list = await ok(`${base}/objects`);
      validator.assert(OBJECTEN, 'PaginatedObjectList', list, 'GET /objects');
      for (const object of list.results) {
        const detail = await ok(object.url);
        validator.assert(OBJECTEN, 'Object', detail, 'GET object');
        const schema = schemas.get(object.type);
        assert.ok(schema, `unknown objecttype ${object.type}`);
        validator.assertJsonSchema(object.type, schema, object.record.data, `${object.url} record.data`);
      }
      assert.equal(list.count, { jansen: 7, 'de-vries': 2, leeg: 0 }[id]);
    });
  }

  it("a record's data that breaks its objecttype schema is caught (the check can fail)", () => {
    const schema = { type: 'object', required: ['titel'], properties: { status: { enum: ['open'] } } };
    assert.throws(() => validator.assertJsonSchema('probe', schema, { status: 'dicht' }, 'probe'), /does not match/);
  });
});

describe('Objecten mock — filtering', () => {
  it("scopes to the resident's records: others are not listed and not found", async () => {
    const api = mock();
    assert.equal((await uuids(api, '')).length, 7);
    api.setResident('de-vries');
    assert.equal((await uuids(api, '')).length, 2);
    assert.equal((await get(`${api.urls.objecten}/objects/${J.taakKentekenbewijs}`)).response.status, 404);
    api.setResident('leeg');
    assert.deepEqual(await uuids(api, `type=${encodeURIComponent(typeUrl(api, T.taak))}`), []);
  });

  it('type matches the objecttype by UUID; an unknown objecttype is 400', async () => {
    const api = mock();
    const taken = await uuids(api, `type=${encodeURIComponent(typeUrl(api, T.taak))}`);
    assert.deepEqual(taken.sort(), [J.taakDakkapel, J.taakHuurcontract, J.taakKentekenbewijs, J.taakLeges].sort());
    // Another host, same UUID: Open Object only compares the UUID.
    assert.equal((await uuids(api, `type=${encodeURIComponent(`https://objecttypen.example.nl/api/v2/objecttypes/${T.afspraak}`)}`)).length, 2);
    const unknown = await get(`${api.urls.objecten}/objects?type=${encodeURIComponent(typeUrl(api, '00000000-0000-4000-8000-000000000000'))}`);
    assert.equal(unknown.response.status, 400);
    assert.equal(unknown.body.invalidParams[0].name, 'type');
  });

  it('data_attr: every operator, nested keys, repeated for AND', async () => {
    const api = mock();
    const taak = `type=${encodeURIComponent(typeUrl(api, T.taak))}`;
    assert.equal((await uuids(api, `${taak}&${attr('status__exact__open')}`)).length, 3);
    assert.deepEqual(await uuids(api, `${taak}&${attr('status__exact__open')}&${attr('soort__exact__url')}`), [J.taakKentekenbewijs]);
    assert.deepEqual(await uuids(api, `${attr('koppeling__registratie__exact__zaak')}&${attr('soort__exact__ogonebetaling')}`), [J.taakLeges]);
    assert.deepEqual(await uuids(api, attr('ogonebetaling__bedrag__gte__54.5')), [J.taakLeges]);
    assert.deepEqual(await uuids(api, attr('ogonebetaling__bedrag__exact__54.5')), [J.taakLeges]);
    assert.deepEqual(await uuids(api, attr('ogonebetaling__bedrag__lt__54')), []);
    assert.deepEqual(await uuids(api, attr('titel__icontains__KENTEKEN')), [J.taakKentekenbewijs]);
    assert.equal((await uuids(api, attr('status__in__afgerond|gepland'))).length, 3);
    assert.deepEqual(await uuids(api, `${taak}&${attr('verloopdatum__lt__2026-11-29')}&${attr('status__exact__open')}`), [J.taakDakkapel]);
    assert.deepEqual(await uuids(api, attr('start__gte__2027-01-01')), [J.afspraakDakkapel]);
    // A value with a comma is fine in data_attr (unlike the deprecated data_attrs).
    assert.deepEqual(await uuids(api, attr('titel__exact__Paspoort aanvragen, extra')), []);
  });

  it('data_attr errors are 400 invalid-data-attr-query', async () => {
    const api = mock();
    for (const expression of ['status', 'status__open', 'status__like__open', 'status__gt__open', 'sta,tus__exact__open']) {
      const { response, body } = await get(`${api.urls.objecten}/objects?${attr(expression)}`);
      assert.equal(response.status, 400, expression);
      assert.deepEqual(
        body.invalidParams.map((p: any) => [p.name, p.code]),
        [['data_attr', 'invalid-data-attr-query']],
        expression,
      );
    }
  });

  it('ordering (nested, descending, absent values last) and pagination over ≥ 3 pages', async () => {
    const api = mock();
    const taak = `type=${encodeURIComponent(typeUrl(api, T.taak))}`;
    assert.deepEqual(await uuids(api, `${taak}&ordering=record__data__verloopdatum`), [J.taakHuurcontract, J.taakDakkapel, J.taakKentekenbewijs, J.taakLeges]);
    assert.deepEqual((await uuids(api, `${taak}&ordering=-record__startAt,record__data__titel`)).slice(0, 2), [J.taakLeges, J.taakKentekenbewijs]);
    let url: string | null = `${api.urls.objecten}/objects?pageSize=2`;
    const seen: string[] = [];
    let pages = 0;
    while (url) {
      const page: any = await ok(url);
      validator.assert(OBJECTEN, 'PaginatedObjectList', page, `page ${pages}`);
      seen.push(...page.results.map((o: any) => o.uuid));
      pages++;
      url = page.next;
    }
    assert.equal(pages, 4);
    assert.equal(new Set(seen).size, 7);
  });

  it('Accept-Crs is optional; another CRS is 406; responses carry Content-Crs', async () => {
    const api = mock();
    const plain = await get(`${api.urls.objecten}/objects`);
    assert.equal(plain.response.status, 200);
    assert.equal(plain.response.headers.get('Content-Crs'), 'EPSG:4326');
    const wgs = await get(`${api.urls.objecten}/objects/${J.afspraakPaspoort}`, { 'Accept-Crs': 'EPSG:4326' });
    assert.deepEqual(wgs.body.record.geometry, { type: 'Point', coordinates: [5.12143, 52.09074] });
    assert.equal((await get(`${api.urls.objecten}/objects`, { 'Accept-Crs': 'EPSG:28992' })).response.status, 406);
  });
});
