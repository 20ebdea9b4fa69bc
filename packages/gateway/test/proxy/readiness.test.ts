/**
 * `/readyz` against the mock API in upstream mode, as `npm run gateway` runs it: the example configuration
 * is ready, and each probe fails when its API would not serve the gateway (credentials refused, wrong base
 * URL), where asking an API's root answered "ready" for both.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { API_NAMES } from '@klantbeeld/core';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import { parseConfig } from '../../src/config/load.js';
import { createApiProxy } from '../../src/proxy/index.js';
import { createGateway } from '../../src/server/gateway.js';
import { createLogger } from '../../src/server/logger.js';
import { LogCapture } from '../support.js';

const EXAMPLE = new URL('../../../gateway.config.example.json', import.meta.url);
/** Where the example configuration expects the mock (`--mode upstream --port 8001`). */
const EXAMPLE_MOCK = 'http://127.0.0.1:8001';

type Json = Record<string, unknown>;

describe('/readyz against the mock in upstream mode', () => {
  let mock: MockServer;
  before(async () => {
    mock = await startMockServer({ mode: 'upstream' });
  });
  after(() => mock?.close());

  /** The example configuration pointed at the running mock, with `change` applied; `/readyz`'s answer. */
  async function readyz(
    change: (config: Json) => void = () => {},
  ): Promise<{ status: number; body: { status: string; upstreams: Record<string, boolean>; stores?: Record<string, boolean> } }> {
    const config = JSON.parse(readFileSync(EXAMPLE, 'utf8').replaceAll(EXAMPLE_MOCK, mock.url)) as Json;
    delete config.$schema;
    config.listen = { host: '127.0.0.1', port: 0 };
    change(config);
    const parsed = parseConfig(config, { dev: true });
    const gateway = createGateway(parsed, { proxy: () => createApiProxy(parsed), logger: createLogger({ destination: new LogCapture() }) });
    try {
      const address = await gateway.start();
      const response = await fetch(`${address}/readyz`);
      return { status: response.status, body: (await response.json()) as { status: string; upstreams: Record<string, boolean> } };
    } finally {
      await gateway.close();
    }
  }
  const upstream = (config: Json, api: string): Json => (config.upstreams as Record<string, Json>)[api]!;
  const allReadyBut = (...down: string[]): Record<string, boolean> => Object.fromEntries(API_NAMES.map((api) => [api, !down.includes(api)]));

  test('the example configuration is ready: every API answers its probe with the configured credentials', async () => {
    const { status, body } = await readyz();
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'ready', upstreams: allReadyBut(), stores: { outbox: true } });
  });

  test('a refused credential makes its API not ready (Verwerkingen: ZGW JWT; BRP: API key)', async () => {
    const { status, body } = await readyz((config) => {
      upstream(config, 'verwerkingen').auth = { type: 'zgw-jwt', clientId: 'klantbeeld-gateway', secret: 'a-wrong-secret-of-sufficient-length-0123456789' };
      upstream(config, 'brp').auth = { type: 'api-key', header: 'X-API-Key', key: 'a-wrong-key-of-sufficient-length' };
    });
    assert.equal(status, 503);
    assert.deepEqual(body, { status: 'not-ready', upstreams: allReadyBut('verwerkingen', 'brp'), stores: { outbox: true } });
  });

  test('a wrong base URL makes its API not ready', async () => {
    const { status, body } = await readyz((config) => {
      upstream(config, 'zaken').url = `${mock.url}/zaken/api/v2`;
      upstream(config, 'klantinteracties').url = `${mock.url}/klantinteracties`;
    });
    assert.equal(status, 503);
    assert.deepEqual(body, { status: 'not-ready', upstreams: allReadyBut('zaken', 'klantinteracties'), stores: { outbox: true } });
  });
});
