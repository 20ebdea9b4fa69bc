/**
 * The Documenten API of the mock (and the Zaken/Catalogi resources that lead to documents): fixtures,
 * `_zoek` by `uuid__in`, `/download`, ETag, resident scoping, and every response validated against
 * Documenten 1.5.0, Open Zaak 1.30 / Zaken 1.5.1 (zaakinformatieobjecten) and Catalogi 1.3.1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOCUMENTEN_API_VERSION, fixtureDocumenten, fixtureZaken, residents, type MockApi } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { BESLUITEN, CATALOGI, DOCUMENTEN, OPEN_ZAAK, VNG_ZAKEN, documentFields } from './openapi/documents.js';
import { SpecValidator, responsePointer } from './openapi/validator.js';

const validator = new SpecValidator([DOCUMENTEN, BESLUITEN, CATALOGI, VNG_ZAKEN, OPEN_ZAAK]);
const { mockWith } = interceptRequests();

const eioUrl = (mock: MockApi, uuid: string) => `${mock.urls.documenten}/enkelvoudiginformatieobjecten/${uuid}`;
const zaakUrl = (mock: MockApi, uuid: string) => `${mock.urls.zaken}/zaken/${uuid}`;

async function ok(url: string, init?: Parameters<typeof request>[1]): Promise<any> {
  const { response, body } = await request(url, init);
  assert.equal(response.status, 200, `${init?.method ?? 'GET'} ${url} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

function zoek(mock: MockApi, body: unknown, query = '') {
  return request(`${mock.urls.documenten}/enkelvoudiginformatieobjecten/_zoek${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Every document of every visible zaak of the mock's resident, validated on the way. */
async function walkDocuments(mock: MockApi): Promise<any[]> {
  const zaken = (await ok(`${mock.urls.zaken}/zaken?pageSize=500`)).results;
  const documents: any[] = [];
  for (const zaak of zaken) {
    const links = await ok(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`);
    validator.assertPointer(OPEN_ZAAK, responsePointer('/zaakinformatieobjecten', 'get'), links, `zaakinformatieobjecten of ${zaak.identificatie}`);
    assert.deepEqual(
      [...links.map((zio: any) => zio.url)].sort(),
      [...zaak.zaakinformatieobjecten].sort(),
      `ZIO list = zaak.zaakinformatieobjecten (${zaak.identificatie})`,
    );
    for (const zio of links) {
      validator.assert(VNG_ZAKEN, 'ZaakInformatieObject', zio, `ZIO ${zio.url}`);
      validator.assert(OPEN_ZAAK, 'ZaakInformatieObject', await ok(zio.url), `GET ${zio.url}`);
      const eio = await ok(zio.informatieobject);
      validator.assert(DOCUMENTEN, 'EnkelvoudigInformatieObject', documentFields(eio), `GET ${zio.informatieobject}`);
      const iot = await ok(eio.informatieobjecttype);
      validator.assert(CATALOGI, 'InformatieObjectType', iot, `GET ${eio.informatieobjecttype}`);
      documents.push(eio);
    }
  }
  return documents;
}

for (const { id } of residents) {
  describe(`documenten — resident '${id}'`, () => {
    it('zaakinformatieobjecten, documents, _zoek and informatieobjecttypen match the official schemas', async () => {
      const mock = mockWith({ resident: id });
      const documents = await walkDocuments(mock);
      if (id === 'leeg') {
        assert.equal(documents.length, 0);
        return;
      }
      assert.ok(documents.length > 0);
      const uuids = documents.map((eio) => eio.url.slice(eio.url.lastIndexOf('/') + 1));
      const { response, body } = await zoek(mock, { uuid__in: uuids });
      assert.equal(response.status, 200, JSON.stringify(body));
      const stripped = { ...body, results: body.results.map(documentFields) };
      validator.assertPointer(DOCUMENTEN, responsePointer('/enkelvoudiginformatieobjecten/_zoek', 'post'), stripped, '_zoek');
      assert.deepEqual(body.results.map((eio: any) => eio.url).sort(), documents.map((eio) => eio.url).sort());
      const list = await ok(`${mock.urls.documenten}/enkelvoudiginformatieobjecten`);
      validator.assert(DOCUMENTEN, 'PaginatedEnkelvoudigInformatieObjectList', { ...list, results: list.results.map(documentFields) }, 'GET list');
      // The list holds the documents of zaken and of besluiten: at least every zaak document.
      assert.ok(documents.every((eio) => list.results.some((item: any) => item.url === eio.url)));
    });
  });
}

describe('documenten — fixtures', () => {
  it('cover every vertrouwelijkheidaanduiding, non-definitief statuses, tonenAanInitiator and a document without content', async () => {
    const mock = mockWith();
    const documents = await walkDocuments(mock);
    const levels = new Set(documents.map((eio) => eio.vertrouwelijkheidaanduiding));
    for (const level of ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim']) {
      assert.ok(levels.has(level), level);
    }
    const statuses = new Set(documents.map((eio) => eio.status));
    for (const status of ['definitief', 'concept', 'ter_vaststelling', 'in_bewerking', 'gearchiveerd', '']) assert.ok(statuses.has(status), status);
    assert.deepEqual(
      new Map(documents.filter((eio) => 'tonenAanInitiator' in eio).map((eio) => [eio.url, eio.tonenAanInitiator])),
      new Map([
        [eioUrl(mock, fixtureDocumenten.briefVerdaging), true],
        [eioUrl(mock, fixtureDocumenten.notitieConstructeur), false],
      ]),
    );
    // The 1.5.0 schema as validated is strict: the 1.6.0 field is only accepted once taken off.
    const notitie = documents.find((eio) => eio.url === eioUrl(mock, fixtureDocumenten.notitieConstructeur));
    assert.throws(() => validator.assert(DOCUMENTEN, 'EnkelvoudigInformatieObject', notitie, 'with tonenAanInitiator'), /additionalProperties/);
    assert.throws(() => documentFields({ ...notitie, tonenAanInitiator: 'nee' }), /tonenAanInitiator/);
    const paper = documents.find((eio) => eio.url === eioUrl(mock, fixtureDocumenten.situatietekening));
    assert.equal(paper?.inhoud, null);
    assert.equal(paper?.bestandsomvang, null);
    // Every other document has content of the announced size.
    for (const eio of documents.filter((d) => d.inhoud !== null)) {
      assert.equal(eio.inhoud, `${eio.url}/download?versie=1`);
      assert.ok(eio.bestandsomvang > 0);
    }
    // A zaak without documents.
    assert.deepEqual(await ok(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(mock, fixtureZaken.jansen.lantaarnpaal))}`), []);
  });
});

describe('documenten — _zoek', () => {
  it('returns exactly the visible documents asked for, paginated with next links to POST again', async () => {
    const mock = mockWith({ pageSize: 2 });
    const wanted = [
      fixtureDocumenten.bouwtekening,
      fixtureDocumenten.aanvraagTozo,
      fixtureDocumenten.kopiePaspoort,
      fixtureDocumenten.fotoStoeptegels,
      fixtureDocumenten.besluitTozoAfwijzing,
    ];
    const seen: string[] = [];
    let url: string | null = `${mock.urls.documenten}/enkelvoudiginformatieobjecten/_zoek`;
    let pages = 0;
    while (url) {
      const { response, body }: { response: Response; body: any } = await request(url, {
        method: 'POST',
        body: JSON.stringify({ uuid__in: wanted }),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('API-version'), DOCUMENTEN_API_VERSION);
      assert.equal(body.count, 4, 'de Vries’ document is not visible to Jansen');
      seen.push(...body.results.map((eio: any) => eio.url));
      url = body.next;
      pages++;
    }
    assert.equal(pages, 2);
    assert.deepEqual(
      seen.sort(),
      wanted
        .slice(0, 4)
        .map((uuid) => eioUrl(mock, uuid))
        .sort(),
    );
  });

  it('answers malformed searches like Open Zaak: 400 ValidatieFout, 415 without JSON', async () => {
    const mock = mockWith();
    const cases: Array<[unknown, number, string]> = [
      [{}, 400, 'uuid__in'],
      [{ uuid_In: [fixtureDocumenten.bouwtekening] }, 400, 'uuid__in'], // the 1.5.0 document's spelling is not what servers accept
      [{ uuid__in: ['geen-uuid'] }, 400, 'uuid__in'],
      [{ uuid__in: 'niet-een-lijst' }, 400, 'uuid__in'],
      [['lijst'], 400, 'nonFieldErrors'],
    ];
    for (const [body, status, name] of cases) {
      const { response, body: problem } = await zoek(mock, body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      validator.assert(DOCUMENTEN, 'ValidatieFout', problem, `${status} for ${JSON.stringify(body)}`);
      assert.equal(problem.invalidParams[0].name, name);
    }
    const { response, body } = await request(`${mock.urls.documenten}/enkelvoudiginformatieobjecten/_zoek`, {
      method: 'POST',
      body: 'uuid__in=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 415);
    validator.assert(DOCUMENTEN, 'Fout', body, '415');
    assert.deepEqual((await zoek(mock, { uuid__in: [] })).body.results, []);
  });
});

describe('documenten — detail and download', () => {
  it('details carry an ETag (304 on If-None-Match, HEAD without body)', async () => {
    const mock = mockWith();
    const url = eioUrl(mock, fixtureDocumenten.bouwtekening);
    const first = await request(url);
    const etag = first.response.headers.get('ETag');
    assert.match(etag ?? '', /^"[0-9a-f]+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag ?? '' } });
    assert.equal(again.status, 304);
    const head = await fetch(url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('ETag'), etag);
    assert.equal(await head.text(), '');
  });

  it('/download streams the bytes with Content-Type and Content-Disposition', async () => {
    const mock = mockWith();
    const url = eioUrl(mock, fixtureDocumenten.bouwtekening);
    const eio = await ok(url);
    const response = await fetch(`${url}/download`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/octet-stream');
    assert.equal(response.headers.get('Content-Disposition'), 'attachment; filename="bouwtekening-dakkapel.pdf"');
    assert.equal(response.headers.get('API-version'), DOCUMENTEN_API_VERSION);
    assert.equal(response.headers.get('ETag'), null);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(bytes.length, eio.bestandsomvang);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 8)), '%PDF-1.4');
    assert.ok(new TextDecoder('latin1').decode(bytes).includes('Bouwtekening dakkapel achterzijde'));
    // The `inhoud` URL (with ?versie=1) serves the same.
    assert.equal((await (await fetch(eio.inhoud)).arrayBuffer()).byteLength, eio.bestandsomvang);

    const svg = await fetch(`${eioUrl(mock, fixtureDocumenten.fotoStoeptegels)}/download`);
    assert.match(await svg.text(), /^<svg /);
  });

  it('a document without content, another resident’s document and an unknown one are 404 Fout', async () => {
    const mock = mockWith();
    for (const url of [
      `${eioUrl(mock, fixtureDocumenten.situatietekening)}/download`,
      eioUrl(mock, fixtureDocumenten.besluitTozoAfwijzing),
      `${eioUrl(mock, fixtureDocumenten.besluitTozoAfwijzing)}/download`,
      eioUrl(mock, '00000000-0000-4000-8000-000000000000'),
      eioUrl(mock, 'geen-uuid'),
    ]) {
      const { response, body } = await request(url);
      assert.equal(response.status, 404, url);
      validator.assert(DOCUMENTEN, 'Fout', body, `404 for ${url}`);
    }
    mock.setResident('de-vries');
    assert.equal((await request(eioUrl(mock, fixtureDocumenten.besluitTozoAfwijzing))).response.status, 200);
    assert.equal((await request(eioUrl(mock, fixtureDocumenten.bouwtekening))).response.status, 404);
  });
});

describe('documenten — zaakinformatieobjecten and informatieobjecttypen', () => {
  it('zaakinformatieobjecten is a plain array, scoped to the resident, filterable by zaak and informatieobject', async () => {
    const mock = mockWith();
    const all = await ok(`${mock.urls.zaken}/zaakinformatieobjecten`);
    assert.ok(Array.isArray(all));
    const dakkapel = zaakUrl(mock, fixtureZaken.jansen.dakkapel);
    assert.ok(all.every((zio: any) => zio.zaak !== zaakUrl(mock, fixtureZaken['de-vries'].tozo)));
    const ofDakkapel = await ok(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(dakkapel)}`);
    assert.equal(ofDakkapel.length, 7);
    const one = await ok(`${mock.urls.zaken}/zaakinformatieobjecten?informatieobject=${encodeURIComponent(eioUrl(mock, fixtureDocumenten.bouwtekening))}`);
    assert.deepEqual(
      one.map((zio: any) => zio.zaak),
      [dakkapel],
    );
    const other = await ok(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(mock, fixtureZaken['de-vries'].tozo))}`);
    assert.deepEqual(other, []);
    assert.equal((await request(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=geen-url`)).response.status, 400);
    // expand=zaakinformatieobjecten on the zaak gives the same objects.
    const zaak = await ok(`${dakkapel}?expand=zaakinformatieobjecten`);
    assert.deepEqual(
      zaak._expand.zaakinformatieobjecten.map((zio: any) => zio.url),
      zaak.zaakinformatieobjecten,
    );
  });

  it('informatieobjecttypen: list (by catalogus) and detail, linked both ways with zaaktypen', async () => {
    const mock = mockWith({ pageSize: 3 });
    const items: any[] = [];
    for (let url: string | null = `${mock.urls.catalogi}/informatieobjecttypen`; url;) {
      const page = await ok(url);
      validator.assertPointer(CATALOGI, responsePointer('/informatieobjecttypen', 'get'), page, url);
      items.push(...page.results);
      url = page.next;
    }
    assert.ok(items.length >= 8);
    const catalogus = items[0].catalogus;
    assert.equal((await ok(`${mock.urls.catalogi}/informatieobjecttypen?catalogus=${encodeURIComponent(catalogus)}&pageSize=100`)).count, items.length);
    assert.equal((await ok(`${mock.urls.catalogi}/informatieobjecttypen?catalogus=${encodeURIComponent(`${catalogus}x`)}`)).count, 0);
    for (const iot of items) {
      validator.assert(CATALOGI, 'InformatieObjectType', await ok(iot.url), iot.url);
      for (const zaaktypeUrl of iot.zaaktypen) assert.ok((await ok(zaaktypeUrl)).informatieobjecttypen.includes(iot.url));
    }
  });
});
