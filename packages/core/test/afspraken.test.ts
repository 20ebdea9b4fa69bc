// listAfspraken: the resident's planned appointments from `afspraak` object records (the mock's paspoort and dakkapel
// appointments): soonest first, from a moment on, about one zaak (by reference or koppeling), and what is unreadable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import { createClient, listAfspraken, readAfspraak, type ObjectRecordView } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const AFSPRAAK = `${ORIGIN}/objecten/api/v2/objecttypes/${fixtureObjecten.objecttypen.afspraak}`;
const { mock } = useMockApi({ origin: ORIGIN });
const client = () => createClient({ gateway: ORIGIN, retries: 0 });

describe('listAfspraken', () => {
  test('the planned appointments from a moment on, soonest first, with the place joined', async () => {
    mock();
    const afspraken = await listAfspraken(client(), { objecttype: AFSPRAAK, vanaf: Date.parse('2026-12-01T00:00:00Z') });
    assert.deepEqual(
      afspraken.map((afspraak) => afspraak.titel),
      ['Paspoort aanvragen', 'Gesprek over uw dakkapel'],
    );
    assert.equal(afspraken[0]?.locatie, 'Stadskantoor, balie Burgerzaken, Stadsplein 1, 1011 AB Voorbeeldstad');
    assert.equal(afspraken[0]?.eind, '2026-12-08T09:45:00+01:00');
    const later = await listAfspraken(client(), { objecttype: AFSPRAAK, vanaf: new Date('2026-12-09T00:00:00Z') });
    assert.deepEqual(
      later.map((afspraak) => afspraak.titel),
      ['Gesprek over uw dakkapel'],
    );
  });

  test('about one zaak, given by URL or uuid in any case', async () => {
    const api = mock();
    const vanaf = Date.parse('2026-12-01T00:00:00Z');
    const dakkapel = fixtureZaken.jansen.dakkapel;
    for (const zaak of [`${api.urls.zaken}/zaken/${dakkapel}`, dakkapel.toUpperCase()]) {
      const afspraken = await listAfspraken(client(), { objecttype: AFSPRAAK, zaak, vanaf });
      assert.deepEqual(
        afspraken.map((afspraak) => afspraak.titel),
        ['Gesprek over uw dakkapel'],
      );
    }
  });

  test('a record that is not a planned appointment with a readable start is left out', () => {
    const record = (data: Record<string, unknown>): ObjectRecordView => ({ url: 'https://x/objects/1', uuid: '1', type: AFSPRAAK, data, zaken: [] });
    assert.equal(readAfspraak(record({ titel: 'x', start: 'morgen' })), undefined);
    assert.equal(readAfspraak(record({ titel: 'x', start: '2026-12-08T09:30:00Z', status: 'geannuleerd' })), undefined);
    assert.deepEqual(readAfspraak(record({ start: ' 2026-12-08T09:30:00Z ', eind: 'later', locatie: 'Stadhuis' })), {
      url: 'https://x/objects/1',
      titel: '',
      start: '2026-12-08T09:30:00Z',
    });
  });
});
