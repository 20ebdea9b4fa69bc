// The Zaken and Catalogi extensions: zoekZaken (POST _zoek, paginated), zaakinformatieobjecten and
// zaakbesluiten (plain arrays), listSubstatussen (betrokkenen only), informatieobjecttypen and
// besluittypen (cached); each with success, empty, errors, pagination and abort where it applies.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { fixtureBesluiten, fixtureOtherOrganisation, fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import {
  getBesluittype,
  getResultaattypen,
  getRoltypen,
  getInformatieobjecttype,
  getZaakbesluiten,
  getZaakinformatieobjecten,
  listBesluittypen,
  listInformatieobjecttypen,
  listSubstatussen,
  UnconfiguredOriginError,
  zoekZaken,
} from '@klantbeeld/core';
import { FOREIGN_ORIGIN, ORIGIN, gatewayClient, ketenClient, sentTo, settled, useMockServer } from './zgw-helpers.js';
import { assertErrorKinds, FAILURE_KINDS, problem as problemWith } from './failure-kinds.js';

const { requests, mock, server } = useMockServer();
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const CATALOGI = `${ORIGIN}/catalogi/api/v1`;
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const problem = (status: number) => problemWith(status, { invalidParams: [{ name: 'uuid__in', code: 'invalid', reason: 'x' }] });

describe('zoekZaken (POST /zaken/_zoek)', () => {
  test('filters in the body, CRS headers, every page POSTed again (4 pages with pageSize 2)', async () => {
    mock({ pageSize: 2 });
    const uuids = Object.values(fixtureZaken.jansen);
    const zaken = await zoekZaken(gatewayClient(), { uuid__in: uuids });
    assert.deepEqual(zaken.map((zaak) => zaak.uuid).sort(), [...uuids].sort());
    await settled();
    const posts = sentTo(requests, `${ZAKEN}/zaken/_zoek`, 'POST');
    assert.deepEqual(
      posts.map((request) => new URL(request.url).searchParams.get('page')),
      [null, '2', '3', '4'],
    );
    assert.ok(
      posts.every(
        (request) => request.body === posts[0]?.body && request.headers['content-crs'] === 'EPSG:4326' && request.headers['accept-crs'] === 'EPSG:4326',
      ),
    );
    assert.deepEqual(JSON.parse(posts[0]?.body ?? ''), { uuid__in: uuids });
  });

  test('uuid__in selects; an empty answer is []', async () => {
    mock();
    const client = gatewayClient();
    const zaken = await zoekZaken(client, { uuid__in: [fixtureZaken.jansen.tozo, fixtureZaken['de-vries'].tozo] });
    assert.deepEqual(
      zaken.map((zaak) => zaak.uuid),
      [fixtureZaken.jansen.tozo],
    );
    assert.deepEqual(await zoekZaken(client, { uuid__in: [fixtureZaken['de-vries'].tozo] }), []);
  });

  test('errors: 400 with invalidParams, 500, network, invalid page, a next link leaving the source; abort', async () => {
    mock();
    server.use(http.post(`${ZAKEN}/zaken/_zoek`, problem(400)));
    await assert.rejects(zoekZaken(gatewayClient(), { uuid__in: [fixtureZaken.jansen.tozo] }), (error: { kind: string; invalidParams: { name: string }[] }) => {
      assert.equal(error.kind, 'validation');
      assert.equal(error.invalidParams[0]?.name, 'uuid__in');
      return true;
    });
    for (const [resolver, kind] of [
      [problem(500), 'server'],
      [() => HttpResponse.error(), 'network'],
      [() => HttpResponse.json({ count: 1 }), 'invalid-response'],
    ] as const) {
      server.use(http.post(`${ZAKEN}/zaken/_zoek`, resolver));
      await assert.rejects(zoekZaken(gatewayClient(), {}), { kind }, kind);
    }
    server.use(
      http.post(`${ZAKEN}/zaken/_zoek`, () => HttpResponse.json({ count: 2, next: `${FOREIGN_ORIGIN}/zaken/api/v1/zaken/_zoek?page=2`, results: [] })),
    );
    await assert.rejects(zoekZaken(gatewayClient(), {}), UnconfiguredOriginError);
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
    const controller = new AbortController();
    server.use(
      http.post(`${ZAKEN}/zaken/_zoek`, async () => {
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await assert.rejects(zoekZaken(gatewayClient(), {}, { signal: controller.signal }), { name: 'AbortError' });
  });

  test('a next link to another configured organisation is refused too: the body stays with its source', async () => {
    const api = mock();
    server.use(
      http.post(`${ZAKEN}/zaken/_zoek`, () => HttpResponse.json({ count: 2, next: `${api.otherOrganisation.zaken}/zaken/_zoek?page=2`, results: [] })),
    );
    await assert.rejects(zoekZaken(ketenClient(api), {}), UnconfiguredOriginError);
    assert.deepEqual(sentTo(requests, api.otherOrganisation.zaken), []);
  });
});

describe('zaakinformatieobjecten and zaakbesluiten (plain arrays)', () => {
  test('success, empty, and at the other organisation’s Zaken API', async () => {
    const api = mock();
    const client = ketenClient(api);
    const links = await getZaakinformatieobjecten(client, zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.equal(links.length, 7);
    assert.deepEqual(await getZaakinformatieobjecten(client, zaakUrl(api, fixtureZaken.jansen.lantaarnpaal)), []);
    const besluiten = await getZaakbesluiten(client, zaakUrl(api, fixtureZaken.jansen.tozo));
    assert.deepEqual(
      besluiten.map((link) => link.besluit.split('/').pop()).sort(),
      [fixtureBesluiten.tozoVoorschot, fixtureBesluiten.tozoToekenning, fixtureBesluiten.tozoVaststelling].sort(),
    );
    assert.deepEqual(await getZaakbesluiten(client, zaakUrl(api, fixtureZaken.jansen.lantaarnpaal)), []);
    // The other organisation's zaak: asked at its own Zaken API.
    const odv = `${api.otherOrganisation.zaken}/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}`;
    requests.length = 0;
    assert.deepEqual(await getZaakinformatieobjecten(client, odv), []);
    assert.deepEqual(await getZaakbesluiten(client, odv), []);
    assert.ok(requests.every((request) => request.url.startsWith(api.otherOrganisation.zaken)));
  });

  test('errors and abort', async () => {
    const api = mock();
    const tozo = zaakUrl(api, fixtureZaken.jansen.tozo);
    for (const [resolver, kind] of [
      [problem(403), 'forbidden'],
      [problem(404), 'not-found'],
      [() => HttpResponse.error(), 'network'],
      [() => HttpResponse.json('lijst'), 'invalid-response'],
    ] as const) {
      server.use(http.get(`${tozo}/besluiten`, resolver), http.get(`${ZAKEN}/zaakinformatieobjecten`, resolver));
      await assert.rejects(getZaakbesluiten(gatewayClient(), tozo), { kind }, kind);
      await assert.rejects(getZaakinformatieobjecten(gatewayClient(), tozo), { kind }, kind);
    }
    await assert.rejects(getZaakbesluiten(gatewayClient(), `${FOREIGN_ORIGIN}/zaken/api/v1/zaken/1`), UnconfiguredOriginError);
    await assert.rejects(getZaakinformatieobjecten(gatewayClient(), tozo, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
  });
});

describe('listSubstatussen', () => {
  test('only betrokkenen, oldest first, asked with doelgroep=betrokkenen', async () => {
    const api = mock();
    const parkeren = zaakUrl(api, fixtureZaken.jansen.parkeervergunning);
    const substatussen = await listSubstatussen(gatewayClient(), parkeren);
    assert.deepEqual(
      substatussen.map((s) => [s.omschrijving, s.tijdstip]),
      [
        ['We hebben gecontroleerd dat u in het vergunninggebied woont.', '2026-11-04T09:10:00Z'],
        ['We wachten op een kopie van uw kentekenbewijs.', '2026-11-05T13:40:30Z'],
        ['We hebben u een herinnering gestuurd: uw kentekenbewijs is nog niet binnen.', '2026-11-19T08:00:00Z'],
      ],
    );
    assert.ok(substatussen.every((s) => s.status?.startsWith(`${ZAKEN}/statussen/`) && s.url.startsWith(`${ZAKEN}/substatussen/`)));
    const query = new URL(requests[0]?.url ?? '').searchParams;
    assert.equal(query.get('zaak'), parkeren);
    assert.equal(query.get('doelgroep'), 'betrokkenen');
  });

  test('a server that ignores doelgroep: intern and blank substatussen are still hidden', async () => {
    const api = mock();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    server.use(
      http.get(`${ZAKEN}/substatussen`, () =>
        HttpResponse.json({
          count: 6,
          next: null,
          results: [
            { url: `${ZAKEN}/substatussen/1`, zaak: dakkapel, omschrijving: 'Intern', doelgroep: 'intern', tijdstip: '2026-10-01T00:00:00Z' },
            { url: `${ZAKEN}/substatussen/2`, zaak: dakkapel, omschrijving: 'Leeg', doelgroep: '', tijdstip: '2026-10-01T00:00:00Z' },
            { url: `${ZAKEN}/substatussen/3`, zaak: dakkapel, omschrijving: 'Zonder doelgroep' },
            { url: `${ZAKEN}/substatussen/4`, zaak: `${dakkapel}x`, omschrijving: 'Andere zaak', doelgroep: 'betrokkenen' },
            { url: `${ZAKEN}/substatussen/5`, zaak: dakkapel, omschrijving: 'Zonder tijdstip', doelgroep: 'betrokkenen' },
            { url: `${ZAKEN}/substatussen/6`, zaak: dakkapel, omschrijving: 'Voor u', doelgroep: 'betrokkenen', tijdstip: '2026-10-02T00:00:00Z' },
            { zaak: dakkapel, omschrijving: 'Zonder url', doelgroep: 'betrokkenen' },
            null,
          ],
        }),
      ),
    );
    assert.deepEqual(
      (await listSubstatussen(gatewayClient(), dakkapel)).map((s) => s.omschrijving),
      ['Voor u', 'Zonder tijdstip'],
    );
  });

  test('empty, pagination over 3 pages, a Zaken API without substatussen (404 → [])', async () => {
    const api = mock({ pageSize: 1 });
    const client = gatewayClient();
    assert.deepEqual(await listSubstatussen(client, zaakUrl(api, fixtureZaken.jansen.lantaarnpaal)), []);
    requests.length = 0;
    assert.equal((await listSubstatussen(client, zaakUrl(api, fixtureZaken.jansen.parkeervergunning))).length, 3);
    assert.equal(requests.length, 3);
    server.use(http.get(`${ZAKEN}/substatussen`, problem(404)));
    assert.deepEqual(await listSubstatussen(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.dakkapel)), []);
  });

  test('errors and abort', async () => {
    const api = mock();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    await assertErrorKinds(
      (resolver) => server.use(http.get(`${ZAKEN}/substatussen`, resolver)),
      () => listSubstatussen(gatewayClient(), dakkapel),
      [...FAILURE_KINDS, [() => HttpResponse.json({ results: {} }), 'invalid-response']],
    );
    server.use(http.get(`${ZAKEN}/substatussen`, () => delay('infinite')));
    await assert.rejects(listSubstatussen(gatewayClient({ timeout: 30 }), dakkapel), { kind: 'timeout' });
    const controller = new AbortController();
    server.use(
      http.get(`${ZAKEN}/substatussen`, async () => {
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await assert.rejects(listSubstatussen(gatewayClient(), dakkapel, { signal: controller.signal }), { name: 'AbortError' });
  });
});

describe('informatieobjecttypen and besluittypen (Catalogi, cached)', () => {
  test('lists over 3 pages, details, and no Catalogi request on a warm cache', async () => {
    const api = mock({ pageSize: 3 });
    const client = gatewayClient();
    const typen = await listInformatieobjecttypen(client);
    assert.equal(typen.length, 8);
    assert.equal(sentTo(requests, `${CATALOGI}/informatieobjecttypen`).length, 3);
    const catalogus = typen[0]?.catalogus ?? '';
    assert.equal((await listInformatieobjecttypen(client, { catalogus })).length, 8);
    const iot = await getInformatieobjecttype(client, typen[0]?.url ?? '');
    assert.equal(iot.omschrijving, 'Aanvraagformulier');
    assert.ok(Array.isArray(iot.zaaktypen));

    const tozo = (await (await fetch(zaakUrl(api, fixtureZaken.jansen.tozo), { headers: { 'Accept-Crs': 'EPSG:4326' } })).json()) as { zaaktype: string };
    const besluittypen = await listBesluittypen(client, { zaaktype: tozo.zaaktype });
    assert.equal(besluittypen.length, 4);
    assert.equal(new URL(sentTo(requests, `${CATALOGI}/besluittypen`)[0]?.url ?? '').searchParams.get('zaaktypen'), tozo.zaaktype);
    assert.equal((await listBesluittypen(client, { catalogus })).length, 6);
    assert.equal((await getBesluittype(client, besluittypen[0]?.url ?? '')).reactietermijn, 'P6W');

    requests.length = 0;
    await listInformatieobjecttypen(client);
    await listBesluittypen(client, { zaaktype: tozo.zaaktype });
    await getInformatieobjecttype(client, typen[0]?.url ?? '');
    await getBesluittype(client, besluittypen[0]?.url ?? '');
    assert.equal(requests.length, 0);
    client.reset();
    await getBesluittype(client, besluittypen[0]?.url ?? '');
    assert.equal(requests.length, 1);
  });

  test('empty, errors and abort', async () => {
    mock();
    const client = gatewayClient();
    assert.deepEqual(await listBesluittypen(client, { zaaktype: `${CATALOGI}/zaaktypen/00000000-0000-4000-8000-000000000000` }), []);
    await assert.rejects(getInformatieobjecttype(client, `${CATALOGI}/informatieobjecttypen/00000000-0000-4000-8000-000000000000`), { kind: 'not-found' });
    await assert.rejects(listBesluittypen(client, { zaaktype: 'geen-url' }), { kind: 'validation' });
    server.use(http.get(`${CATALOGI}/informatieobjecttypen`, problem(500)));
    await assert.rejects(listInformatieobjecttypen(gatewayClient()), { kind: 'server' });
    await assert.rejects(getBesluittype(client, `${FOREIGN_ORIGIN}/catalogi/api/v1/besluittypen/1`), UnconfiguredOriginError);
    await assert.rejects(listBesluittypen(gatewayClient(), { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
  });
});

describe('getRoltypen / getResultaattypen (Catalogi lists per zaaktype)', () => {
  test('every roltype and resultaattype of the zaaktype, cached per client', async () => {
    const api = mock();
    const client = gatewayClient();
    const zaak = await client.getUrl<{ zaaktype: string }>(zaakUrl(api, fixtureZaken.jansen.tozo));
    const roltypen = await getRoltypen(client, zaak.zaaktype);
    assert.ok(roltypen.length > 0);
    assert.ok(roltypen.every((roltype) => roltype.zaaktype === zaak.zaaktype));
    assert.ok(roltypen.some((roltype) => roltype.omschrijvingGeneriek === 'behandelaar'));
    const resultaattypen = await getResultaattypen(client, zaak.zaaktype);
    assert.ok(resultaattypen.length > 0);
    assert.ok(resultaattypen.every((resultaattype) => resultaattype.zaaktype === zaak.zaaktype));
    const before = requests.filter((request) => request.url.startsWith(CATALOGI)).length;
    await getRoltypen(client, zaak.zaaktype);
    await getResultaattypen(client, zaak.zaaktype);
    assert.equal(requests.filter((request) => request.url.startsWith(CATALOGI)).length, before);
  });
});
