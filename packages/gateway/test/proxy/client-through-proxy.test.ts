/**
 * The real client (@klantbeeld/core) through the proxy against the mock's upstream mode: what the elements
 * show for a resident works end to end with the gateway's scoping, rewriting and allowlist (a client
 * request the allowlist forgot would fail here).
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import {
  API_NAMES,
  createClient,
  downloadDocument,
  GATEWAY_PATHS,
  getPersoon,
  getResidentPartij,
  getStatusTimeline,
  getZaak,
  getZaakRelaties,
  listBesluiten,
  listKlantcontacten,
  listProducten,
  listSubstatussen,
  listVerwerkingen,
  listZaakDocumenten,
  listZaken,
  type KlantbeeldClient,
} from '@klantbeeld/core';
import type { Principal } from '../../src/session/principal.js';
import { PUBLIC_URL } from './harness.js';
import { PRINCIPALS, startUpstreamed, type Upstreamed } from './fixture-upstream.js';

/** Every refusal the proxy gave the client: a 400 or 5xx means the allowlist or a rule does not fit the client. */
const refusals: string[] = [];

/** A client whose every request is handed to the proxy as `principal`'s (what the server does after sign-in). */
function clientFor(env: Upstreamed, principal: Principal): KlantbeeldClient {
  const fetchThroughProxy = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const api = API_NAMES.find((name) => url.pathname.startsWith(new URL(PUBLIC_URL).pathname + GATEWAY_PATHS[name] + '/'));
    if (!api) return new Response(null, { status: 404 });
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const answer = await env.proxy.handle({ api, method: request.method, url, headers, body, signal: request.signal }, principal);
    if (answer.status === 400 || answer.status >= 500)
      refusals.push(
        `${request.method} ${url.pathname}${url.search} → ${answer.status} ${(Buffer.isBuffer(answer.body) || typeof answer.body === 'string' ? String(answer.body) : '').slice(0, 200)}`,
      );
    const payload = answer.body instanceof Readable ? (Readable.toWeb(answer.body) as ReadableStream) : answer.body;
    return new Response(payload as BodyInit | null, { status: answer.status, headers: answer.headers });
  };
  return createClient({ gateway: PUBLIC_URL, fetch: fetchThroughProxy });
}

describe('the core client through the proxy', () => {
  let env: Upstreamed;
  let jansen: KlantbeeldClient;

  before(async () => {
    env = await startUpstreamed();
    jansen = clientFor(env, PRINCIPALS.jansen);
  });
  after(() => env?.close());

  test('lopende zaken, a zaak with its status timeline, substatussen, documents, besluiten and related zaken', async () => {
    const zaken = await listZaken(jansen);
    assert.ok(zaken.length > 0);
    for (const summary of zaken) {
      const zaak = await getZaak(jansen, summary.url);
      const timeline = await getStatusTimeline(jansen, zaak);
      assert.ok(Array.isArray(timeline.steps));
      await listSubstatussen(jansen, summary.url);
      await listBesluiten(jansen, summary.url);
      await getZaakRelaties(jansen, summary.url);
    }
    const documenten = (await Promise.all(zaken.map((z) => listZaakDocumenten(jansen, z.url)))).flat();
    assert.ok(documenten.length > 0, 'documents through the gateway');
    const blob = await downloadDocument(jansen, documenten[0] as never);
    assert.ok(blob.size > 0);
  });

  test("the resident's partij, contact history, products, personal data and processing log", async () => {
    const partij = await getResidentPartij(jansen);
    assert.ok(partij, 'the own partij');
    assert.ok((await listKlantcontacten(jansen)).length > 0);
    assert.ok((await listProducten(jansen)).length > 0);
    const persoon = await getPersoon(jansen, { bsn: PRINCIPALS.jansen.subject.kind === 'persoon' ? PRINCIPALS.jansen.subject.bsn : '' });
    assert.ok(persoon);
    await listVerwerkingen(jansen);
  });

  test('the client never sent a request the gateway refused as invalid', () => {
    assert.deepEqual(refusals, []);
  });

  test("another resident's zaak by URL is not found for this client", async () => {
    const deVries = clientFor(env, PRINCIPALS.deVries);
    const theirs = (await listZaken(deVries))[0];
    assert.ok(theirs);
    await assert.rejects(getZaak(jansen, theirs.url), (error: Error) => /not ?found|404/i.test(`${error.name} ${error.message}`));
  });
});
