/**
 * Verwerkingenlogging inzage 0.9.0 in the mock: every response validated against the official document,
 * `vertrouwelijk` actions never served, date range, pagination, resident scoping (objectId optional, filled
 * from the session; another person's refused), errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fixtureOrganisaties, residents, VERWERKINGEN_API_VERSION } from '../src/index.js';
import { interceptRequests } from './client.js';
import { allPages, getJson } from './paged-list.js';
import { createAjv } from './openapi/json-schema.js';
import { schemaAssertion } from './openapi/validator.js';

// OpenAPI 3.0.0; `naam`, `identificator` and `OIN` are the standard's own (undefined) formats: accepted as strings.
const ajv = createAjv();
for (const format of ['naam', 'identificator', 'OIN']) ajv.addFormat(format, true);
ajv.addSchema(parse(readFileSync(new URL('../../../../specs/verwerkingenlogging/openapi-inzage.yaml', import.meta.url), 'utf8')) as object, 'inzage');
const LIST = '/paths/~1verwerkte-objecten/get/responses/200/content/application~1json/schema';
const assertSchema = schemaAssertion(ajv, (pointer) => `inzage#${pointer}`);
const schema = (name: string) => `/components/schemas/${name}`;

const { mockWith } = interceptRequests();

const get = getJson;

const SIX_MONTHS = 'objecttype=persoon&soortObjectId=BSN&beginDatum=2026-05-01&eindDatum=2026-12-01';

/** Every verwerkt object from `first` on, following `next`; validates each page and item. */
const all = (first: string) =>
  allPages(
    first,
    (response, body, url) => {
      assert.equal(response.headers.get('API-version'), VERWERKINGEN_API_VERSION);
      assertSchema(LIST, body, `GET ${url}`);
    },
    (item, url) => assertSchema(schema('VerwerktObjectUitgebreid'), item, `item of ${url}`),
  );

describe('Verwerkingen — schema validation', () => {
  for (const { id } of residents) {
    it(`the log of '${id}' (list and details) matches the inzage API 0.9.0`, async () => {
      const mock = mockWith({ resident: id });
      const { items } = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`);
      for (const item of items) {
        const detail = await get(item.url);
        assert.equal(detail.response.status, 200);
        assertSchema(schema('VerwerktObjectUitgebreid'), detail.body, `GET ${item.url}`);
      }
      assert.equal(items.length, { jansen: 26, 'de-vries': 3, leeg: 0 }[id]);
    });
  }

  it('the schema rejects what the inzage API forbids (the validation can fail)', () => {
    const item = {
      url: 'https://x.example/v/1',
      verwerktObjectId: '5f089abb-7ed1-4714-92d4-1850453eda5d',
      objecttype: 'persoon',
      soortObjectId: 'BSN',
      objectId: '1',
    };
    const actie = {
      url: 'https://x.example/a/1',
      actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
      vertrouwelijkheid: 'normaal',
      tijdstip: '2026-01-01T10:00:00+01:00',
      tijdstipRegistratie: '2026-01-01T10:00:00+01:00',
      verwerkteObjecten: [],
    };
    assertSchema(schema('VerwerktObjectUitgebreid'), { ...item, verwerkingsactie: actie }, 'probe');
    for (const data of [
      { ...item, objecttype: 'zaak' },
      { ...item, verwerkingsactie: { ...actie, vertrouwelijkheid: 'geheim' } },
      { ...item, verwerkingsactie: { ...actie, uitvoerder: 'gemeente' } },
      { ...item, verwerkingsactie: (({ verwerkteObjecten: _v, ...rest }) => rest)(actie) },
    ]) {
      assert.throws(() => assertSchema(schema('VerwerktObjectUitgebreid'), data, 'probe'), /does not match/, JSON.stringify(data));
    }
  });

  it('errors are ValidatieFout (400) and Fout (403, 404)', async () => {
    const mock = mockWith();
    const base = `${mock.urls.verwerkingen}/verwerkte-objecten`;
    for (const [url, status, name] of [
      [`${base}?objecttype=persoon&soortObjectId=BSN`, 400, 'ValidatieFout'],
      [`${base}?objecttype=zaak&soortObjectId=BSN&beginDatum=2026-01-01&eindDatum=2026-02-01`, 400, 'ValidatieFout'],
      [`${base}?${SIX_MONTHS.replace('2026-05-01', '2026-13-01')}`, 400, 'ValidatieFout'],
      [`${base}?${SIX_MONTHS}&objectId=999990019`, 403, 'Fout'],
      [`${base}/00000000-0000-4000-8000-000000000000`, 404, 'Fout'],
      [`${base}?${SIX_MONTHS}&page=5`, 404, 'Fout'],
    ] as const) {
      const { response, body } = await get(url);
      assert.equal(response.status, status, url);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      assertSchema(schema(name), body, `${status} for ${url}`);
    }
  });
});

describe('Verwerkingen — behaviour', () => {
  it('never serves vertrouwelijk actions (list or detail); serves opgeheven ones', async () => {
    const mock = mockWith();
    const { items } = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`);
    const vertrouwelijkheden = new Set(items.map((item) => item.verwerkingsactie.vertrouwelijkheid));
    assert.deepEqual([...vertrouwelijkheden].sort(), ['normaal', 'opgeheven']);
    assert.equal(items.filter((item) => item.verwerkingsactie.vertrouwelijkheid === 'opgeheven').length, 2);
    assert.ok(!items.some((item) => /Fraude|Adresonderzoek|Handhaving/.test(item.verwerkingsactie.verwerkingNaam)));
    // 25 actions (one lists the resident twice) by 3 organisations, newest first.
    assert.equal(new Set(items.map((item) => item.verwerkingsactie.actieId)).size, 25);
    assert.deepEqual(new Set(items.map((item) => item.verwerkingsactie.uitvoerder)), new Set(Object.values(fixtureOrganisaties).map((org) => org.oin)));
    const times = items.map((item) => Date.parse(item.verwerkingsactie.tijdstip));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
  });

  it('beginDatum is inclusive and eindDatum exclusive, on the logged day', async () => {
    const mock = mockWith();
    const base = `${mock.urls.verwerkingen}/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN`;
    const day = await all(`${base}&beginDatum=2026-11-03&eindDatum=2026-11-04`);
    assert.deepEqual(
      day.items.map((item) => item.verwerkingsactie.tijdstip),
      ['2026-11-03T08:13:04+01:00', '2026-11-03T08:13:00+01:00'],
    );
    const none = await all(`${base}&beginDatum=2026-11-04&eindDatum=2026-11-04`);
    assert.equal(none.items.length, 0);
    const threeMonths = await all(`${base}&beginDatum=2026-08-29&eindDatum=2026-11-30`);
    assert.equal(threeMonths.items.length, 16);
  });

  it('paginates with `page` in `next`: 3 pages of 10', async () => {
    const mock = mockWith({ pageSize: 10 });
    const first = `${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`;
    const { items, pages } = await all(first);
    assert.equal(pages, 3);
    assert.equal(items.length, 26);
    assert.equal((await get(first)).body.next, `${first}&page=2`);
  });

  it('objectId is optional (the gateway fills it from the session); the own BSN is accepted, another refused', async () => {
    const mock = mockWith();
    const without = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`);
    const own = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}&objectId=999993653`);
    assert.deepEqual(own.items, without.items);
    assert.ok(without.items.every((item) => item.objectId === '999993653'));
    const other = await get(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}&objectId=999990019`);
    assert.equal(other.response.status, 403);
    mock.setResident('de-vries');
    const deVries = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`);
    assert.ok(deVries.items.every((item) => item.objectId === '999990019'));
  });

  it('filters by verwerkingsactiviteitId; another soortObjectId matches nothing', async () => {
    const mock = mockWith();
    const { items } = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}`);
    const activiteit = items.find((item) => item.verwerkingsactie.verwerkingNaam === 'Heffen hondenbelasting').verwerkingsactie.verwerkingsactiviteitId;
    const filtered = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS}&verwerkingsactiviteitId=${activiteit}`);
    assert.equal(filtered.items.length, 7);
    const other = await all(`${mock.urls.verwerkingen}/verwerkte-objecten?${SIX_MONTHS.replace('BSN', 'ANUMMER')}`);
    assert.equal(other.items.length, 0);
  });
});
