/**
 * The Klantinteracties mock (Open Klant 2.18 behind a resident-scoping gateway): every response of every
 * fixture resident validated against the official 0.9.0 schemas, scoping, filters, expand, pagination,
 * and the writes with Open Klant's validation and side effects.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi, fixtureKlantinteracties, fixtureZaken, generateKlantcontacten, residents, type MockApi } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { CATALOGI, KLANTINTERACTIES, OBJECTEN, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([KLANTINTERACTIES, OBJECTEN]);
const zgw = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK]);
const { use } = interceptRequests();
const J = fixtureKlantinteracties.jansen;

function mock(options: Parameters<typeof createMockApi>[0] = {}): MockApi {
  const api = createMockApi(options);
  use(api);
  return api;
}

async function ok(url: string): Promise<any> {
  const { response, body } = await request(url);
  assert.equal(response.status, 200, `GET ${url} → ${response.status} ${JSON.stringify(body)}`);
  assert.equal(response.headers.get('API-version'), '0.9.0');
  return body;
}

async function send(method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const { response, body: json } = await request(url, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}),
  });
  if (response.status >= 400) {
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    zgw.assert(VNG_ZAKEN, response.status === 400 ? 'ValidatieFout' : 'Fout', json, `${method} ${url} error`);
  }
  return { status: response.status, body: json };
}

const names = (body: any) => body.invalidParams.map((p: any) => p.name).sort();

describe('Klantinteracties mock — schemas', () => {
  for (const { id } of residents) {
    it(`every response for '${id}' matches the Klantinteracties 0.9.0 schemas`, async () => {
      const api = mock({ resident: id });
      const base = api.urls.klantinteracties;
      let checked = 0;

      const partijen = await ok(`${base}/partijen`);
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandPartijList', partijen, 'GET /partijen');
      const expanded = await ok(`${base}/partijen?expand=digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties`);
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandPartijList', expanded, 'GET /partijen?expand');
      assert.equal(partijen.count, 1);
      for (const partij of expanded.results) {
        for (const adres of partij._expand.digitaleAdressen) validator.assert(KLANTINTERACTIES, 'DigitaalAdres', adres, 'partij _expand.digitaleAdressen');
        for (const b of partij._expand.betrokkenen) {
          validator.assert(KLANTINTERACTIES, 'Betrokkene', b, 'partij _expand.betrokkenen');
          validator.assert(KLANTINTERACTIES, 'Klantcontact', b._expand.hadKlantcontact, 'betrokkene _expand.hadKlantcontact');
        }
        validator.assert(KLANTINTERACTIES, 'ExpandPartij', await ok(`${partij.url}?expand=digitaleAdressen`), 'GET partij');
        checked++;
      }

      const adressen = await ok(`${base}/digitaleadressen?expand=verstrektDoorBetrokkene`);
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandDigitaalAdresList', adressen, 'GET /digitaleadressen');
      for (const adres of adressen.results) {
        validator.assert(KLANTINTERACTIES, 'ExpandDigitaalAdres', await ok(adres.url), 'GET digitaal adres');
        checked++;
      }

      const contacten = await ok(
        `${base}/klantcontacten?expand=gingOverOnderwerpobjecten,hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen,leiddeTotInterneTaken,omvatteBijlagen`,
      );
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandKlantcontactList', contacten, 'GET /klantcontacten?expand');
      for (const kc of contacten.results) {
        for (const o of kc._expand.gingOverOnderwerpobjecten) validator.assert(KLANTINTERACTIES, 'Onderwerpobject', o, 'kc _expand.gingOverOnderwerpobjecten');
        for (const t of kc._expand.leiddeTotInterneTaken) validator.assert(KLANTINTERACTIES, 'InterneTaak', t, 'kc _expand.leiddeTotInterneTaken');
        for (const b of kc._expand.hadBetrokkenen) {
          validator.assert(KLANTINTERACTIES, 'Betrokkene', b, 'kc _expand.hadBetrokkenen');
          validator.assert(KLANTINTERACTIES, 'Partij', b._expand.wasPartij, 'betrokkene _expand.wasPartij');
        }
        validator.assert(KLANTINTERACTIES, 'ExpandKlantcontact', await ok(kc.url), 'GET klantcontact');
        checked++;
      }
      validator.assert(KLANTINTERACTIES, 'PaginatedKlantcontactList', await ok(`${base}/klantcontacten`), 'GET /klantcontacten');

      const betrokkenen = await ok(`${base}/betrokkenen?expand=digitaleAdressen`);
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandBetrokkeneList', betrokkenen, 'GET /betrokkenen');
      for (const b of betrokkenen.results) validator.assert(KLANTINTERACTIES, 'ExpandBetrokkene', await ok(b.url), 'GET betrokkene');

      const onderwerpen = await ok(`${base}/onderwerpobjecten`);
      validator.assert(KLANTINTERACTIES, 'PaginatedOnderwerpobjectList', onderwerpen, 'GET /onderwerpobjecten');
      for (const o of onderwerpen.results) validator.assert(KLANTINTERACTIES, 'Onderwerpobject', await ok(o.url), 'GET onderwerpobject');

      const actoren = await ok(`${base}/actoren`);
      validator.assert(KLANTINTERACTIES, 'PaginatedActorList', actoren, 'GET /actoren');
      for (const a of actoren.results) validator.assert(KLANTINTERACTIES, 'Actor', await ok(a.url), 'GET actor');

      assert.ok(checked > 0);
      if (id === 'jansen') {
        assert.equal(contacten.count, 8);
        assert.equal(adressen.count, 3);
        assert.ok(onderwerpen.count >= 6);
        assert.ok(actoren.count >= 6);
      }
      if (id === 'leeg') assert.equal(contacten.count, 0);
    });
  }

  it('write responses match the schemas', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const created = await send('POST', `${base}/digitaleadressen`, {
      verstrektDoorPartij: { uuid: J.partij },
      verstrektDoorBetrokkene: null,
      adres: '+31201234567',
      soortDigitaalAdres: 'telefoonnummer',
      omschrijving: 'Vast',
    });
    assert.equal(created.status, 201);
    validator.assert(KLANTINTERACTIES, 'DigitaalAdres', created.body, 'POST /digitaleadressen');
    const patched = await send('PATCH', created.body.url, { omschrijving: 'Thuis' });
    validator.assert(KLANTINTERACTIES, 'DigitaalAdres', patched.body, 'PATCH digitaal adres');
    const partij = await send('PATCH', `${base}/partijen/${J.partij}`, { soortPartij: 'persoon', voorkeurstaal: 'eng' });
    assert.equal(partij.status, 200);
    validator.assert(KLANTINTERACTIES, 'Partij', partij.body, 'PATCH partij');
  });
});

describe('Klantinteracties mock — scoping, filters, expand, pagination', () => {
  it("only the resident's own partij, addresses and contacts; others are not found", async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const partijen = await ok(`${base}/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=999990019`);
    assert.equal(partijen.count, 0, "another resident's BSN does not widen the scope");
    const own = await ok(`${base}/partijen?partijIdentificator__objectId=999993653`);
    assert.deepEqual(
      own.results.map((p: any) => p.uuid),
      [J.partij],
    );
    assert.equal((await send('GET', `${base}/partijen/${fixtureKlantinteracties['de-vries'].partij}`)).status, 404);
    assert.equal((await send('GET', `${base}/digitaleadressen/${fixtureKlantinteracties['de-vries'].email}`)).status, 404);
    api.setResident('de-vries');
    const contacten = await ok(`${base}/klantcontacten`);
    assert.equal(contacten.count, 2);
    assert.equal((await send('GET', `${base}/klantcontacten/${J.dakkapel}`)).status, 404);
  });

  it('klantcontacten about a zaak: onderwerpobject identificator filters', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const about = (uuid: string) =>
      ok(
        `${base}/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${uuid}&onderwerpobject__onderwerpobjectidentificatorCodeObjecttype=zaak`,
      );
    assert.deepEqual(
      (await about(fixtureZaken.jansen.adviesDakkapel)).results.map((kc: any) => kc.uuid),
      [J.dakkapel],
    );
    assert.equal((await about(fixtureZaken.jansen.parkeervergunning)).count, 1);
    assert.equal((await about(fixtureZaken['de-vries'].parkeervergunning)).count, 0);
    const vertrouwelijk = await ok(`${base}/klantcontacten?vertrouwelijk=true`);
    assert.deepEqual(
      vertrouwelijk.results.map((kc: any) => kc.uuid),
      [J.vertrouwelijk],
    );
    assert.equal((await send('GET', `${base}/klantcontacten?hadBetrokkene__wasPartij__uuid=nope`)).status, 400);
  });

  it('pages follow `next` with pageSize', async () => {
    const api = mock();
    let url: string | null = `${api.urls.klantinteracties}/klantcontacten?pageSize=3&expand=hadBetrokkenen`;
    const seen: string[] = [];
    let pages = 0;
    while (url) {
      const page: any = await ok(url);
      pages++;
      assert.equal(page.count, 8);
      for (const kc of page.results) {
        seen.push(kc.uuid);
        assert.equal(kc._expand.hadBetrokkenen.length, 1);
      }
      url = page.next;
    }
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 8);
  });

  it('expand: unknown names are 400; a server without expand rejects it; dropped names are left out', async () => {
    let api = mock();
    const bad = await send('GET', `${api.urls.klantinteracties}/partijen?expand=interneNotitie`);
    assert.equal(bad.status, 400);
    assert.deepEqual(names(bad.body), ['expand']);
    api = mock({ expand: false });
    assert.equal((await send('GET', `${api.urls.klantinteracties}/partijen?expand=digitaleAdressen`)).status, 400);
    api = mock({ dropExpand: ['digitaleAdressen'] });
    const partij = (await ok(`${api.urls.klantinteracties}/partijen?expand=digitaleAdressen`)).results[0];
    assert.deepEqual(partij._expand, {});
  });

  it('methods the mock does not serve are 405', async () => {
    const api = mock();
    const put = await send('PUT', `${api.urls.klantinteracties}/digitaleadressen/${J.mobiel}`, {});
    assert.equal(put.status, 405);
  });
});

describe('Klantinteracties mock — writes', () => {
  const email = (extra: object = {}) => ({
    verstrektDoorPartij: { uuid: J.partij },
    verstrektDoorBetrokkene: null,
    soortDigitaalAdres: 'email',
    adres: 'nieuw@example.nl',
    ...extra,
  });

  it('POST validates like Open Klant: phone regex, e-mail, lengths, referentie pattern, all errors at once', async () => {
    const api = mock();
    const url = `${api.urls.klantinteracties}/digitaleadressen`;
    for (const adres of ['06123456789', '0612345', '+31 6 12345678', '140020']) {
      const { status, body } = await send('POST', url, { ...email(), soortDigitaalAdres: 'telefoonnummer', adres });
      assert.equal(status, 400, adres);
      assert.deepEqual(body.invalidParams, [{ name: 'adres', code: 'invalid', reason: 'Het opgegeven telefoonnummer is ongeldig.' }]);
    }
    for (const adres of ['0612345678', '+31612345678', '0031612345678', '0201234567']) {
      assert.equal((await send('POST', url, { ...email(), soortDigitaalAdres: 'telefoonnummer', adres })).status, 201, adres);
    }
    for (const adres of ['geen-at.example.nl', 'a@b', 'a b@example.nl', '@example.nl']) {
      const { status, body } = await send('POST', url, email({ adres }));
      assert.equal(status, 400, adres);
      assert.deepEqual(names(body), ['adres']);
    }
    // "overig" is not validated beyond its length.
    assert.equal((await send('POST', url, email({ soortDigitaalAdres: 'overig', adres: '@fatima op Signal' }))).status, 201);
    const many = await send('POST', url, {
      verstrektDoorPartij: { uuid: J.partij },
      soortDigitaalAdres: 'fax',
      omschrijving: 'x'.repeat(41),
      referentie: 'met spatie',
    });
    assert.equal(many.status, 400);
    assert.deepEqual(names(many.body), ['adres', 'omschrijving', 'referentie', 'soortDigitaalAdres']);
  });

  it('isStandaardAdres flips the siblings of the same soort (and only those)', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const created = await send('POST', `${base}/digitaleadressen`, email({ isStandaardAdres: true }));
    assert.equal(created.status, 201);
    const list = await ok(`${base}/digitaleadressen`);
    const standaard = list.results
      .filter((a: any) => a.isStandaardAdres)
      .map((a: any) => a.uuid)
      .sort();
    assert.deepEqual(standaard, [created.body.uuid, J.mobiel].sort());
    await send('PATCH', `${base}/digitaleadressen/${J.emailWerk}`, { isStandaardAdres: true });
    const after = await ok(`${base}/digitaleadressen?soortDigitaalAdres=email&isStandaardAdres=true`);
    assert.deepEqual(
      after.results.map((a: any) => a.uuid),
      [J.emailWerk],
    );
  });

  it('referentie is unique per partij and soort; PATCH validates adres against the stored soort', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const clash = await send('PATCH', `${base}/digitaleadressen/${J.emailPrive}`, { referentie: 'portaalvoorkeur' });
    assert.equal(clash.status, 400);
    assert.deepEqual(
      clash.body.invalidParams.map((p: any) => [p.name, p.code]),
      [['nonFieldErrors', 'unique']],
    );
    // Another soort may carry the same referentie.
    assert.equal((await send('PATCH', `${base}/digitaleadressen/${J.mobiel}`, { referentie: 'portaalvoorkeur' })).status, 200);
    const phone = await send('PATCH', `${base}/digitaleadressen/${J.mobiel}`, { adres: 'f.jansen@example.nl' });
    assert.equal(phone.status, 400);
    assert.deepEqual(names(phone.body), ['adres']);
  });

  it('DELETE removes the address from the partij and clears the voorkeur; others are 404', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const { status, body } = await send('DELETE', `${base}/digitaleadressen/${J.mobiel}`);
    assert.equal(status, 204);
    assert.equal(body, undefined);
    const partij = await ok(`${base}/partijen/${J.partij}`);
    assert.equal(partij.voorkeursDigitaalAdres, null);
    assert.ok(!partij.digitaleAdressen.some((ref: any) => ref.uuid === J.mobiel));
    assert.equal((await send('DELETE', `${base}/digitaleadressen/${J.mobiel}`)).status, 404);
    assert.equal((await send('DELETE', `${base}/digitaleadressen/${fixtureKlantinteracties['de-vries'].email}`)).status, 404);
  });

  it("the gateway writes only the resident's own data (403 otherwise)", async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const other = await send('POST', `${base}/digitaleadressen`, email({ verstrektDoorPartij: { uuid: fixtureKlantinteracties['de-vries'].partij } }));
    assert.equal(other.status, 403);
    assert.equal((await send('POST', `${base}/digitaleadressen`, email({ verstrektDoorPartij: null }))).status, 403);
    assert.equal((await send('PATCH', `${base}/digitaleadressen/${J.mobiel}`, { verificatieDatum: '2026-01-01' })).status, 403);
    assert.equal((await send('PATCH', `${base}/partijen/${J.partij}`, { soortPartij: 'persoon', interneNotitie: 'x' })).status, 403);
    assert.equal((await send('PATCH', `${base}/partijen/${fixtureKlantinteracties['de-vries'].partij}`, { soortPartij: 'persoon' })).status, 404);
  });

  it('PATCH partij: soortPartij required, voorkeurstaal length, voorkeursDigitaalAdres must be linked', async () => {
    const api = mock();
    const url = `${api.urls.klantinteracties}/partijen/${J.partij}`;
    const missing = await send('PATCH', url, { voorkeurstaal: 'eng' });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.invalidParams, [{ name: 'soortPartij', code: 'invalid', reason: 'Dit veld is vereist.' }]);
    const taal = await send('PATCH', url, { soortPartij: 'persoon', voorkeurstaal: 'nederlands' });
    assert.deepEqual(names(taal.body), ['voorkeurstaal']);
    const foreign = await send('PATCH', url, { soortPartij: 'persoon', voorkeursDigitaalAdres: { uuid: fixtureKlantinteracties['de-vries'].email } });
    assert.deepEqual(foreign.body.invalidParams, [
      { name: 'voorkeursDigitaalAdres', code: 'invalid', reason: 'Het voorkeurs adres moet een gelinkte digitaal adres zijn.' },
    ]);
    const set = await send('PATCH', url, { soortPartij: 'persoon', voorkeursDigitaalAdres: { uuid: J.emailPrive }, voorkeurstaal: 'eng' });
    assert.equal(set.status, 200);
    assert.equal(set.body.voorkeursDigitaalAdres.uuid, J.emailPrive);
    assert.equal(set.body.voorkeurstaal, 'eng');
    const cleared = await send('PATCH', url, { soortPartij: 'persoon', voorkeursDigitaalAdres: null });
    assert.equal(cleared.body.voorkeursDigitaalAdres, null);
    assert.equal((await send('PATCH', url, 'geen object')).status, 400);
  });

  it('categorie-relaties (Klantbeeld notification choices): scoped, validated, created and removed', async () => {
    const api = mock();
    const base = api.urls.klantinteracties;
    const categorieen = await ok(`${base}/categorieen`);
    validator.assert(KLANTINTERACTIES, 'PaginatedCategorieList', categorieen, 'GET /categorieen');
    assert.deepEqual(
      categorieen.results.map((c: any) => c.naam),
      ['notificaties-zaken', 'notificaties-berichten', 'notificaties-taken'],
    );
    const own = await ok(`${base}/categorie-relaties?partij__uuid=${J.partij}`);
    validator.assert(KLANTINTERACTIES, 'PaginatedCategorieRelatieList', own, 'GET /categorie-relaties');
    assert.deepEqual(
      own.results.map((r: any) => r.categorie.naam),
      ['notificaties-zaken', 'notificaties-taken'],
    );
    const partij = await ok(`${base}/partijen/${J.partij}`);
    assert.deepEqual(
      partij.categorieRelaties.map((r: any) => r.categorieNaam),
      ['notificaties-zaken', 'notificaties-taken'],
    );

    const berichten = categorieen.results[1];
    const invalid = await send('POST', `${base}/categorie-relaties`, { partij: { uuid: J.partij }, categorie: { uuid: J.mobiel }, beginDatum: 'gisteren' });
    assert.deepEqual(names(invalid.body), ['beginDatum', 'categorie.uuid']);
    const other = await send('POST', `${base}/categorie-relaties`, {
      partij: { uuid: fixtureKlantinteracties['de-vries'].partij },
      categorie: { uuid: berichten.uuid },
    });
    assert.equal(other.status, 403);
    const created = await send('POST', `${base}/categorie-relaties`, {
      partij: { uuid: J.partij },
      categorie: { uuid: berichten.uuid },
      beginDatum: '2026-11-29',
    });
    assert.equal(created.status, 201);
    validator.assert(KLANTINTERACTIES, 'CategorieRelatie', created.body, 'POST /categorie-relaties');
    assert.equal((await ok(`${base}/partijen/${J.partij}`)).categorieRelaties.length, 3);

    assert.equal((await send('DELETE', created.body.url)).status, 204);
    assert.equal((await ok(`${base}/categorie-relaties`)).count, 2);
    assert.equal((await ok(`${base}/partijen/${J.partij}`)).categorieRelaties.length, 2);
    api.setResident('de-vries');
    assert.equal((await ok(`${base}/categorie-relaties`)).count, 0);
    assert.equal((await send('DELETE', own.results[0].url)).status, 404);
  });

  it('mock instances share no written state', async () => {
    const first = mock();
    assert.equal((await send('DELETE', `${first.urls.klantinteracties}/digitaleadressen/${J.mobiel}`)).status, 204);
    const second = mock();
    assert.equal((await ok(`${second.urls.klantinteracties}/digitaleadressen`)).count, 3);
  });
});

describe('generateKlantcontacten (long histories for tests and benchmarks)', () => {
  it('gives klantcontacten that are valid against the official schema', () => {
    const contacten = generateKlantcontacten('https://mijn.gemeente.nl/klantinteracties/api/v1', 30);
    assert.equal(contacten.length, 30);
    for (const kc of contacten) validator.assert(KLANTINTERACTIES, 'ExpandKlantcontact', kc, 'generated klantcontact');
  });
});
