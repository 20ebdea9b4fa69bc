// getKlantOverzicht: the klantbeeld's summary against the Open Zaak/Open Klant-like mock. Three figures, each on its
// own: a failing or shielded one leaves the others; an `access` map that shields an API means no request to it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, getKlantOverzicht, type KlantOverzicht } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const { server, requests, mock } = useMockApi({ origin: ORIGIN });
const client = () => createClient({ gateway: ORIGIN, retries: 0 });
const shielded = () =>
  HttpResponse.json({ code: 'shielded', title: 'Afgeschermd', status: 403 }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
const states = (overzicht: KlantOverzicht) => [overzicht.openZaken.state, overzicht.laatsteContact.state, overzicht.voorkeurskanaal.state];

describe('getKlantOverzicht', () => {
  test('jansen: her open zaken counted, her newest contact and her preferred channel', async () => {
    mock();
    // What the Zaken API itself counts as open for her (its own `count`), read without the client.
    const raw = (await (await fetch(`${ZAKEN}/zaken?einddatum__isnull=true`, { headers: { 'Accept-Crs': 'EPSG:4326' } })).json()) as { count: number };
    assert.ok(raw.count > 1);
    const overzicht = await getKlantOverzicht(client());
    assert.deepEqual(overzicht.openZaken, { state: 'ready', value: raw.count });
    assert.deepEqual(overzicht.laatsteContact, { state: 'ready', value: { kanaal: 'chat', plaatsgevondenOp: '2026-11-26T19:02:00Z' } });
    assert.deepEqual(overzicht.voorkeurskanaal, { state: 'ready', value: 'telefoonnummer' });
  });

  test('the preferred channel follows the voorkeurskanaal rule (Den Haag tags an address instead)', async () => {
    mock();
    const overzicht = await getKlantOverzicht(client(), { voorkeurskanaalRule: { referentie: 'portaalvoorkeur' } });
    assert.deepEqual(overzicht.voorkeurskanaal, { state: 'ready', value: 'email' });
  });

  test('a failing API fails only its figures: the others are ready', async () => {
    mock();
    server.use(http.get(`${KI}/klantcontacten`, () => HttpResponse.json({ title: 'Stuk' }, { status: 500 })));
    const overzicht = await getKlantOverzicht(client());
    assert.deepEqual(states(overzicht), ['ready', 'error', 'ready']);
    const { laatsteContact } = overzicht;
    assert.ok(laatsteContact.state === 'error');
    assert.equal((laatsteContact.error as { kind?: unknown }).kind, 'server');
  });

  test("the gateway's 403 `shielded` makes a figure shielded, not an error", async () => {
    mock();
    server.use(http.get(`${ZAKEN}/zaken`, shielded));
    const overzicht = await getKlantOverzicht(client());
    assert.deepEqual(states(overzicht), ['shielded', 'ready', 'ready']);
  });

  test('an `access` map: a shielded or unlisted API is shielded without a request to it', async () => {
    mock();
    const overzicht = await getKlantOverzicht(client(), { access: { zaken: 'read' } });
    assert.deepEqual(states(overzicht), ['ready', 'shielded', 'shielded']);
    assert.ok(requests.some((r) => r.url.startsWith(ZAKEN)));
    assert.deepEqual(
      requests.filter((r) => r.url.startsWith(KI)),
      [],
    );
    requests.length = 0;
    const kcc = await getKlantOverzicht(client(), { access: { zaken: 'shielded', klantinteracties: 'write' } });
    assert.deepEqual(states(kcc), ['shielded', 'ready', 'ready']);
    assert.deepEqual(
      requests.filter((r) => r.url.startsWith(ZAKEN)),
      [],
    );
  });

  test('a resident without contacts, zaken or a partij: zero and nothing, not errors', async () => {
    const api = mock();
    api.setResident('leeg');
    const overzicht = await getKlantOverzicht(client());
    assert.deepEqual(overzicht, {
      openZaken: { state: 'ready', value: 0 },
      laatsteContact: { state: 'ready', value: undefined },
      voorkeurskanaal: { state: 'ready', value: undefined },
    });
  });

  test('an abort rejects the whole summary instead of turning into error figures', async () => {
    mock();
    const controller = new AbortController();
    const pending = getKlantOverzicht(client(), { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: unknown) => (error as { name?: unknown }).name === 'AbortError');
  });
});
