// The headless preferences editor against the Open Klant-like mock: a draft planned into writes, applied
// optimistically and rolled back to what the server accepted when one is refused; Open Klant's invalidParams mapped
// to form fields; and the address rules the mock itself enforces (one source for both).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  ADRES_VELDEN,
  applyOptimistically,
  checkAdres,
  createClient,
  draftOf,
  fieldErrorsOf,
  getNotificatievoorkeuren,
  getResidentPartij,
  isEmailAdres,
  planVoorkeuren,
  TELEFOONNUMMER,
  ValidationError,
  voorkeurenOf,
  VOORKEUREN_VELDEN,
  type VoorkeurenState,
} from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const { server, mock } = useMockApi({ origin: ORIGIN });
const client = () => createClient({ gateway: ORIGIN, retries: 0 });

async function loaded(c = client()): Promise<VoorkeurenState> {
  const partij = await getResidentPartij(c);
  assert.ok(partij);
  return { partij, notificaties: await getNotificatievoorkeuren(c, partij) };
}

describe('planVoorkeuren and applyOptimistically', () => {
  test('an unchanged draft plans nothing', async () => {
    mock();
    const c = client();
    const state = await loaded(c);
    const plan = planVoorkeuren(c, state, draftOf(state));
    assert.deepEqual(plan, { wijziging: { type: 'preferences' }, steps: [] });
  });

  test('language, channel and a notification: shown at once, then written in order, and the server agrees', async () => {
    const api = mock();
    const c = client();
    const state = await loaded(c);
    const draft = { ...draftOf(state), taal: 'eng', kanaal: 'email' as const, notificaties: { ...state.notificaties, berichten: true } };
    const plan = planVoorkeuren(c, state, draft);
    assert.deepEqual(plan.wijziging, { type: 'preferences', voorkeurstaal: 'eng', voorkeurskanaal: 'email', notificaties: { berichten: true } });
    assert.equal(plan.steps.length, 3);
    const shown: VoorkeurenState[] = [];
    const writesBefore = api.requests.filter((r) => r.method !== 'GET').length;
    const outcome = await applyOptimistically(state, plan.steps, (s) => shown.push(s));
    assert.equal(outcome.ok, true);
    // The optimistic state was shown before any write.
    assert.equal(shown.length, 1);
    assert.equal(voorkeurenOf(shown[0]!.partij).voorkeurstaal, 'eng');
    assert.equal(api.requests.filter((r) => r.method !== 'GET').length - writesBefore >= 3, true);
    const reread = await loaded(client());
    assert.deepEqual(draftOf(reread), draft);
    assert.deepEqual(draftOf(outcome.state), draft);
  });

  test('a refusal halfway rolls back only the steps after the last accepted one, and names the field', async () => {
    mock();
    const c = client();
    const state = await loaded(c);
    server.use(
      http.patch(`${KI}/partijen/:uuid`, async ({ request }) => {
        const body = (await request.clone().json()) as Record<string, unknown>;
        if (!('voorkeursDigitaalAdres' in body)) return undefined;
        return HttpResponse.json(
          {
            status: 400,
            code: 'invalid',
            title: 'Ongeldig',
            invalidParams: [
              { name: 'voorkeursDigitaalAdres', code: 'invalid', reason: 'Onbekend adres.' },
              { name: 'x', code: 'y', reason: 'Iets anders.' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const draft = { ...draftOf(state), taal: 'eng', kanaal: 'email' as const };
    const shown: VoorkeurenState[] = [];
    const outcome = await applyOptimistically(state, planVoorkeuren(c, state, draft).steps, (s) => shown.push(s));
    assert.equal(outcome.ok, false);
    assert.equal(shown.length, 2);
    assert.equal(voorkeurenOf(shown[0]!.partij).voorkeurskanaal, 'email');
    // The language was accepted and stays; the channel is back.
    assert.equal(voorkeurenOf(outcome.state.partij).voorkeurstaal, 'eng');
    assert.equal(voorkeurenOf(outcome.state.partij).voorkeurskanaal, voorkeurenOf(state.partij).voorkeurskanaal);
    assert.ok(!outcome.ok);
    assert.deepEqual(fieldErrorsOf(outcome.error, VOORKEUREN_VELDEN), {
      fields: { voorkeursDigitaalAdres: { reason: 'Onbekend adres.' } },
      rest: ['Iets anders.'],
    });
  });
});

describe('fieldErrorsOf', () => {
  const refusal = (...invalidParams: { name: string; code: string; reason: string }[]) => new ValidationError('400', { problem: { invalidParams } });

  test("Open Klant's codes become the problems the client's checks know; other fields go to rest", () => {
    const error = refusal(
      { name: 'adres', code: 'invalid', reason: 'Voer een geldig e-mailadres in.' },
      { name: 'omschrijving', code: 'max_length', reason: 'Te lang.' },
      { name: 'voorkeurstaal', code: 'invalid', reason: 'Onbekende taal.' },
    );
    assert.deepEqual(fieldErrorsOf(error, ADRES_VELDEN), {
      fields: { adres: { reason: 'Voer een geldig e-mailadres in.', problem: 'ongeldig' }, omschrijving: { reason: 'Te lang.', problem: 'te-lang' } },
      rest: ['Onbekende taal.'],
    });
    assert.deepEqual(
      fieldErrorsOf(refusal({ name: 'adres.0', code: 'blank', reason: '' }, { name: 'omschrijving', code: 'blank', reason: 'Leeg.' }), ADRES_VELDEN).fields,
      {
        adres: { reason: 'blank', problem: 'leeg' },
        omschrijving: { reason: 'Leeg.' },
      },
    );
  });

  test('anything but a validation error maps to nothing', () => {
    assert.deepEqual(fieldErrorsOf(new Error('boom'), ADRES_VELDEN), { fields: {}, rest: [] });
  });
});

describe("Open Klant's address rules, shared by the client's checks and the mock", () => {
  test('phone numbers and e-mail addresses', () => {
    assert.ok(TELEFOONNUMMER.test('0612345678') && TELEFOONNUMMER.test('+31612345678') && TELEFOONNUMMER.test('0031612345678'));
    assert.ok(!TELEFOONNUMMER.test('08001234') && !TELEFOONNUMMER.test('14030'));
    assert.ok(isEmailAdres('f.jansen@example.nl'));
    assert.ok(!isEmailAdres('f.jansen@example') && !isEmailAdres('a b@example.nl') && !isEmailAdres('@example.nl'));
    assert.deepEqual(checkAdres('telefoonnummer', ' 06-12 34 56 78 ', ''), {});
    assert.deepEqual(checkAdres('email', '', 'x'.repeat(41)), { adres: 'leeg', omschrijving: 'te-lang' });
    assert.deepEqual(checkAdres('email', 'f.jansen@example', ''), { adres: 'ongeldig' });
  });

  test('the mock refuses what the checks refuse, at the same field', async () => {
    mock();
    const c = client();
    const state = await loaded(c);
    for (const [soort, adres] of [
      ['email', 'f.jansen@example'],
      ['telefoonnummer', '08001234'],
    ] as const) {
      assert.equal(checkAdres(soort, adres, '').adres, 'ongeldig');
      const response = await fetch(`${KI}/digitaleadressen`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ verstrektDoorPartij: { uuid: state.partij.uuid }, soortDigitaalAdres: soort, adres, omschrijving: '' }),
      });
      assert.equal(response.status, 400);
      const problem = (await response.json()) as { invalidParams: { name: string; code: string }[] };
      assert.deepEqual(
        problem.invalidParams.map((p) => [p.name, p.code]),
        [['adres', 'invalid']],
      );
    }
  });
});
