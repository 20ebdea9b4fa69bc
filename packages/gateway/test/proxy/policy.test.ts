/**
 * The policies against a small local fake upstream: what is forwarded (filters injected, nothing of
 * someone else's asked for), what comes back (masked, filtered, URLs rewritten), and what is denied.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApiProxy } from '../../src/proxy/index.js';
import type { ApiProxy } from '../../src/proxy/types.js';
import { startFake, type FakeRequest, type FakeUpstream } from './fake-upstream.js';
import { call, gatewayUrl, organisatie, persoon, proxyConfig, PUBLIC_URL } from './harness.js';

const A = '999993653';
const B = '999990019';
const KVK = '90001354';
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const Z1 = id(1);
const Z2 = id(2);
const Z3 = id(3);
const D1 = id(11);
const D2 = id(12);
const D3 = id(13);
const PA = id(21);
const PB = id(22);
const ADRES_B = id(32);
const PDF = Buffer.from('%PDF-1.4 fake document bytes');

/** The fake's data, with URLs at `o`. */
function dataset(o: string) {
  const zaak = (uuid: string, vertrouwelijkheidaanduiding = 'openbaar') => ({
    url: `${o}/zaken/api/v1/zaken/${uuid}`,
    uuid,
    identificatie: `ZAAK-${uuid.slice(-2)}`,
    vertrouwelijkheidaanduiding,
    zaaktype: `${o}/catalogi/api/v1/zaaktypen/${id(99)}`,
  });
  const np = (zaakUuid: string, bsn: string, n: number) => ({
    url: `${o}/zaken/api/v1/rollen/${id(100 + n)}`,
    zaak: `${o}/zaken/api/v1/zaken/${zaakUuid}`,
    betrokkeneType: 'natuurlijk_persoon',
    betrokkene: '',
    afwijkendeNaamBetrokkene: `Naam ${bsn}`,
    betrokkeneIdentificatie: { inpBsn: bsn, geslachtsnaam: `Naam-${bsn}` },
  });
  const rollen = [
    np(Z1, A, 1),
    np(Z1, B, 2),
    np(Z2, B, 3),
    np(Z3, A, 4),
    {
      url: `${o}/zaken/api/v1/rollen/${id(105)}`,
      zaak: `${o}/zaken/api/v1/zaken/${Z1}`,
      betrokkeneType: 'medewerker',
      betrokkeneIdentificatie: { identificatie: 'mdw-1', achternaam: 'Behandelaar' },
    },
  ];
  const document = (uuid: string, status: string) => ({
    url: `${o}/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}`,
    status,
    vertrouwelijkheidaanduiding: 'openbaar',
    bestandsnaam: '../evil"na\r\nme é.pdf',
  });
  return {
    zaken: [zaak(Z1), zaak(Z2), zaak(Z3, 'geheim')],
    rollen,
    documenten: [document(D1, 'definitief'), document(D2, 'in_bewerking'), document(D3, 'definitief')],
    zio: [
      { zaak: `${o}/zaken/api/v1/zaken/${Z1}`, informatieobject: `${o}/documenten/api/v1/enkelvoudiginformatieobjecten/${D1}` },
      { zaak: `${o}/zaken/api/v1/zaken/${Z1}`, informatieobject: `${o}/documenten/api/v1/enkelvoudiginformatieobjecten/${D2}` },
      { zaak: `${o}/zaken/api/v1/zaken/${Z2}`, informatieobject: `${o}/documenten/api/v1/enkelvoudiginformatieobjecten/${D3}` },
    ],
    partijen: [
      {
        url: `${o}/klantinteracties/api/v1/partijen/${PA}`,
        uuid: PA,
        soortPartij: 'persoon',
        interneNotitie: 'lastige klant',
        partijIdentificatoren: [{ partijIdentificator: { codeSoortObjectId: 'bsn', objectId: A } }],
      },
      {
        url: `${o}/klantinteracties/api/v1/partijen/${PB}`,
        uuid: PB,
        soortPartij: 'persoon',
        interneNotitie: '',
        partijIdentificatoren: [{ partijIdentificator: { codeSoortObjectId: 'bsn', objectId: B } }],
      },
    ],
    adressen: [
      {
        url: `${o}/klantinteracties/api/v1/digitaleadressen/${ADRES_B}`,
        uuid: ADRES_B,
        adres: 'b@example.org',
        verstrektDoorPartij: { uuid: PB, url: `${o}/klantinteracties/api/v1/partijen/${PB}` },
      },
    ],
  };
}

const page = (results: unknown[], next: string | null = null) => ({ count: results.length, next, previous: null, results });

function route(request: FakeRequest, o: string) {
  const data = dataset(o);
  const { pathname, searchParams: q } = request.url;
  const full = `${o}${pathname}`;
  if (pathname === '/zaken/api/v1/zaken') {
    const bsn = q.get('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn');
    const results = data.zaken.filter(
      (z) =>
        data.rollen.some((r) => r.zaak === z.url && 'inpBsn' in r.betrokkeneIdentificatie && r.betrokkeneIdentificatie.inpBsn === bsn) &&
        z.vertrouwelijkheidaanduiding === 'openbaar',
    );
    const expanded = q.get('expand') === 'rollen' ? results.map((z) => ({ ...z, _expand: { rollen: data.rollen.filter((r) => r.zaak === z.url) } })) : results;
    return { body: page(expanded, `${o}/zaken/api/v1/zaken?${q}&page=2`) };
  }
  const zaak = data.zaken.find((z) => z.url === full);
  if (zaak && q.get('expand')?.includes('deelzaken')) {
    // Deelzaken: an own one, and one of someone else (which the gateway must leave out).
    return {
      body: {
        ...zaak,
        _expand: { deelzaken: [data.zaken[0], { ...data.zaken[1], _expand: { rollen: data.rollen.filter((r) => r.zaak === data.zaken[1]?.url) } }] },
      },
    };
  }
  if (zaak) return { body: zaak };
  if (pathname === '/zaken/api/v1/rollen') return { body: page(data.rollen.filter((r) => r.zaak === q.get('zaak'))) };
  if (pathname === '/zaken/api/v1/substatussen') {
    return {
      body: page([
        { zaak: q.get('zaak'), doelgroep: 'betrokkenen', omschrijving: 'voor u' },
        { zaak: q.get('zaak'), doelgroep: 'intern', omschrijving: 'INTERN-GEHEIM' },
      ]),
    };
  }
  if (pathname === '/zaken/api/v1/zaakinformatieobjecten')
    return { body: data.zio.filter((l) => l.informatieobject === q.get('informatieobject') || l.zaak === q.get('zaak')) };
  if (pathname === '/besluiten/api/v1/besluitinformatieobjecten') return { body: [] };
  const document = data.documenten.find((d) => d.url === full);
  if (document) return { body: document };
  if (data.documenten.some((d) => `${d.url}/download` === full))
    return { raw: PDF, headers: { 'content-type': 'application/pdf', 'content-length': String(PDF.length), 'content-disposition': 'inline; filename="x"' } };
  if (pathname === '/klantinteracties/api/v1/partijen')
    return { body: page(data.partijen.filter((p) => p.partijIdentificatoren[0]?.partijIdentificator.objectId === q.get('partijIdentificator__objectId'))) };
  const partij = data.partijen.find((p) => p.url === full);
  if (partij) return { body: partij };
  const adres = data.adressen.find((a) => a.url === full);
  if (adres) return request.method === 'GET' ? { body: adres } : { status: 500 };
  if (pathname === '/klantinteracties/api/v1/klantcontacten') {
    // Ignores the partij filter, as a faulty upstream might: the gateway must check each contact itself.
    const betrokkene = (partij: string) => ({ wasPartij: { uuid: partij }, contactnaam: { achternaam: `Naam-${partij}` } });
    return {
      body: page([
        {
          url: `${o}/klantinteracties/api/v1/klantcontacten/${id(41)}`,
          vertrouwelijk: true,
          inhoud: 'GEHEIME-INHOUD',
          onderwerp: 'GEHEIM-ONDERWERP',
          leiddeTotInterneTaken: [{ uuid: id(42) }],
          _expand: { hadBetrokkenen: [betrokkene(PA)] },
        },
        {
          url: `${o}/klantinteracties/api/v1/klantcontacten/${id(43)}`,
          vertrouwelijk: false,
          inhoud: 'CONTACT-VAN-B',
          onderwerp: '',
          leiddeTotInterneTaken: [],
          _expand: { hadBetrokkenen: [betrokkene(PB)] },
        },
      ]),
    };
  }
  if (pathname === '/haalcentraal/api/brp/personen') return { body: { type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: A }] } };
  if (pathname === '/verwerkingen/api/v1/verwerkte-objecten')
    return { body: page([{ objectId: q.get('objectId') }], `${o}/verwerkingen/api/v1/verwerkte-objecten?${q}&page=2`) };
  return undefined;
}

describe('policies against a fake upstream', () => {
  let fake: FakeUpstream;
  let proxy: ApiProxy;
  const sent = (path: string): FakeRequest[] => fake.requests.filter((r) => r.url.pathname === path);

  before(async () => {
    fake = await startFake(route);
    proxy = createApiProxy(proxyConfig(fake.origin));
  });
  after(async () => {
    await proxy.close();
    await fake.close();
  });

  test('a zaken list carries the role filter and cap upstream, never in the links the browser gets', async () => {
    const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', '/zaken?expand=rollen&ordering=-startdatum'));
    assert.equal(answer.status, 200);
    const upstream = sent('/zaken/api/v1/zaken').at(-1) as FakeRequest;
    assert.equal(upstream.url.searchParams.get('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'), A);
    assert.equal(upstream.url.searchParams.get('maximaleVertrouwelijkheidaanduiding'), 'openbaar');
    assert.equal(upstream.headers['accept-crs'], 'EPSG:4326');
    const body = answer.json as { next: string; results: { url: string; _expand: { rollen: { betrokkeneIdentificatie: unknown }[] } }[] };
    assert.deepEqual(
      body.results.map((z) => z.url),
      [gatewayUrl('zaken', `/zaken/${Z1}`)],
    );
    assert.equal(body.next, `${gatewayUrl('zaken', '/zaken')}?expand=rollen&ordering=-startdatum&page=2`);
    assert.ok(!answer.text.includes(B), 'the other betrokkene is masked in _expand.rollen');
    assert.ok(!answer.text.includes(fake.origin));
    assert.equal(answer.headers['cache-control'], 'private, no-store');
  });

  test('a company session lists by KvK number and never by BSN', async () => {
    await call(proxy, organisatie(KVK), 'GET', gatewayUrl('zaken', '/zaken'));
    const upstream = sent('/zaken/api/v1/zaken').at(-1) as FakeRequest;
    assert.equal(upstream.url.searchParams.get('rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer'), KVK);
    assert.equal(upstream.url.searchParams.has('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'), false);
    assert.equal((await call(proxy, organisatie(KVK), 'GET', gatewayUrl('zaken', `/zaken/${Z1}`))).status, 404);
  });

  test("a zaak: own 200, someone else's 404, own above the cap 404", async () => {
    assert.equal((await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/zaken/${Z1}`))).status, 200);
    assert.equal((await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/zaken/${Z2}`))).status, 404);
    assert.equal((await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/zaken/${Z3}`))).status, 404);
  });

  test("expanded deelzaken are kept only when they are the subject's own", async () => {
    const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/zaken/${Z1}?expand=deelzaken,deelzaken.rollen`));
    assert.equal(answer.status, 200);
    const deelzaken = (answer.json as { _expand: { deelzaken: { url: string }[] } })._expand.deelzaken;
    assert.deepEqual(
      deelzaken.map((z) => z.url),
      [gatewayUrl('zaken', `/zaken/${Z1}`)],
    );
    assert.ok(!answer.text.includes(Z2) && !answer.text.includes(B));
  });

  test('rollen of an own zaak: the other person masked, the own rol and the behandelaar intact', async () => {
    const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/rollen?zaak=${encodeURIComponent(gatewayUrl('zaken', `/zaken/${Z1}`))}`));
    assert.equal(answer.status, 200);
    assert.ok(answer.text.includes(A));
    assert.ok(answer.text.includes('Behandelaar'));
    assert.ok(!answer.text.includes(B));
    assert.equal(
      sent('/zaken/api/v1/rollen').at(-1)?.url.searchParams.get('zaak'),
      `${fake.origin}/zaken/api/v1/zaken/${Z1}`,
      'the gateway URL went upstream as the upstream URL',
    );
  });

  test('substatussen for doelgroep intern are left out', async () => {
    const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', `/substatussen?zaak=${encodeURIComponent(gatewayUrl('zaken', `/zaken/${Z1}`))}`));
    assert.equal(answer.status, 200);
    assert.equal((answer.json as { count: number }).count, 1);
    assert.ok(!answer.text.includes('INTERN-GEHEIM'));
  });

  test('documents: definitief and of an own zaak only; the download streams with a safe name', async () => {
    const doc = (uuid: string, rest = ''): string => gatewayUrl('documenten', `/enkelvoudiginformatieobjecten/${uuid}${rest}`);
    assert.equal((await call(proxy, persoon(A), 'GET', doc(D1))).status, 200);
    assert.equal((await call(proxy, persoon(A), 'GET', doc(D2))).status, 404, 'not definitief');
    assert.equal((await call(proxy, persoon(A), 'GET', doc(D3))).status, 404, 'of another zaak');
    const download = await call(proxy, persoon(A), 'GET', doc(D1, '/download'));
    assert.equal(download.status, 200);
    assert.equal(download.text, PDF.toString('utf8'));
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['content-disposition'], `attachment; filename="_evil_name e.pdf"; filename*=UTF-8''_evil_name%20%C3%A9.pdf`);
    assert.equal((await call(proxy, persoon(A), 'GET', doc(D3, '/download'))).status, 404);
    assert.equal(sent(`/documenten/api/v1/enkelvoudiginformatieobjecten/${D3}/download`).length, 0, "nothing of someone else's was fetched");
  });

  test("BRP: only the session's BSN, only allowed fields", async () => {
    const before = sent('/haalcentraal/api/brp/personen').length;
    const other = await call(proxy, persoon(A), 'POST', gatewayUrl('brp', '/personen'), {
      body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [B], fields: ['naam'] },
    });
    assert.equal(other.status, 404);
    assert.equal(sent('/haalcentraal/api/brp/personen').length, before, 'nothing forwarded');
    const own = await call(proxy, persoon(A), 'POST', gatewayUrl('brp', '/personen'), {
      body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [A], fields: ['naam.voornamen', 'kinderen.naam'] },
    });
    assert.equal(own.status, 200);
    assert.deepEqual(JSON.parse((sent('/haalcentraal/api/brp/personen').at(-1) as FakeRequest).body).fields, ['naam.voornamen', 'burgerservicenummer']);
    assert.equal(
      (
        await call(proxy, organisatie(KVK), 'POST', gatewayUrl('brp', '/personen'), {
          body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [A], fields: ['naam'] },
        })
      ).status,
      404,
    );
  });

  test('klantcontacten: confidential content and interne taken never pass; their expand is not even asked for', async () => {
    const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('klantinteracties', '/klantcontacten?expand=hadBetrokkenen,leiddeTotInterneTaken'));
    assert.equal(answer.status, 200);
    for (const secret of ['GEHEIME-INHOUD', 'GEHEIM-ONDERWERP', id(42), 'CONTACT-VAN-B', PB]) assert.ok(!answer.text.includes(secret), secret);
    assert.equal((answer.json as { results: unknown[] }).results.length, 1);
    const upstream = sent('/klantinteracties/api/v1/klantcontacten').at(-1) as FakeRequest;
    assert.equal(upstream.url.searchParams.get('expand'), 'hadBetrokkenen');
    const plain = await call(proxy, persoon(A), 'GET', gatewayUrl('klantinteracties', '/klantcontacten'));
    assert.equal(
      (sent('/klantinteracties/api/v1/klantcontacten').at(-1) as FakeRequest).url.searchParams.get('expand'),
      'hadBetrokkenen',
      'expanded upstream to check',
    );
    assert.ok(!plain.text.includes('hadBetrokkenen"'), 'and not passed on unasked');
    assert.equal(upstream.url.searchParams.get('hadBetrokkene__wasPartij__uuid'), PA);
  });

  test('the own partij without its internal note; another partij and its address are absent, and not written', async () => {
    const own = await call(proxy, persoon(A), 'GET', gatewayUrl('klantinteracties', `/partijen/${PA}`));
    assert.equal(own.status, 200);
    assert.ok(!own.text.includes('lastige klant'));
    assert.equal((await call(proxy, persoon(A), 'GET', gatewayUrl('klantinteracties', `/partijen/${PB}`))).status, 404);
    const patch = await call(proxy, persoon(A), 'PATCH', gatewayUrl('klantinteracties', `/digitaleadressen/${ADRES_B}`), { body: { adres: 'x@example.org' } });
    assert.equal(patch.status, 404);
    assert.equal(fake.requests.filter((r) => r.method === 'PATCH').length, 0);
  });

  test('Verwerkingen: objectId comes from the session, and stays out of the links', async () => {
    const answer = await call(
      proxy,
      persoon(A),
      'GET',
      gatewayUrl('verwerkingen', '/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2026-01-01&eindDatum=2026-12-31'),
    );
    assert.equal(answer.status, 200);
    assert.equal(sent('/verwerkingen/api/v1/verwerkte-objecten').at(-1)?.url.searchParams.get('objectId'), A);
    const next = (answer.json as { next: string }).next;
    assert.ok(next.startsWith(PUBLIC_URL));
    assert.ok(!next.includes(A), next);
  });

  test('bad bodies are refused before anything is forwarded', async () => {
    const count = fake.requests.length;
    const url = gatewayUrl('zaken', '/zaken/_zoek');
    assert.equal((await call(proxy, persoon(A), 'POST', url, { rawBody: Buffer.from('{"uuid__in": [') })).status, 400);
    assert.equal((await call(proxy, persoon(A), 'POST', url, { rawBody: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })).status, 400);
    assert.equal((await call(proxy, persoon(A), 'POST', url, { rawBody: Buffer.from('['.repeat(100) + ']'.repeat(100)) })).status, 400);
    assert.equal((await call(proxy, persoon(A), 'POST', url, { body: { uuid__in: [Z1] }, headers: { 'content-type': 'text/plain' } })).status, 400);
    assert.equal((await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', '/zaken'), { body: { a: 1 } })).status, 400);
    assert.equal(fake.requests.length, count);
  });
});

describe('an upstream that ignores the role filter', () => {
  test("leaks nothing: each listed zaak is checked to be the subject's", async () => {
    const fake = await startFake((request, o) => {
      // Every zaak, whatever the filter says (a misconfigured or faulty upstream).
      if (request.url.pathname === '/zaken/api/v1/zaken') return { body: page(dataset(o).zaken) };
      return route(request, o);
    });
    const proxy = createApiProxy(proxyConfig(fake.origin));
    try {
      const answer = await call(proxy, persoon(A), 'GET', gatewayUrl('zaken', '/zaken'));
      assert.equal(answer.status, 200);
      assert.deepEqual(
        (answer.json as { results: { uuid: string }[] }).results.map((z) => z.uuid),
        [Z1],
      );
      assert.equal((answer.json as { count: number }).count, 1);
    } finally {
      await proxy.close();
      await fake.close();
    }
  });
});
