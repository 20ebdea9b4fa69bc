// The employee session speaks the gateway's /medewerker routes through the core's transport: JSON bodies, the
// session cookie, problem+json as typed errors, a search checked before it is sent, and `context-change` events.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTEXT_CHANGE,
  createEmployeeSession,
  createClient,
  getZaak,
  InvalidResponseError,
  NotAuthenticatedError,
  ShieldedError,
  ForbiddenError,
  ValidationError,
  type EmployeeSessionInfo,
  type KlantContextInfo,
} from '@klantbeeld/core';

const GW = 'https://gw.example/api/klantbeeld';

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly headers: Headers;
  readonly credentials: RequestCredentials | undefined;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? {} : { 'Content-Type': type } });
const problem = (status: number, body: unknown) => json(status, body, 'application/problem+json');

/** A fake fetch answering from `answer`, logging what was sent. */
function fakeFetch(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: Sent = {
      method: init.method ?? 'GET',
      url: input instanceof Request ? input.url : input.toString(),
      body,
      headers: new Headers(init.headers),
      credentials: init.credentials,
    };
    sent.push(request);
    return answer(request);
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const CONTEXT: KlantContextInfo = {
  klant: { kind: 'persoon', displayName: 'F. Jansen-El Amrani', birthDate: '1975-03-14' },
  profile: 'kcc',
  purpose: 'telefoon',
  reference: null,
  startedAt: '2026-12-07T10:00:00Z',
  access: { zaken: 'read', klantinteracties: 'write', documenten: 'shielded' },
};
const INFO: EmployeeSessionInfo = {
  employee: { displayName: 'K. de Vries' },
  profiles: [
    {
      id: 'kcc',
      label: { nl: 'Klantcontactcentrum', en: 'Customer contact centre' },
      purposes: [{ id: 'telefoon', label: { nl: 'Telefoon', en: 'Phone' } }],
      searchBy: ['bsn', 'naam', 'kvk', 'email', 'telefoon'],
    },
    { id: 'sociaal-domein', label: { nl: 'Sociaal domein', en: 'Social domain' }, purposes: [], searchBy: ['bsn', 'naam'] },
  ],
  context: null,
};

function countChanges(target: EventTarget): { readonly count: number } {
  const counter = { count: 0 };
  target.addEventListener(CONTEXT_CHANGE, () => counter.count++);
  return counter;
}

describe('createEmployeeSession', () => {
  test('info() reads the session with the cookie and the language, and fires context-change only when the context changed', async () => {
    let context: KlantContextInfo | null = null;
    const { fetch, sent } = fakeFetch(() => json(200, { ...INFO, context }));
    const session = createEmployeeSession({ gateway: GW, fetch, language: 'en' });
    const changes = countChanges(session);
    assert.deepEqual(await session.info(), INFO);
    assert.equal(changes.count, 0);
    context = CONTEXT;
    await session.info();
    assert.deepEqual(session.context, CONTEXT);
    await session.info();
    assert.equal(changes.count, 1);
    assert.deepEqual(
      sent.map((s) => `${s.method} ${s.url}`),
      Array.from({ length: 3 }, () => `GET ${GW}/medewerker/session`),
    );
    assert.equal(sent[0]?.credentials, 'include');
    assert.equal(sent[0]?.headers.get('Accept-Language'), 'en');
  });

  test('search() POSTs the query as JSON (trimmed; never in the URL) and returns the page', async () => {
    const page = { results: [{ ref: 'r1', kind: 'persoon', displayName: 'F. Jansen' }], page: 1, pageSize: 10, hasNext: false };
    const { fetch, sent } = fakeFetch(() => json(200, page));
    const session = createEmployeeSession({ gateway: GW, fetch });
    assert.deepEqual(await session.search({ profile: 'kcc', bsn: ' 999993653 ' }), page);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.method, 'POST');
    assert.equal(sent[0]?.url, `${GW}/medewerker/klanten/search`);
    assert.deepEqual(sent[0]?.body, { profile: 'kcc', bsn: '999993653' });
    assert.equal(sent[0]?.headers.get('Content-Type'), 'application/json');
    await session.search({ profile: 'kcc', telefoon: '06-12 34 56 78', page: 2 });
    assert.deepEqual(sent[1]?.body, { profile: 'kcc', telefoon: '0612345678', page: 2 });
  });

  test('an invalid search is a ValidationError before any request; a way the known profile does not allow too', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, INFO));
    const session = createEmployeeSession({ gateway: GW, fetch });
    await assert.rejects(session.search({ profile: 'kcc', bsn: '999993654' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.invalidParams.map((p) => `${p.name}:${p.code}`),
        ['bsn:invalid-bsn'],
      );
      return true;
    });
    assert.equal(sent.length, 0);
    await session.info();
    await assert.rejects(session.search({ profile: 'sociaal-domein', kvk: '12345678' }), { kind: 'validation' });
    assert.equal(sent.length, 1);
  });

  test('the gateway’s 400 keeps its invalidParams; a 503 search-source-unavailable is a server error', async () => {
    let answer = problem(400, { code: 'invalid', title: 'Ongeldig', invalidParams: [{ name: 'bsn', code: 'invalid-bsn', reason: 'x' }] });
    const { fetch } = fakeFetch(() => answer);
    const session = createEmployeeSession({ gateway: GW, fetch });
    await assert.rejects(session.search({ profile: 'kcc', bsn: '999993653' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.invalidParams, [{ name: 'bsn', code: 'invalid-bsn', reason: 'x' }]);
      return true;
    });
    answer = problem(503, { code: 'search-source-unavailable', title: 'BRP niet bereikbaar' });
    await assert.rejects(session.search({ profile: 'kcc', bsn: '999993653' }), {
      kind: 'server',
      problem: { code: 'search-source-unavailable', title: 'BRP niet bereikbaar' },
    });
  });

  test('choose() PUTs the context and end() DELETEs it, each firing context-change', async () => {
    const { fetch, sent } = fakeFetch((s) => (s.method === 'PUT' ? json(200, CONTEXT) : new Response(null, { status: 204 })));
    const session = createEmployeeSession({ gateway: GW, fetch });
    const changes = countChanges(session);
    const request = { ref: 'r1', profile: 'kcc', purpose: 'telefoon', reference: 'call-12' };
    assert.deepEqual(await session.choose(request), CONTEXT);
    assert.deepEqual(session.context, CONTEXT);
    assert.equal(changes.count, 1);
    await session.end();
    assert.equal(session.context, null);
    assert.equal(changes.count, 2);
    assert.deepEqual(
      sent.map((s) => `${s.method} ${s.url}`),
      [`PUT ${GW}/medewerker/context`, `DELETE ${GW}/medewerker/context`],
    );
    assert.deepEqual(sent[0]?.body, request);
  });

  test('choose() without ref, profile or purpose sends nothing; a failed choose drops the previous context', async () => {
    let answer = json(200, CONTEXT);
    const { fetch, sent } = fakeFetch(() => answer);
    const session = createEmployeeSession({ gateway: GW, fetch });
    await assert.rejects(session.choose({ ref: '', profile: 'kcc', purpose: ' ' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.invalidParams.map((p) => `${p.name}:${p.code}`),
        ['ref:required', 'purpose:required'],
      );
      return true;
    });
    assert.equal(sent.length, 0);
    await session.choose({ ref: 'r1', profile: 'kcc', purpose: 'telefoon' });
    const changes = countChanges(session);
    answer = problem(400, { code: 'invalid', invalidParams: [{ name: 'ref', code: 'invalid', reason: 'expired' }] });
    await assert.rejects(session.choose({ ref: 'r2', profile: 'kcc', purpose: 'telefoon' }), { kind: 'validation' });
    assert.equal(session.context, null);
    assert.equal(changes.count, 1);
  });

  test('a 401 is NotAuthenticatedError; an answer of the wrong shape InvalidResponseError', async () => {
    let answer = problem(401, { code: 'not-signed-in', title: 'Niet ingelogd' });
    const { fetch } = fakeFetch(() => answer);
    const session = createEmployeeSession({ gateway: GW, fetch });
    await assert.rejects(session.info(), NotAuthenticatedError);
    answer = json(200, { employee: { displayName: 'x' }, profiles: [], context: { klant: 'Jansen' } });
    await assert.rejects(session.info(), InvalidResponseError);
    answer = json(200, { results: [{ displayName: 'no ref' }] });
    await assert.rejects(session.search({ profile: 'kcc', bsn: '999993653' }), InvalidResponseError);
  });

  test('a gateway at the root of its origin (with or without a slash): the routes lie right below it', async () => {
    for (const gateway of ['https://gw.example', 'https://gw.example/']) {
      const { fetch, sent } = fakeFetch(() => json(200, INFO));
      await createEmployeeSession({ gateway, fetch }).info();
      assert.equal(sent[0]?.url, 'https://gw.example/medewerker/session');
    }
  });

  test('an aborted request rejects with the caller’s reason', async () => {
    const { fetch } = fakeFetch(() => json(200, INFO));
    const session = createEmployeeSession({ gateway: GW, fetch });
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    await assert.rejects(session.info({ signal: controller.signal }), { name: 'AbortError' });
  });
});

describe('ShieldedError', () => {
  test('a 403 with problem code shielded is a ShieldedError for any request of the client; another 403 stays ForbiddenError', async () => {
    let code = 'shielded';
    const { fetch } = fakeFetch(() => problem(403, { code, title: 'Afgeschermd' }));
    const client = createClient({ gateway: GW, fetch, retries: 0 });
    const zaak = `${GW}/zaken/api/v1/zaken/0b7c9d5e-6a2b-4d0e-9f1a-3c5d7e9f1a2b`;
    await assert.rejects(getZaak(client, zaak), (error: unknown) => {
      assert.ok(error instanceof ShieldedError);
      assert.equal(error.kind, 'shielded');
      assert.equal(error.status, 403);
      return true;
    });
    code = 'permission_denied';
    await assert.rejects(getZaak(client, zaak), ForbiddenError);
  });
});
