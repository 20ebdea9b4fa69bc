// Notification choices per domain, kept as categorie-relaties between the resident's partij and one
// categorie per domain (Klantbeeld's convention; Klantinteracties has no field for them).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { fixtureKlantinteracties } from '@klantbeeld/mock-api';
import { createClient, getNotificatievoorkeuren, setNotificatievoorkeur, type PartijRef } from '@klantbeeld/core';
import { useMockApi } from './helpers.js';
import { pagedAnswer } from './paged-answer.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const J = fixtureKlantinteracties.jansen;
const jansen: PartijRef = { uuid: J.partij, url: `${KI}/partijen/${J.partij}`, soortPartij: 'persoon' };

const { server, mock } = useMockApi({ origin: ORIGIN });
const client = () => createClient({ gateway: ORIGIN, retries: 0 });
/** The server answers every list of categorie-relaties with just `relaties` (whatever the filter). */
const answerRelaties = (...relaties: object[]) => server.use(http.get(`${KI}/categorie-relaties`, ({ request }) => pagedAnswer(request, relaties, 100)));

describe('notificatievoorkeuren', () => {
  test('reads the domains the partij is related to, and offers only domains whose categorie exists', async () => {
    mock();
    assert.deepEqual(await getNotificatievoorkeuren(client(), jansen), { zaken: true, berichten: false, taken: true });
    // A municipality that named its categorieën differently: unknown names are not offered.
    assert.deepEqual(await getNotificatievoorkeuren(client(), jansen, { categorieen: { berichten: 'onbekend' } }), { zaken: true, taken: true });
  });

  test('turns a domain on (POST) and off (DELETE), and the next read shows it', async () => {
    const api = mock();
    const c = client();
    await setNotificatievoorkeur(c, jansen, 'berichten', true);
    assert.deepEqual(await getNotificatievoorkeuren(c, jansen), { zaken: true, berichten: true, taken: true });
    await setNotificatievoorkeur(c, jansen, 'zaken', false);
    assert.deepEqual(await getNotificatievoorkeuren(c, jansen), { zaken: false, berichten: true, taken: true });
    const writes = api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname.split('/').slice(4, 5).join('')}`);
    assert.deepEqual(writes, ['POST categorie-relaties', 'DELETE categorie-relaties']);
    // Turning on what is on sends nothing.
    api.clearRequests();
    await setNotificatievoorkeur(c, jansen, 'taken', true);
    assert.deepEqual(
      api.requests.filter((r) => r.method !== 'GET'),
      [],
    );
  });

  test('treats an ended relation as off', async () => {
    mock();
    answerRelaties({ uuid: 'r1', url: `${KI}/categorie-relaties/r1`, partij: { uuid: J.partij }, categorie: { uuid: '', naam: 'x' }, eindDatum: '2020-01-01' });
    const result = await getNotificatievoorkeuren(client(), jansen);
    assert.deepEqual(result, { zaken: false, berichten: false, taken: false });
  });

  test('ignores relations of another partij that a server returned despite the filter', async () => {
    mock();
    const categorieen = (await (await fetch(`${KI}/categorieen`)).json()) as { results: { uuid: string; naam: string }[] };
    const berichten = categorieen.results.find((c) => c.naam === 'notificaties-berichten')!;
    answerRelaties({ uuid: 'r1', url: `${KI}/categorie-relaties/r1`, partij: { uuid: 'iemand-anders' }, categorie: berichten, eindDatum: null });
    assert.equal((await getNotificatievoorkeuren(client(), jansen)).berichten, false);
  });

  test('fails with a typed error when the categorie does not exist or the answer is not a list', async () => {
    mock();
    await assert.rejects(setNotificatievoorkeur(client(), jansen, 'zaken', true, { categorieen: { zaken: 'bestaat-niet' } }), { kind: 'invalid-response' });
    server.use(http.get(`${KI}/categorieen`, () => HttpResponse.json({ results: 'x' })));
    await assert.rejects(getNotificatievoorkeuren(client(), jansen), (error: { kind?: string }) => error.kind === 'invalid-response');
  });
});
