// The domain functions against @klantbeeld/mock-api (Open Zaak-like fixtures): the same view models
// with and without expand, request counts, the status timeline of every kind of fixture case.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureZaken, type MockApi, type MockApiOptions } from '@klantbeeld/mock-api';
import { createClient, getStatusTimeline, listZaken, type TimelineStep } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const { server, mock } = useMockApi({ origin: ORIGIN });
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const states = (steps: readonly TimelineStep[]) => steps.map((step) => step.state).join(' ');

describe('listZaken against the mock API', () => {
  test("with expand: one request for all of a resident's zaken, none with a BSN", async () => {
    const api = mock();
    const zaken = await listZaken(createClient({ gateway: ORIGIN }));
    assert.equal(zaken.length, 8);
    assert.equal(api.requests.length, 1);
    assert.equal(api.requests[0]?.headers['accept-crs'], 'EPSG:4326');
    assert.ok(api.requests.every((request) => !/inpBsn|999993653/.test(request.url)));
    const parkeren = zaken.find((zaak) => zaak.uuid === fixtureZaken.jansen.parkeervergunning);
    assert.equal(parkeren?.status?.omschrijving, 'In behandeling');
    assert.deepEqual(parkeren?.behandelaar, { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' });
    assert.equal(parkeren?.open, true);
    const lantaarnpaal = zaken.find((zaak) => zaak.uuid === fixtureZaken.jansen.lantaarnpaal);
    assert.equal(lantaarnpaal?.status, undefined);
    assert.equal(lantaarnpaal?.behandelaar, undefined);
    // Newest first.
    const starts = zaken.map((zaak) => zaak.startdatum);
    assert.deepEqual(starts, [...starts].sort().reverse());
  });

  test('the same summaries without expand, with dropped _expand entries and with small pages', async () => {
    mock();
    const reference = await listZaken(createClient({ gateway: ORIGIN }));
    for (const options of [{ expand: false }, { dropExpand: ['zaaktype', 'status', 'status.statustype', 'rollen'] }, { pageSize: 3 }] as MockApiOptions[]) {
      server.resetHandlers();
      const api = mock(options);
      assert.deepEqual(await listZaken(createClient({ gateway: ORIGIN })), reference, JSON.stringify(options));
      assert.ok(api.requests.length > 1, JSON.stringify(options));
    }
  });

  test('open and afgerond split the list', async () => {
    mock();
    const client = createClient({ gateway: ORIGIN });
    const open = await listZaken(client, { status: 'open' });
    const afgerond = await listZaken(client, { status: 'afgerond' });
    assert.ok(open.length > 0 && open.every((zaak) => zaak.open && zaak.einddatum === undefined));
    assert.ok(afgerond.length > 0 && afgerond.every((zaak) => !zaak.open && zaak.einddatum !== undefined));
    assert.equal(open.length + afgerond.length, 8);
  });

  test('without expand, every Catalogi resource is fetched once per URL across listZaken calls', async () => {
    const api = mock({ expand: false });
    const client = createClient({ gateway: ORIGIN });
    await listZaken(client);
    await listZaken(client);
    const catalogi = api.requests.filter((request) => request.url.startsWith(api.urls.catalogi)).map((request) => request.url);
    assert.ok(catalogi.length > 0);
    assert.deepEqual(catalogi, [...new Set(catalogi)]);
    // After reset() (identity change) they are fetched again.
    api.clearRequests();
    client.reset();
    await listZaken(client);
    assert.equal(api.requests.filter((request) => request.url.startsWith(api.urls.catalogi)).length, catalogi.length);
  });

  test('another resident after reset() or setIdentity()', async () => {
    const api = mock();
    const client = createClient({ gateway: ORIGIN, identity: 'jansen' });
    await listZaken(client);
    api.setResident('de-vries');
    client.reset();
    const zaken = await listZaken(client);
    assert.deepEqual(zaken.map((zaak) => zaak.uuid).sort(), Object.values(fixtureZaken['de-vries']).sort());
    api.setResident('leeg');
    client.setIdentity('leeg');
    assert.deepEqual(await listZaken(client), []);
  });
});

describe('getStatusTimeline against the mock API', () => {
  test('open case: step 2 of 4 current, with the behandelaar', async () => {
    const api = mock();
    const timeline = await getStatusTimeline(createClient({ gateway: ORIGIN }), zaakUrl(api, fixtureZaken.jansen.parkeervergunning));
    assert.equal(states(timeline.steps), 'done current upcoming upcoming');
    assert.equal(timeline.started, true);
    assert.ok(timeline.steps[1]?.toelichting?.includes('kentekenbewijs'));
    assert.equal(timeline.steps[1]?.datum, '2026-11-05T13:40:02Z');
    assert.equal(timeline.resultaat, undefined);
    assert.deepEqual(timeline.behandelaar, { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' });
  });

  test('closed case: end status current, resultaat, unit preferred over a named medewerker', async () => {
    const api = mock();
    const url = zaakUrl(api, fixtureZaken.jansen.tozo);
    const timeline = await getStatusTimeline(createClient({ gateway: ORIGIN, behandelaar: 'naam' }), url);
    assert.equal(states(timeline.steps), 'done done done done current');
    assert.equal(timeline.steps.at(-1)?.isEindstatus, true);
    assert.equal(timeline.open, false);
    assert.equal(timeline.resultaat?.omschrijving, 'Toegekend');
    assert.ok(timeline.resultaat?.toelichting);
    assert.deepEqual(timeline.behandelaar, { kind: 'organisatorische-eenheid', naam: 'Afdeling Werk en Inkomen' });
  });

  test('closed case with a skipped step: every step before the end status is done', async () => {
    const api = mock({ resident: 'de-vries' });
    const timeline = await getStatusTimeline(createClient({ gateway: ORIGIN }), zaakUrl(api, fixtureZaken['de-vries'].tozo));
    assert.equal(states(timeline.steps), 'done done done done current');
    assert.equal(timeline.steps[1]?.datum, undefined); // never reached, but passed
    assert.equal(timeline.resultaat?.omschrijving, 'Afgewezen');
  });

  test('case without status: all upcoming, not started, no behandelaar', async () => {
    const api = mock();
    const timeline = await getStatusTimeline(createClient({ gateway: ORIGIN }), zaakUrl(api, fixtureZaken.jansen.lantaarnpaal));
    assert.ok(timeline.steps.length > 0);
    assert.ok(timeline.steps.every((step) => step.state === 'upcoming'));
    assert.equal(timeline.started, false);
    assert.equal(timeline.behandelaar, undefined);
  });

  test('the same timeline without expand', async () => {
    const api = mock();
    const url = zaakUrl(api, fixtureZaken.jansen.tozo);
    const reference = await getStatusTimeline(createClient({ gateway: ORIGIN }), url);
    server.resetHandlers();
    mock({ expand: false });
    assert.deepEqual(await getStatusTimeline(createClient({ gateway: ORIGIN }), url), reference);
  });

  test('by identificatie', async () => {
    mock();
    const timeline = await getStatusTimeline(createClient({ gateway: ORIGIN }), 'ZAAK-2026-0003561');
    assert.equal(timeline.zaak.identificatie, 'ZAAK-2026-0003561');
    assert.equal(states(timeline.steps), 'done done current upcoming upcoming upcoming');
  });
});
