// Employee mode's klant search: by BSN (11-proef checked before the BRP is asked), by surname and birth date
// (BRP, paged by 10 over the mock's namesakes), by e-mail, phone or KvK number (Klantinteracties); invalid
// input, no match, many matches and a source that is down each give a clear answer; no BSN ever in one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KlantSearchPage } from '@klantbeeld/core';
import { NAMESAKE_SEARCH, testCompany } from '@klantbeeld/mock-api';
import { DEV_EMPLOYEE } from '../../src/dev/staff-profiles.js';
import { Browser } from '../../src/dev/sign-in.js';
import { isValidBsn } from '@klantbeeld/core';
import { assertProblem, freePort, signIn, startTestGateway, type TestGateway } from '../support.js';
import { call, chooseKlant, employee, JANSEN_BSN, startStaffStack, type StaffStack } from './staff-stack.js';

const NINE_DIGITS = /\b\d{9}\b/;

let staff: StaffStack;
let kcc: Browser;
before(async () => {
  staff = await startStaffStack();
  kcc = await employee(staff, 'kcc');
});
after(async () => {
  await staff?.close();
});

async function search(body: Record<string, unknown>, browser = kcc): Promise<Response> {
  return call(browser, staff, '/medewerker/klanten/search', 'POST', { profile: 'kcc', ...body });
}

async function page(body: Record<string, unknown>): Promise<KlantSearchPage> {
  const response = await search(body);
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.doesNotMatch(text, NINE_DIGITS, 'no BSN in a search answer');
  return JSON.parse(text) as KlantSearchPage;
}

const invalidOf = async (response: Response): Promise<[string, string][]> =>
  ((await assertProblem(response, 400, 'invalid')).invalidParams as { name: string; code: string }[]).map((p) => [p.name, p.code]);

describe('klant search', () => {
  test('the 11-proef is checked before the BRP is asked', async () => {
    const asked = staff.stack.mock!.mock.requests.length;
    assert.deepEqual(await invalidOf(await search({ bsn: '123456789' })), [['bsn', 'invalid-bsn']]);
    assert.deepEqual(await invalidOf(await search({ bsn: '12345' })), [['bsn', 'invalid-bsn']]);
    assert.equal(staff.stack.mock!.mock.requests.length, asked, 'nothing reached the mock');
  });

  test('by BSN: the klant, named, with a birth date and an address line and an opaque ref', async () => {
    const found = await page({ bsn: JANSEN_BSN });
    assert.equal(found.results.length, 1);
    const [jansen] = found.results;
    assert.equal(jansen?.kind, 'persoon');
    assert.match(jansen?.displayName ?? '', /El Amrani/);
    assert.equal(jansen?.birthDate, '1986-04-12');
    assert.ok(jansen?.address);
    assert.match(jansen?.ref ?? '', /^[\w-]{20,}$/);
    assert.equal(found.hasNext, false);
  });

  test('no match: an empty page, not an error', async () => {
    let unknown = 100_000_000;
    while (!isValidBsn(String(unknown))) unknown++;
    assert.deepEqual((await page({ bsn: String(unknown) })).results, []);
    assert.deepEqual((await page({ surname: 'Nimmergevonden', birthDate: '1950-01-01' })).results, []);
  });

  test('many matches by surname and birth date are paged by 10', async () => {
    const query = { surname: NAMESAKE_SEARCH.geslachtsnaam, birthDate: NAMESAKE_SEARCH.geboortedatum };
    const first = await page({ ...query });
    const third = await page({ ...query, page: 3 });
    assert.equal(first.results.length, 10);
    assert.equal(first.pageSize, 10);
    assert.equal(first.hasNext, true);
    assert.equal(third.results.length, NAMESAKE_SEARCH.count - 20);
    assert.equal(third.hasNext, false);
    const refs = new Set([...first.results, ...third.results].map((r) => r.ref));
    assert.equal(refs.size, first.results.length + third.results.length, 'a ref per result');
    assert.ok(
      first.results.every((r) => r.address && r.birthDate === NAMESAKE_SEARCH.geboortedatum),
      'namesakes told apart by address',
    );
  });

  test('by e-mail address and phone number through Klantinteracties', async () => {
    const byEmail = await page({ email: 'f.jansen@example.nl' });
    assert.equal(byEmail.results.length, 1);
    assert.match(byEmail.results[0]?.displayName ?? '', /Jansen|Fatima/);
    const byPhone = await page({ telefoon: '06 1234 5678' });
    assert.equal(byPhone.results.length, 1);
    assert.deepEqual((await page({ email: 'niemand@example.nl' })).results, []);
  });

  test('by KvK number', async () => {
    const found = await page({ kvk: testCompany.kvk });
    assert.ok(found.results.every((r) => r.kind === 'organisatie'));
    assert.doesNotMatch(JSON.stringify(found), new RegExp(testCompany.kvk), 'the KvK number is not echoed');
  });

  test('a way the profile does not allow, a profile not held, or no query is refused per field', async () => {
    const sociaal = await employee(staff, 'sociaal');
    const byKvk = await call(sociaal, staff, '/medewerker/klanten/search', 'POST', { profile: 'sociaal-domein', kvk: testCompany.kvk });
    assert.deepEqual(await invalidOf(byKvk), [['kvk', 'not-allowed']]);
    assert.deepEqual(await invalidOf(await search({ bsn: JANSEN_BSN, profile: 'sociaal-domein' })), [['profile', 'not-allowed']]);
    assert.deepEqual(await invalidOf(await search({})), [['bsn', 'required']]);
    assert.deepEqual(await invalidOf(await search({ surname: 'Visser' })), [['birthDate', 'required']]);
    assert.deepEqual(await invalidOf(await search({ surname: 'Visser', birthDate: '17-05-1990' })), [['birthDate', 'invalid']]);
  });

  test('a result chosen under kcc: the context has the name and birth date, never a BSN', async () => {
    const context = await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    assert.doesNotMatch(JSON.stringify(context), NINE_DIGITS);
    assert.equal(context.klant.birthDate, '1986-04-12');
  });
});

describe('search sources down', () => {
  let gateway: TestGateway;
  before(async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    gateway = await startTestGateway({
      upstreams: {
        brp: { url: `${dead}/haalcentraal/api/brp`, auth: { type: 'api-key', header: 'X-API-Key', key: 'a-test-key-of-sixteen-plus' } },
        klantinteracties: { url: `${dead}/klantinteracties/api/v1`, auth: { type: 'token', token: 'a-test-token-of-sixteen-plus' } },
      },
      employee: DEV_EMPLOYEE,
    });
  });
  after(async () => {
    await gateway?.gateway.close();
  });

  test('BRP or Klantinteracties down: 503 search-source-unavailable', async () => {
    const browser = new Browser();
    const { response } = await signIn(browser, gateway, { account: 'kcc', employee: true });
    assert.equal(response.status, 303);
    const post = (body: Record<string, unknown>) =>
      browser.fetch(`${gateway.base}/medewerker/klanten/search`, {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:1', 'content-type': 'application/json' },
        body: JSON.stringify({ profile: 'kcc', ...body }),
      });
    await assertProblem(await post({ bsn: JANSEN_BSN }), 503, 'search-source-unavailable');
    await assertProblem(await post({ surname: 'Visser', birthDate: '1990-05-17' }), 503, 'search-source-unavailable');
    await assertProblem(await post({ email: 'f.jansen@example.nl' }), 503, 'search-source-unavailable');
  });
});
