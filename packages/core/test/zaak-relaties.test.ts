// getZaakRelaties: hoofdzaak, deelzaken and relevanteAndereZaken across sources (the mock's second
// organisation), with and without expand; unreachable related zaken (unconfigured origin → no request,
// 404/403 → unreachable), a foreign hoofdzaak, every error kind, abort.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { FOREIGN_ZAAK_URL, fixtureOtherOrganisation, fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import { createClient, getZaakRelaties, namesRelatedZaken, type BereikbareZaak, type GerelateerdeZaak } from '@klantbeeld/core';
import { FOREIGN_ORIGIN, ORIGIN, gatewayClient, ketenClient, sentTo, useMockServer } from './zgw-helpers.js';
import { backend, dataset, Z } from './fixtures.js';
import { GATEWAY } from './helpers.js';
import { assertErrorKinds, FAILURE_KINDS, problem } from './failure-kinds.js';

const { requests, mock, server } = useMockServer();
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const odvZaakUrl = (api: MockApi) => `${api.otherOrganisation.zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`;
const reached = (zaak: GerelateerdeZaak | undefined): BereikbareZaak => {
  assert.ok(zaak?.bereikbaar, `not reachable: ${JSON.stringify(zaak)}`);
  return zaak;
};

describe('getZaakRelaties against the mock API', () => {
  test('the dakkapel: its own deelzaak, one at the other organisation, and a foreign relevant zaak that is never contacted', async () => {
    const api = mock();
    const relaties = await getZaakRelaties(ketenClient(api, { token: () => 'sessie' }), zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.equal(relaties.hoofdzaak, undefined);
    assert.equal(relaties.deelzaken.length, 2);

    const advies = reached(relaties.deelzaken[0]);
    assert.equal(advies.url, zaakUrl(api, fixtureZaken.jansen.adviesDakkapel));
    assert.equal(advies.identificatie, 'ODV-2026-000981');
    assert.equal(advies.organisatie, 'Gemeente Voorbeeldstad', 'the configured label of the source wins');
    assert.equal(advies.status?.omschrijving, 'Beoordeling door adviescommissie');

    const keten = reached(relaties.deelzaken[1]);
    assert.deepEqual(keten, {
      url: odvZaakUrl(api),
      uuid: fixtureOtherOrganisation.constructieveVeiligheid,
      identificatie: 'ODV-2026-001204',
      omschrijving: 'Toets constructieve veiligheid dakkapel Lindelaan 17',
      zaaktype: { url: keten.zaaktype?.url ?? '', identificatie: 'ZT-ODV-ADVIES-CV', omschrijving: 'Advies constructieve veiligheid' },
      status: {
        omschrijving: 'Constructieve toets',
        statustekst: 'Een constructeur van de omgevingsdienst beoordeelt de berekeningen bij het bouwplan.',
        toelichting: 'De constructeur beoordeelt de berekening van de dakvloer.',
        datum: '2026-10-21T09:30:00Z',
        isEindstatus: false,
      },
      startdatum: '2026-10-14',
      open: true,
      behandelaar: { kind: 'organisatorische-eenheid', naam: 'Omgevingsdienst Voorbeeldregio, team Constructies' },
      verwachteEinddatum: '2026-11-04',
      bereikbaar: true,
      organisatie: 'Omgevingsdienst Voorbeeldregio',
    });
    assert.ok(keten.zaaktype?.url.startsWith(api.otherOrganisation.catalogi));

    assert.deepEqual(relaties.relevanteAndereZaken, [{ url: FOREIGN_ZAAK_URL, bereikbaar: false, aardRelatie: 'onderwerp' }]);
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
    // The dakkapel with its local deelzaak expanded, then the other organisation's deelzaak (expanded itself).
    assert.deepEqual(
      requests.map((request) => request.url.split('?')[0]),
      [zaakUrl(api, fixtureZaken.jansen.dakkapel), odvZaakUrl(api)],
    );
    assert.ok(requests.every((request) => request.headers.authorization === 'Bearer sessie'));
  });

  test('the other organisation’s deelzaak reports its hoofdzaak at the municipality', async () => {
    const api = mock();
    const relaties = await getZaakRelaties(ketenClient(api), odvZaakUrl(api));
    const hoofdzaak = reached(relaties.hoofdzaak);
    assert.equal(hoofdzaak.url, zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.equal(hoofdzaak.organisatie, 'Gemeente Voorbeeldstad');
    assert.equal(hoofdzaak.zaaktype?.omschrijving, 'Omgevingsvergunning (dakkapel)');
    assert.equal(hoofdzaak.status?.omschrijving, 'Advies gevraagd');
    assert.deepEqual(relaties.deelzaken, []);
    assert.deepEqual(relaties.relevanteAndereZaken, []);
  });

  test('without the other organisation configured: its deelzaak is unreachable and never requested', async () => {
    const api = mock();
    const relaties = await getZaakRelaties(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.equal(reached(relaties.deelzaken[0]).organisatie, '820045585', 'without a label: the verantwoordelijkeOrganisatie');
    assert.deepEqual(relaties.deelzaken[1], { url: odvZaakUrl(api), bereikbaar: false });
    assert.deepEqual(sentTo(requests, api.otherOrganisation.zaken), []);
    assert.equal(requests.length, 1);
  });

  test('the same relations without expand, and with the other organisation’s Catalogi unconfigured', async () => {
    const api = mock();
    const reference = await getZaakRelaties(ketenClient(api), zaakUrl(api, fixtureZaken.jansen.dakkapel));
    server.resetHandlers();
    const plain = mock({ expand: false });
    assert.deepEqual(await getZaakRelaties(ketenClient(plain), zaakUrl(plain, fixtureZaken.jansen.dakkapel)), reference);
    assert.ok(requests.length > 4);

    // Zaken of the other organisation configured, its Catalogi not: the summary leaves the zaaktype out.
    requests.length = 0;
    const client = createClient({
      gateway: ORIGIN,
      retries: 0,
      sources: { zaken: [`${ORIGIN}/zaken/api/v1`, { url: plain.otherOrganisation.zaken, organisatie: 'ODV' }] },
    });
    const relaties = await getZaakRelaties(client, zaakUrl(plain, fixtureZaken.jansen.dakkapel));
    const keten = reached(relaties.deelzaken[1]);
    assert.equal(keten.zaaktype, undefined);
    assert.equal(keten.omschrijving, 'Toets constructieve veiligheid dakkapel Lindelaan 17');
    assert.equal(keten.status, undefined, 'its statustype lies in the unconfigured Catalogi');
    assert.deepEqual(sentTo(requests, plain.otherOrganisation.catalogi), []);
  });

  test('a zaak resource given directly uses its _expand; a zaak without relations costs nothing more', async () => {
    const api = mock();
    const client = ketenClient(api);
    const zaak = (await (await fetch(`${zaakUrl(api, fixtureZaken.jansen.tozo)}`, { headers: { 'Accept-Crs': 'EPSG:4326' } })).json()) as Record<
      string,
      unknown
    >;
    requests.length = 0;
    assert.deepEqual(await getZaakRelaties(client, zaak), { deelzaken: [], relevanteAndereZaken: [] });
    assert.equal(requests.length, 0);
  });

  test('namesRelatedZaken: whether a zaak resource names a hoofdzaak, deelzaken or relevante andere zaken (then its relations cost requests)', async () => {
    const api = mock();
    const read = async (uuid: string) =>
      (await (await fetch(zaakUrl(api, uuid), { headers: { 'Accept-Crs': 'EPSG:4326' } })).json()) as Record<string, unknown>;
    assert.equal(namesRelatedZaken(await read(fixtureZaken.jansen.tozo)), false);
    assert.equal(namesRelatedZaken(await read(fixtureZaken.jansen.dakkapel)), true);
    const url = 'https://zaken.example/zaken/1';
    assert.equal(namesRelatedZaken({ url, hoofdzaak: 'https://zaken.example/zaken/2' }), true);
    assert.equal(namesRelatedZaken({ url, deelzaken: ['https://zaken.example/zaken/3'] }), true);
    assert.equal(namesRelatedZaken({ url, relevanteAndereZaken: [{ url: 'https://zaken.example/zaken/4', aardRelatie: 'vervolg' }] }), true);
    assert.equal(namesRelatedZaken({ url, hoofdzaak: null, deelzaken: [], relevanteAndereZaken: [] }), false);
  });

  test('a related zaak that is gone or hidden (404/403) is unreachable, with its source’s label', async () => {
    const api = mock();
    server.use(http.get(odvZaakUrl(api), problem(404)));
    const relaties = await getZaakRelaties(ketenClient(api), zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.deepEqual(relaties.deelzaken[1], { url: odvZaakUrl(api), bereikbaar: false, organisatie: 'Omgevingsdienst Voorbeeldregio' });
    server.use(http.get(odvZaakUrl(api), problem(403)));
    assert.equal((await getZaakRelaties(ketenClient(api), zaakUrl(api, fixtureZaken.jansen.dakkapel))).deelzaken[1]?.bereikbaar, false);
  });
});

describe('foreign URLs (core fixtures backend)', () => {
  test('a foreign hoofdzaak is reported unreachable: no request there, the token only to the gateway', async () => {
    const data = dataset();
    const evil = 'https://evil.example/zaken/api/v1/zaken/1';
    data.zaken[0] = {
      ...data.zaken[0],
      hoofdzaak: evil,
      deelzaken: [`${GATEWAY}/zaken/api/v1x/zaken/2`, Z('z2')],
      relevanteAndereZaken: [{ url: 'http://gw.example/api/zaken/api/v1/zaken/z3', aardRelatie: 'vervolg' }, { aardRelatie: 'x' }, 5],
    };
    server.use(
      ...backend(data),
      http.all('https://evil.example/*', () => HttpResponse.json({ url: evil })),
    );
    const client = createClient({ gateway: GATEWAY, token: () => 'geheim', retries: 0 });
    const relaties = await getZaakRelaties(client, Z('z1'));
    assert.deepEqual(relaties.hoofdzaak, { url: evil, bereikbaar: false });
    assert.deepEqual(relaties.deelzaken[0], { url: `${GATEWAY}/zaken/api/v1x/zaken/2`, bereikbaar: false });
    assert.equal(reached(relaties.deelzaken[1]).identificatie, 'ZAAK-z2');
    // Another scheme is another origin.
    assert.deepEqual(relaties.relevanteAndereZaken, [{ url: 'http://gw.example/api/zaken/api/v1/zaken/z3', bereikbaar: false, aardRelatie: 'vervolg' }]);
    assert.deepEqual(
      requests.filter((request) => !request.url.startsWith(`${GATEWAY}/`)),
      [],
    );
    assert.ok(requests.every((request) => request.headers.authorization === 'Bearer geheim'));
  });
});

describe('errors and abort', () => {
  test('each error kind of the zaak itself; a related zaak’s server error propagates', async () => {
    const api = mock();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    await assertErrorKinds(
      (resolver) => server.use(http.get(dakkapel, resolver)),
      () => getZaakRelaties(ketenClient(api), dakkapel),
      [...FAILURE_KINDS, [problem(404), 'not-found'], [() => HttpResponse.json(['geen', 'zaak']), 'invalid-response']],
    );
    server.use(http.get(dakkapel, () => delay('infinite')));
    await assert.rejects(getZaakRelaties(ketenClient(api, { timeout: 30 }), dakkapel), { kind: 'timeout' });
    server.resetHandlers();
    const fresh = mock();
    server.use(http.get(odvZaakUrl(fresh), problem(500)));
    await assert.rejects(getZaakRelaties(ketenClient(fresh), zaakUrl(fresh, fixtureZaken.jansen.dakkapel)), { kind: 'server' });
    server.use(http.get(odvZaakUrl(fresh), () => HttpResponse.json('zaak')));
    await assert.rejects(getZaakRelaties(ketenClient(fresh), zaakUrl(fresh, fixtureZaken.jansen.dakkapel)), { kind: 'invalid-response' });
  });

  test('abort while the other organisation answers', async () => {
    const api = mock();
    const controller = new AbortController();
    server.use(
      http.get(odvZaakUrl(api), async () => {
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await assert.rejects(getZaakRelaties(ketenClient(api), zaakUrl(api, fixtureZaken.jansen.dakkapel), { signal: controller.signal }), { name: 'AbortError' });
  });
});
