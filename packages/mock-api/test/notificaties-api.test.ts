/**
 * The mock's Notificaties API in upstream mode: abonnement CRUD as the spec shapes it (checked against
 * `specs/notificaties/openapi.yaml`), its credentials, and delivery: a status change set through the
 * development control is POSTed to each matching abonnement's callback with the abonnement's `auth`.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fixtureOtherOrganisation, fixtureZaken } from '../src/index.js';
import { startMockServer, type MockServer } from '../src/server.js';
import { specId } from './openapi/json-schema.js';
import { SpecValidator } from './openapi/validator.js';
import { zgwHeaders } from './upstream-client.js';

const NOTIFICATIES = specId('notificaties/openapi.yaml');
const validator = new SpecValidator([NOTIFICATIES]);

let server: MockServer;
let callbacks: Server;
let callbackUrl: string;
const received: { path: string; headers: IncomingHttpHeaders; body: Record<string, unknown> }[] = [];

before(async () => {
  server = await startMockServer({ mode: 'upstream' });
  callbacks = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => callbacks.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callbacks.address() as AddressInfo).port}`;
});

after(async () => {
  await server?.close();
  await new Promise<void>((resolve) => callbacks.close(() => resolve()));
});

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: { ...(await zgwHeaders()), 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('Notificaties API (upstream mode)', () => {
  it('asks for a ZGW JWT', async () => {
    assert.equal((await fetch(`${server.mock.notificaties.base}/abonnement`)).status, 401);
  });

  it("creates, lists, reads, updates and deletes abonnementen in the spec's shape; refuses an invalid one with 400", async () => {
    const base = server.mock.notificaties.base;
    const created = await send('POST', `${base}/abonnement`, {
      callbackUrl: `${callbackUrl}/a`,
      auth: 'Bearer secret-a',
      kanalen: [{ naam: 'zaken', filters: {} }],
    });
    assert.equal(created.status, 201);
    const abonnement = (await created.json()) as { url: string };
    validator.assert(NOTIFICATIES, 'Abonnement', abonnement, 'POST /abonnement');
    const list = (await (await send('GET', `${base}/abonnement`)).json()) as unknown[];
    assert.equal(list.length, 1);
    validator.assert(NOTIFICATIES, 'Abonnement', list[0], 'GET /abonnement');
    assert.deepEqual(await (await send('GET', abonnement.url)).json(), abonnement);

    const put = await send('PUT', abonnement.url, {
      callbackUrl: `${callbackUrl}/b`,
      auth: 'Bearer secret-b',
      kanalen: [{ naam: 'zaken' }, { naam: 'objecten' }],
    });
    assert.equal(put.status, 200);
    assert.equal(((await put.json()) as { callbackUrl: string }).callbackUrl, `${callbackUrl}/b`);
    const patch = await send('PATCH', abonnement.url, { auth: 'Bearer secret-c' });
    assert.equal(((await patch.json()) as { auth: string }).auth, 'Bearer secret-c');

    const invalid = await send('POST', `${base}/abonnement`, { callbackUrl: 'not a url', kanalen: [{ naam: 'onbekend' }] });
    assert.equal(invalid.status, 400);
    const problem = (await invalid.json()) as { invalidParams: { name: string }[] };
    assert.deepEqual(problem.invalidParams.map((p) => p.name).sort(), ['auth', 'callbackUrl', 'kanalen']);

    assert.equal((await send('DELETE', abonnement.url)).status, 204);
    assert.equal((await send('GET', abonnement.url)).status, 404);
    assert.deepEqual(await (await send('GET', `${base}/abonnement`)).json(), []);
  });

  it('delivers a status change to the matching abonnementen with their auth, and nothing to others', async () => {
    const base = server.mock.notificaties.base;
    await send('POST', `${base}/abonnement`, { callbackUrl: `${callbackUrl}/zaken`, auth: 'Bearer zaken-secret', kanalen: [{ naam: 'zaken' }] });
    await send('POST', `${base}/abonnement`, { callbackUrl: `${callbackUrl}/objecten`, auth: 'Bearer objecten-secret', kanalen: [{ naam: 'objecten' }] });
    await send('POST', `${base}/abonnement`, {
      callbackUrl: `${callbackUrl}/geheim`,
      auth: 'Bearer filtered',
      kanalen: [{ naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'geheim' } }],
    });
    received.length = 0;
    const set = await fetch(`${server.url}/_mock/zaken/${fixtureZaken['de-vries'].parkeervergunning}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ volgnummer: 2 }),
    });
    const status = (await set.json()) as { url: string; zaak: string };
    await server.mock.notificaties.settled();
    assert.deepEqual(
      received.map((r) => r.path),
      ['/zaken'],
    );
    assert.equal(received[0]!.headers.authorization, 'Bearer zaken-secret');
    assert.deepEqual(
      { ...received[0]!.body, aanmaakdatum: undefined, kenmerken: undefined },
      {
        kanaal: 'zaken',
        hoofdObject: status.zaak,
        resource: 'status',
        resourceUrl: status.url,
        actie: 'create',
        aanmaakdatum: undefined,
        kenmerken: undefined,
      },
    );
  });

  it('publishes with POST /notificaties, and the omgevingsdienst has a Notificaties API of its own', async () => {
    received.length = 0;
    const message = {
      kanaal: 'zaken',
      hoofdObject: 'https://example.invalid/z/1',
      resource: 'zaak',
      resourceUrl: 'https://example.invalid/z/1',
      actie: 'update',
      aanmaakdatum: '2026-12-01T10:00:00Z',
      kenmerken: {},
    };
    assert.equal((await send('POST', `${server.mock.notificaties.base}/notificaties`, message)).status, 200);
    assert.equal((await send('POST', `${server.mock.notificaties.base}/notificaties`, { kanaal: 'zaken' })).status, 400);
    await server.mock.notificaties.settled();
    assert.deepEqual(
      received.map((r) => r.path),
      ['/zaken'],
    );

    const other = server.mock.otherOrganisationNotificaties;
    await send('POST', `${other.base}/abonnement`, { callbackUrl: `${callbackUrl}/partner`, auth: 'Bearer partner', kanalen: [{ naam: 'zaken' }] });
    received.length = 0;
    const set = await fetch(`${server.url}/_mock/omgevingsdienst/zaken/${fixtureOtherOrganisation.constructieveVeiligheid}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ volgnummer: 2 }),
    });
    assert.equal(set.status, 201);
    await other.settled();
    await server.mock.notificaties.settled();
    assert.deepEqual(
      received.map((r) => r.path),
      ['/partner'],
      "only the omgevingsdienst's abonnement gets its zaak",
    );
    assert.match(String(received[0]!.body.hoofdObject), /\/omgevingsdienst\/zaken\/api\/v1\/zaken\//);
  });
});
