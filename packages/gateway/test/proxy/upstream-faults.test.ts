import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { createApiProxy, type UpstreamEvent } from '../../src/proxy/index.js';
import { assertNoLeak, call, gatewayUrl, persoon, proxyConfig } from './harness.js';

const UUID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const TIMEOUT_MS = 300;
const servers: Server[] = [];

/** A fault server answering every request with `handler`. */
async function faultServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const CASES: { name: string; status: number; handler: (req: IncomingMessage, res: ServerResponse) => void }[] = [
  { name: 'slow past the timeout (no headers)', status: 504, handler: () => {} },
  {
    name: 'slow past the timeout (body stalls)',
    status: 504,
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"url":');
    },
  },
  { name: '500', status: 502, handler: (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('Traceback: secret stack at /srv/app.py') },
  {
    name: 'HTML instead of JSON',
    status: 502,
    handler: (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>'),
  },
  { name: 'JSON content type with HTML body', status: 502, handler: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>') },
  {
    name: 'truncated body',
    status: 502,
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"url": "http://');
      setTimeout(() => res.socket?.destroy(), 10);
    },
  },
  {
    name: 'credentials refused (401)',
    status: 502,
    handler: (_req, res) => res.writeHead(401, { 'content-type': 'application/problem+json' }).end('{"detail":"bad token"}'),
  },
];

describe('upstream faults become 502/504 problem+json without upstream details', () => {
  for (const { name, status, handler } of CASES) {
    for (const [what, api, path] of [
      ['a forwarded request', 'catalogi', `/zaaktypen/${UUID}`],
      ['an ownership lookup', 'zaken', `/zaken/${UUID}`],
    ] as const) {
      test(`${name}: ${what}`, async () => {
        const origin = await faultServer(handler);
        const proxy = createApiProxy(proxyConfig(origin, {}, TIMEOUT_MS));
        try {
          const started = Date.now();
          const answer = await call(proxy, persoon('999993653'), 'GET', gatewayUrl(api, path));
          assert.equal(answer.status, status);
          assert.equal(answer.headers['content-type'], 'application/problem+json');
          assert.equal((answer.json as { status: number }).status, status);
          assertNoLeak(answer.text, origin);
          // Not a timing measurement: a hang (no timeout at all) would exceed this by far.
          assert.ok(Date.now() - started < TIMEOUT_MS + 4000, 'answered');
        } finally {
          await proxy.close();
        }
      });
    }
  }

  test('the observer hook sees each upstream call with its outcome (for metrics), never its URL', async () => {
    let slow = true;
    const origin = await faultServer((_req, res) => {
      if (!slow) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const events: UpstreamEvent[] = [];
    const proxy = createApiProxy(proxyConfig(origin, {}, TIMEOUT_MS), { onUpstream: (event) => events.push(event) });
    try {
      await call(proxy, persoon('999993653'), 'GET', gatewayUrl('catalogi', `/zaaktypen/${UUID}`));
      slow = false;
      await call(proxy, persoon('999993653'), 'GET', gatewayUrl('catalogi', `/zaaktypen/${UUID}`));
      assert.deepEqual(
        events.map(({ api, method, status, fault }) => ({ api, method, status, fault })),
        [
          { api: 'catalogi', method: 'GET', status: undefined, fault: 'timeout' },
          { api: 'catalogi', method: 'GET', status: 200, fault: undefined },
        ],
      );
      assert.ok(events.every((e) => e.durationMs >= 0 && !JSON.stringify(e).includes(origin)));
    } finally {
      await proxy.close();
    }
  });

  test('down (connection refused) → 502', async () => {
    const origin = await faultServer(() => {});
    const server = servers.pop() as Server;
    await new Promise((resolve) => server.close(resolve));
    const proxy = createApiProxy(proxyConfig(origin, {}, TIMEOUT_MS));
    try {
      const answer = await call(proxy, persoon('999993653'), 'GET', gatewayUrl('catalogi', `/zaaktypen/${UUID}`));
      assert.equal(answer.status, 502);
      assertNoLeak(answer.text, origin);
      assert.deepEqual(await proxy.probe(AbortSignal.timeout(2000)), Object.fromEntries(Object.keys(proxyConfig(origin).upstreams).map((api) => [api, false])));
    } finally {
      await proxy.close();
    }
  });
});
