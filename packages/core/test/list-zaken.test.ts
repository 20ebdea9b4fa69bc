// listZaken against an Open Zaak-like backend: filters, expand and its fallbacks, request counts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, listZaken, getZaak, NotFoundError, type ZaakSummary } from '@klantbeeld/core';
import { CATALOGI, GATEWAY, ZAKEN, requestsTo, useServer } from './helpers.js';
import { backend, dataset, ZT, ST, Z } from './fixtures.js';

const { server, requests } = useServer();
const zakenRequests = () => requestsTo(requests, `${ZAKEN}/zaken`);

const expectedZ1: ZaakSummary = {
  url: Z('z1'),
  uuid: 'z1',
  identificatie: 'ZAAK-z1',
  omschrijving: 'Parkeervergunning Kerkstraat',
  zaaktype: { url: ZT, identificatie: 'ZT-PARK', omschrijving: 'Aanvraag parkeervergunning' },
  status: { omschrijving: 'In behandeling', toelichting: 'Wij beoordelen uw aanvraag.', datum: '2026-01-05T10:00:00Z', isEindstatus: false },
  startdatum: '2026-01-02',
  open: true,
  behandelaar: { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' },
  verwachteEinddatum: '2026-02-01',
};

describe('listZaken', () => {
  test('open zaken with expand: one request, full summaries', async () => {
    server.use(...backend(dataset()));
    const client = createClient({ gateway: GATEWAY });
    const zaken = await listZaken(client, { status: 'open' });
    assert.deepEqual(zaken, [
      {
        url: Z('z3'),
        uuid: 'z3',
        identificatie: 'ZAAK-z3',
        omschrijving: 'Nog niet gestart',
        zaaktype: { url: ZT, identificatie: 'ZT-PARK', omschrijving: 'Aanvraag parkeervergunning' },
        startdatum: '2026-02-01',
        open: true,
        verwachteEinddatum: '2026-04-01',
      },
      expectedZ1,
    ]);
    assert.equal(requests.length, 1);
    const url = new URL(requests[0]?.url ?? '');
    assert.equal(url.searchParams.get('einddatum__isnull'), 'true');
    assert.equal(url.searchParams.get('ordering'), '-startdatum');
    assert.equal(url.searchParams.get('expand'), 'zaaktype,status.statustype,rollen');
    assert.equal(url.searchParams.has('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'), false);
  });

  test("'afgerond' → einddatum__isnull=false; 'alle' (default) → neither", async () => {
    server.use(...backend(dataset()));
    const client = createClient({ gateway: GATEWAY });
    const afgerond = await listZaken(client, { status: 'afgerond' });
    assert.deepEqual(
      afgerond.map((zaak) => [zaak.uuid, zaak.open, zaak.einddatum, zaak.omschrijving]),
      [['z2', false, '2025-10-20', 'Aanvraag parkeervergunning']],
    );
    assert.deepEqual(afgerond[0]?.status, { omschrijving: 'Afgerond', toelichting: 'Vergunning verleend.', datum: '2025-10-20T09:00:00Z', isEindstatus: true });
    assert.equal(new URL(requests[0]?.url ?? '').searchParams.get('einddatum__isnull'), 'false');
    const alle = await listZaken(client);
    assert.deepEqual(
      alle.map((zaak) => zaak.uuid),
      ['z3', 'z1', 'z2'],
    );
    assert.equal(new URL(requests[1]?.url ?? '').searchParams.has('einddatum__isnull'), false);
  });

  test('without expand (configured off): per-zaak fetches give the same summaries; Catalogi once per URL', async () => {
    server.use(...backend(dataset()));
    const client = createClient({ sources: { zaken: { url: ZAKEN, expand: false }, catalogi: CATALOGI } });
    const zaken = await listZaken(client, { status: 'open' });
    assert.deepEqual(zaken[1], expectedZ1);
    assert.equal(new URL(zakenRequests()[0]?.url ?? '').searchParams.has('expand'), false);
    // z1: status + rollen; z3: no status (null) and no rollen (empty list) → nothing.
    assert.deepEqual(
      requests.map((request) => request.url.slice(GATEWAY.length)).sort(),
      [
        '/catalogi/api/v1/statustypen/st2',
        '/catalogi/api/v1/zaaktypen/zt1',
        `/zaken/api/v1/rollen?zaak=${encodeURIComponent(Z('z1'))}&omschrijvingGeneriek=behandelaar`,
        '/zaken/api/v1/statussen/s1b',
        '/zaken/api/v1/zaken?ordering=-startdatum&einddatum__isnull=true',
      ].sort(),
    );
    requests.length = 0;
    await listZaken(client, { status: 'alle' });
    // The second call fetches the new status' statustype only; zaaktype and st2 come from the cache.
    assert.deepEqual(
      requestsTo(requests, CATALOGI).map((request) => request.url),
      [ST[2]],
    );
  });

  test('auto-detection: a 400 on expand retries once without, and the client remembers', async () => {
    server.use(...backend(dataset(), { expand: false }));
    // No list cache, so that the second call shows what the client sends.
    const client = createClient({ gateway: GATEWAY, listMaxAge: 0 });
    const first = await listZaken(client, { status: 'open' });
    assert.deepEqual(first[1], expectedZ1);
    assert.deepEqual(
      zakenRequests().map((request) => new URL(request.url).searchParams.has('expand')),
      [true, false],
    );
    requests.length = 0;
    await listZaken(client, { status: 'open' });
    assert.deepEqual(
      zakenRequests().map((request) => new URL(request.url).searchParams.has('expand')),
      [false],
    );
    // Another client asks again, and so does this one after a reset.
    requests.length = 0;
    await listZaken(createClient({ gateway: GATEWAY }), { status: 'open' });
    assert.equal(zakenRequests().length, 2);
    requests.length = 0;
    client.reset();
    await listZaken(client, { status: 'open' });
    assert.equal(zakenRequests().length, 2);
  });

  test('a 400 about another parameter is not retried', async () => {
    server.use(...backend(dataset()));
    const client = createClient({ gateway: GATEWAY });
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.get(`${ZAKEN}/zaken`, () =>
        HttpResponse.json(
          { status: 400, invalidParams: [{ name: 'ordering', code: 'invalid', reason: 'x' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await assert.rejects(listZaken(client), { kind: 'validation' });
    assert.equal(requests.length, 1);
  });

  test('dropped _expand entries fall back to fetching exactly those relations', async () => {
    server.use(...backend(dataset(), { dropExpand: ['zaaktype', 'rollen'] }));
    const client = createClient({ gateway: GATEWAY });
    const zaken = await listZaken(client, { status: 'open' });
    assert.deepEqual(zaken[1], expectedZ1);
    const fetched = requests.slice(1).map((request) => request.url.slice(GATEWAY.length).split('?')[0]);
    // zaaktype once (shared by z1 and z3, in flight at the same time), rollen for z1 only (z3 has none).
    assert.deepEqual(fetched.sort(), ['/catalogi/api/v1/zaaktypen/zt1', '/zaken/api/v1/rollen']);
  });

  test('a missing nested statustype is fetched', async () => {
    const data = dataset();
    server.use(...backend(data, { dropExpand: ['status.statustype'] }));
    const { http, HttpResponse } = await import('msw');
    // Serve `status` expanded without its nested statustype.
    server.use(
      http.get(`${ZAKEN}/zaken`, () =>
        HttpResponse.json({
          count: 1,
          next: null,
          results: [{ ...data.zaken[0], _expand: { zaaktype: data.catalogi[ZT], status: data.statussen[1], rollen: [] } }],
        }),
      ),
    );
    const zaken = await listZaken(createClient({ gateway: GATEWAY }));
    assert.equal(zaken[0]?.status?.omschrijving, 'In behandeling');
    assert.deepEqual(
      requests.slice(1).map((request) => request.url),
      [ST[1]],
    );
    assert.equal(zaken[0]?.behandelaar, undefined);
  });

  test('pagination: every page is followed', async () => {
    server.use(...backend(dataset(), { pageSize: 1 }));
    const zaken = await listZaken(createClient({ gateway: GATEWAY }));
    assert.deepEqual(
      zaken.map((zaak) => zaak.uuid),
      ['z3', 'z1', 'z2'],
    );
    assert.equal(zakenRequests().length, 3);
  });

  test('behandelaar policy naam shows the medewerker when there is no unit', async () => {
    server.use(...backend(dataset()));
    const [z2] = await listZaken(createClient({ gateway: GATEWAY, behandelaar: 'naam' }), { status: 'afgerond' });
    assert.deepEqual(z2?.behandelaar, { kind: 'medewerker', naam: 'K. Smit' });
    const [hidden] = await listZaken(createClient({ gateway: GATEWAY }), { status: 'afgerond' });
    assert.equal(hidden?.behandelaar, undefined);
  });
});

describe('getZaak', () => {
  test('by URL, with expand', async () => {
    server.use(...backend(dataset()));
    const zaak = await getZaak(createClient({ gateway: GATEWAY }), Z('z2'));
    assert.equal(zaak.identificatie, 'ZAAK-z2');
    assert.equal(zaak._expand?.resultaat?.resultaattype, 'https://gw.example/api/catalogi/api/v1/resultaattypen/rt1');
    assert.equal(new URL(requests[0]?.url ?? '').searchParams.get('expand'), 'zaaktype,status.statustype,resultaat.resultaattype,rollen');
  });

  test('by identificatie via GET /zaken?identificatie=', async () => {
    server.use(...backend(dataset()));
    const zaak = await getZaak(createClient({ gateway: GATEWAY }), 'ZAAK-z1');
    assert.equal(zaak.url, Z('z1'));
    assert.equal(new URL(requests[0]?.url ?? '').searchParams.get('identificatie'), 'ZAAK-z1');
  });

  test('an unknown identificatie → NotFoundError; a zaak that is not an object → InvalidResponseError', async () => {
    server.use(...backend(dataset()));
    const client = createClient({ gateway: GATEWAY });
    await assert.rejects(getZaak(client, 'ZAAK-onbekend'), NotFoundError);
    await assert.rejects(getZaak(client, Z('nope')), NotFoundError);
    const { http, HttpResponse } = await import('msw');
    server.use(http.get(`${ZAKEN}/zaken/:id`, () => HttpResponse.json(['not', 'a', 'zaak'])));
    await assert.rejects(getZaak(client, Z('z1')), { kind: 'invalid-response' });
  });
});
