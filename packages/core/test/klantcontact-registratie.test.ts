// Registering a KCC contact against the Open Klant-like mock (the gateway's view for one klant): the draft's own
// checks before anything is sent, the four writes and what they link, the optimistic entry in the client's pending
// store (saving → saved → listed), Open Klant's refusals mapped to the draft's fields, and a registration that stops
// half-way: what exists is said, the entry is kept or taken away accordingly, and continuing writes only the rest.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import {
  createClient,
  listActoren,
  listKlantcontacten,
  pendingKlantcontacten,
  registerKlantcontact,
  validateKlantcontactDraft,
  type KlantcontactDraft,
  type KlantbeeldClient,
} from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const KCC_TEAM = 'Klantcontactcentrum';

const { server, mock } = useMockApi({ origin: ORIGIN });
const client = (): KlantbeeldClient => createClient({ gateway: ORIGIN, retries: 0 });

const draft = (extra: Partial<KlantcontactDraft> = {}): KlantcontactDraft => ({
  kanaal: 'telefoon',
  onderwerp: 'Vraag over de parkeervergunning',
  notitie: 'Wanneer krijg ik bericht?',
  zaken: [`${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}`],
  beantwoord: false,
  ...extra,
});

/** The writes the mock saw, as `METHOD path`. */
const writes = (api: MockApi) =>
  api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname.replace('/klantinteracties/api/v1', '')}`);

async function kccActor(c: KlantbeeldClient): Promise<string> {
  const actoren = await listActoren(c);
  const team = actoren.find((actor) => actor.naam === KCC_TEAM);
  assert.ok(team, 'the KCC team is among the actoren');
  return team.url;
}

describe('registerKlantcontact', () => {
  test("the draft's own checks name each field, and nothing is sent", async () => {
    const api = mock();
    const c = client();
    const empty = {
      kanaal: ' ',
      onderwerp: '',
      notitie: 'x'.repeat(1001),
      zaken: ['geen-zaak'],
      beantwoord: undefined,
      terugbelverzoek: { actor: '', toelichting: '' },
    };
    assert.deepEqual(validateKlantcontactDraft(empty), {
      kanaal: 'leeg',
      onderwerp: 'leeg',
      notitie: 'te-lang',
      zaken: 'ongeldig',
      beantwoord: 'leeg',
      actor: 'leeg',
    });
    const outcome = await registerKlantcontact(c, empty);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok);
    assert.equal(outcome.failedAt, 'controle');
    assert.deepEqual(Object.keys(outcome.fields).sort(), ['actor', 'beantwoord', 'kanaal', 'notitie', 'onderwerp', 'zaken']);
    assert.deepEqual(writes(api), []);
    assert.deepEqual(pendingKlantcontacten(c).entries, []);
  });

  test('writes klantcontact, betrokkene, onderwerpobject and interne taak; shows the contact at once, then as saved, then listed', async () => {
    const api = mock();
    const c = client();
    const pending = pendingKlantcontacten(c);
    const before = await listKlantcontacten(c);
    const actor = await kccActor(c);
    const seen: { saving: boolean; onderwerp: string | undefined }[] = [];
    pending.addEventListener('change', () => seen.push(...pending.entries.slice(0, 1).map((e) => ({ saving: e.saving, onderwerp: e.contact.onderwerp }))));

    const outcome = await registerKlantcontact(c, draft({ terugbelverzoek: { actor, toelichting: 'Graag na 14:00 bellen' } }));
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(writes(api), ['POST /klantcontacten', 'POST /betrokkenen', 'POST /onderwerpobjecten', 'POST /internetaken']);
    assert.deepEqual(seen, [
      { saving: true, onderwerp: 'Vraag over de parkeervergunning' },
      { saving: false, onderwerp: 'Vraag over de parkeervergunning' },
    ]);
    assert.equal(outcome.contact.url, outcome.created.klantcontact?.url);
    assert.equal(outcome.contact.vraagInBehandeling, true);
    assert.deepEqual(outcome.contact.zaken, [`${ZAKEN}/zaken/${fixtureZaken.jansen.parkeervergunning}`]);
    assert.ok(outcome.created.interneTaak);

    // The cached history was dropped: the server now lists the contact, and the merge does not show it twice.
    const after = await listKlantcontacten(c);
    assert.equal(after.length, before.length + 1);
    const listed = after.find((view) => view.url === outcome.contact.url);
    assert.deepEqual(listed, outcome.contact, "the saved view is the server's view");
    assert.equal(pending.merge(after).length, after.length);
    assert.equal(pending.merge(before)[0]?.url, outcome.contact.url, 'an older list gets the new contact on top');
    assert.deepEqual(
      pending.merge(before, { zaak: fixtureZaken.jansen.dakkapel }).map((v) => v.url),
      before.map((v) => v.url),
      'not about that zaak',
    );

    const created = await (await fetch(`${KI}/internetaken?aanleidinggevendKlantcontact__uuid=${outcome.created.klantcontact?.uuid ?? ''}`)).json();
    assert.equal(created.results[0].gevraagdeHandeling, 'Terugbellen');
    assert.equal(created.results[0].toelichting, 'Graag na 14:00 bellen');
  });

  test("Open Klant's refusal of the klantcontact maps to the draft's fields; the pending contact is taken away", async () => {
    mock();
    const c = client();
    // A draft the client's checks let through but the server refuses (a longer limit than Open Klant's, say).
    const invalidParams = [
      { name: 'kanaal', code: 'invalid_choice', reason: '"duif" is geen kanaal uit de referentielijst.' },
      { name: 'taal', code: 'invalid', reason: 'Onbekende taal.' },
    ];
    const problem = { status: 400, code: 'invalid', title: 'Ongeldige invoer.', invalidParams };
    server.use(http.post(`${KI}/klantcontacten`, () => HttpResponse.json(problem, { status: 400, headers: { 'Content-Type': 'application/problem+json' } })));
    const outcome = await registerKlantcontact(c, draft({ kanaal: 'duif' }));
    assert.ok(!outcome.ok);
    assert.equal(outcome.failedAt, 'klantcontact');
    assert.deepEqual(outcome.fields, { kanaal: { reason: '"duif" is geen kanaal uit de referentielijst.', problem: 'ongeldig' } });
    assert.deepEqual(outcome.rest, ['Onbekende taal.']);
    assert.equal(outcome.created.klantcontact, undefined);
    assert.equal(outcome.inHistory, false);
    assert.deepEqual(pendingKlantcontacten(c).entries, []);
  });

  test('stopped after the betrokkene: says what exists, keeps it in the history, and continuing writes only the rest', async () => {
    const api = mock();
    const c = client();
    const actor = await kccActor(c);
    let refuse = true;
    server.use(http.post(`${KI}/internetaken`, () => (refuse ? HttpResponse.json({ detail: 'Storing' }, { status: 503 }) : undefined)));
    const withVerzoek = draft({ terugbelverzoek: { actor, toelichting: '' } });
    const first = await registerKlantcontact(c, withVerzoek);
    assert.ok(!first.ok);
    assert.equal(first.failedAt, 'interne-taak');
    assert.equal(first.inHistory, true);
    assert.ok(first.created.klantcontact && first.created.betrokkene && first.created.onderwerpobjecten.length === 1);
    assert.equal(first.created.interneTaak, undefined);
    const entries = pendingKlantcontacten(c).entries;
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.saving, false);
    assert.equal(entries[0]?.contact.url, first.created.klantcontact.url, 'shown as it exists');

    refuse = false;
    const writesBefore = writes(api).length;
    const second = await registerKlantcontact(c, withVerzoek, { resume: first.created });
    assert.ok(second.ok, JSON.stringify(second));
    assert.deepEqual(writes(api).slice(writesBefore), ['POST /internetaken']);
    assert.equal(pendingKlantcontacten(c).entries.length, 1, 'one entry for the one contact');
  });

  test('a reset of the client (another klant) empties the pending contacts', async () => {
    mock();
    const c = client();
    const outcome = await registerKlantcontact(c, draft({ zaken: [] }));
    assert.ok(outcome.ok);
    assert.equal(pendingKlantcontacten(c).entries.length, 1);
    c.reset();
    assert.deepEqual(pendingKlantcontacten(c).entries, []);
  });
});

describe('listActoren', () => {
  test('active teams first, then medewerkers, by name; automated actoren left out', async () => {
    mock();
    const actoren = await listActoren(client());
    assert.ok(actoren.length > 0);
    const soorten = actoren.map((a) => a.soort);
    assert.deepEqual(
      soorten,
      [...soorten].sort((a, b) => (a === b ? 0 : a === 'organisatorische-eenheid' ? -1 : 1)),
    );
    assert.ok(!actoren.some((a) => a.naam === 'Chatbot'));
  });
});
