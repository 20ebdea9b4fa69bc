/**
 * The Besluiten API of the mock (and the reverse links in Zaken, the besluittypen in Catalogi): fixtures,
 * pagination, no ETag, resident scoping, and every response validated against Besluiten 1.1.0, Open Zaak
 * 1.30 / Zaken 1.5.1 (`/zaken/{uuid}/besluiten`) and Catalogi 1.3.1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BESLUITEN_API_VERSION, fixtureBesluiten, fixtureDocumenten, fixtureZaken, residents, type MockApi } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { BESLUITEN, CATALOGI, DOCUMENTEN, OPEN_ZAAK, VNG_ZAKEN, documentFields } from './openapi/documents.js';
import { SpecValidator, responsePointer } from './openapi/validator.js';

const validator = new SpecValidator([DOCUMENTEN, BESLUITEN, CATALOGI, VNG_ZAKEN, OPEN_ZAAK]);
const { mockWith } = interceptRequests();

const zaakUrl = (mock: MockApi, uuid: string) => `${mock.urls.zaken}/zaken/${uuid}`;
const besluitUrl = (mock: MockApi, uuid: string) => `${mock.urls.besluiten}/besluiten/${uuid}`;

async function ok(url: string): Promise<any> {
  const { response, body } = await request(url);
  assert.equal(response.status, 200, `GET ${url} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Every besluit of the resident's zaken, via both routes (Besluiten `?zaak=` and Zaken `/besluiten`), validated. */
async function walkBesluiten(mock: MockApi): Promise<any[]> {
  const zaken = (await ok(`${mock.urls.zaken}/zaken?pageSize=500`)).results;
  const besluiten: any[] = [];
  for (const zaak of zaken) {
    const page = await ok(`${mock.urls.besluiten}/besluiten?zaak=${encodeURIComponent(zaak.url)}`);
    validator.assertPointer(BESLUITEN, responsePointer('/besluiten', 'get'), page, `besluiten of ${zaak.identificatie}`);
    const links = await ok(`${zaak.url}/besluiten`);
    validator.assertPointer(OPEN_ZAAK, responsePointer('/zaken/{zaak_uuid}/besluiten', 'get'), links, `zaakbesluiten of ${zaak.identificatie}`);
    assert.deepEqual(links.map((link: any) => link.besluit).sort(), page.results.map((b: any) => b.url).sort(), zaak.identificatie);
    for (const link of links) {
      validator.assert(VNG_ZAKEN, 'ZaakBesluit', link, link.url);
      assert.deepEqual(await ok(link.url), link);
    }
    for (const besluit of page.results) {
      validator.assert(BESLUITEN, 'Besluit', besluit, besluit.url);
      const detail = await request(besluit.url);
      assert.equal(detail.response.status, 200);
      assert.equal(detail.response.headers.get('ETag'), null, 'Besluiten has no ETag');
      assert.equal(detail.response.headers.get('API-version'), BESLUITEN_API_VERSION);
      validator.assert(BESLUITEN, 'Besluit', detail.body, `GET ${besluit.url}`);
      validator.assert(CATALOGI, 'BesluitType', await ok(besluit.besluittype), besluit.besluittype);
      const bios = await ok(`${mock.urls.besluiten}/besluitinformatieobjecten?besluit=${encodeURIComponent(besluit.url)}`);
      validator.assertPointer(BESLUITEN, responsePointer('/besluitinformatieobjecten', 'get'), bios, `bio of ${besluit.url}`);
      assert.ok(bios.length > 0);
      for (const bio of bios) {
        validator.assert(BESLUITEN, 'BesluitInformatieObject', await ok(bio.url), bio.url);
        validator.assert(DOCUMENTEN, 'EnkelvoudigInformatieObject', documentFields(await ok(bio.informatieobject)), bio.informatieobject);
      }
      besluiten.push(besluit);
    }
  }
  return besluiten;
}

for (const { id } of residents) {
  describe(`besluiten — resident '${id}'`, () => {
    it('besluiten, zaakbesluiten, besluitinformatieobjecten and besluittypen match the official schemas', async () => {
      const mock = mockWith({ resident: id });
      const besluiten = await walkBesluiten(mock);
      assert.equal(besluiten.length > 0, id !== 'leeg');
      const all = await ok(`${mock.urls.besluiten}/besluiten`);
      validator.assertPointer(BESLUITEN, responsePointer('/besluiten', 'get'), all, 'GET /besluiten');
      assert.deepEqual(all.results.map((b: any) => b.url).sort(), besluiten.map((b) => b.url).sort());
    });
  });
}

describe('besluiten — fixtures and behaviour', () => {
  it('cover a lapsed temporary besluit, a bezwaar deadline and a published besluit without one', async () => {
    const mock = mockWith();
    const vergunning = await ok(besluitUrl(mock, fixtureBesluiten.parkeervergunning2024));
    assert.equal(vergunning.vervalreden, 'tijdelijk');
    assert.equal(vergunning.vervalredenWeergave, 'Besluit met tijdelijke werking');
    assert.equal(vergunning.vervaldatum, '2025-02-28');
    assert.equal(vergunning.uiterlijkeReactiedatum, '2024-04-08');
    const verdaging = await ok(besluitUrl(mock, fixtureBesluiten.dakkapelVerdaging));
    assert.equal(verdaging.uiterlijkeReactiedatum, null);
    assert.equal(verdaging.publicatiedatum, '2026-11-12');
    assert.ok(!('vervalreden' in verdaging));
  });

  it('pages over 3 besluiten of one zaak with pageSize 1, following next', async () => {
    const mock = mockWith({ pageSize: 1 });
    const seen: string[] = [];
    let pages = 0;
    for (let url: string | null = `${mock.urls.besluiten}/besluiten?zaak=${encodeURIComponent(zaakUrl(mock, fixtureZaken.jansen.tozo))}`; url; pages++) {
      const page: any = await ok(url);
      assert.equal(page.count, 3);
      seen.push(...page.results.map((b: any) => b.identificatie));
      url = page.next;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, ['BESLUIT-2021-000212', 'BESLUIT-2021-000377', 'BESLUIT-2021-000391']);
  });

  it('filters by besluittype and identificatie; 400 on a malformed URL filter', async () => {
    const mock = mockWith();
    const toekenning = await ok(besluitUrl(mock, fixtureBesluiten.tozoToekenning));
    const byType = await ok(`${mock.urls.besluiten}/besluiten?besluittype=${encodeURIComponent(toekenning.besluittype)}`);
    assert.deepEqual(
      byType.results.map((b: any) => b.url),
      [toekenning.url],
    );
    assert.equal((await ok(`${mock.urls.besluiten}/besluiten?identificatie=BESLUIT-2026-001893`)).count, 1);
    const bad = await request(`${mock.urls.besluiten}/besluiten?zaak=geen-url`);
    assert.equal(bad.response.status, 400);
    validator.assert(BESLUITEN, 'ValidatieFout', bad.body, '400');
  });

  it('another resident’s besluit, its documents and its zaak’s besluiten are not found', async () => {
    const mock = mockWith();
    const foreign = besluitUrl(mock, fixtureBesluiten.tozoAfwijzingDeVries);
    const detail = await request(foreign);
    assert.equal(detail.response.status, 404);
    validator.assert(BESLUITEN, 'Fout', detail.body, '404');
    assert.deepEqual(await ok(`${mock.urls.besluiten}/besluitinformatieobjecten?besluit=${encodeURIComponent(foreign)}`), []);
    assert.equal((await request(`${zaakUrl(mock, fixtureZaken['de-vries'].tozo)}/besluiten`)).response.status, 404);
    mock.setResident('de-vries');
    assert.equal((await ok(foreign)).identificatie, 'BESLUIT-2021-000198');
  });

  it('besluittypen: list by zaaktype and catalogus, detail, linked with zaaktypen and the besluit document type', async () => {
    const mock = mockWith();
    const tozo = await ok(zaakUrl(mock, fixtureZaken.jansen.tozo));
    const list = await ok(`${mock.urls.catalogi}/besluittypen?zaaktypen=${encodeURIComponent(tozo.zaaktype)}`);
    validator.assertPointer(CATALOGI, responsePointer('/besluittypen', 'get'), list, 'besluittypen of tozo');
    assert.deepEqual(list.results.map((bt: any) => bt.omschrijving).sort(), [
      'Afwijzing Tozo-uitkering',
      'Toekenning Tozo-uitkering',
      'Vaststelling Tozo-uitkering',
      'Voorschot Tozo-uitkering',
    ]);
    const zaaktype = await ok(tozo.zaaktype);
    assert.deepEqual([...zaaktype.besluittypen].sort(), list.results.map((bt: any) => bt.url).sort());
    const all = await ok(`${mock.urls.catalogi}/besluittypen?catalogus=${encodeURIComponent(zaaktype.catalogus)}`);
    assert.equal(all.count, 6);
    for (const bt of all.results) validator.assert(CATALOGI, 'BesluitType', await ok(bt.url), bt.url);
    const document = await ok(`${mock.urls.documenten}/enkelvoudiginformatieobjecten/${fixtureDocumenten.besluitTozoToekenning}`);
    const iot = await ok(document.informatieobjecttype);
    assert.ok(all.results.every((bt: any) => iot.besluittypen.includes(bt.url)));
  });
});
