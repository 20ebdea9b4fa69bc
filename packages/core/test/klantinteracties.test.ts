// Klantinteracties reads against the Open Klant-like mock: the resident's partij, klantvoorkeuren and
// contact history; expand and its fallbacks, pagination, every error kind, abort, and what must never
// reach a view model (interneNotitie, vertrouwelijk content) or a URL (the BSN).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { fixtureKlantinteracties, fixtureZaken, type MockApi, type MockApiOptions } from '@klantbeeld/mock-api';
import { createClient, getKlantvoorkeuren, getResidentPartij, listKlantcontacten, type ClientConfig, type KlantcontactView } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const BSN = '999993653';
const J = fixtureKlantinteracties.jansen;

const { server, mock } = useMockApi({ origin: ORIGIN });
const client = (config: Partial<ClientConfig> = {}) => createClient({ gateway: ORIGIN, retries: 0, ...config });
const noBsnInUrls = (api: MockApi) => assert.ok(api.requests.length > 0 && api.requests.every((r) => !r.url.includes(BSN)), 'a BSN was sent in a URL');
const zaakUrl = (uuid: string) => `${ZAKEN}/zaken/${uuid}`;

describe('getResidentPartij', () => {
  test('jansen: name, BSN, language, addresses and preference in one request; no BSN in the URL; never interneNotitie', async () => {
    const api = mock();
    const partij = await getResidentPartij(client());
    assert.ok(partij);
    assert.equal(partij.url, `${KI}/partijen/${J.partij}`);
    assert.equal(partij.uuid, J.partij);
    assert.equal(partij.soortPartij, 'persoon');
    assert.equal(partij.naam, 'Fatima Jansen-El Amrani');
    assert.deepEqual(partij.contactnaam, { voorletters: 'F.', voornaam: 'Fatima', achternaam: 'Jansen-El Amrani' });
    assert.equal(partij.bsn, BSN);
    assert.equal(partij.voorkeurstaal, 'nld');
    assert.equal(partij.indicatieGeheimhouding, false);
    assert.deepEqual(
      partij.digitaleAdressen.map((a) => [a.uuid, a.soort, a.adres, a.isStandaardAdres, a.isVoorkeursAdres, a.referentie, a.verificatieDatum, a.omschrijving]),
      [
        [J.emailPrive, 'email', 'f.jansen@example.nl', true, false, undefined, '2025-03-14', 'Privé'],
        [J.emailWerk, 'email', 'fatima.jansen@werk.example.com', false, false, 'portaalvoorkeur', undefined, 'Werk'],
        [J.mobiel, 'telefoonnummer', '0612345678', true, true, undefined, '2025-03-14', 'Mobiel'],
      ],
    );
    assert.equal(partij.voorkeursDigitaalAdres?.uuid, J.mobiel);
    assert.equal(api.requests.length, 1);
    const url = new URL(api.requests[0]!.url);
    assert.equal(url.pathname, '/klantinteracties/api/v1/partijen');
    assert.equal(url.searchParams.get('expand'), 'digitaleAdressen');
    noBsnInUrls(api);
    const json = JSON.stringify(partij);
    assert.ok(!/interneNotitie|betalingsregeling|17\.00/.test(json), 'interneNotitie leaked into the view model');
  });

  test('leeg: a partij without addresses or language; a resident unknown to Open Klant: undefined', async () => {
    const api = mock({ resident: 'leeg' });
    const partij = await getResidentPartij(client());
    assert.equal(partij?.naam, 'Sem Bakker');
    assert.deepEqual(partij?.digitaleAdressen, []);
    assert.equal(partij?.voorkeurstaal, undefined);
    assert.equal(partij?.voorkeursDigitaalAdres, undefined);
    api.seedZaken('nieuw', 1);
    api.setResident('nieuw');
    assert.equal(await getResidentPartij(client()), undefined);
  });

  test('without expand (dropped, unsupported, or configured off) the addresses come from /digitaleadressen', async () => {
    mock();
    const reference = await getResidentPartij(client());
    for (const [options, config] of [
      [{ dropExpand: ['digitaleAdressen'] }, {}],
      [{ expand: false }, {}],
      [{}, { sources: { klantinteracties: { url: KI, expand: false } } }],
    ] as Array<[MockApiOptions, Partial<ClientConfig>]>) {
      server.resetHandlers();
      const api = mock(options);
      assert.deepEqual(await getResidentPartij(client(config)), reference, JSON.stringify(options));
      const last = new URL(api.requests.at(-1)!.url);
      assert.equal(last.pathname, '/klantinteracties/api/v1/digitaleadressen');
      assert.equal(last.searchParams.get('verstrektDoorPartij__uuid'), J.partij);
      noBsnInUrls(api);
    }
  });

  test('more than one partij (a gateway that did not scope) is an InvalidResponseError, not a guess', async () => {
    const api = mock();
    const two = await (await fetch(`${KI}/partijen`)).json();
    const other = { ...two.results[0], uuid: fixtureKlantinteracties['de-vries'].partij, url: `${KI}/partijen/${fixtureKlantinteracties['de-vries'].partij}` };
    server.use(http.get(`${KI}/partijen`, () => HttpResponse.json({ count: 2, next: null, previous: null, results: [two.results[0], other] })));
    await assert.rejects(getResidentPartij(client()), { kind: 'invalid-response' });
    void api;
  });

  test('each error kind: 401, 403, 500, 503, not JSON, wrong shape, network failure', async () => {
    const cases: Array<[() => Response, string]> = [
      [
        () =>
          HttpResponse.json(
            { code: 'not_authenticated', title: 'Niet ingelogd.', status: 401 },
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        'not-authenticated',
      ],
      [() => HttpResponse.json({ code: 'permission_denied', status: 403 }, { status: 403 }), 'forbidden'],
      [() => HttpResponse.json({ code: 'error', status: 500 }, { status: 500 }), 'server'],
      [() => new HttpResponse('busy', { status: 503 }), 'server'],
      [() => new HttpResponse('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }), 'invalid-response'],
      [() => HttpResponse.json({ results: 'none' }), 'invalid-response'],
      [() => HttpResponse.json([{ url: `${KI}/partijen/x` }]), 'invalid-response'],
      [() => HttpResponse.error(), 'network'],
    ];
    for (const [respond, kind] of cases) {
      server.resetHandlers();
      server.use(http.get(`${KI}/partijen`, respond));
      await assert.rejects(getResidentPartij(client()), (error: any) => error.kind === kind, kind);
    }
  });

  test('a partij whose fields have the wrong types still gives a sane view model', async () => {
    server.use(
      http.get(`${KI}/partijen`, () =>
        HttpResponse.json({
          count: 1,
          next: null,
          previous: null,
          results: [
            {
              url: `${KI}/partijen/${J.partij}`,
              soortPartij: 42,
              voorkeurstaal: null,
              interneNotitie: 'geheim',
              partijIdentificatoren: 'bsn',
              partijIdentificatie: { volledigeNaam: ['x'] },
              voorkeursDigitaalAdres: 'nope',
              _expand: { digitaleAdressen: [null, { url: `${KI}/digitaleadressen/a`, adres: 'x@example.nl', soortDigitaalAdres: 'fax' }, { url: 7 }] },
            },
          ],
        }),
      ),
    );
    const partij = await getResidentPartij(client());
    assert.deepEqual(partij, { url: `${KI}/partijen/${J.partij}`, uuid: J.partij, soortPartij: 'persoon', digitaleAdressen: [] });
  });

  test('abort: a pre-aborted signal sends nothing; an abort in flight rejects with the reason', async () => {
    const api = mock();
    const reason = new DOMException('weg', 'AbortError');
    await assert.rejects(getResidentPartij(client(), { signal: AbortSignal.abort(reason) }), (e) => e === reason);
    assert.equal(api.requests.length, 0);
    server.use(
      http.get(`${KI}/partijen`, async () => {
        await delay(200);
        return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(getResidentPartij(client(), { signal: controller.signal }), (e) => e === reason);
  });
});

describe('getKlantvoorkeuren', () => {
  test('default rule: channel from voorkeursDigitaalAdres, defaults from isStandaardAdres', async () => {
    mock();
    const voorkeuren = await getKlantvoorkeuren(client());
    assert.ok(voorkeuren);
    assert.deepEqual(voorkeuren.partij, { url: `${KI}/partijen/${J.partij}`, uuid: J.partij, soortPartij: 'persoon' });
    assert.equal(voorkeuren.voorkeurstaal, 'nld');
    assert.equal(voorkeuren.voorkeurskanaal, 'telefoonnummer');
    assert.equal(voorkeuren.voorkeursadres?.uuid, J.mobiel);
    assert.deepEqual(
      voorkeuren.adressen.email.map((a) => a.uuid),
      [J.emailPrive, J.emailWerk],
    );
    assert.deepEqual(
      voorkeuren.adressen.telefoonnummer.map((a) => a.uuid),
      [J.mobiel],
    );
    assert.deepEqual(voorkeuren.adressen.overig, []);
    assert.equal(voorkeuren.standaard.email?.uuid, J.emailPrive);
    assert.equal(voorkeuren.standaard.telefoonnummer?.uuid, J.mobiel);
    assert.equal(voorkeuren.standaard.overig, undefined);
    assert.ok(!JSON.stringify(voorkeuren).includes('interneNotitie'));
  });

  test("Den Haag rule { referentie: 'portaalvoorkeur' }: the tagged address decides channel and default", async () => {
    mock();
    const voorkeuren = await getKlantvoorkeuren(client(), { voorkeurskanaalRule: { referentie: 'portaalvoorkeur' } });
    assert.equal(voorkeuren?.voorkeurskanaal, 'email');
    assert.equal(voorkeuren?.voorkeursadres?.uuid, J.emailWerk);
    assert.equal(voorkeuren?.standaard.email?.uuid, J.emailWerk);
    // No tagged phone number: the isStandaardAdres one stays the default of its soort.
    assert.equal(voorkeuren?.standaard.telefoonnummer?.uuid, J.mobiel);
    // A referentie nobody carries: the rule falls back to voorkeursDigitaalAdres.
    const none = await getKlantvoorkeuren(client(), { voorkeurskanaalRule: { referentie: 'onbekend' } });
    assert.equal(none?.voorkeursadres?.uuid, J.mobiel);
    assert.equal(none?.standaard.email?.uuid, J.emailPrive);
  });

  test('leeg: preferences without addresses; no partij: undefined', async () => {
    const api = mock({ resident: 'leeg' });
    const voorkeuren = await getKlantvoorkeuren(client());
    assert.deepEqual(voorkeuren?.adressen, { email: [], telefoonnummer: [], overig: [] });
    assert.equal(voorkeuren?.voorkeurskanaal, undefined);
    assert.deepEqual(voorkeuren?.standaard, {});
    api.seedZaken('nieuw', 1);
    api.setResident('nieuw');
    assert.equal(await getKlantvoorkeuren(client()), undefined);
  });
});

describe('listKlantcontacten', () => {
  const byUuid = (list: readonly KlantcontactView[], uuid: string) => list.find((kc) => kc.uuid === uuid);

  test('jansen: every contact, newest first, with channel, content, actors (team only by default) and zaken', async () => {
    const api = mock();
    const contacten = await listKlantcontacten(client());
    assert.equal(contacten.length, 8);
    const dates = contacten.map((kc) => kc.plaatsgevondenOp ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual(new Set(contacten.map((kc) => kc.kanaal)), new Set(['telefoon', 'e-mail', 'balie', 'chat']));
    const dakkapel = byUuid(contacten, J.dakkapel)!;
    assert.equal(dakkapel.onderwerp, 'Dakkapel: wanneer komt het advies?');
    assert.match(dakkapel.reactie ?? '', /eind november/);
    assert.deepEqual(dakkapel.zaken, [zaakUrl(fixtureZaken.jansen.dakkapel), zaakUrl(fixtureZaken.jansen.adviesDakkapel)]);
    assert.deepEqual(dakkapel.actoren, [{ kind: 'organisatorische-eenheid', naam: 'Team Vergunningen' }]);
    assert.equal(dakkapel.doorKlantGestart, true);
    assert.equal(dakkapel.vraagInBehandeling, false);
    // Medewerkers are not named under the default policy; a chatbot is never an actor.
    const all = contacten.flatMap((kc) => kc.actoren.map((a) => a.naam));
    assert.ok(!all.includes('A. de Boer') && !all.includes('S. Yilmaz') && !all.includes('Gem'));
    assert.equal(byUuid(contacten, J.kentekenbewijs)?.vraagInBehandeling, true);
    assert.equal(contacten.find((kc) => kc.onderwerp === 'Verhuizing: huurcontract ontbreekt')?.doorKlantGestart, false);
    assert.equal(api.requests.length, 1);
    const url = new URL(api.requests[0]!.url);
    assert.equal(url.searchParams.get('expand'), 'gingOverOnderwerpobjecten,hadBetrokkenen,leiddeTotInterneTaken');
    noBsnInUrls(api);
  });

  test('vertrouwelijk: onderwerp, inhoud and reactie are left out of the view model', async () => {
    mock();
    const contacten = await listKlantcontacten(client());
    const geheim = byUuid(contacten, J.vertrouwelijk)!;
    assert.equal(geheim.vertrouwelijk, true);
    assert.equal(geheim.kanaal, 'telefoon');
    assert.equal(geheim.plaatsgevondenOp, '2026-03-05T15:30:00Z');
    assert.ok(!('onderwerp' in geheim) && !('inhoud' in geheim) && !('reactie' in geheim));
    assert.ok(!/betalingsregeling|termijnen|belastingsamenwerking|Aanvraagformulier/i.test(JSON.stringify(contacten)));
    assert.ok(!JSON.stringify(contacten).includes('interneNotitie'));
    // Interne taken give a boolean, never their toelichting.
    assert.ok(!JSON.stringify(contacten).includes('Team Parkeren belt terug'));
  });

  test("behandelaar policy 'naam' names medewerkers too", async () => {
    mock();
    const contacten = await listKlantcontacten(client({ behandelaar: 'naam' }));
    assert.deepEqual(byUuid(contacten, J.kentekenbewijs)?.actoren, [
      { kind: 'organisatorische-eenheid', naam: 'Klantcontactcentrum' },
      { kind: 'medewerker', naam: 'S. Yilmaz' },
    ]);
  });

  test('per zaak: the onderwerpobject filters by zaak UUID (from a URL or a UUID)', async () => {
    const api = mock();
    const viaUrl = await listKlantcontacten(client(), { zaak: zaakUrl(fixtureZaken.jansen.adviesDakkapel) });
    assert.deepEqual(
      viaUrl.map((kc) => kc.uuid),
      [J.dakkapel],
    );
    const url = new URL(api.requests[0]!.url);
    assert.equal(url.searchParams.get('onderwerpobject__onderwerpobjectidentificatorObjectId'), fixtureZaken.jansen.adviesDakkapel);
    assert.equal(url.searchParams.get('onderwerpobject__onderwerpobjectidentificatorCodeObjecttype'), 'zaak');
    const viaUuid = await listKlantcontacten(client(), { zaak: fixtureZaken.jansen.stoeptegels });
    assert.equal(viaUuid.length, 1);
    assert.deepEqual(await listKlantcontacten(client(), { zaak: fixtureZaken['de-vries'].tozo }), []);
    const before = api.requests.length;
    await assert.rejects(
      listKlantcontacten(client(), { zaak: 'ZAAK-2026-0003561' }),
      (e: any) => e.kind === 'validation' && e.invalidParams[0].name === 'zaak',
    );
    assert.equal(api.requests.length, before, 'nothing sent for an invalid zaak');
  });

  test('a server that ignores the zaak filter does not make other contacts appear', async () => {
    const api = mock();
    const all = await (await fetch(`${KI}/klantcontacten?expand=gingOverOnderwerpobjecten,hadBetrokkenen,leiddeTotInterneTaken`)).json();
    server.use(http.get(`${KI}/klantcontacten`, () => HttpResponse.json(all)));
    const contacten = await listKlantcontacten(client(), { zaak: fixtureZaken.jansen.parkeervergunning });
    assert.deepEqual(
      contacten.map((kc) => kc.uuid),
      [J.kentekenbewijs],
    );
    void api;
  });

  test('pagination across 3 pages gives the same list', async () => {
    mock();
    const reference = await listKlantcontacten(client());
    server.resetHandlers();
    const api = mock({ pageSize: 3 });
    assert.deepEqual(await listKlantcontacten(client()), reference);
    assert.equal(api.requests.length, 3);
    assert.deepEqual(
      api.requests.map((r) => new URL(r.url).searchParams.get('page')),
      [null, '2', '3'],
    );
  });

  test('without expand the onderwerpobjecten are fetched; betrokkenen and interne taken stay unknown', async () => {
    mock();
    const reference = await listKlantcontacten(client());
    server.resetHandlers();
    const api = mock({ dropExpand: ['gingOverOnderwerpobjecten', 'hadBetrokkenen', 'leiddeTotInterneTaken'] });
    const contacten = await listKlantcontacten(client());
    assert.deepEqual(
      contacten.map((kc) => kc.zaken),
      reference.map((kc) => kc.zaken),
    );
    assert.ok(contacten.every((kc) => kc.doorKlantGestart === undefined && kc.vraagInBehandeling === undefined));
    assert.ok(api.requests.some((r) => r.url.includes('/onderwerpobjecten/')));
    noBsnInUrls(api);
  });

  test('leeg: no contacts; de-vries: only their own', async () => {
    const api = mock({ resident: 'leeg' });
    assert.deepEqual(await listKlantcontacten(client()), []);
    api.setResident('de-vries');
    const contacten = await listKlantcontacten(client());
    assert.equal(contacten.length, 2);
    assert.ok(contacten.every((kc) => !Object.values(J).includes(kc.uuid as never)));
  });

  test('odd contacts: no vertrouwelijk flag counts as vertrouwelijk; no date sorts last; no url is left out; unsafe zaak ids ignored', async () => {
    server.use(
      http.get(`${KI}/klantcontacten`, () =>
        HttpResponse.json({
          count: 3,
          next: null,
          previous: null,
          results: [
            {
              url: `${KI}/klantcontacten/a`,
              kanaal: 'post',
              onderwerp: 'Zonder datum',
              vertrouwelijk: false,
              _expand: { gingOverOnderwerpobjecten: [{ onderwerpobjectidentificator: { codeObjecttype: 'zaak', objectId: '../../etc' } }] },
            },
            { url: `${KI}/klantcontacten/b`, kanaal: 'telefoon', onderwerp: 'Geheim?', inhoud: 'x', plaatsgevondenOp: '2026-01-01T10:00:00Z', _expand: {} },
            { kanaal: 'chat', onderwerp: 'Geen url', vertrouwelijk: false },
          ],
        }),
      ),
    );
    const contacten = await listKlantcontacten(client());
    assert.deepEqual(
      contacten.map((kc) => [kc.uuid, kc.vertrouwelijk, kc.onderwerp, kc.zaken]),
      [
        ['b', true, undefined, []],
        ['a', false, 'Zonder datum', []],
      ],
    );
  });

  test('errors and abort', async () => {
    server.use(http.get(`${KI}/klantcontacten`, () => HttpResponse.json({ status: 403 }, { status: 403 })));
    await assert.rejects(listKlantcontacten(client()), { kind: 'forbidden' });
    server.resetHandlers();
    server.use(
      http.get(`${KI}/klantcontacten`, () =>
        HttpResponse.json({ count: 1, next: `https://elders.example/klantcontacten?page=2`, previous: null, results: [] }),
      ),
    );
    await assert.rejects(listKlantcontacten(client()), { kind: 'unconfigured-origin' });
    server.resetHandlers();
    mock();
    const reason = new DOMException('weg', 'AbortError');
    await assert.rejects(listKlantcontacten(client(), { signal: AbortSignal.abort(reason) }), (e) => e === reason);
  });
});
