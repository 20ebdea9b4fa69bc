// listProducten / findProducten against the mock's Open Product (snake_case, page_size) and against
// hand-written answers for every error kind and malformed data.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { fixtureProducten, fixtureZaken } from '@klantbeeld/mock-api';
import {
  createClient,
  findProducten,
  listProducten,
  productFase,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  NotAuthenticatedError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnconfiguredOriginError,
  ValidationError,
  type ProductSummary,
} from '@klantbeeld/core';
import { GATEWAY, useMockApi } from './helpers.js';

const { server, requests, mock } = useMockApi({ origin: 'https://gw.example', basePath: '/api' });
const PRODUCTEN = `${GATEWAY}/producten/api/v1`;
const ZAKEN = `${GATEWAY}/zaken/api/v1`;

const client = (extra: Parameters<typeof createClient>[0] = {}) => createClient({ gateway: GATEWAY, retries: 0, ...extra });
const byUuid = (producten: readonly ProductSummary[], uuid: string) => producten.find((product) => product.uuid === uuid);

describe('listProducten — against the mock', () => {
  test("the resident's products as view models: phase, decimal price, linked zaken (configured ones as zaakUrl)", async () => {
    mock();
    const producten = await listProducten(client());
    assert.equal(producten.length, 4);
    assert.deepEqual(byUuid(producten, fixtureProducten.jansen.parkeervergunning), {
      url: `${PRODUCTEN}/producten/${fixtureProducten.jansen.parkeervergunning}`,
      uuid: fixtureProducten.jansen.parkeervergunning,
      naam: 'Bewonersparkeervergunning Centrum-Oost',
      producttype: { naam: 'Bewonersparkeervergunning', code: 'PV-BEWONER' },
      status: 'actief',
      fase: 'geleverd',
      startdatum: '2024-03-01',
      einddatum: '2027-02-28',
      prijs: '84.60',
      frequentie: 'jaarlijks',
      zaken: [
        {
          zaakUrl: `${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning2024}`,
          tekst: `${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning2024}`,
          aanvraag: true,
        },
        {
          zaakUrl: `${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}`,
          tekst: `${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}`,
          aanvraag: false,
        },
      ],
    } satisfies ProductSummary);
    // A zaak at another organisation (not a configured source) stays text.
    const hond = byUuid(producten, fixtureProducten.jansen.hondenbelasting);
    assert.equal(hond?.zaken.length, 1);
    assert.equal(hond?.zaken[0]?.zaakUrl, undefined);
    assert.match(hond?.zaken[0]?.tekst ?? '', /^https:\/\/zaken\.belastingsamenwerking/);
    // A URN-only aanvraag zaak; no price; blank frequentie.
    const tozo = byUuid(producten, fixtureProducten.jansen.tozo);
    assert.deepEqual(tozo?.zaken, [{ tekst: 'urn:nld:gemeentevoorbeeldstad:suite:zrc:zaak:identificatie:ZAAK-2021-0001388', aanvraag: true }]);
    assert.equal(tozo?.fase, 'beeindigd');
    assert.equal(tozo?.prijs, undefined);
    assert.equal(tozo?.frequentie, undefined);
    const dakkapel = byUuid(producten, fixtureProducten.jansen.omgevingsvergunning);
    assert.equal(dakkapel?.fase, 'aangevraagd');
    assert.equal(dakkapel?.startdatum, undefined);
    assert.deepEqual(dakkapel?.zaken, [
      { zaakUrl: `${ZAKEN}/zaken/${fixtureZaken.jansen.dakkapel}`, tekst: `${ZAKEN}/zaken/${fixtureZaken.jansen.dakkapel}`, aanvraag: true },
    ]);
  });

  test('no BSN and no owner filter in any request URL; status goes as `status=`', async () => {
    const api = mock();
    const actief = await listProducten(client(), { status: 'actief' });
    assert.deepEqual(actief.map((product) => product.uuid).sort(), [fixtureProducten.jansen.hondenbelasting, fixtureProducten.jansen.parkeervergunning].sort());
    assert.equal(api.requests.length, 1);
    const url = new URL(api.requests[0]?.url ?? '');
    assert.equal(url.pathname, '/api/producten/api/v1/producten');
    assert.equal(url.searchParams.get('status'), 'actief');
    assert.ok(
      [...api.requests, ...requests].every((request) => !/999993653|eigenaren__/.test(request.url)),
      requests.map((r) => r.url).join('\n'),
    );
    // Owner filters passed anyway (bypassing the types) are dropped.
    await findProducten(client(), { eigenaren__bsn: '999993653', eigenaren__kvk_nummer: '12345678' } as never);
    assert.ok(requests.every((request) => !/999993653|eigenaren__/.test(request.url)));
  });

  test('empty: a resident without products', async () => {
    mock({ resident: 'leeg' });
    assert.deepEqual(await listProducten(client()), []);
  });

  test('pagination: follows `next` (page, page_size) over 4 pages', async () => {
    const api = mock({ pageSize: 1 });
    const producten = await listProducten(client());
    assert.equal(producten.length, 4);
    assert.equal(api.requests.length, 4);
    assert.deepEqual(
      api.requests.map((request) => new URL(request.url).searchParams.get('page')),
      [null, '2', '3', '4'],
    );
    assert.deepEqual(await listProducten(client(), { status: 'actief' }).then((list) => list.length), 2);
    // page_size is sent as Open Product spells it.
    requests.length = 0;
    await findProducten(client(), {}, { pageSize: 2 });
    assert.deepEqual(
      requests.map((request) => new URL(request.url).searchParams.get('page_size')),
      ['2', '2'],
    );
  });

  test('a second configured Zaken source (another organisation) makes its zaak URLs links too', async () => {
    mock();
    const other = 'https://zaken.belastingsamenwerking-voorbeeldregio.example/zaken/api/v1';
    const producten = await listProducten(client({ sources: { zaken: [ZAKEN, { url: other, organisatie: 'Belastingsamenwerking' }] } }));
    const hond = byUuid(producten, fixtureProducten.jansen.hondenbelasting);
    assert.match(hond?.zaken[0]?.zaakUrl ?? '', /^https:\/\/zaken\.belastingsamenwerking/);
  });

  test("a mock 400 (unknown status) is a ValidationError; another resident's products never show", async () => {
    mock();
    await assert.rejects(findProducten(client(), { status: 'misschien' as never }), ValidationError);
    server.resetHandlers();
    mock({ resident: 'de-vries' });
    assert.deepEqual(
      (await listProducten(client())).map((product) => product.uuid),
      [fixtureProducten['de-vries'].parkeervergunning],
    );
  });
});

describe('listProducten — errors', () => {
  const answer = (status: number, body: object = { detail: 'Fout.' }) => http.get(`${PRODUCTEN}/producten`, () => HttpResponse.json(body, { status }));

  for (const [status, kind, body] of [
    [400, ValidationError, { status: ['Selecteer een geldige keuze.'] }],
    [401, NotAuthenticatedError, { detail: 'Authenticatiegegevens zijn niet opgegeven.' }],
    [403, ForbiddenError, { detail: 'U heeft geen toestemming om deze actie uit te voeren.' }],
    [404, NotFoundError, { detail: 'Niet gevonden.' }],
    [429, RateLimitedError, { detail: 'Verzoek is afgeremd.' }],
    [500, ServerError, { detail: 'Serverfout.' }],
    [503, ServerError, { detail: 'Onderhoud.' }],
  ] as const) {
    test(`${status} → ${kind.name}`, async () => {
      server.use(answer(status, body));
      await assert.rejects(listProducten(client()), kind);
    });
  }

  test('network failure → NetworkError', async () => {
    server.use(http.get(`${PRODUCTEN}/producten`, () => HttpResponse.error()));
    await assert.rejects(listProducten(client()), NetworkError);
  });

  test('not a page (HTML login page, or results not a list) → InvalidResponseError', async () => {
    server.use(http.get(`${PRODUCTEN}/producten`, () => HttpResponse.html('<html>Inloggen</html>')));
    await assert.rejects(listProducten(client()), InvalidResponseError);
    server.use(answer(200, { count: 1, results: 'geen lijst' }));
    await assert.rejects(listProducten(client()), InvalidResponseError);
  });

  test('a `next` link to an unconfigured origin is refused, nothing sent there', async () => {
    server.use(answer(200, { count: 2, next: 'https://evil.example/producten?page=2', previous: null, results: [] }));
    await assert.rejects(listProducten(client()), UnconfiguredOriginError);
    assert.ok(requests.every((request) => !request.url.startsWith('https://evil.example')));
  });

  test('abort: a pre-aborted signal sends nothing; an abort in flight rejects with the reason', async () => {
    server.use(
      http.get(`${PRODUCTEN}/producten`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const reason = new Error('weg');
    await assert.rejects(listProducten(client(), { signal: AbortSignal.abort(reason) }), (error) => error === reason);
    assert.equal(requests.length, 0);
    const controller = new AbortController();
    const pending = listProducten(client(), { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(pending, (error) => error === reason);
  });
});

describe('listProducten — whatever the server sends', () => {
  test('malformed entries give sane view models or are left out, never a TypeError', async () => {
    const item = (fields: Record<string, unknown>) => ({ url: `${PRODUCTEN}/producten/x`, uuid: 'x', ...fields });
    server.use(
      http.get(`${PRODUCTEN}/producten`, () =>
        HttpResponse.json({
          count: 7,
          next: null,
          previous: null,
          results: [
            null,
            'product',
            { naam: 'zonder url' },
            item({ naam: '', producttype: { naam: 'Type', code: 5 }, status: 'zoek', prijs: 12.5, frequentie: 'wekelijks', zaken: 'geen' }),
            item({
              producttype: null,
              prijs: '1,50',
              zaken: [null, { url: 'javascript:alert(1)' }, { urn: 'urn:x:y' }, { url: `${ZAKEN}/zaken/a`, urn: 'urn:x:a' }],
              aanvraag_zaak_url: `${ZAKEN}/zaken/a`,
            }),
            item({ status: 'gereed', prijs: '-', aanvraag_zaak_urn: 'urn:x:y', zaken: [{ url: 'http://elders.example/zaken/b' }] }),
            item({ status: 'toString' }),
          ],
        }),
      ),
    );
    const producten = await listProducten(client());
    assert.equal(producten.length, 4);
    assert.deepEqual(producten[0], { url: `${PRODUCTEN}/producten/x`, uuid: 'x', naam: 'Type', producttype: { naam: 'Type' }, prijs: '12.5', zaken: [] });
    assert.deepEqual(producten[1]?.zaken, [
      { zaakUrl: `${ZAKEN}/zaken/a`, tekst: `${ZAKEN}/zaken/a`, aanvraag: true },
      { tekst: 'javascript:alert(1)', aanvraag: false },
      { tekst: 'urn:x:y', aanvraag: false },
    ]);
    assert.equal(producten[1]?.prijs, undefined);
    assert.equal(producten[1]?.naam, '');
    assert.deepEqual(producten[2]?.zaken, [
      { tekst: 'urn:x:y', aanvraag: true },
      { tekst: 'http://elders.example/zaken/b', aanvraag: false },
    ]);
    assert.equal(producten[2]?.fase, 'geleverd');
    assert.equal(producten[3]?.status, undefined);
    assert.equal(producten[3]?.fase, undefined);
  });

  test('a server that ignores the status filter does not make other products appear', async () => {
    server.use(
      http.get(`${PRODUCTEN}/producten`, () =>
        HttpResponse.json({
          count: 2,
          next: null,
          previous: null,
          results: [
            { url: `${PRODUCTEN}/producten/a`, status: 'actief' },
            { url: `${PRODUCTEN}/producten/b`, status: 'verlopen' },
          ],
        }),
      ),
    );
    assert.deepEqual(
      (await listProducten(client(), { status: 'verlopen' })).map((product) => product.uuid),
      ['b'],
    );
  });

  test('productFase groups every status and knows no others', () => {
    assert.deepEqual(['initieel', 'in_aanvraag', 'gereed', 'actief', 'ingetrokken', 'geweigerd', 'verlopen', 'onbekend', 'constructor'].map(productFase), [
      'aangevraagd',
      'aangevraagd',
      'geleverd',
      'geleverd',
      'beeindigd',
      'beeindigd',
      'beeindigd',
      undefined,
      undefined,
    ]);
  });
});
