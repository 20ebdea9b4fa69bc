/**
 * Test harness of the proxy: a configuration against an upstream origin (the mock in upstream mode, or a
 * local fake), principals of the fixture identities, a `call()` that hands one browser request to
 * {@link ApiProxy.handle} and reads the answer, and the contract recorder of upstream requests.
 * @module
 */
import assert from 'node:assert/strict';
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_NAMES, GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';
import type { ProxyConfig, UpstreamAuth } from '../../src/proxy/config.js';
import { PROBES } from '../../src/proxy/upstream/probe.js';
import type { ApiProxy } from '../../src/proxy/types.js';
import { bodyText } from '../../src/notifications/proxy-fetch.js';
import type { Principal } from '../../src/session/principal.js';

/** The gateway's public base URL in every test. */
export const PUBLIC_URL = 'https://mijn.voorbeeldstad.test/api/klantbeeld';

/** The credentials the mock in upstream mode accepts (test-only values, fixed by the mock). */
export const TEST_CREDENTIALS = {
  zgw: { type: 'zgw-jwt', clientId: 'klantbeeld-gateway', secret: 'mock-zgw-secret-for-tests-only-0123456789' },
  token: { type: 'token', token: 'mock-token-for-tests-only' },
  brp: { type: 'api-key', header: 'X-API-Key', key: 'mock-brp-key-for-tests-only' },
} as const satisfies Record<string, UpstreamAuth>;

/** Which credential each API takes. */
export const AUTH_OF: Readonly<Record<ApiName, UpstreamAuth>> = {
  zaken: TEST_CREDENTIALS.zgw,
  catalogi: TEST_CREDENTIALS.zgw,
  documenten: TEST_CREDENTIALS.zgw,
  besluiten: TEST_CREDENTIALS.zgw,
  verwerkingen: TEST_CREDENTIALS.zgw,
  klantinteracties: TEST_CREDENTIALS.token,
  objecten: TEST_CREDENTIALS.token,
  producten: TEST_CREDENTIALS.token,
  brp: TEST_CREDENTIALS.brp,
};

/** A configuration with every API at `origin` + its standard base path. */
export function proxyConfig(origin: string, scoping: ProxyConfig['scoping'] = {}, timeoutMs = 5000): ProxyConfig {
  return {
    publicUrl: PUBLIC_URL,
    upstreams: Object.fromEntries(API_NAMES.map((api) => [api, { url: `${origin}${GATEWAY_PATHS[api]}`, auth: AUTH_OF[api], timeoutMs }])),
    scoping,
  };
}

/** A resident's principal (DigiD). */
export const persoon = (bsn: string): Principal => ({ subject: { kind: 'persoon', bsn }, loa: 'substantieel' });
/** A company's principal (eHerkenning). */
export const organisatie = (kvk: string, vestiging?: string): Principal => ({
  subject: { kind: 'organisatie', kvk, ...(vestiging ? { vestiging } : {}) },
  loa: 'substantieel',
});

/** The gateway URL of `path` below `api`'s base path. */
export const gatewayUrl = (api: ApiName, path: string): string => `${PUBLIC_URL}${GATEWAY_PATHS[api]}${path}`;

/** Everything an answer must never contain: the upstream's address, credentials, stack frames. */
export function assertNoLeak(text: string, origin: string): void {
  const port = new URL(origin).port;
  for (const secret of [origin, `127.0.0.1:${port}`, TEST_CREDENTIALS.zgw.secret, TEST_CREDENTIALS.token.token, TEST_CREDENTIALS.brp.key, 'Bearer', 'Token ']) {
    assert.ok(!text.includes(secret), `answer contains ${secret}`);
  }
  assert.doesNotMatch(text, /\bat \S+ \(|node:internal|Error:|ECONNREFUSED|UND_ERR/);
}

/** What a test reads of an answer. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly json: unknown;
}

/** Hands one browser request to the proxy. `url` is a full gateway URL (`api` is taken from its path unless given). */
export async function call(
  proxy: ApiProxy,
  principal: Principal,
  method: string,
  url: string,
  options: { body?: unknown; rawBody?: Buffer; headers?: Record<string, string>; api?: ApiName } = {},
): Promise<Answer> {
  const parsed = new URL(url);
  const api = options.api ?? API_NAMES.find((name) => parsed.pathname.startsWith(new URL(PUBLIC_URL).pathname + GATEWAY_PATHS[name])) ?? 'zaken';
  const body = options.rawBody ?? (options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body)));
  const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers };
  const response = await proxy.handle({ api, method, url: parsed, headers, body, signal: new AbortController().signal }, principal);
  const text = await bodyText(response);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * Records every request the proxy sends to `origin` (undici's diagnostics channels) to the JSONL log of
 * `npm run test:contract` (`KB_CONTRACT_LOG`), marked `gateway: true`: the checker holds them to the
 * standards without the client's documented deviation. Secrets are reduced to their scheme.
 */
export function recordUpstreamRequests(origin: string): void {
  const log = process.env.KB_CONTRACT_LOG;
  if (!log) return;
  const pending = new WeakMap<object, Record<string, unknown>>();
  const file = relative(process.cwd(), process.argv[1] ?? '');
  subscribe('undici:request:create', (message) => {
    const { request } = message as { request: { origin?: unknown; method: string; path: string; headers: unknown; body: unknown } };
    if (String(request.origin) !== origin) return;
    // The readiness probes of BRP and Verwerkingen are invalid on purpose (the API must answer 400 after
    // authenticating them): no request the gateway serves, so none the contract should check.
    if (API_NAMES.some((api) => request.method === PROBES[api].method && request.path === `${GATEWAY_PATHS[api]}${PROBES[api].path}`)) return;
    const headers: Record<string, string> = {};
    const raw = request.headers;
    const pairs: [string, string][] = Array.isArray(raw)
      ? raw.reduce<[string, string][]>((acc, value, i) => (i % 2 === 0 ? [...acc, [String(value), String(raw[i + 1])]] : acc), [])
      : (typeof raw === 'string' ? raw : '')
          .split('\r\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]);
    for (const [name, value] of pairs) {
      const lower = name.toLowerCase();
      headers[lower] = lower === 'authorization' ? `${value.split(' ')[0]} …` : lower === TEST_CREDENTIALS.brp.header.toLowerCase() ? '…' : value;
    }
    const body = typeof request.body === 'string' ? request.body : Buffer.isBuffer(request.body) ? request.body.toString('utf8') : null;
    pending.set(request, { method: request.method, url: `${origin}${request.path}`, headers, body, client: false, gateway: true, file, next: false });
  });
  const write = (request: object, status: number | string): void => {
    const record = pending.get(request);
    if (!record) return;
    pending.delete(request);
    appendFileSync(log, `${JSON.stringify({ ...record, status })}\n`);
  };
  subscribe('undici:request:headers', (message) => {
    const { request, response } = message as { request: object; response: { statusCode: number } };
    write(request, response.statusCode);
  });
  subscribe('undici:request:error', (message) => {
    const { request, error } = message as { request: object; error: { name?: string } };
    write(request, error?.name ?? 'Error');
  });
}
