// Employee mode's klant context on the real path: no context → 404 on every klant API; one employee's context
// is never another's; choosing another klant (or a refused choice) ends the previous context; the writes need
// the page's Origin (CSRF); every look is a logged action with the employee as actor, the purpose and the
// profile's grondslag (looks = logged actions); the resident's flow is unchanged.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_NAMES, GATEWAY_PATHS, type EmployeeSessionInfo, type KlantSearchPage } from '@klantbeeld/core';
import { fixtureZaken } from '@klantbeeld/mock-api';
import { DEV_EMPLOYEE } from '../../src/dev/staff-profiles.js';
import { Browser, signIn } from '../../src/dev/sign-in.js';
import { assertProblem, FOREIGN_ORIGIN } from '../support.js';
import { call, chooseKlant, employee, JANSEN_BSN, loggedActions, startStaffStack, until, type StaffStack } from './staff-stack.js';

const DE_VRIES_BSN = '999990019';
const { jansen } = fixtureZaken;
/** One GET per API that a resident's page makes (query parameters the allowlist requires). */
const PROBES: Record<string, string> = {
  zaken: '/zaken',
  catalogi: '/statustypen',
  documenten: '/enkelvoudiginformatieobjecten/00000000-0000-4000-8000-000000000000',
  besluiten: '/besluiten/00000000-0000-4000-8000-000000000000',
  klantinteracties: '/partijen',
  objecten: '/objects',
  producten: '/producten',
  brp: '/personen',
  verwerkingen: '/verwerkte-objecten',
};

let staff: StaffStack;
before(async () => {
  // The KCC's cap raised to the highest, so only its zaaktypen rule can keep the Tozo zaak out.
  const kcc = { ...DEV_EMPLOYEE.profiles.kcc, maxVertrouwelijkheid: { zaken: 'zeer_geheim', documenten: 'openbaar' } };
  staff = await startStaffStack({ employee: { ...DEV_EMPLOYEE, profiles: { ...DEV_EMPLOYEE.profiles, kcc } } });
});
after(async () => {
  await staff?.close();
});

const zakenOf = async (browser: Browser): Promise<string[]> => {
  const response = await call(browser, staff, '/zaken/api/v1/zaken');
  assert.equal(response.status, 200);
  return ((await response.json()) as { results: { uuid: string }[] }).results.map((z) => z.uuid);
};

describe('klant context', () => {
  test('without a klant context every klant API answers 404 no-klant-context', async () => {
    const kcc = await employee(staff, 'kcc');
    const session = (await (await call(kcc, staff, '/auth/session')).json()) as { signedIn: boolean; kind: string; displayName: string };
    assert.deepEqual([session.signedIn, session.kind, session.displayName], [true, 'medewerker', 'K. de Vries']);
    const info = (await (await call(kcc, staff, '/medewerker/session')).json()) as EmployeeSessionInfo;
    assert.equal(info.context, null);
    assert.equal(info.employee.displayName, 'K. de Vries');
    for (const api of API_NAMES) {
      const method = api === 'brp' ? 'POST' : 'GET';
      const response = await call(
        kcc,
        staff,
        `${GATEWAY_PATHS[api]}${PROBES[api]}`,
        method,
        api === 'brp' ? { type: 'RaadpleegMetBurgerservicenummer' } : undefined,
      );
      await assertProblem(response, 404, 'no-klant-context');
    }
  });

  test('a zaaktype the profile excludes is absent even under a cap that would allow the zaak', async () => {
    const kcc = await employee(staff, 'kcc');
    await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    const zaken = await zakenOf(kcc);
    assert.ok(zaken.includes(jansen.verhuizing), 'a confidentieel zaak within the raised cap');
    assert.ok(!zaken.includes(jansen.tozo), 'the Tozo zaak stays out');
  });

  test("employee A's context is never visible to employee B", async () => {
    const a = await employee(staff, 'kcc');
    const b = await employee(staff, 'kcc-sociaal');
    const search = (await (await call(a, staff, '/medewerker/klanten/search', 'POST', { bsn: JANSEN_BSN, profile: 'kcc' })).json()) as KlantSearchPage;
    const ref = search.results[0]!.ref;
    assert.equal((await call(a, staff, '/medewerker/context', 'PUT', { ref, profile: 'kcc', purpose: 'telefoon' })).status, 200);
    const bInfo = (await (await call(b, staff, '/medewerker/session')).json()) as EmployeeSessionInfo;
    assert.equal(bInfo.context, null);
    assert.deepEqual(
      bInfo.profiles.map((p) => p.id),
      ['kcc', 'sociaal-domein'],
    );
    await assertProblem(await call(b, staff, '/zaken/api/v1/zaken'), 404, 'no-klant-context');
    // A's ref is A's: B cannot choose the klant with it.
    const stolen = await assertProblem(await call(b, staff, '/medewerker/context', 'PUT', { ref, profile: 'kcc', purpose: 'telefoon' }), 400);
    assert.deepEqual(
      (stolen.invalidParams as { name: string; code: string }[]).map((p) => [p.name, p.code]),
      [['ref', 'unknown-ref']],
    );
    assert.ok((await zakenOf(a)).length > 0, "A still sees the klant's zaken");
  });

  test('choosing another klant ends the previous context; a refused choice and DELETE end it too', async () => {
    const kcc = await employee(staff, 'kcc');
    await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    const jansenZaken = await zakenOf(kcc);
    await chooseKlant(kcc, staff, 'kcc', 'balie', DE_VRIES_BSN);
    const deVriesZaken = await zakenOf(kcc);
    assert.deepEqual(deVriesZaken, [fixtureZaken['de-vries'].parkeervergunning as string], "only de Vries's non-social-domain zaak");
    assert.ok(jansenZaken.every((uuid) => !deVriesZaken.includes(uuid)));
    const info = (await (await call(kcc, staff, '/medewerker/session')).json()) as EmployeeSessionInfo;
    assert.equal(info.context?.purpose, 'balie');

    const refused = await call(kcc, staff, '/medewerker/context', 'PUT', { ref: 'unknown', profile: 'kcc', purpose: 'telefoon' });
    await assertProblem(refused, 400, 'invalid');
    await assertProblem(await call(kcc, staff, '/zaken/api/v1/zaken'), 404, 'no-klant-context');

    await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    assert.equal((await call(kcc, staff, '/medewerker/context', 'DELETE')).status, 204);
    await assertProblem(await call(kcc, staff, '/zaken/api/v1/zaken'), 404, 'no-klant-context');
  });

  test('a purpose or profile the employee does not hold is refused', async () => {
    const kcc = await employee(staff, 'kcc');
    const search = (await (await call(kcc, staff, '/medewerker/klanten/search', 'POST', { bsn: JANSEN_BSN, profile: 'kcc' })).json()) as KlantSearchPage;
    const ref = search.results[0]!.ref;
    const wrongPurpose = await assertProblem(
      await call(kcc, staff, '/medewerker/context', 'PUT', { ref, profile: 'kcc', purpose: 'behandeling-aanvraag' }),
      400,
    );
    assert.deepEqual(
      (wrongPurpose.invalidParams as { name: string }[]).map((p) => p.name),
      ['purpose'],
    );
    const wrongProfile = await assertProblem(
      await call(kcc, staff, '/medewerker/context', 'PUT', { ref, profile: 'sociaal-domein', purpose: 'behandeling-aanvraag' }),
      400,
    );
    assert.deepEqual(
      (wrongProfile.invalidParams as { name: string; code: string }[]).map((p) => [p.name, p.code]),
      [['profile', 'not-allowed']],
    );
  });

  test('search, choose and end need the page origin (CSRF)', async () => {
    const kcc = await employee(staff, 'kcc');
    const foreign = (path: string, method: string, body?: unknown) =>
      kcc.fetch(`${staff.base}${path}`, {
        method,
        headers: { origin: FOREIGN_ORIGIN, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    await assertProblem(await foreign('/medewerker/klanten/search', 'POST', { bsn: JANSEN_BSN, profile: 'kcc' }), 403, 'origin-not-allowed');
    await assertProblem(await foreign('/medewerker/context', 'PUT', { ref: 'x', profile: 'kcc', purpose: 'telefoon' }), 403, 'origin-not-allowed');
    await assertProblem(await foreign('/medewerker/context', 'DELETE'), 403, 'origin-not-allowed');
    await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    await assertProblem(await foreign('/klantinteracties/api/v1/klantcontacten', 'POST', { kanaal: 'telefoon' }), 403, 'origin-not-allowed');
  });

  test('sign-out ends the session and its klant context', async () => {
    const kcc = await employee(staff, 'kcc');
    await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    const cookie = kcc.cookieHeader;
    const out = await call(kcc, staff, '/auth/logout', 'POST');
    assert.equal(out.status, 200);
    const replay = await fetch(`${staff.base}/zaken/api/v1/zaken`, { headers: { cookie } });
    await assertProblem(replay, 401, 'not-signed-in');
  });
});

describe('resident flow beside employee mode', () => {
  test("a resident's session is not an employee's and reads as before", async () => {
    const resident = new Browser();
    const { response } = await signIn(resident, { base: staff.base, issuer: staff.stack.gateway.devIdp!.issuer }, { account: 'jansen' });
    assert.equal(response.status, 303);
    await assertProblem(await call(resident, staff, '/medewerker/session'), 401, 'not-signed-in');
    await assertProblem(await call(resident, staff, '/medewerker/klanten/search', 'POST', { bsn: JANSEN_BSN, profile: 'kcc' }), 401, 'not-signed-in');
    const session = (await (await call(resident, staff, '/auth/session')).json()) as { kind: string };
    assert.equal(session.kind, 'persoon');
    assert.ok((await zakenOf(resident)).includes(jansen.lantaarnpaal), 'the resident reads their zaken');
    // Contact registration is employee mode's: absent for a resident.
    await assertProblem(await call(resident, staff, '/klantinteracties/api/v1/klantcontacten', 'POST', { kanaal: 'telefoon' }), 404);
    await assertProblem(await call(resident, staff, '/klantinteracties/api/v1/actoren'), 404);
  });
});

describe('read log of looks', () => {
  test('looks = logged actions, each with the employee as actor, the purpose, the grondslag and the verwerkingsactiviteit', async () => {
    const sociaal = await employee(staff, 'sociaal');
    await chooseKlant(sociaal, staff, 'sociaal-domein', 'behandeling-aanvraag');
    const before = (await loggedActions(staff.stack.mockUrl)).length;
    const looks = [
      await call(sociaal, staff, '/zaken/api/v1/zaken'),
      await call(sociaal, staff, `/zaken/api/v1/zaken/${jansen.tozo}`),
      await call(sociaal, staff, '/klantinteracties/api/v1/partijen'),
      await call(sociaal, staff, '/haalcentraal/api/brp/personen', 'POST', { type: 'RaadpleegMetBurgerservicenummer', fields: ['naam'] }),
    ];
    assert.deepEqual(
      looks.map((r) => r.status),
      [200, 200, 200, 200],
    );
    // Not looks: refused, shielded, absent, and reference data.
    const notLooks = [
      await call(sociaal, staff, `/zaken/api/v1/zaken/${jansen.lantaarnpaal}`),
      await call(sociaal, staff, '/producten/api/v1/producten'),
      await call(sociaal, staff, '/catalogi/api/v1/statustypen'),
    ];
    assert.deepEqual(
      notLooks.map((r) => r.status),
      [404, 403, 200],
    );
    await until(async () => (await loggedActions(staff.stack.mockUrl)).length >= before + looks.length, 5000, 'the looks to be delivered');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const actions = (await loggedActions(staff.stack.mockUrl)).filter(
      (entry) => (entry.verwerkingsactie as { gebruiker?: string }).gebruiker === 'medewerker-sociaal',
    );
    assert.equal(actions.length, looks.length, 'one logged action per look, none for the rest');
    const profile = DEV_EMPLOYEE.profiles['sociaal-domein'];
    for (const { verwerkingsactie: action } of actions as { verwerkingsactie: Record<string, string> }[]) {
      assert.equal(action.verwerkingsactiviteitId, profile.verwerkingsactiviteit.id);
      assert.match(action.verwerkingNaam!, /Behandeling van een aanvraag/);
      assert.match(action.verwerkingNaam!, /Participatiewet art\. 7/);
      assert.match(action.handelingNaam!, /medewerker/);
    }
    assert.equal(new Set(actions.map((a) => (a.verwerkingsactie as { verwerkingId: string }).verwerkingId)).size, 1, 'one look, one verwerkingId');
  });

  test('no BSN in the logs of search, choice and reads', () => {
    assert.ok(staff.logs.lines.length > 0);
    assert.ok(!staff.logs.text.includes(JANSEN_BSN));
    assert.ok(!staff.logs.text.includes(DE_VRIES_BSN));
  });
});
