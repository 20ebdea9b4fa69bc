/**
 * Open Zaak's substatussen and the second organisation (Omgevingsdienst Voorbeeldregio) of the mock:
 * doelgroep filtering, pagination, the deelzaak at the other organisation's own Zaken API with its
 * links to the municipality's hoofdzaak, the foreign relevanteAndereZaak, and the responses validated
 * against Open Zaak 1.30, Zaken 1.5.1 and Catalogi 1.3.1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FOREIGN_ZAAK_URL, fixtureOtherOrganisation, fixtureZaken, type MockApi } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { BESLUITEN, CATALOGI, DOCUMENTEN, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([DOCUMENTEN, BESLUITEN, CATALOGI, VNG_ZAKEN, OPEN_ZAAK]);
const { mockWith } = interceptRequests();

const zaakUrl = (mock: MockApi, uuid: string) => `${mock.urls.zaken}/zaken/${uuid}`;

async function ok(url: string): Promise<any> {
  const { response, body } = await request(url);
  assert.equal(response.status, 200, `GET ${url} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

describe('substatussen (Open Zaak)', () => {
  it('every substatus matches the schema; doelgroep filters; only visible zaken', async () => {
    const mock = mockWith();
    const all = await ok(`${mock.urls.zaken}/substatussen`);
    validator.assert(OPEN_ZAAK, 'PaginatedSubStatusList', all, 'GET /substatussen');
    assert.ok(all.count >= 8);
    for (const substatus of all.results) {
      validator.assert(OPEN_ZAAK, 'SubStatus', await ok(substatus.url), substatus.url);
      // Its status belongs to its zaak.
      assert.equal((await ok(substatus.status)).zaak, substatus.zaak);
    }
    assert.deepEqual(new Set(all.results.map((s: any) => s.doelgroep)), new Set(['betrokkenen', 'intern', '']));
    assert.ok(all.results.every((s: any) => s.zaak !== zaakUrl(mock, fixtureZaken['de-vries'].schuldhulpverlening)));

    const parkeren = encodeURIComponent(zaakUrl(mock, fixtureZaken.jansen.parkeervergunning));
    const betrokkenen = await ok(`${mock.urls.zaken}/substatussen?zaak=${parkeren}&doelgroep=betrokkenen`);
    validator.assert(OPEN_ZAAK, 'PaginatedSubStatusList', betrokkenen, 'betrokkenen');
    assert.deepEqual(
      betrokkenen.results.map((s: any) => s.omschrijving),
      [
        'We hebben gecontroleerd dat u in het vergunninggebied woont.',
        'We wachten op een kopie van uw kentekenbewijs.',
        'We hebben u een herinnering gestuurd: uw kentekenbewijs is nog niet binnen.',
      ],
    );
    const intern = await ok(`${mock.urls.zaken}/substatussen?zaak=${parkeren}&doelgroep=intern`);
    assert.equal(intern.count, 1);
    const bad = await request(`${mock.urls.zaken}/substatussen?doelgroep=iedereen`);
    assert.equal(bad.response.status, 400);
    validator.assert(VNG_ZAKEN, 'ValidatieFout', bad.body, '400');
    assert.equal(bad.body.invalidParams[0].name, 'doelgroep');
  });

  it('pages with next over 3 pages (pageSize 1)', async () => {
    const mock = mockWith({ pageSize: 1 });
    let url: string | null =
      `${mock.urls.zaken}/substatussen?zaak=${encodeURIComponent(zaakUrl(mock, fixtureZaken.jansen.parkeervergunning))}&doelgroep=betrokkenen`;
    let pages = 0;
    while (url) {
      const page: any = await ok(url);
      assert.equal(page.results.length, 1);
      url = page.next;
      pages++;
    }
    assert.equal(pages, 3);
  });
});

describe('the other organisation (Omgevingsdienst Voorbeeldregio)', () => {
  it('serves its own Zaken and Catalogi API with a deelzaak of the dakkapel', async () => {
    const mock = mockWith();
    const other = mock.otherOrganisation;
    assert.deepEqual(other, {
      naam: 'Omgevingsdienst Voorbeeldregio',
      rsin: '820045585',
      zaken: 'http://localhost:8000/omgevingsdienst/zaken/api/v1',
      catalogi: 'http://localhost:8000/omgevingsdienst/catalogi/api/v1',
      notificaties: 'http://localhost:8000/omgevingsdienst/notificaties/api/v1',
    });
    const list = await ok(`${other.zaken}/zaken?expand=zaaktype,status.statustype,rollen`);
    validator.assert(OPEN_ZAAK, 'PaginatedExpandZaakList', list, 'other org GET /zaken');
    assert.equal(list.count, 1);
    const deelzaak = list.results[0];
    validator.assert(VNG_ZAKEN, 'Zaak', deelzaak, 'deelzaak');
    assert.equal(deelzaak.url, `${other.zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`);
    assert.equal(deelzaak.verantwoordelijkeOrganisatie, other.rsin);
    assert.equal(deelzaak.hoofdzaak, zaakUrl(mock, fixtureZaken.jansen.dakkapel));
    assert.ok(deelzaak.zaaktype.startsWith(`${other.catalogi}/zaaktypen/`));
    assert.equal(deelzaak._expand.zaaktype.identificatie, 'ZT-ODV-ADVIES-CV');
    assert.equal(deelzaak._expand.status._expand.statustype.omschrijving, 'Constructieve toets');
    validator.assert(CATALOGI, 'ZaakType', await ok(deelzaak.zaaktype), 'other org zaaktype');
    // Its hoofdzaak lives at the municipality: never expanded across servers.
    const withHoofdzaak = await ok(`${deelzaak.url}?expand=hoofdzaak`);
    assert.ok(!('hoofdzaak' in withHoofdzaak._expand));
  });

  it('the dakkapel lists the other organisation’s deelzaak after its own, and a relevant zaak at an unconfigured origin', async () => {
    const mock = mockWith();
    const dakkapel = await ok(`${zaakUrl(mock, fixtureZaken.jansen.dakkapel)}?expand=deelzaken`);
    validator.assert(OPEN_ZAAK, 'ExpandZaak', dakkapel, 'dakkapel');
    assert.deepEqual(dakkapel.deelzaken, [
      zaakUrl(mock, fixtureZaken.jansen.adviesDakkapel),
      `${mock.otherOrganisation.zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`,
    ]);
    // Only the local deelzaak can be expanded.
    assert.deepEqual(
      dakkapel._expand.deelzaken.map((z: any) => z.url),
      [zaakUrl(mock, fixtureZaken.jansen.adviesDakkapel)],
    );
    assert.deepEqual(dakkapel.relevanteAndereZaken, [{ url: FOREIGN_ZAAK_URL, aardRelatie: 'onderwerp' }]);
    assert.ok(!FOREIGN_ZAAK_URL.startsWith('http://localhost:8000'));
  });

  it('keeps the two organisations apart, scopes by the current resident and logs into the same request log', async () => {
    const mock = mockWith();
    const { zaken } = mock.otherOrganisation;
    mock.clearRequests();
    assert.equal((await request(`${mock.urls.zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`)).response.status, 404);
    assert.equal((await request(`${zaken}/zaken/${fixtureZaken.jansen.dakkapel}`)).response.status, 404);
    assert.equal((await request(`${zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`)).response.status, 200);
    assert.equal((await request(`${zaken}/zaken`, { headers: { 'Accept-Crs': '' } })).response.status, 406);
    assert.equal(mock.requests.filter((r) => r.url.startsWith(zaken)).length, 3);
    mock.setResident('de-vries');
    assert.equal((await ok(`${zaken}/zaken`)).count, 0);
    assert.equal((await request(`${zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`)).response.status, 404);
  });
});
