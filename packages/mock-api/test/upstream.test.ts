/**
 * Upstream mode: the mock as the real products, seen by an authorised application. No resident: every
 * list holds everyone's data until the APIs' own filters narrow it, and each identity filter selects
 * exactly one person's or the company's data. Responses stay valid against the official schemas.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyZaken, fixtureCompany, fixtureKlantinteracties, fixtureZaken, testCompany, type MockApi } from '../src/index.js';
import { interceptRequests, request, type Fetched } from './client.js';
import { CATALOGI, KLANTINTERACTIES, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';
import { BRP_HEADERS, TOKEN_HEADERS, zgwHeaders } from './upstream-client.js';

const validator = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK, KLANTINTERACTIES]);
const { mockWith } = interceptRequests();
const BSN = { jansen: '999993653', 'de-vries': '999990019' } as const;
const ROL = 'rol__betrokkeneIdentificatie__';

/** An upstream mock and a GET with a fresh JWT (ZGW) or the token (the rest), asserting 200. */
function upstream(): { mock: MockApi; zgw: (url: string, init?: RequestInit) => Promise<any>; token: (url: string, init?: RequestInit) => Promise<Fetched> } {
  const mock = mockWith({ mode: 'upstream' });
  return {
    mock,
    async zgw(url, init = {}) {
      const { response, body } = await request(url, { ...init, headers: { ...(await zgwHeaders()), ...(init.headers as Record<string, string>) } });
      assert.equal(response.status, 200, `${url} → ${response.status} ${JSON.stringify(body)}`);
      return body;
    },
    token: (url, init = {}) => request(url, { ...init, headers: { ...TOKEN_HEADERS, ...(init.headers as Record<string, string>) } }),
  };
}

/** The zaak UUIDs a resident-mode mock serves that resident: the gateway's answer, the oracle for the filter. */
async function residentZaken(resident: string): Promise<string[]> {
  const mock = mockWith({ resident });
  const { body } = await request(`${mock.urls.zaken}/zaken?pageSize=500`);
  return body.results.map((zaak: any) => zaak.uuid).sort();
}

const uuids = (page: any) => page.results.map((item: any) => item.uuid).sort();
/** Besluiten and documents have no `uuid` field: their URL is their identity. */
const urls = (page: any) => page.results.map((item: any) => item.url).sort();

describe('upstream mode — Zaken', () => {
  it('lists every resident’s and the company’s zaken when unfiltered', async () => {
    const { mock, zgw } = upstream();
    const all = uuids(await zgw(`${mock.urls.zaken}/zaken?pageSize=500`));
    for (const uuid of [fixtureZaken.jansen.tozo, fixtureZaken['de-vries'].tozo, companyZaken.losseTegelVoorWinkel, companyZaken.kapotteLantaarn]) {
      assert.ok(all.includes(uuid), uuid);
    }
  });

  it('inpBsn selects exactly the zaken the gateway would serve that resident', async () => {
    for (const resident of ['jansen', 'de-vries'] as const) {
      const expected = await residentZaken(resident);
      assert.ok(expected.length > 0);
      const { mock, zgw } = upstream();
      const page = await zgw(`${mock.urls.zaken}/zaken?${ROL}natuurlijkPersoon__inpBsn=${BSN[resident]}&rol__omschrijvingGeneriek=initiator&pageSize=500`);
      assert.deepEqual(uuids(page), expected, resident);
    }
    const { mock, zgw } = upstream();
    assert.equal((await zgw(`${mock.urls.zaken}/zaken?${ROL}natuurlijkPersoon__inpBsn=999999990`)).count, 0);
  });

  it('selects the company’s zaken by KvK number, RSIN and vestigingsnummer', async () => {
    const { mock, zgw } = upstream();
    const base = `${mock.urls.zaken}/zaken?pageSize=500&`;
    const select = async (query: string) => uuids(await zgw(base + query));
    assert.deepEqual(await select(`${ROL}nietNatuurlijkPersoon__kvkNummer=${testCompany.kvk}`), [companyZaken.losseTegelVoorWinkel]);
    assert.deepEqual(await select(`${ROL}nietNatuurlijkPersoon__innNnpId=${fixtureCompany.rsin}`), [companyZaken.losseTegelVoorWinkel]);
    assert.deepEqual(await select(`${ROL}vestiging__vestigingsNummer=${testCompany.vestiging}`), [companyZaken.kapotteLantaarn]);
    assert.deepEqual(await select(`${ROL}vestiging__kvkNummer=${testCompany.kvk}`), [companyZaken.kapotteLantaarn]);
    assert.deepEqual(await select(`rol__betrokkeneType=vestiging`), [companyZaken.kapotteLantaarn]);
    assert.deepEqual(await select(`${ROL}nietNatuurlijkPersoon__kvkNummer=00000000`), []);
  });

  it('caps by maximaleVertrouwelijkheidaanduiding and validates its value', async () => {
    const { mock, zgw } = upstream();
    const order = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];
    const all = (await zgw(`${mock.urls.zaken}/zaken?pageSize=500`)).results;
    for (const maximum of ['openbaar', 'zaakvertrouwelijk', 'zeer_geheim']) {
      const page = await zgw(`${mock.urls.zaken}/zaken?pageSize=500&maximaleVertrouwelijkheidaanduiding=${maximum}`);
      const expected = all
        .filter((zaak: any) => order.indexOf(zaak.vertrouwelijkheidaanduiding) <= order.indexOf(maximum))
        .map((zaak: any) => zaak.uuid)
        .sort();
      assert.deepEqual(uuids(page), expected, maximum);
    }
    assert.ok((await zgw(`${mock.urls.zaken}/zaken?maximaleVertrouwelijkheidaanduiding=openbaar`)).count < all.length);
    const bad = await request(`${mock.urls.zaken}/zaken?maximaleVertrouwelijkheidaanduiding=heel_geheim`, { headers: await zgwHeaders() });
    assert.equal(bad.response.status, 400);
    assert.equal(bad.body.invalidParams[0].name, 'maximaleVertrouwelijkheidaanduiding');
  });

  it('identificatie, zaaktype and _zoek with uuid__in work across residents', async () => {
    const { mock, zgw } = upstream();
    const zaak = await zgw(`${mock.urls.zaken}/zaken/${fixtureZaken['de-vries'].schuldhulpverlening}`);
    assert.deepEqual(uuids(await zgw(`${mock.urls.zaken}/zaken?identificatie=${zaak.identificatie}`)), [zaak.uuid]);
    const byType = await zgw(`${mock.urls.zaken}/zaken?zaaktype=${encodeURIComponent(zaak.zaaktype)}`);
    assert.ok(byType.results.every((z: any) => z.zaaktype === zaak.zaaktype) && byType.count > 0);
    const wanted = [fixtureZaken.jansen.tozo, fixtureZaken['de-vries'].tozo, companyZaken.kapotteLantaarn];
    const found = await zgw(`${mock.urls.zaken}/zaken/_zoek`, {
      method: 'POST',
      body: JSON.stringify({ uuid__in: wanted }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.deepEqual(uuids(found), [...wanted].sort());
  });

  it('serves statussen, rollen and zaakinformatieobjecten of any zaak', async () => {
    const { mock, zgw } = upstream();
    for (const uuid of [fixtureZaken['de-vries'].parkeervergunning, companyZaken.losseTegelVoorWinkel]) {
      const zaakUrl = `${mock.urls.zaken}/zaken/${uuid}`;
      const statussen = await zgw(`${mock.urls.zaken}/statussen?zaak=${encodeURIComponent(zaakUrl)}`);
      assert.ok(statussen.count > 0 && statussen.results.every((s: any) => s.zaak === zaakUrl));
      const rollen = await zgw(`${mock.urls.zaken}/rollen?zaak=${encodeURIComponent(zaakUrl)}`);
      assert.ok(rollen.results.some((r: any) => r.omschrijvingGeneriek === 'initiator'));
      for (const rol of rollen.results) assert.equal((await zgw(rol.url)).url, rol.url);
      assert.ok(Array.isArray(await zgw(`${mock.urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl)}`)));
    }
  });

  it('/rollen filters on identificatie tell whether someone is a zaak’s initiator', async () => {
    const { mock, zgw } = upstream();
    const initiator = async (zaak: string, query: string) =>
      (await zgw(`${mock.urls.zaken}/rollen?zaak=${encodeURIComponent(`${mock.urls.zaken}/zaken/${zaak}`)}&omschrijvingGeneriek=initiator&${query}`)).count;
    assert.equal(await initiator(fixtureZaken.jansen.tozo, `betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN.jansen}`), 1);
    assert.equal(await initiator(fixtureZaken.jansen.tozo, `betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN['de-vries']}`), 0);
    assert.equal(await initiator(companyZaken.losseTegelVoorWinkel, `betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer=${testCompany.kvk}`), 1);
    assert.equal(await initiator(companyZaken.kapotteLantaarn, `betrokkeneIdentificatie__vestiging__vestigingsNummer=${testCompany.vestiging}`), 1);
    assert.equal(await initiator(companyZaken.kapotteLantaarn, `betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer=${testCompany.kvk}`), 0);
  });

  it('the company’s zaken and rollen are valid against Zaken 1.5.1 and Open Zaak 1.30', async () => {
    const { mock, zgw } = upstream();
    let rollen = 0;
    for (const uuid of Object.values(companyZaken)) {
      const zaak = await zgw(`${mock.urls.zaken}/zaken/${uuid}?expand=rollen,status.statustype,zaaktype`);
      validator.assert(VNG_ZAKEN, 'Zaak', zaak, uuid);
      validator.assert(OPEN_ZAAK, 'ExpandZaak', zaak, uuid);
      for (const rol of zaak._expand.rollen) {
        validator.assert(VNG_ZAKEN, `${rol.betrokkeneType}_Rol`, rol, rol.url);
        validator.assert(OPEN_ZAAK, 'Rol', rol, rol.url);
        if (rol.omschrijvingGeneriek === 'initiator') {
          assert.equal(rol.betrokkeneIdentificatie.kvkNummer, testCompany.kvk);
          assert.equal(rol.authenticatieContext.source, 'eherkenning');
          rollen++;
        }
      }
    }
    assert.equal(rollen, 2);
    validator.assert(OPEN_ZAAK, 'PaginatedExpandZaakList', await zgw(`${mock.urls.zaken}/zaken?pageSize=500`), 'GET /zaken');
  });
});

describe('upstream mode — Catalogi, Documenten, Besluiten', () => {
  it('serves more documents and besluiten than one resident has', async () => {
    const { mock, zgw } = upstream();
    const paths = { documenten: '/enkelvoudiginformatieobjecten', besluiten: '/besluiten' } as const;
    const all = {
      documenten: urls(await zgw(`${mock.urls.documenten}${paths.documenten}?pageSize=500`)),
      besluiten: urls(await zgw(`${mock.urls.besluiten}${paths.besluiten}?pageSize=500`)),
    };
    const zaaktypen = await zgw(`${mock.urls.catalogi}/zaaktypen`);
    // Every resident sees part through the gateway, all of it there. (A later mock's handlers take over the same URLs, hence after.)
    for (const resident of ['jansen', 'de-vries']) {
      const gateway = mockWith({ resident });
      for (const api of ['documenten', 'besluiten'] as const) {
        const seen = urls((await request(`${gateway.urls[api]}${paths[api]}?pageSize=500`)).body);
        assert.ok(seen.length > 0 && seen.length < all[api].length, `${resident} ${api}: ${seen.length} of ${all[api].length}`);
        for (const url of seen) assert.ok(all[api].includes(url), url);
      }
    }
    for (const zaaktype of zaaktypen.results) validator.assert(CATALOGI, 'ZaakType', zaaktype, zaaktype.url);
  });
});

describe('upstream mode — Klantinteracties', () => {
  const partijQuery = (register: string, type: string, soort: string, value: string) =>
    `partijIdentificator__codeRegister=${register}&partijIdentificator__codeObjecttype=${type}&partijIdentificator__codeSoortObjectId=${soort}&partijIdentificator__objectId=${value}`;

  it('lists every partij unfiltered and finds one by BSN or KvK number', async () => {
    const { mock, token } = upstream();
    const all = await token(`${mock.urls.klantinteracties}/partijen?pageSize=100`);
    assert.equal(all.response.status, 200);
    assert.ok(all.body.count >= 3);
    validator.assert(KLANTINTERACTIES, 'PaginatedExpandPartijList', all.body, 'GET /partijen');
    const jansen = await token(`${mock.urls.klantinteracties}/partijen?${partijQuery('brp', 'natuurlijk_persoon', 'bsn', BSN.jansen)}`);
    assert.deepEqual(uuids(jansen.body), [fixtureKlantinteracties.jansen.partij]);
    const bedrijf = await token(
      `${mock.urls.klantinteracties}/partijen?${partijQuery('hr', 'niet_natuurlijk_persoon', 'kvk_nummer', testCompany.kvk)}&expand=digitaleAdressen`,
    );
    assert.deepEqual(uuids(bedrijf.body), [fixtureKlantinteracties[testCompany.id].partij]);
    validator.assert(KLANTINTERACTIES, 'PaginatedExpandPartijList', bedrijf.body, 'GET /partijen (company)');
    assert.equal(bedrijf.body.results[0].soortPartij, 'organisatie');
    assert.equal(bedrijf.body.results[0]._expand.digitaleAdressen.length, 1);
  });

  it('filters klantcontacten, digitaleadressen and categorie-relaties by partij', async () => {
    const { mock, token } = upstream();
    const k = mock.urls.klantinteracties;
    const jansen = fixtureKlantinteracties.jansen.partij;
    const contacten = (await token(`${k}/klantcontacten?hadBetrokkene__wasPartij__uuid=${jansen}&pageSize=100`)).body;
    assert.ok(contacten.count > 0);
    assert.ok(contacten.results.some((kc: any) => kc.uuid === fixtureKlantinteracties.jansen.dakkapel));
    const alle = (await token(`${k}/klantcontacten?pageSize=100`)).body;
    assert.ok(alle.count > contacten.count);
    const adressen = (await token(`${k}/digitaleadressen?verstrektDoorPartij__uuid=${fixtureKlantinteracties['de-vries'].partij}`)).body;
    assert.deepEqual(uuids(adressen), [fixtureKlantinteracties['de-vries'].email]);
    const relaties = (await token(`${k}/categorie-relaties?partij__uuid=${jansen}`)).body;
    assert.ok(relaties.results.every((r: any) => r.partij.uuid === jansen));
  });

  it('writes on any partij: an address for the company, a PATCH of a resident’s partij, a categorie-relatie', async () => {
    const { mock, token } = upstream();
    const k = mock.urls.klantinteracties;
    const bedrijf = fixtureKlantinteracties[testCompany.id].partij;
    const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    const created = await token(
      `${k}/digitaleadressen`,
      json('POST', { verstrektDoorPartij: { uuid: bedrijf }, soortDigitaalAdres: 'telefoonnummer', adres: '0101234567', isStandaardAdres: true }),
    );
    assert.equal(created.response.status, 201, JSON.stringify(created.body));
    validator.assert(KLANTINTERACTIES, 'DigitaalAdres', created.body, 'POST /digitaleadressen');
    const listed = (await token(`${k}/digitaleadressen?verstrektDoorPartij__uuid=${bedrijf}`)).body;
    assert.ok(uuids(listed).includes(created.body.uuid));
    const unknown = await token(
      `${k}/digitaleadressen`,
      json('POST', { verstrektDoorPartij: { uuid: '00000000-0000-4000-8000-000000000000' }, soortDigitaalAdres: 'email', adres: 'a@example.nl' }),
    );
    assert.equal(unknown.response.status, 400);

    const patched = await token(`${k}/partijen/${fixtureKlantinteracties['de-vries'].partij}`, json('PATCH', { soortPartij: 'persoon', voorkeurstaal: 'eng' }));
    assert.equal(patched.response.status, 200, JSON.stringify(patched.body));
    assert.equal(patched.body.voorkeurstaal, 'eng');

    const categorie = (await token(`${k}/categorieen`)).body.results[0];
    const relatie = await token(`${k}/categorie-relaties`, json('POST', { partij: { uuid: bedrijf }, categorie: { uuid: categorie.uuid } }));
    assert.equal(relatie.response.status, 201, JSON.stringify(relatie.body));
    assert.equal(relatie.body.partij.uuid, bedrijf);
  });
});

describe('upstream mode — BRP', () => {
  it('answers for any resident’s BSN, several at once', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const { response, body } = await request(`${mock.urls.brp}/personen`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...BRP_HEADERS },
      body: JSON.stringify({
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: [BSN.jansen, BSN['de-vries']],
        fields: ['burgerservicenummer', 'naam.volledigeNaam'],
      }),
    });
    assert.equal(response.status, 200, JSON.stringify(body));
    assert.deepEqual(body.personen.map((p: any) => p.burgerservicenummer).sort(), [BSN['de-vries'], BSN.jansen].sort());
  });
});
