/**
 * The Producten API of the mock (Open Product 1.8, Producten API 1.7.0): every response validated against
 * the official document, resident scoping, `page`/`page_size` pagination, filters, errors, no ETag.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fixtureProducten, fixtureZaken, PRODUCTEN_API_VERSION, residents } from '../src/index.js';
import { interceptRequests } from './client.js';
import { allPages, getJson } from './paged-list.js';
import { createAjv } from './openapi/json-schema.js';
import { schemaAssertion } from './openapi/validator.js';

/** Producten API 1.7.0 (OpenAPI 3.0.3: Ajv understands `nullable` next to `type`; `decimal` is Open Product's format). */
const ajv = createAjv();
ajv.addFormat('decimal', /^-?\d*(\.\d+)?$/);
ajv.addSchema(parse(readFileSync(new URL('../../../../specs/producten/producten-openapi.yaml', import.meta.url), 'utf8')) as object, 'producten');
const assertSchema = schemaAssertion(ajv, (name) => `producten#/components/schemas/${name}`);

const { mockWith } = interceptRequests();

const get = getJson;

/** Every product of the current resident, following `next`; validates every page and item. */
const all = (first: string) =>
  allPages(
    first,
    (_response, body, url) => assertSchema('PaginatedProductList', body, `GET ${url}`),
    (item, url) => assertSchema('Product', item, `product in ${url}`),
  );

describe('Producten — schema validation', () => {
  for (const { id } of residents) {
    it(`lists and details of '${id}' match Producten API 1.7.0`, async () => {
      const mock = mockWith({ resident: id });
      const { items } = await all(`${mock.urls.producten}/producten`);
      for (const product of items) {
        const { response, body } = await get(product.url);
        assert.equal(response.status, 200);
        assertSchema('Product', body, `GET ${product.url}`);
        assert.deepEqual(body, product);
      }
      assert.equal(items.length, { jansen: 4, 'de-vries': 1, leeg: 0 }[id]);
    });
  }

  it('the schema rejects what Producten 1.7.0 forbids (the validation can fail)', () => {
    for (const [name, data] of [
      ['Product', { uuid: 'x' }],
      ['PaginatedProductList', { count: 1, results: [{ status: 'onbekend' }] }],
      ['DetailError', { invalidParams: [] }],
    ] as const) {
      assert.throws(() => assertSchema(name, data, 'probe'), new RegExp(name));
    }
  });

  it('404 and 403 bodies match DetailError (`detail` is what Open Product documents)', async () => {
    const mock = mockWith();
    for (const [url, status] of [
      [`${mock.urls.producten}/producten/${fixtureProducten.anderen.parkeervergunning}`, 404],
      [`${mock.urls.producten}/producten?page=2`, 404],
      [`${mock.urls.producten}/producten?eigenaren__bsn=999990019`, 403],
    ] as const) {
      const { response, body } = await get(url);
      assert.equal(response.status, status, url);
      assertSchema('DetailError', body, `${status} for ${url}`);
    }
  });
});

describe('Producten — behaviour', () => {
  it("scopes to the resident's own products (by eigenaar BSN), with snake_case fields and linked zaken", async () => {
    const mock = mockWith();
    const { items } = await all(`${mock.urls.producten}/producten`);
    const uuids = items.map((product) => product.uuid).sort();
    assert.deepEqual(uuids, Object.values(fixtureProducten.jansen).sort());
    assert.ok(items.every((product) => product.eigenaren.some((eigenaar: any) => eigenaar.bsn === '999993653')));
    const parkeren = items.find((product) => product.uuid === fixtureProducten.jansen.parkeervergunning);
    assert.equal(parkeren.status, 'actief');
    assert.equal(parkeren.prijs, '84.60');
    assert.equal(parkeren.start_datum, '2024-03-01');
    assert.equal(parkeren.aanvraag_zaak_url, `${mock.urls.zaken}/zaken/${fixtureZaken.jansen.parkeervergunning2024}`);
    assert.deepEqual(
      parkeren.zaken.map((zaak: any) => zaak.url),
      [`${mock.urls.zaken}/zaken/${fixtureZaken.jansen.parkeervergunning2024}`, `${mock.urls.zaken}/zaken/${fixtureZaken.jansen.parkeervergunning}`],
    );
    // Someone else's product does not exist for this resident, also not by URL.
    const foreign = await get(`${mock.urls.producten}/producten/${fixtureProducten.anderen.parkeervergunning}`);
    assert.equal(foreign.response.status, 404);
    const otherResident = await get(`${mock.urls.producten}/producten/${fixtureProducten['de-vries'].parkeervergunning}`);
    assert.equal(otherResident.response.status, 404);
  });

  it('paginates with page_size (not pageSize) over 4 pages, keeping page_size in `next`', async () => {
    const mock = mockWith();
    const first = `${mock.urls.producten}/producten?page_size=1`;
    const { items, pages } = await all(first);
    assert.equal(pages, 4);
    assert.equal(new Set(items.map((product) => product.uuid)).size, 4);
    const { body } = await get(first);
    assert.equal(body.count, 4);
    assert.equal(body.next, `${first}&page=2`);
    assert.equal(body.previous, null);
    // `pageSize` is not Open Product's parameter: ignored.
    const camel = await get(`${mock.urls.producten}/producten?pageSize=1`);
    assert.equal(camel.body.results.length, 4);
    // The mock's default page size applies when the client sends none.
    const small = mockWith({ pageSize: 3 });
    assert.equal((await all(`${small.urls.producten}/producten`)).pages, 2);
  });

  it('filters by status and producttype__code; a bad status or page is an error', async () => {
    const mock = mockWith();
    const actief = await all(`${mock.urls.producten}/producten?status=actief`);
    assert.deepEqual(
      actief.items.map((product) => product.uuid).sort(),
      [fixtureProducten.jansen.hondenbelasting, fixtureProducten.jansen.parkeervergunning].sort(),
    );
    const type = await all(`${mock.urls.producten}/producten?producttype__code=OV-BOUW`);
    assert.deepEqual(
      type.items.map((product) => product.status),
      ['in_aanvraag'],
    );
    const bad = await get(`${mock.urls.producten}/producten?status=misschien`);
    assert.equal(bad.response.status, 400);
    assert.equal(bad.body.invalidParams[0].name, 'status');
    const page = await get(`${mock.urls.producten}/producten?page=9`);
    assert.equal(page.response.status, 404);
  });

  it("refuses an eigenaren__bsn filter naming someone else (403); the resident's own is served", async () => {
    const mock = mockWith();
    const other = await get(`${mock.urls.producten}/producten?eigenaren__bsn=999990019`);
    assert.equal(other.response.status, 403);
    const own = await all(`${mock.urls.producten}/producten?eigenaren__bsn=999993653`);
    assert.equal(own.items.length, 4);
  });

  it('sends API-version 1.7.0 and, like Open Product, no ETag', async () => {
    const mock = mockWith();
    const list = await get(`${mock.urls.producten}/producten`);
    assert.equal(list.response.headers.get('API-version'), PRODUCTEN_API_VERSION);
    assert.equal(list.response.headers.get('ETag'), null);
    const detail = await get(`${mock.urls.producten}/producten/${fixtureProducten.jansen.tozo}`);
    assert.equal(detail.response.headers.get('ETag'), null);
    assert.equal(detail.body.aanvraag_zaak_url, null);
    assert.match(detail.body.aanvraag_zaak_urn, /^urn:/);
  });

  it('follows the resident switch', async () => {
    const mock = mockWith();
    mock.setResident('de-vries');
    const { items } = await all(`${mock.urls.producten}/producten`);
    assert.deepEqual(
      items.map((product) => product.uuid),
      [fixtureProducten['de-vries'].parkeervergunning],
    );
  });
});
