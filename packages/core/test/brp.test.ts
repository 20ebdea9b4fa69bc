// getPersoon against the mock's BRP (POST /personen with fields) and Klantinteracties (the resident's BSN),
// and hand-written answers: the BSN only in bodies, fields projection, geheimhouding, polymorphic dates.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import type { MockApiOptions } from '@klantbeeld/mock-api';
import {
  PERSOON_FIELDS,
  brpDatum,
  createClient,
  getPersoon,
  raadpleegPersonen,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  NotAuthenticatedError,
  ValidationError,
  type PersoonGegevens,
} from '@klantbeeld/core';
import { GATEWAY, useMockApi } from './helpers.js';
import { testErrorStatuses } from './error-statuses.js';

const { server, requests, mock: mockApi } = useMockApi({ origin: 'https://gw.example', basePath: '/api' });
const BRP = `${GATEWAY}/haalcentraal/api/brp`;
const KLANTINTERACTIES = `${GATEWAY}/klantinteracties/api/v1`;

/** Bodies of the POSTs to the BRP, in order. */
const bodies: any[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.method === 'POST' && request.url.startsWith(BRP))
    void request
      .clone()
      .json()
      .then((body) => bodies.push(body));
});

/** The recorded bodies once `count` have arrived (the recorder reads a clone asynchronously). */
async function postedBodies(count: number): Promise<any[]> {
  for (let i = 0; i < 200 && bodies.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 1));
  return bodies;
}

function mock(options: MockApiOptions = {}) {
  bodies.length = 0;
  return mockApi(options);
}
const client = () => createClient({ gateway: GATEWAY, retries: 0 });

const JANSEN: PersoonGegevens = {
  naam: { volledigeNaam: 'Fatima El Amrani', voornamen: 'Fatima', geslachtsnaam: 'El Amrani' },
  geboortedatum: { iso: '1986-04-12', tekst: '12 april 1986' },
  leeftijd: 40,
  adres: { regels: ['Lindelaan 17', '3581 KP  VOORBEELDSTAD'], land: 'Nederland' },
  verblijfplaats: {
    type: 'Adres',
    straat: 'Lindelaan',
    huisnummer: 17,
    postcode: '3581KP',
    woonplaats: 'Voorbeeldstad',
    sinds: { iso: '2025-08-28', tekst: '28 augustus 2025' },
  },
  geheimhouding: false,
  adresVerborgen: false,
};

describe('getPersoon — resident mode against the mock', () => {
  test("the resident's BSN comes from Klantinteracties and travels only in the POST body", async () => {
    const api = mock();
    const persoon = await getPersoon(client());
    assert.deepEqual(persoon, JANSEN);
    // The mock's own request log (what reached the gateway) holds no BSN in any URL either.
    assert.equal(api.requests.length, 2);
    for (const request of api.requests) assert.ok(!request.url.includes('999993653'), request.url);
    assert.deepEqual(
      requests.map((request) => `${request.method} ${new URL(request.url).pathname}`),
      ['GET /api/klantinteracties/api/v1/partijen', 'POST /api/haalcentraal/api/brp/personen'],
    );
    for (const request of requests) assert.ok(!request.url.includes('999993653'), request.url);
    assert.deepEqual(await postedBodies(1), [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: [...PERSOON_FIELDS] }]);
    assert.match(requests[1]?.headers['content-type'] ?? '', /^application\/json/);
  });

  test('geheimhouding: flagged; the resident sees their own address by default, or not when asked', async () => {
    mock({ resident: 'de-vries' });
    const eigen = await getPersoon(client());
    assert.equal(eigen?.geheimhouding, true);
    assert.equal(eigen?.adresVerborgen, false);
    assert.deepEqual(eigen?.adres?.regels, ['Havenkade 42 B', '3582 AB  VOORBEELDSTAD']);
    assert.equal(eigen?.verblijfplaats?.huisletter, 'B');
    const verborgen = await getPersoon(client(), { toonAdresBijGeheimhouding: false });
    assert.equal(verborgen?.geheimhouding, true);
    assert.equal(verborgen?.adresVerborgen, true);
    assert.equal(verborgen?.adres, undefined);
    assert.equal(verborgen?.verblijfplaats, undefined);
    assert.equal(verborgen?.naam.volledigeNaam, 'Pieter Jan de Vries');
  });

  test('polymorphic dates and a Locatie as verblijfplaats (JaarMaandDatum, JaarDatum)', async () => {
    mock({ resident: 'leeg' });
    const persoon = await getPersoon(client());
    assert.deepEqual(persoon?.geboortedatum, { iso: '1958-03', tekst: 'maart 1958' });
    assert.deepEqual(persoon?.verblijfplaats, { type: 'Locatie', locatiebeschrijving: 'Woonboot bij de Zuiderbrug', sinds: { iso: '1994', tekst: '1994' } });
    assert.deepEqual(persoon?.adres, { regels: ['Woonboot bij de Zuiderbrug', 'VOORBEELDSTAD'], land: 'Nederland' });
  });

  test('fields projection: only what is asked for comes back; automatic fields are never asked for', async () => {
    mock();
    const persoon = await getPersoon(client(), { fields: ['naam.voornamen', 'geheimhoudingPersoonsgegevens', 'naam.inOnderzoek'] });
    assert.deepEqual(persoon, { naam: { voornamen: 'Fatima' }, geheimhouding: false, adresVerborgen: false });
    assert.deepEqual((await postedBodies(1)).at(-1)?.fields, ['naam.voornamen']);
  });

  test('empty: a resident without a partij (no BSN known) → undefined, and the BRP is not asked', async () => {
    const api = mock();
    api.seedZaken('bench', 0);
    api.setResident('bench');
    assert.equal(await getPersoon(client()), undefined);
    assert.ok(requests.every((request) => !request.url.startsWith(BRP)));
  });
});

describe('getPersoon — employee mode', () => {
  test('the given BSN goes in the body; Klantinteracties is not asked; the address is hidden under geheimhouding', async () => {
    mock({ resident: 'de-vries' });
    const persoon = await getPersoon(client(), { bsn: '999990019' });
    assert.deepEqual(
      requests.map((request) => request.method),
      ['POST'],
    );
    assert.ok(!requests[0]?.url.includes('999990019'));
    assert.equal(persoon?.geheimhouding, true);
    assert.equal(persoon?.adresVerborgen, true);
    assert.equal(persoon?.adres, undefined);
    const toon = await getPersoon(client(), { bsn: '999990019', toonAdresBijGeheimhouding: true });
    assert.equal(toon?.adres?.regels[0], 'Havenkade 42 B');
  });

  test('personen: [] → undefined', async () => {
    server.use(http.post(`${BRP}/personen`, () => HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen: [] })));
    assert.equal(await getPersoon(client(), { bsn: '999993653' }), undefined);
    server.use(http.post(`${BRP}/personen`, () => HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer' })));
    assert.equal(await getPersoon(client(), { bsn: '999993653' }), undefined);
  });
});

describe('getPersoon — errors', () => {
  test('BadRequestFoutbericht (unknown field, malformed BSN) → ValidationError with invalidParams', async () => {
    mock();
    const unknown = await getPersoon(client(), { fields: ['naam.bestaatNiet'] }).catch((e: unknown) => e);
    assert.ok(unknown instanceof ValidationError, String(unknown));
    assert.equal(unknown.invalidParams[0]?.name, 'fields');
    assert.equal(unknown.problem?.code, 'paramsValidation');
    const bsn = await getPersoon(client(), { bsn: '12345' }).catch((e: unknown) => e);
    assert.ok(bsn instanceof ValidationError, String(bsn));
    assert.deepEqual(
      bsn.invalidParams.map((param) => param.name),
      ['burgerservicenummer'],
    );
  });

  test("Foutbericht 403 (another person's BSN at the resident gateway) → ForbiddenError", async () => {
    mock();
    await assert.rejects(getPersoon(client(), { bsn: '999990019' }), ForbiddenError);
  });

  testErrorStatuses(
    server,
    [401, 404, 500, 503],
    (status) =>
      http.post(`${BRP}/personen`, () =>
        HttpResponse.json(
          {
            type: 'https://datatracker.ietf.org/doc/html/rfc7231',
            title: 'Fout',
            status,
            detail: 'Fout',
            instance: '/haalcentraal/api/brp/personen',
            code: 'fout',
          },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    () => getPersoon(client(), { bsn: '999993653' }),
  );

  test('network failure → NetworkError; not a personen response → InvalidResponseError', async () => {
    server.use(http.post(`${BRP}/personen`, () => HttpResponse.error()));
    await assert.rejects(getPersoon(client(), { bsn: '999993653' }), NetworkError);
    for (const body of [['persoon'], { personen: 'geen lijst' }, 'tekst']) {
      server.use(http.post(`${BRP}/personen`, () => HttpResponse.json(body)));
      await assert.rejects(getPersoon(client(), { bsn: '999993653' }), InvalidResponseError, JSON.stringify(body));
    }
  });

  test('a failure of the partij lookup propagates (resident mode)', async () => {
    server.use(http.get(`${KLANTINTERACTIES}/partijen`, () => HttpResponse.json({ detail: 'Niet ingelogd.' }, { status: 401 })));
    await assert.rejects(getPersoon(client()), NotAuthenticatedError);
  });

  test('fields that leave nothing to ask (or more than 130) are a TypeError; nothing is sent', async () => {
    await assert.rejects(getPersoon(client(), { bsn: '999993653', fields: [] }), TypeError);
    await assert.rejects(getPersoon(client(), { bsn: '999993653', fields: ['rni', 'inOnderzoek'] }), TypeError);
    await assert.rejects(getPersoon(client(), { bsn: '999993653', fields: Array.from({ length: 131 }, () => 'naam') }), TypeError);
    assert.equal(requests.length, 0);
  });

  test('abort: pre-aborted sends nothing; in flight rejects with the reason', async () => {
    server.use(
      http.post(`${BRP}/personen`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const reason = new Error('weg');
    await assert.rejects(getPersoon(client(), { bsn: '999993653', signal: AbortSignal.abort(reason) }), (error) => error === reason);
    await assert.rejects(getPersoon(client(), { signal: AbortSignal.abort(reason) }), (error) => error === reason);
    assert.equal(requests.length, 0);
    const controller = new AbortController();
    const pending = getPersoon(client(), { bsn: '999993653', signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(pending, (error) => error === reason);
  });
});

describe('getPersoon — whatever the server sends', () => {
  test('someone else in the answer is never shown; odd values give a sane view model', async () => {
    server.use(
      http.post(`${BRP}/personen`, () =>
        HttpResponse.json({
          type: 'RaadpleegMetBurgerservicenummer',
          personen: [
            { burgerservicenummer: '999990019', naam: { volledigeNaam: 'Iemand Anders' } },
            {
              burgerservicenummer: '999993653',
              geheimhoudingPersoonsgegevens: 7,
              naam: { voornamen: 'Fatima', geslachtsnaam: 'El Amrani', volledigeNaam: 3 },
              leeftijd: -1,
              geboorte: { datum: { type: 'Datum', datum: '12-04-1986', langFormaat: '12 april 1986' } },
              adressering: { adresregel1: '', land: 'NL' },
              verblijfplaats: { type: 'Woonwagen', verblijfadres: { woonplaats: 'X' } },
            },
          ],
        }),
      ),
    );
    const persoon = await getPersoon(client(), { bsn: '999993653', toonAdresBijGeheimhouding: true });
    assert.deepEqual(persoon, {
      naam: { volledigeNaam: 'Fatima El Amrani', voornamen: 'Fatima', geslachtsnaam: 'El Amrani' },
      geboortedatum: { tekst: '12 april 1986' },
      geheimhouding: true,
      adresVerborgen: false,
    });
    server.use(http.post(`${BRP}/personen`, () => HttpResponse.json({ personen: [{ burgerservicenummer: '999990019' }] })));
    assert.equal(await getPersoon(client(), { bsn: '999993653' }), undefined);
  });

  test('brpDatum: every date type, and nonsense', () => {
    assert.deepEqual(brpDatum({ type: 'Datum', datum: '2001-02-03', langFormaat: '3 februari 2001' }), { iso: '2001-02-03', tekst: '3 februari 2001' });
    assert.deepEqual(brpDatum({ type: 'JaarMaandDatum', jaar: 1958, maand: 3, langFormaat: 'maart 1958' }), { iso: '1958-03', tekst: 'maart 1958' });
    assert.deepEqual(brpDatum({ type: 'JaarDatum', jaar: 812 }), { iso: '0812', tekst: '0812' });
    assert.deepEqual(brpDatum({ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }), { tekst: 'onbekend' });
    assert.deepEqual(brpDatum({ type: 'DatumOnbekend' }), { tekst: 'onbekend' });
    assert.deepEqual(brpDatum({ type: 'JaarMaandDatum', jaar: 1958, maand: 13 }), undefined);
    assert.deepEqual(brpDatum({ type: 'Iets', langFormaat: 'ooit' }), { tekst: 'ooit' });
    for (const value of [undefined, null, '2001-02-03', [], { type: 'Datum' }]) assert.equal(brpDatum(value), undefined, JSON.stringify(value));
  });

  test('raadpleegPersonen sends the body the standard defines', async () => {
    mock();
    const response = await raadpleegPersonen(client(), ['999993653'], ['naam.geslachtsnaam', 'rni']);
    assert.deepEqual(response, { type: 'RaadpleegMetBurgerservicenummer', personen: [{ naam: { geslachtsnaam: 'El Amrani' } }] });
    assert.deepEqual((await postedBodies(1)).at(-1), {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: ['999993653'],
      fields: ['naam.geslachtsnaam'],
    });
  });
});
