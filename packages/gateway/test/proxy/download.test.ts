/**
 * A document download streams through the proxy: the browser gets the first bytes while the upstream is
 * still sending (nothing waits for, or holds, the whole file).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { createApiProxy } from '../../src/proxy/index.js';
import type { ApiProxy } from '../../src/proxy/types.js';
import { gatewayUrl, persoon, proxyConfig } from './harness.js';

const BSN = '999993653';
const ZAAK = '00000000-0000-4000-8000-000000000001';
const DOC = '00000000-0000-4000-8000-000000000002';
const CHUNK = Buffer.alloc(64 * 1024, 0x41);

let server: Server;
let proxy: ApiProxy;
/** Releases the rest of the file (the upstream holds it back until the test saw the first chunk). */
let release: () => void = () => {};

before(async () => {
  server = createServer((req, res) => {
    const o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const path = new URL(req.url ?? '/', o).pathname;
    const json = (body: unknown): void => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const zaakUrl = `${o}/zaken/api/v1/zaken/${ZAAK}`;
    const docUrl = `${o}/documenten/api/v1/enkelvoudiginformatieobjecten/${DOC}`;
    if (path === `/zaken/api/v1/zaken/${ZAAK}`) return json({ url: zaakUrl, vertrouwelijkheidaanduiding: 'openbaar' });
    if (path === '/zaken/api/v1/rollen')
      return json({
        count: 1,
        next: null,
        previous: null,
        results: [{ zaak: zaakUrl, betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN } }],
      });
    if (path === '/zaken/api/v1/zaakinformatieobjecten') return json([{ zaak: zaakUrl, informatieobject: docUrl }]);
    if (path === `/documenten/api/v1/enkelvoudiginformatieobjecten/${DOC}`)
      return json({ url: docUrl, status: 'definitief', vertrouwelijkheidaanduiding: 'openbaar', bestandsnaam: 'groot.bin' });
    if (path === `/documenten/api/v1/enkelvoudiginformatieobjecten/${DOC}/download`) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(CHUNK);
      release = () => res.end(CHUNK);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy = createApiProxy(proxyConfig(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
});

after(async () => {
  await proxy.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('the first bytes reach the browser before the upstream finished sending', async () => {
  const answer = await proxy.handle(
    {
      api: 'documenten',
      method: 'GET',
      url: new URL(gatewayUrl('documenten', `/enkelvoudiginformatieobjecten/${DOC}/download`)),
      headers: {},
      signal: new AbortController().signal,
    },
    persoon(BSN),
  );
  assert.equal(answer.status, 200);
  assert.equal(answer.headers['content-disposition'], `attachment; filename="groot.bin"; filename*=UTF-8''groot.bin`);
  assert.equal(answer.headers['cache-control'], 'private, no-store');
  const body = answer.body as Readable;
  assert.equal(typeof body.pipe, 'function', 'a stream, not a buffer');
  let received = 0;
  let released = false;
  for await (const chunk of body) {
    received += (chunk as Buffer).length;
    if (!released) {
      // The upstream has not sent the second half yet: what arrived was streamed, not buffered.
      assert.ok(received <= CHUNK.length);
      released = true;
      release();
    }
  }
  assert.equal(received, CHUNK.length * 2);
});
