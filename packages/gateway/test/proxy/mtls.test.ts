/**
 * The upstream mTLS option (`upstreams.<api>.tls`): a CA, a server and a client certificate made at test
 * time with the `openssl` CLI, and an HTTPS upstream on loopback that requires a client certificate. With
 * the configured certificate the proxy reaches it; without one (or without the CA) the answer is a 502
 * problem+json that says nothing about the TLS failure.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { createApiProxy } from '../../src/proxy/index.js';
import type { ProxyConfig, UpstreamTls } from '../../src/proxy/config.js';
import { assertNoLeak, call, gatewayUrl, persoon, proxyConfig } from './harness.js';

const UUID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const CLIENT_NAME = 'klantbeeld-gateway-test-client';

/** Runs the `openssl` CLI in `dir`; a missing CLI fails the suite with a message that says what to install. */
function openssl(dir: string, args: readonly string[]): void {
  try {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('The mTLS test needs the `openssl` CLI on PATH (Debian: apt-get install openssl)', { cause: error });
    throw error;
  }
}

/** `openssl req` arguments for a new, unencrypted P-256 (prime256v1) key: the one key type of every party here. */
const NEW_P256_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** A P-256 key and a certificate for `name` signed by the CA in `dir`, with `extensions` (X.509 v3 lines). */
function issue(dir: string, name: string, commonName: string, extensions: string): void {
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(dir, ['req', '-new', ...NEW_P256_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${commonName}`]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '1',
    '-out',
    `${name}.crt`,
    '-extfile',
    `${name}.ext`,
  ]);
}

describe('upstream mTLS', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  /** The client certificate's common name of every request that reached the upstream's handler. */
  const clients: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klantbeeld-mtls-'));
    openssl(dir, ['req', '-x509', ...NEW_P256_KEY, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=Klantbeeld test CA']);
    issue(dir, 'server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    issue(dir, 'client', CLIENT_NAME, 'extendedKeyUsage=clientAuth\n');
    const file = (name: string): Buffer => readFileSync(join(dir, name));
    server = createServer(
      { key: file('server.key'), cert: file('server.crt'), ca: file('ca.crt'), requestCert: true, rejectUnauthorized: true },
      (req, res) => {
        clients.push(String((req.socket as TLSSocket).getPeerCertificate().subject?.CN));
        const url = `${origin}/catalogi/api/v1/zaaktypen/${UUID}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url, omschrijving: 'Parkeervergunning' }));
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The proxy with `tls` on every upstream, asking for a zaaktype (no personal data, passed straight on). */
  async function zaaktypeWith(tls: UpstreamTls): Promise<Awaited<ReturnType<typeof call>>> {
    const base = proxyConfig(origin);
    const config: ProxyConfig = {
      ...base,
      upstreams: Object.fromEntries(Object.entries(base.upstreams).map(([api, upstream]) => [api, { ...upstream, tls }])),
    };
    const proxy = createApiProxy(config);
    try {
      return await call(proxy, persoon('999993653'), 'GET', gatewayUrl('catalogi', `/zaaktypen/${UUID}`));
    } finally {
      await proxy.close();
    }
  }

  test('with the configured client certificate, key and CA the proxy reaches the upstream', async () => {
    const before = clients.length;
    const answer = await zaaktypeWith({ certFile: join(dir, 'client.crt'), keyFile: join(dir, 'client.key'), caFile: join(dir, 'ca.crt') });
    assert.equal(answer.status, 200, answer.text);
    assert.deepEqual(answer.json, { url: gatewayUrl('catalogi', `/zaaktypen/${UUID}`), omschrijving: 'Parkeervergunning' });
    assert.deepEqual(clients.slice(before), [CLIENT_NAME]);
  });

  for (const [name, tls] of [
    ['without a client certificate the upstream refuses the handshake', (d: string) => ({ caFile: join(d, 'ca.crt') })],
    ['without the CA the proxy does not trust the upstream', (d: string) => ({ certFile: join(d, 'client.crt'), keyFile: join(d, 'client.key') })],
  ] as const) {
    test(`${name}: 502 problem+json without details`, async () => {
      const before = clients.length;
      const answer = await zaaktypeWith(tls(dir));
      assert.equal(answer.status, 502);
      assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.equal((answer.json as { status: number }).status, 502);
      assertNoLeak(answer.text, origin);
      assert.doesNotMatch(answer.text, /certificate|handshake|TLS|SSL|alert/i);
      assert.equal(clients.length, before, 'no request reached the upstream');
    });
  }
});
