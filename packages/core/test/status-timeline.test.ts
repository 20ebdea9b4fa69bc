// getStatusTimeline: open, closed (with resultaat) and not-started cases, odd data, request counts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, getStatusTimeline, getZaak, type TimelineStep } from '@klantbeeld/core';
import { CATALOGI, GATEWAY, ZAKEN, useServer } from './helpers.js';
import { backend, dataset, ST, Z, ZT } from './fixtures.js';

const { server, requests } = useServer();
const states = (steps: readonly TimelineStep[]) => steps.map((step) => `${step.volgnummer}:${step.state}`);

describe('getStatusTimeline', () => {
  test('open case: done, current, upcoming with dates, texts and behandelaar', async () => {
    server.use(...backend(dataset()));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z1'));
    assert.deepEqual(timeline, {
      zaak: {
        url: Z('z1'),
        identificatie: 'ZAAK-z1',
        omschrijving: 'Parkeervergunning Kerkstraat',
        zaaktype: { url: ZT, identificatie: 'ZT-PARK', omschrijving: 'Aanvraag parkeervergunning' },
      },
      steps: [
        {
          statustype: ST[0],
          volgnummer: 1,
          omschrijving: 'Ontvangen',
          statustekst: 'We hebben uw aanvraag.',
          state: 'done',
          datum: '2026-01-02T09:00:00Z',
          isEindstatus: false,
        },
        {
          statustype: ST[1],
          volgnummer: 2,
          omschrijving: 'In behandeling',
          state: 'current',
          datum: '2026-01-05T10:00:00Z',
          toelichting: 'Wij beoordelen uw aanvraag.',
          isEindstatus: false,
        },
        { statustype: ST[2], volgnummer: 3, omschrijving: 'Afgerond', state: 'upcoming', isEindstatus: true },
      ],
      started: true,
      open: true,
      startdatum: '2026-01-02',
      einddatumGepland: '2026-02-01',
      uiterlijkeEinddatum: '2026-03-01',
      behandelaar: { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' },
    });
    // zaak (expanded) + statustypen + statussen; nothing else.
    assert.deepEqual(requests.map((request) => request.url.slice(GATEWAY.length).split('?')[0]).sort(), [
      '/catalogi/api/v1/statustypen',
      '/zaken/api/v1/statussen',
      '/zaken/api/v1/zaken/z1',
    ]);
  });

  test('closed case: end status current, all before done, resultaat', async () => {
    server.use(...backend(dataset()));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY, behandelaar: 'naam' }), Z('z2'));
    assert.deepEqual(states(timeline.steps), ['1:done', '2:done', '3:current']);
    assert.equal(timeline.open, false);
    assert.equal(timeline.einddatum, '2025-10-20');
    assert.equal(timeline.zaak.omschrijving, 'Aanvraag parkeervergunning');
    assert.deepEqual(timeline.resultaat, { omschrijving: 'Verleend', toelichting: 'Toegekend per 1 november.' });
    assert.deepEqual(timeline.behandelaar, { kind: 'medewerker', naam: 'K. Smit' });
    assert.equal(timeline.steps[2]?.datum, '2025-10-20T09:00:00Z');
  });

  test('closed case without expand: resultaat and resultaattype are fetched', async () => {
    server.use(...backend(dataset(), { expand: false }));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z2'));
    assert.deepEqual(timeline.resultaat, { omschrijving: 'Verleend', toelichting: 'Toegekend per 1 november.' });
    assert.deepEqual(states(timeline.steps), ['1:done', '2:done', '3:current']);
    assert.equal(timeline.behandelaar, undefined);
  });

  test('case without status: every step upcoming, started false, no statussen request', async () => {
    server.use(...backend(dataset()));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), 'ZAAK-z3');
    assert.deepEqual(states(timeline.steps), ['1:upcoming', '2:upcoming', '3:upcoming']);
    assert.equal(timeline.started, false);
    assert.ok(timeline.steps.every((step) => step.datum === undefined));
    assert.equal(
      requests.some((request) => request.url.startsWith(`${ZAKEN}/statussen`)),
      false,
    );
  });

  test('accepts a zaak resource already fetched; statustypen are cached per client', async () => {
    server.use(...backend(dataset()));
    const client = createClient({ gateway: GATEWAY });
    const zaak = await getZaak(client, Z('z1'));
    await getStatusTimeline(client, zaak);
    await getStatusTimeline(client, zaak);
    assert.equal(requests.filter((request) => request.url.startsWith(`${CATALOGI}/statustypen`)).length, 1);
    assert.equal(requests.filter((request) => request.url.startsWith(`${ZAKEN}/zaken`)).length, 1);
  });

  test('a status whose statustype is not in the list is inserted as current', async () => {
    const data = dataset();
    const extra = `${CATALOGI}/statustypen/st-extra`;
    data.catalogi[extra] = {
      url: extra,
      zaaktype: 'https://gw.example/api/catalogi/api/v1/zaaktypen/other',
      volgnummer: 5,
      omschrijving: 'Aangehouden',
      isEindstatus: false,
    };
    data.statussen[1] = { ...data.statussen[1], statustype: extra };
    server.use(...backend(data, { expand: false }));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z1'));
    assert.deepEqual(states(timeline.steps), ['1:done', '2:done', '3:done', '5:current']);
    assert.equal(timeline.steps[3]?.omschrijving, 'Aangehouden');
  });

  test('a case that went back: steps after the current one are upcoming', async () => {
    const data = dataset();
    data.statussen.push({ url: `${ZAKEN}/statussen/s1c`, zaak: Z('z1'), statustype: ST[0], datumStatusGezet: '2026-01-09T10:00:00Z' });
    data.zaken[0] = { ...data.zaken[0], status: `${ZAKEN}/statussen/s1c` };
    server.use(...backend(data));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z1'));
    assert.deepEqual(states(timeline.steps), ['1:current', '2:upcoming', '3:upcoming']);
    assert.equal(timeline.steps[0]?.datum, '2026-01-09T10:00:00Z');
    assert.equal(timeline.steps[1]?.datum, undefined);
  });

  test('malformed statustypen and statussen are left out, never a TypeError', async () => {
    const data = dataset();
    server.use(...backend(data));
    server.use(
      http.get(`${CATALOGI}/statustypen`, () =>
        HttpResponse.json({
          count: 6,
          next: null,
          results: [
            data.catalogi[ST[2]],
            null,
            { url: 42, volgnummer: 1, omschrijving: 'x' },
            { url: `${CATALOGI}/statustypen/noname`, zaaktype: ZT, volgnummer: 1 },
            { url: `${CATALOGI}/statustypen/novolg`, zaaktype: ZT, omschrijving: 'Zonder volgnummer' },
            data.catalogi[ST[0]],
            data.catalogi[ST[0]],
            data.catalogi[ST[1]],
          ],
        }),
      ),
      http.get(`${ZAKEN}/statussen`, () => HttpResponse.json({ count: 3, next: null, results: ['x', { statustype: 5 }, data.statussen[0]] })),
    );
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z1'));
    assert.deepEqual(states(timeline.steps), ['1:done', '2:current', '3:upcoming']);
    assert.equal(timeline.steps[0]?.datum, '2026-01-02T09:00:00Z');
  });

  test('a zaaktype without statustypen gives no steps; a started case stays started', async () => {
    server.use(...backend(dataset()));
    server.use(http.get(`${CATALOGI}/statustypen`, () => HttpResponse.json({ count: 0, next: null, results: [] })));
    const timeline = await getStatusTimeline(createClient({ gateway: GATEWAY }), Z('z1'));
    // The current statustype is still known (expanded), so it is shown as the only step.
    assert.deepEqual(states(timeline.steps), ['2:current']);
    assert.equal(timeline.started, true);
  });
});
