/**
 * Upstream mode for the registers beside Zaken: Objecten (`data_attr`), Producten (`eigenaren__bsn`,
 * `eigenaren__kvk_nummer`), the inzage API (`objectId` required, anyone's) and the other organisation's
 * Zaken API (the same JWT). Each identity filter selects exactly what the gateway would serve that
 * resident; the company's records are valid against the schemas.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { fixtureObjecten, fixtureProducten, objecttypeSchemas, testCompany } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { OBJECTEN } from './openapi/documents.js';
import { createAjv } from './openapi/json-schema.js';
import { SpecValidator, schemaAssertion } from './openapi/validator.js';
import { TOKEN_HEADERS, zgwHeaders } from './upstream-client.js';

const validator = new SpecValidator([OBJECTEN]);
const producten = createAjv();
producten.addFormat('decimal', /^-?\d*(\.\d+)?$/);
producten.addSchema(parse(readFileSync(new URL('../../../../specs/producten/producten-openapi.yaml', import.meta.url), 'utf8')) as object, 'producten');
const assertProduct = schemaAssertion(producten, (name) => `producten#/components/schemas/${name}`);

const { mockWith } = interceptRequests();
const BSN = { jansen: '999993653', 'de-vries': '999990019' } as const;
const uuids = (page: any): string[] => page.results.map((item: any) => item.uuid).sort();

/** What the gateway serves `resident` at `path` (resident mode, no credentials): the oracle for a filter. */
async function gatewayAnswer(resident: string, api: 'objecten' | 'producten', path: string): Promise<string[]> {
  const mock = mockWith({ resident });
  const { response, body } = await request(`${mock.urls[api]}${path}`);
  assert.equal(response.status, 200);
  return uuids(body);
}

/** GET with the token, asserting 200 and validating the page with `validate`. */
async function tokenList(url: string, validate: (page: any, label: string) => void): Promise<any> {
  const { response, body } = await request(url, { headers: { ...TOKEN_HEADERS } });
  assert.equal(response.status, 200, JSON.stringify(body));
  validate(body, `GET ${url}`);
  return body;
}

describe('upstream mode — Objecten', () => {
  it('lists everyone’s records unfiltered; data_attr on identificatie selects one person’s or the company’s', async () => {
    const expected = {
      jansen: await gatewayAnswer('jansen', 'objecten', '/objects?pageSize=500'),
      'de-vries': await gatewayAnswer('de-vries', 'objecten', '/objects?pageSize=500'),
    };
    const mock = mockWith({ mode: 'upstream' });
    const get = (query: string) =>
      tokenList(`${mock.urls.objecten}/objects?pageSize=500${query}`, (page, label) => validator.assert(OBJECTEN, 'PaginatedObjectList', page, label));
    const all = uuids(await get(''));
    for (const uuid of [...expected.jansen, ...expected['de-vries'], fixtureObjecten.bedrijf.taakFoto, fixtureObjecten.tips.bezoekersparkeren])
      assert.ok(all.includes(uuid), uuid);
    for (const resident of ['jansen', 'de-vries'] as const) {
      assert.ok(expected[resident].length > 0);
      assert.deepEqual(uuids(await get(`&data_attr=identificatie__value__exact__${BSN[resident]}`)), expected[resident], resident);
    }
    const company = await get(`&data_attr=identificatie__type__exact__kvk&data_attr=identificatie__value__exact__${testCompany.kvk}`);
    assert.deepEqual(uuids(company), [fixtureObjecten.bedrijf.taakFoto]);
    const [taak] = company.results;
    validator.assertJsonSchema('taak', objecttypeSchemas.taak, taak.record.data, 'company taak record.data');
  });

  it('serves any record in detail, the Token required', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const url = `${mock.urls.objecten}/objects/${fixtureObjecten.bedrijf.taakFoto}`;
    assert.equal((await request(url)).response.status, 401);
    const { response, body } = await request(url, { headers: { ...TOKEN_HEADERS } });
    assert.equal(response.status, 200);
    validator.assert(OBJECTEN, 'Object', body, url);
  });
});

describe('upstream mode — Producten', () => {
  it('eigenaren__bsn and eigenaren__kvk_nummer select exactly one owner’s products', async () => {
    const expected = {
      jansen: await gatewayAnswer('jansen', 'producten', '/producten'),
      'de-vries': await gatewayAnswer('de-vries', 'producten', '/producten'),
    };
    const mock = mockWith({ mode: 'upstream' });
    const get = (query: string) =>
      tokenList(`${mock.urls.producten}/producten?page_size=500${query}`, (page, label) => {
        assertProduct('PaginatedProductList', page, label);
        for (const product of page.results) assertProduct('Product', product, product.url);
      });
    const all = uuids(await get(''));
    assert.ok(all.includes(fixtureProducten.anderen.parkeervergunning) && all.includes(fixtureProducten.bedrijf.reclamebelasting));
    for (const resident of ['jansen', 'de-vries'] as const) {
      assert.deepEqual(uuids(await get(`&eigenaren__bsn=${BSN[resident]}`)), expected[resident], resident);
    }
    assert.deepEqual(uuids(await get(`&eigenaren__kvk_nummer=${testCompany.kvk}`)), [fixtureProducten.bedrijf.reclamebelasting]);
    assert.deepEqual(uuids(await get(`&eigenaren__kvk_nummer=00000000`)), []);
  });
});

describe('upstream mode — Verwerkingen (inzage)', () => {
  const query = (objectId?: string) =>
    `/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2020-01-01&eindDatum=2030-01-01${objectId ? `&objectId=${objectId}` : ''}`;

  it('requires objectId, as the API does, and answers for anyone', async () => {
    const gateway = mockWith({ resident: 'jansen' });
    const jansen = (await request(`${gateway.urls.verwerkingen}${query()}`)).body;
    assert.ok(jansen.count > 0);
    const mock = mockWith({ mode: 'upstream' });
    const headers = await zgwHeaders();
    const missing = await request(`${mock.urls.verwerkingen}${query()}`, { headers });
    assert.equal(missing.response.status, 400);
    assert.deepEqual(
      missing.body.invalidParams.map((p: any) => p.name),
      ['objectId'],
    );
    const found = (await request(`${mock.urls.verwerkingen}${query(BSN.jansen)}`, { headers })).body;
    assert.deepEqual(
      found.results.map((o: any) => o.url),
      jansen.results.map((o: any) => o.url),
    );
    for (const object of found.results) assert.equal((await request(object.url, { headers })).response.status, 200);
    const other = await request(`${mock.urls.verwerkingen}${query(BSN['de-vries'])}`, { headers });
    assert.equal(other.response.status, 200);
    assert.ok(other.body.results.every((o: any) => o.objectId === BSN['de-vries']));
  });
});

describe('upstream mode — the other organisation', () => {
  it('serves its zaken with the same JWT, and 401 without', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const url = `${mock.otherOrganisation.zaken}/zaken`;
    assert.equal((await request(url)).response.status, 401);
    const { response, body } = await request(url, { headers: await zgwHeaders() });
    assert.equal(response.status, 200);
    assert.ok(body.count > 0);
  });
});
