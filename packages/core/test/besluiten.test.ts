// listBesluiten: the mock's fixtures (dates, bezwaar deadline, vervalreden, documents), pagination,
// caching of besluittypen, the document visibility rules, every error kind, abort.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { fixtureBesluiten, fixtureDocumenten, fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import { listBesluiten, NotFoundError, type BesluitView } from '@klantbeeld/core';
import { ORIGIN, gatewayClient, sentTo, useMockServer } from './zgw-helpers.js';
import { assertErrorKinds, FAILURE_KINDS, problem } from './failure-kinds.js';

const { requests, mock, server } = useMockServer();
const BESLUITEN = `${ORIGIN}/besluiten/api/v1`;
const CATALOGI = `${ORIGIN}/catalogi/api/v1`;
const DOCUMENTEN = `${ORIGIN}/documenten/api/v1`;
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const besluitUrl = (uuid: string) => `${BESLUITEN}/besluiten/${uuid}`;

describe('listBesluiten against the mock API', () => {
  test('three besluiten of the Tozo zaak, oldest first, with type, dates and their documents', async () => {
    const api = mock();
    const besluiten = await listBesluiten(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.tozo));
    assert.deepEqual(
      besluiten.map((besluit) => [besluit.identificatie, besluit.besluittype?.omschrijving, besluit.datum]),
      [
        ['BESLUIT-2021-000212', 'Voorschot Tozo-uitkering', '2021-03-24'],
        ['BESLUIT-2021-000377', 'Toekenning Tozo-uitkering', '2021-04-27'],
        ['BESLUIT-2021-000391', 'Vaststelling Tozo-uitkering', '2021-04-28'],
      ],
    );
    const toekenning = besluiten[1] as BesluitView;
    const { documenten, besluittype, ...rest } = toekenning;
    assert.deepEqual(rest, {
      url: besluitUrl(fixtureBesluiten.tozoToekenning),
      identificatie: 'BESLUIT-2021-000377',
      datum: '2021-04-27',
      ingangsdatum: '2021-04-01',
      vervaldatum: '2021-06-30',
      vervalreden: 'tijdelijk',
      vervalredenWeergave: 'Besluit met tijdelijke werking',
      uiterlijkeReactiedatum: '2021-06-08',
      toelichting: 'Tozo-uitkering levensonderhoud voor april, mei en juni 2021.',
      verzenddatum: '2021-04-27',
    });
    assert.match(besluittype?.url ?? '', /\/catalogi\/api\/v1\/besluittypen\//);
    assert.deepEqual(
      documenten.map((document) => [document.uuid, document.titel, document.informatieobjecttype?.omschrijving]),
      [[fixtureDocumenten.besluitTozoToekenning, 'Besluit toekenning Tozo-uitkering', 'Besluit']],
    );
    assert.ok(documenten[0]?.downloadUrl?.endsWith('/download'));
    // One list page, one BIO list per besluit, 3 besluittypen, one _zoek for all documents, one informatieobjecttype.
    assert.equal(sentTo(requests, `${BESLUITEN}/besluiten`).length, 1);
    assert.equal(sentTo(requests, `${BESLUITEN}/besluitinformatieobjecten`).length, 3);
    assert.equal(sentTo(requests, `${CATALOGI}/besluittypen/`).length, 3);
    assert.equal(sentTo(requests, `${DOCUMENTEN}/enkelvoudiginformatieobjecten/_zoek`, 'POST').length, 1);
    assert.equal(requests.length, 1 + 3 + 3 + 1 + 1);
  });

  test('a published procedural besluit without bezwaar, and a lapsed vergunning', async () => {
    const api = mock();
    const client = gatewayClient();
    const [verdaging] = await listBesluiten(client, zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.equal(verdaging?.besluittype?.omschrijving, 'Verdaging beslistermijn');
    assert.equal(verdaging?.publicatiedatum, '2026-11-12');
    assert.equal(verdaging?.uiterlijkeReactiedatum, undefined);
    assert.equal(verdaging?.vervaldatum, undefined);
    assert.equal(verdaging?.vervalreden, undefined);
    assert.deepEqual(
      verdaging?.documenten.map((document) => document.uuid),
      [fixtureDocumenten.briefVerdaging],
    );
    const [vergunning] = await listBesluiten(client, zaakUrl(api, fixtureZaken.jansen.parkeervergunning2024));
    assert.equal(vergunning?.vervaldatum, '2025-02-28');
    assert.equal(vergunning?.uiterlijkeReactiedatum, '2024-04-08');
  });

  test('empty: a zaak without besluiten costs one request; besluittypen are cached across calls', async () => {
    const api = mock();
    const client = gatewayClient();
    assert.deepEqual(await listBesluiten(client, zaakUrl(api, fixtureZaken.jansen.lantaarnpaal)), []);
    assert.equal(requests.length, 1);
    await listBesluiten(client, zaakUrl(api, fixtureZaken.jansen.tozo));
    requests.length = 0;
    client.invalidate(`${BESLUITEN}/besluiten`);
    await listBesluiten(client, zaakUrl(api, fixtureZaken.jansen.tozo));
    assert.equal(sentTo(requests, CATALOGI).length, 0);
    await assert.rejects(listBesluiten(client, { url: null }), NotFoundError);
  });

  test('pagination: three pages of besluiten with pageSize 1', async () => {
    const api = mock({ pageSize: 1 });
    const besluiten = await listBesluiten(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.tozo));
    assert.equal(besluiten.length, 3);
    assert.deepEqual(
      sentTo(requests, `${BESLUITEN}/besluiten`).map((request) => new URL(request.url).searchParams.get('page')),
      [null, '2', '3'],
    );
  });

  test('document visibility applies to besluit documents too', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    // The toekenning's document gets a second, confidential one; a besluit of another zaak sneaks into the list.
    const geheim = `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${fixtureDocumenten.bankafschriften}`;
    server.use(
      http.get(`${BESLUITEN}/besluitinformatieobjecten`, ({ request }) => {
        const besluit = new URL(request.url).searchParams.get('besluit');
        const links = [
          {
            url: `${BESLUITEN}/besluitinformatieobjecten/1`,
            besluit,
            informatieobject: `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${fixtureDocumenten.besluitTozoToekenning}`,
          },
        ];
        if (besluit === besluitUrl(fixtureBesluiten.tozoToekenning))
          links.push({ url: `${BESLUITEN}/besluitinformatieobjecten/2`, besluit, informatieobject: geheim });
        links.push({ url: `${BESLUITEN}/besluitinformatieobjecten/3`, besluit: `${besluit}-ander`, informatieobject: geheim });
        return HttpResponse.json(links);
      }),
    );
    const openbaar = await listBesluiten(gatewayClient(), tozo);
    assert.deepEqual(
      openbaar[1]?.documenten.map((document) => document.uuid),
      [fixtureDocumenten.besluitTozoToekenning],
    );
    const alles = await listBesluiten(gatewayClient(), tozo, { maxVertrouwelijkheid: 'zeer_geheim' });
    assert.deepEqual(
      alles[1]?.documenten.map((document) => document.uuid),
      [fixtureDocumenten.besluitTozoToekenning, fixtureDocumenten.bankafschriften],
    );
  });

  test('a server that ignores the zaak filter: besluiten of other zaken are left out; garbage is sane', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    server.use(
      http.get(`${BESLUITEN}/besluiten`, () =>
        HttpResponse.json({
          count: 5,
          next: null,
          results: [
            { url: besluitUrl('a'), zaak: `${tozo}-ander`, datum: '2020-01-01' },
            { url: besluitUrl('b'), zaak: tozo, datum: 7, identificatie: ['x'], besluittype: 12, vervalreden: 'onbekend', toelichting: '' },
            { zaak: tozo },
            null,
            'besluit',
          ],
        }),
      ),
      http.get(`${BESLUITEN}/besluitinformatieobjecten`, () => HttpResponse.json([null, { besluit: besluitUrl('b') }])),
    );
    const besluiten = await listBesluiten(gatewayClient(), tozo);
    assert.deepEqual(besluiten, [{ url: besluitUrl('b'), identificatie: '', datum: '', ingangsdatum: '', documenten: [] }]);
  });
});

describe('errors and abort', () => {
  test('each error kind of the besluiten list', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    await assertErrorKinds(
      (resolver) => server.use(http.get(`${BESLUITEN}/besluiten`, resolver)),
      () => listBesluiten(gatewayClient(), tozo),
      [...FAILURE_KINDS, [problem(404), 'not-found'], [() => HttpResponse.json({ results: 'geen lijst' }), 'invalid-response']],
    );
    server.use(http.get(`${BESLUITEN}/besluiten`, () => delay('infinite')));
    await assert.rejects(listBesluiten(gatewayClient({ timeout: 30 }), tozo), { kind: 'timeout' });
  });

  test('besluitinformatieobjecten errors propagate; a besluittype that is gone is left out', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    server.use(http.get(`${CATALOGI}/besluittypen/:uuid`, problem(404)));
    const besluiten = await listBesluiten(gatewayClient(), tozo);
    assert.deepEqual(
      besluiten.map((besluit) => besluit.besluittype),
      [undefined, undefined, undefined],
    );
    assert.equal(besluiten[0]?.documenten.length, 1);
    server.use(http.get(`${BESLUITEN}/besluitinformatieobjecten`, problem(500)));
    await assert.rejects(listBesluiten(gatewayClient(), tozo), { kind: 'server' });
  });

  test('abort while the list is in flight, and an aborted signal sends nothing', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    const controller = new AbortController();
    server.use(
      http.get(`${BESLUITEN}/besluitinformatieobjecten`, async () => {
        controller.abort();
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    await assert.rejects(listBesluiten(gatewayClient(), tozo, { signal: controller.signal }), { name: 'AbortError' });
    requests.length = 0;
    await assert.rejects(listBesluiten(gatewayClient(), tozo, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(requests.length, 0);
  });
});
