// listVerwerkingen against the mock's Verwerkingenlogging inzage API and hand-written answers: the
// default range from an injected `now`, resident mode without objectId, vertrouwelijk never shown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { fixtureOrganisaties } from '@klantbeeld/mock-api';
import {
  createClient,
  listVerwerkingen,
  verwerkingenPeriode,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  ValidationError,
  type Verwerking,
} from '@klantbeeld/core';
import { GATEWAY, useMockApi } from './helpers.js';
import { testErrorStatuses } from './error-statuses.js';

const { server, requests, mock } = useMockApi({ origin: 'https://gw.example', basePath: '/api' });
const VERWERKINGEN = `${GATEWAY}/verwerkingen/api/v1`;
const NOW = new Date('2026-11-29T12:00:00Z');
const NAMEN = Object.fromEntries(Object.values(fixtureOrganisaties).map(({ oin, naam }) => [oin, naam]));

const client = () => createClient({ gateway: GATEWAY, retries: 0 });
const params = (url: string | undefined) => Object.fromEntries(new URL(url ?? '').searchParams);

describe('listVerwerkingen — against the mock', () => {
  test('default range: the last three months up to today (from `now`), newest first, named organisations', async () => {
    const api = mock();
    const verwerkingen = await listVerwerkingen(client(), { now: NOW, organisaties: NAMEN });
    assert.deepEqual(params(api.requests[0]?.url), { objecttype: 'persoon', soortObjectId: 'BSN', beginDatum: '2026-08-29', eindDatum: '2026-11-30' });
    // 16 verwerkte objecten, of which two belong to one action.
    assert.equal(verwerkingen.length, 15);
    assert.deepEqual(verwerkingen[0], {
      actieId: verwerkingen[0]?.actieId ?? '',
      tijdstip: '2026-11-27T06:00:00+01:00',
      actieNaam: 'Verwerken betaling termijn',
      handelingNaam: 'Automatische incasso',
      verwerkingNaam: 'Heffen hondenbelasting',
      verwerkingsactiviteitUrl: verwerkingen[0]?.verwerkingsactiviteitUrl,
      uitvoerder: { oin: '00000001823288444000', naam: 'Belastingsamenwerking Voorbeeldregio' },
      soortenGegevens: ['Naam', 'Rekeningnummer'],
      betrokkenheid: 'Belastingplichtige',
      vertrouwelijkheid: 'normaal',
    } satisfies Verwerking);
    assert.match(verwerkingen[0]?.verwerkingsactiviteitUrl ?? '', /^https:\/\/register\.belastingsamenwerking/);
    const times = verwerkingen.map((v) => Date.parse(v.tijdstip));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    // The action that lists the resident twice: once, with the kinds of data of both.
    const aanvraag = verwerkingen.find((v) => v.verwerkingNaam === 'Verlenen omgevingsvergunning' && v.actieNaam === 'Registreren aanvraag');
    assert.deepEqual(aanvraag?.soortenGegevens, ['Naam', 'Adres', 'BSN', 'E-mailadres', 'Kadastrale gegevens']);
    // Afnemers: an organisation by OIN (named), a person without their number.
    const verstrekt = verwerkingen.find((v) => v.actieNaam === 'Verstrekken aanvraag aan omgevingsdienst');
    assert.deepEqual(verstrekt?.afnemer, { soort: 'organisatie', oin: '00000001820045585000', naam: 'Omgevingsdienst Voorbeeldregio' });
    const gemachtigde = verwerkingen.find((v) => v.actieNaam === 'Verstrekken status aan gemachtigde');
    assert.deepEqual(gemachtigde?.afnemer, { soort: 'persoon' });
    assert.ok(!JSON.stringify(verwerkingen).includes('999992235'));
  });

  test('resident mode: no objectId and no BSN in any request URL', async () => {
    const api = mock({ pageSize: 5 });
    await listVerwerkingen(client(), { now: NOW });
    assert.equal(api.requests.length, 4);
    for (const request of [...api.requests, ...requests]) {
      assert.ok(!new URL(request.url).searchParams.has('objectId'), request.url);
      assert.ok(!/999993653/.test(request.url), request.url);
    }
  });

  test('six months: 25 actions, vertrouwelijk ones absent, opgeheven ones present', async () => {
    mock();
    const verwerkingen = await listVerwerkingen(client(), { van: '2026-05-01', tot: '2026-11-30' });
    assert.equal(verwerkingen.length, 25);
    assert.equal(verwerkingen.filter((v) => v.vertrouwelijkheid === 'opgeheven').length, 2);
    assert.ok(verwerkingen.every((v) => v.vertrouwelijkheid === 'normaal' || v.vertrouwelijkheid === 'opgeheven'));
    assert.ok(!verwerkingen.some((v) => /Fraude|Adresonderzoek|Handhaving/.test(v.verwerkingNaam ?? '')));
    assert.equal(new Set(verwerkingen.map((v) => v.uitvoerder?.oin)).size, 3);
  });

  test('pagination: 3 pages of 10 followed through `next`', async () => {
    const api = mock({ pageSize: 10 });
    const verwerkingen = await listVerwerkingen(client(), { van: '2026-05-01', tot: '2026-11-30' });
    assert.equal(verwerkingen.length, 25);
    assert.deepEqual(
      api.requests.map((request) => params(request.url).page),
      [undefined, '2', '3'],
    );
  });

  test('`tot` is inclusive: a single day', async () => {
    const api = mock();
    const dag = await listVerwerkingen(client(), { van: '2026-11-03', tot: '2026-11-03' });
    assert.deepEqual(
      dag.map((v) => v.actieNaam),
      ['Raadplegen BRP', 'Registreren aanvraag'],
    );
    assert.equal(params(api.requests[0]?.url).eindDatum, '2026-11-04');
  });

  test('empty: a resident without logged processing', async () => {
    mock({ resident: 'leeg' });
    assert.deepEqual(await listVerwerkingen(client(), { now: NOW }), []);
  });

  test("employee mode: objectId in the query (the standard's only way); another person's → ForbiddenError at the resident gateway", async () => {
    const api = mock();
    const own = await listVerwerkingen(client(), { now: NOW, bsn: '999993653' });
    assert.equal(own.length, 15);
    assert.equal(params(api.requests[0]?.url).objectId, '999993653');
    await assert.rejects(listVerwerkingen(client(), { now: NOW, bsn: '999990019' }), ForbiddenError);
  });
});

describe('listVerwerkingen — errors', () => {
  const answer = (status: number, body: unknown, type = 'application/problem+json') =>
    http.get(`${VERWERKINGEN}/verwerkte-objecten`, () => new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
  const fout = (status: number) => ({ type: 'x', code: 'c', title: 't', status, detail: 'd', instance: 'urn:uuid:1' });

  test('400 ValidatieFout → ValidationError with invalidParams', async () => {
    server.use(answer(400, { ...fout(400), invalidParams: [{ name: 'objectId', code: 'required', reason: 'Dit veld is vereist.' }] }));
    const error = await listVerwerkingen(client(), { now: NOW }).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.invalidParams, [{ name: 'objectId', code: 'required', reason: 'Dit veld is vereist.' }]);
  });

  testErrorStatuses(
    server,
    [401, 403, 404, 500],
    (status) => answer(status, fout(status)),
    () => listVerwerkingen(client(), { now: NOW }),
  );

  test('network failure → NetworkError; not a page → InvalidResponseError', async () => {
    server.use(http.get(`${VERWERKINGEN}/verwerkte-objecten`, () => HttpResponse.error()));
    await assert.rejects(listVerwerkingen(client(), { now: NOW }), NetworkError);
    server.use(answer(200, { count: 0 }, 'application/json'));
    await assert.rejects(listVerwerkingen(client(), { now: NOW }), InvalidResponseError);
  });

  test('a malformed range is a TypeError before anything is sent', async () => {
    for (const options of [{ van: '2026-02-30' }, { tot: '29-11-2026' }, { van: '2026-11-02', tot: '2026-11-01' }]) {
      await assert.rejects(listVerwerkingen(client(), { ...options, now: NOW }), TypeError, JSON.stringify(options));
    }
    assert.equal(requests.length, 0);
  });

  test('abort: pre-aborted sends nothing; in flight rejects with the reason', async () => {
    server.use(
      http.get(`${VERWERKINGEN}/verwerkte-objecten`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const reason = new Error('weg');
    await assert.rejects(listVerwerkingen(client(), { now: NOW, signal: AbortSignal.abort(reason) }), (error) => error === reason);
    assert.equal(requests.length, 0);
    const controller = new AbortController();
    const pending = listVerwerkingen(client(), { now: NOW, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(pending, (error) => error === reason);
  });
});

describe('listVerwerkingen — whatever the server sends', () => {
  test('vertrouwelijk and unreadable entries are dropped; links must be http(s)', async () => {
    const actie = (fields: Record<string, unknown>) => ({ actieId: 'a', tijdstip: '2026-11-01T10:00:00+01:00', vertrouwelijkheid: 'normaal', ...fields });
    server.use(
      http.get(`${VERWERKINGEN}/verwerkte-objecten`, () =>
        HttpResponse.json({
          count: 9,
          next: null,
          previous: null,
          results: [
            null,
            { verwerkteSoortenGegevens: [{ soortGegeven: 'Naam' }] },
            { verwerkingsactie: actie({ actieId: 'geheim', vertrouwelijkheid: 'vertrouwelijk' }) },
            { verwerkingsactie: actie({ actieId: 'raar', vertrouwelijkheid: 'zeer_geheim' }) },
            { verwerkingsactie: actie({ actieId: 'geen-tijd', tijdstip: 'gisteren' }) },
            { verwerkingsactie: actie({ actieId: undefined }) },
            {
              verwerkteSoortenGegevens: [{ soortGegeven: ' Naam ' }, { soortGegeven: 'Naam' }, null, { soortGegeven: 3 }],
              verwerkingsactie: actie({
                actieId: 'ok',
                vertrouwelijkheid: undefined,
                verwerkingsactiviteitUrl: 'javascript:alert(1)',
                soortAfnemerId: 'KVK',
                afnemerId: '12345678',
                uitvoerder: 'x',
              }),
            },
            {
              verwerkingsactie: actie({
                actieId: 'oin',
                tijdstip: '2026-11-02T10:00:00+01:00',
                afnemerId: '00000001820045585000',
                vertrouwelijkheid: 'opgeheven',
              }),
            },
          ],
        }),
      ),
    );
    const verwerkingen = await listVerwerkingen(client(), { now: NOW, organisaties: { x: 'Organisatie X' } });
    assert.deepEqual(verwerkingen, [
      {
        actieId: 'oin',
        tijdstip: '2026-11-02T10:00:00+01:00',
        afnemer: { soort: 'organisatie', oin: '00000001820045585000' },
        soortenGegevens: [],
        vertrouwelijkheid: 'opgeheven',
      },
      {
        actieId: 'ok',
        tijdstip: '2026-11-01T10:00:00+01:00',
        uitvoerder: { oin: 'x', naam: 'Organisatie X' },
        soortenGegevens: ['Naam'],
        vertrouwelijkheid: 'normaal',
      },
    ]);
  });

  test('verwerkingenPeriode: local calendar day, months clamped to a shorter month', () => {
    assert.deepEqual(verwerkingenPeriode({ now: new Date(2026, 4, 31, 12) }), {
      van: '2026-02-28',
      tot: '2026-05-31',
      beginDatum: '2026-02-28',
      eindDatum: '2026-06-01',
    });
    assert.deepEqual(verwerkingenPeriode({ tot: '2024-05-31' }).van, '2024-02-29');
    assert.deepEqual(verwerkingenPeriode({ van: '2025-12-31', tot: '2025-12-31' }), {
      van: '2025-12-31',
      tot: '2025-12-31',
      beginDatum: '2025-12-31',
      eindDatum: '2026-01-01',
    });
  });
});
