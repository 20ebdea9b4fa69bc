import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testCompany, testIdentities } from '@klantbeeld/mock-api';
import { Browser, PAGE_ORIGIN, assertProblem, signIn, startTestGateway, type TestGateway } from './support.js';

const jansen = testIdentities.find((a) => a.id === 'jansen')!;
const deVries = testIdentities.find((a) => a.id === 'de-vries')!;
const everyIdentifier = testIdentities.flatMap((a) => (a.kind === 'persoon' ? [a.bsn] : [a.kvk, a.vestiging]));

describe('sign-in through the development IdP', () => {
  let now = Date.now();
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({}, { clock: () => now });
  });
  after(() => t.gateway.close());

  test('signing in as Jansen sends an API request to the proxy for her, without cookies', async () => {
    const browser = new Browser();
    const { response } = await signIn(browser, t, { account: 'jansen' }, '/mijn/zaken?tab=open');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${PAGE_ORIGIN}/mijn/zaken?tab=open`);
    const before = t.proxy.calls.length;
    const api = await browser.fetch(`${t.base}/zaken/api/v1/zaken?ordering=-startdatum`, { headers: { accept: 'application/json' } });
    assert.equal(api.status, 200);
    assert.deepEqual(await api.json(), { count: 0, next: null, previous: null, results: [] });
    assert.equal(api.headers.get('cache-control'), 'private, no-store');
    assert.equal(api.headers.get('set-cookie'), null, 'an upstream cookie never reaches the browser');
    const call = t.proxy.calls[before]!;
    assert.deepEqual(call.principal, { subject: { kind: 'persoon', bsn: jansen.kind === 'persoon' ? jansen.bsn : '' }, loa: 'midden' });
    assert.equal(call.request.api, 'zaken');
    assert.equal(call.request.method, 'GET');
    assert.equal(call.request.url.href, `${t.base}/zaken/api/v1/zaken?ordering=-startdatum`);
    assert.equal(call.request.headers.cookie, undefined);
    assert.equal(call.request.headers.accept, 'application/json');
  });

  test('the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax, path / and signed', async () => {
    const browser = new Browser();
    const { response } = await signIn(browser, t, { account: 'jansen' });
    const line = response.headers.getSetCookie().find((c) => c.startsWith('__Host-klantbeeld='))!;
    assert.ok(line, 'a session cookie is set');
    assert.match(line, /; Path=\/(;|$)/);
    assert.match(line, /; HttpOnly/);
    assert.match(line, /; Secure/);
    assert.match(line, /; SameSite=Lax/);
    assert.doesNotMatch(line, /Domain=/i);
    assert.match(decodeURIComponent(line.split(';')[0]!), /^__Host-klantbeeld=[\w-]{43}\.[\w+/-]+=*$/, 'id.signature');
  });

  test('GET /auth/session tells the page who is signed in, never the BSN', async () => {
    const browser = new Browser();
    assert.deepEqual(await (await browser.fetch(`${t.base}/auth/session`)).json(), { signedIn: false });
    await signIn(browser, t, { account: 'jansen', loa: 'substantieel' });
    const response = await browser.fetch(`${t.base}/auth/session`);
    const text = await response.text();
    const info = JSON.parse(text) as Record<string, unknown>;
    assert.equal(info.signedIn, true);
    assert.equal(info.kind, 'persoon');
    assert.equal(info.displayName, jansen.naam);
    assert.equal(info.loa, 'substantieel');
    assert.equal(info.actingOnBehalf, false);
    assert.equal(new Date(String(info.idleExpiresAt)).getTime(), now + 15 * 60_000);
    for (const id of everyIdentifier) assert.ok(!text.includes(id), 'no BSN or KvK number in the answer');
  });

  test('DigiD Machtigen: the session speaks for the represented resident and records who acts', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'de-vries', actFor: 'jansen' });
    const before = t.proxy.calls.length;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
    assert.deepEqual(t.proxy.calls[before]!.principal, {
      subject: { kind: 'persoon', bsn: jansen.kind === 'persoon' ? jansen.bsn : '' },
      loa: 'midden',
      actor: { kind: 'persoon', id: deVries.kind === 'persoon' ? deVries.bsn : '' },
    });
    const info = (await (await browser.fetch(`${t.base}/auth/session`)).json()) as Record<string, unknown>;
    assert.equal(info.actingOnBehalf, true);
  });

  test('eHerkenning: a company session is scoped by KvK number and vestiging', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: testCompany.id, loa: 'substantieel' });
    const before = t.proxy.calls.length;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
    const { principal } = t.proxy.calls[before]!;
    assert.deepEqual(principal.subject, { kind: 'organisatie', kvk: testCompany.kvk, vestiging: testCompany.vestiging });
    assert.equal(principal.loa, 'substantieel');
    assert.equal(principal.actor?.kind, 'medewerker-organisatie');
  });

  test('below the minimum level of an API: 403 with a hint to sign in again; at the level: served', async () => {
    const low = new Browser();
    await signIn(low, t, { account: 'jansen', loa: 'midden' });
    const calls = t.proxy.calls.length;
    const refused = await low.fetch(`${t.base}/haalcentraal/api/brp/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
      body: '{}',
    });
    const body = await assertProblem(refused, 403, 'assurance-too-low');
    assert.match(String(body.detail), /\/auth\/login\?loa=substantieel/);
    assert.equal(t.proxy.calls.length, calls, 'nothing forwarded');
    // The hint leads to the IdP asking for Substantieel (the login page preselects it).
    const hint = await low.follow(`${t.base}/auth/login?loa=substantieel`, [new URL(t.base).origin, t.gateway.devIdp!.issuer]);
    assert.match(await hint.response.text(), /<option value="substantieel" selected>/);

    const high = new Browser();
    await signIn(high, t, { account: 'jansen', loa: 'substantieel' });
    const served = await high.fetch(`${t.base}/haalcentraal/api/brp/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
      body: '{}',
    });
    assert.equal(served.status, 200);
  });

  test('after sign-out the API answers 401 and the IdP is asked to end its session too', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    const cookie = browser.cookies.get('__Host-klantbeeld')!;
    const out = await browser.fetch(`${t.base}/auth/logout`, { method: 'POST', headers: { origin: PAGE_ORIGIN } });
    assert.equal(out.status, 303);
    const location = new URL(out.headers.get('location')!);
    assert.equal(location.origin, t.gateway.devIdp!.issuer);
    assert.ok(location.searchParams.get('id_token_hint'));
    assert.equal(location.searchParams.get('post_logout_redirect_uri'), `${PAGE_ORIGIN}/`);
    assert.equal(browser.cookies.get('__Host-klantbeeld'), undefined, 'the cookie is cleared');
    const api = await browser.fetch(`${t.base}/zaken/api/v1/zaken`);
    await assertProblem(api, 401, 'not-signed-in');
    // The old cookie, replayed, is dead on the server as well.
    const replay = await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie: `__Host-klantbeeld=${cookie}` } });
    assert.equal(replay.status, 401);
  });

  test('a script signs out with fetch and gets the IdP address to go to as JSON', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    const out = await browser.fetch(`${t.base}/auth/logout`, { method: 'POST', headers: { origin: PAGE_ORIGIN, accept: 'application/json' } });
    assert.equal(out.status, 200);
    const body = (await out.json()) as { signedIn: boolean; next: string };
    assert.equal(body.signedIn, false);
    assert.equal(new URL(body.next).origin, t.gateway.devIdp!.issuer);
  });

  test('the session ends after 15 minutes without requests', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    now += 14 * 60_000;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200, 'still alive, and the idle timer restarts');
    now += 14 * 60_000;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
    now += 15 * 60_000 + 1;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 401);
  });

  test('the session ends at the absolute timeout however active it is', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    for (let elapsed = 0; elapsed < 8 * 3600_000 - 10 * 60_000; elapsed += 10 * 60_000) {
      now += 10 * 60_000;
      assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200);
    }
    now += 10 * 60_000;
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 401);
  });

  test('a tampered session cookie is no session', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    const cookie = decodeURIComponent(browser.cookies.get('__Host-klantbeeld')!);
    const [id, signature] = cookie.split('.') as [string, string];
    const flipped = id.slice(0, -1) + (id.endsWith('A') ? 'B' : 'A');
    for (const value of [`${flipped}.${signature}`, id, `${id}.${signature.slice(0, -2)}xx`, `${id}.`]) {
      const response = await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie: `__Host-klantbeeld=${encodeURIComponent(value)}` } });
      assert.equal(response.status, 401, value.replace(/./g, '*'));
    }
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 200, 'the genuine cookie still works');
  });

  test('a new session id at every sign-in: a cookie from before sign-in never becomes a session', async () => {
    const browser = new Browser();
    await signIn(browser, t, { account: 'jansen' });
    const first = browser.cookies.get('__Host-klantbeeld')!;
    await signIn(browser, t, { account: 'jansen' });
    const second = browser.cookies.get('__Host-klantbeeld')!;
    assert.notEqual(first, second);
    assert.equal((await fetch(`${t.base}/zaken/api/v1/zaken`, { headers: { cookie: `__Host-klantbeeld=${first}` } })).status, 401, 'the old session ended');
  });

  test('a callback with the wrong state is refused and signs nobody in', async () => {
    const browser = new Browser();
    const origins = [new URL(t.base).origin, t.gateway.devIdp!.issuer];
    // Stop the walk at the callback, then tamper with its state.
    const { callbackUrl } = await signInUntilCallback(browser, t, origins);
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    const response = await browser.fetch(forged.href);
    await assertProblem(response, 400, 'sign-in-failed');
    assert.equal(browser.cookies.get('__Host-klantbeeld'), undefined);
    assert.equal((await browser.fetch(`${t.base}/zaken/api/v1/zaken`)).status, 401);
  });

  test('a callback replayed (same code, same browser or another) is refused', async () => {
    const browser = new Browser();
    const { callbackUrl } = await signIn(browser, t, { account: 'jansen' });
    const session = browser.cookies.get('__Host-klantbeeld');
    assert.ok(session);
    const again = await browser.fetch(callbackUrl);
    await assertProblem(again, 400, 'sign-in-unknown');
    const stranger = new Browser();
    const stolen = await stranger.fetch(callbackUrl);
    assert.equal(stolen.status, 400);
    assert.equal(stranger.cookies.get('__Host-klantbeeld'), undefined);
  });

  test('cancelling at the IdP returns to the page without a session', async () => {
    const browser = new Browser();
    const { response } = await signIn(browser, t, { account: 'jansen', cancel: true }, '/terug');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${PAGE_ORIGIN}/terug`);
    assert.equal(browser.cookies.get('__Host-klantbeeld'), undefined);
  });

  test('returnTo cannot send the browser anywhere but the configured pages', async () => {
    const attempts = [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'http://127.0.0.1:1@evil.example/',
      `${PAGE_ORIGIN}.evil.example/`,
      'http://user:pass@127.0.0.1:1/',
      'data:text/html,hi',
      'https:evil.example',
    ];
    for (const returnTo of attempts) {
      const browser = new Browser();
      const { response } = await signIn(browser, t, { account: 'jansen' }, returnTo);
      assert.equal(response.headers.get('location'), `${PAGE_ORIGIN}/`, returnTo);
    }
    const allowed = new Browser();
    const { response } = await signIn(allowed, t, { account: 'jansen' }, `${PAGE_ORIGIN}/mijn?x=1#top`);
    assert.equal(response.headers.get('location'), `${PAGE_ORIGIN}/mijn?x=1#top`);
  });
});

/** Starts a sign-in and walks it up to (not including) the gateway's callback. */
async function signInUntilCallback(browser: Browser, t: TestGateway, origins: string[]): Promise<{ callbackUrl: string }> {
  const start = await browser.follow(`${t.base}/auth/login`, origins);
  const action = /action="([^"]+)"/.exec(await start.response.text())![1]!;
  let url = new URL(action, start.url).href;
  let response = await browser.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'account=jansen&loa=midden&actFor=&submit=login',
  });
  for (;;) {
    url = new URL(response.headers.get('location')!, url).href;
    if (url.startsWith(`${t.base}/auth/callback`)) return { callbackUrl: url };
    response = await browser.fetch(url);
  }
}
