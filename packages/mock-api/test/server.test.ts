/** The standalone server: real HTTP on a free port, CORS, then close. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, subscribe, type Notificatie } from '@klantbeeld/core';
import { startMockServer } from '../src/server.js';
import { fixtureZaken } from '../src/index.js';

describe('startMockServer', () => {
  it('serves the APIs over HTTP on a free port, with CORS, and closes', async () => {
    const server = await startMockServer({ port: 0, resident: 'de-vries' });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(server.mock.urls.zaken, `${server.url}/zaken/api/v1`);

      const response = await fetch(`${server.url}/zaken/api/v1/zaken?pageSize=2`, {
        headers: { 'Accept-Crs': 'EPSG:4326', Origin: 'https://www.voorbeeldstad.nl' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://www.voorbeeldstad.nl');
      assert.equal(response.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /ETag/);
      assert.equal(response.headers.get('API-version'), '1.5.1');
      const body = await response.json();
      assert.equal(body.count, 3);
      assert.equal(body.results.length, 2);
      assert.ok(body.next.startsWith(`${server.url}/zaken/api/v1/zaken?`));
      const second = await fetch(body.next, { headers: { 'Accept-Crs': 'EPSG:4326' } });
      assert.equal((await second.json()).results.length, 1);

      const preflight = await fetch(`${server.url}/zaken/api/v1/zaken`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.voorbeeldstad.nl', 'Access-Control-Request-Headers': 'accept-crs,if-none-match' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Accept-Crs/);
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /If-None-Match/);

      const zoek = await fetch(`${server.url}/zaken/api/v1/zaken/_zoek`, {
        method: 'POST',
        headers: { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326', 'Content-Type': 'application/json' },
        body: JSON.stringify({ einddatum__isnull: true }),
      });
      assert.equal(zoek.status, 200);
      assert.equal((await zoek.json()).count, 2);

      const index = await fetch(`${server.url}/`);
      assert.deepEqual((await index.json()).apis, server.mock.urls);
      assert.ok(server.mock.requests.length >= 3);
    } finally {
      await server.close();
    }
    await assert.rejects(fetch(`${server.url}/zaken/api/v1/zaken`));
  });

  it('streams notifications over real HTTP: a status change reaches a subscriber', { timeout: 15_000 }, async () => {
    const server = await startMockServer({ port: 0 });
    const client = createClient({ gateway: server.url, credentials: 'omit' });
    const zaak = `${server.mock.urls.zaken}/zaken/${fixtureZaken.jansen.parkeervergunning}`;
    try {
      const received = new Promise<Notificatie>((resolve, reject) => {
        const unsubscribe = subscribe(
          client,
          zaak,
          (message) => {
            unsubscribe();
            resolve(message);
          },
          { onError: reject },
        );
      });
      // Changes are published only to open streams: wait until the subscriber's stream is connected.
      while (server.mock.eventStreams === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      server.mock.setZaakStatus(fixtureZaken.jansen.parkeervergunning, 3);
      const message = await received;
      assert.equal(message.hoofdObject, zaak);
      assert.equal(message.resource, 'status');
      assert.equal(message.actie, 'create');
    } finally {
      await server.close();
    }
  });
});
