/** Upstream mode over real HTTP: the CLI's `--mode upstream`, credentials, and the dev-only status control. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { fixtureZaken } from '../src/index.js';
import { startMockServer } from '../src/server.js';
import { zgwHeaders } from './upstream-client.js';

const zaak = fixtureZaken['de-vries'].parkeervergunning;

describe('startMockServer({ mode: "upstream" })', () => {
  it('asks for credentials, and lets a demo set a status over HTTP', async () => {
    const server = await startMockServer({ mode: 'upstream' });
    try {
      assert.equal((await (await fetch(`${server.url}/`)).json()).mode, 'upstream');
      const zaakUrl = `${server.mock.urls.zaken}/zaken/${zaak}`;
      const unauthorized = await fetch(zaakUrl, { headers: { 'Accept-Crs': 'EPSG:4326' } });
      assert.equal(unauthorized.status, 401);
      assert.equal(unauthorized.headers.get('WWW-Authenticate'), 'Bearer');
      const before = await (await fetch(zaakUrl, { headers: await zgwHeaders() })).json();

      const control = (uuid: string, body: string) =>
        fetch(`${server.url}/_mock/zaken/${uuid}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const set = await control(zaak, JSON.stringify({ volgnummer: 3, toelichting: 'Besluit verstuurd.' }));
      assert.equal(set.status, 201);
      const status = await set.json();
      assert.equal(status.zaak, zaakUrl);
      assert.equal(status.statustoelichting, 'Besluit verstuurd.');
      const after = await (await fetch(zaakUrl, { headers: await zgwHeaders() })).json();
      assert.equal(after.status, status.url);
      assert.notEqual(after.status, before.status);

      assert.equal((await control(zaak, JSON.stringify({ volgnummer: 'drie' }))).status, 400);
      assert.equal((await control(zaak, '{')).status, 400);
      assert.equal((await control(zaak, JSON.stringify({ volgnummer: 99 }))).status, 404);
      assert.equal((await control('00000000-0000-4000-8000-000000000000', JSON.stringify({ volgnummer: 2 }))).status, 404);
      // The real products have no event stream.
      assert.equal((await fetch(server.mock.eventsUrl)).status, 404);
    } finally {
      await server.close();
    }
  });

  it('resident mode has no control endpoint', async () => {
    const server = await startMockServer();
    try {
      const response = await fetch(`${server.url}/_mock/zaken/${zaak}/status`, { method: 'POST', body: JSON.stringify({ volgnummer: 2 }) });
      assert.equal(response.status, 404);
    } finally {
      await server.close();
    }
  });

  it('the CLI takes --mode upstream and refuses another mode', { timeout: 15_000 }, async () => {
    const cli = fileURLToPath(new URL('../src/server.js', import.meta.url));
    const child = spawn(process.execPath, [cli, '--mode', 'upstream', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      while (!/listening on (\S+)/.test(output)) {
        const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
        output += chunk.toString();
      }
      const url = /listening on (\S+)/.exec(output)![1]!;
      assert.match(output, /upstream mode/);
      assert.equal((await (await fetch(`${url}/`)).json()).mode, 'upstream');
      assert.equal((await fetch(`${url}/zaken/api/v1/zaken`, { headers: { 'Accept-Crs': 'EPSG:4326' } })).status, 401);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const bad = spawn(process.execPath, [cli, '--mode', 'gateway'], { stdio: 'ignore' });
    const [code] = await once(bad, 'exit');
    assert.equal(code, 2);
  });
});
