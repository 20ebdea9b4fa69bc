/**
 * Test support: a configuration on loopback, a stub proxy that records what reaches it, a tiny browser
 * (cookie jar + manual redirects, from `src/dev/sign-in.ts`) and the sign-in walk through the development IdP.
 * @module
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createGateway, type Gateway, type GatewayOptions } from '../src/server/gateway.js';
import { parseConfig } from '../src/config/load.js';
import { createLogger } from '../src/server/logger.js';
import type { GatewayConfig } from '../src/config/types.js';
import type { ApiProxy, ApiRequest, ApiResponse } from '../src/proxy/types.js';
import type { Principal } from '../src/session/principal.js';
import { Browser, freePort, signIn as signInAt, type LoginChoice } from '../src/dev/sign-in.js';

export { Browser, freePort, type LoginChoice };

/** The page origin the tests pretend to embed the elements on. */
export const PAGE_ORIGIN = 'http://127.0.0.1:1';
/** An origin no configuration allows. */
export const FOREIGN_ORIGIN = 'http://evil.example';

/** A validated dev-mode configuration on `port`, below `/api/klantbeeld`, with `overrides` merged in. */
export function testConfig(port: number, overrides: Record<string, unknown> = {}): GatewayConfig {
  return parseConfig({
    listen: { host: '127.0.0.1', port },
    publicUrl: `http://127.0.0.1:${port}/api/klantbeeld`,
    pageOrigins: [PAGE_ORIGIN],
    session: { secrets: ['a-test-secret-of-at-least-32-characters!'] },
    minimumLoa: { default: 'midden', apis: { brp: 'substantieel' } },
    dev: { idp: true },
    upstreams: {},
    ...overrides,
  });
}

/** A proxy that answers a fixed JSON body and records every call. */
export class StubProxy implements ApiProxy {
  readonly calls: { request: ApiRequest; principal: Principal }[] = [];
  closed = false;
  constructor(
    private readonly answer: (request: ApiRequest) => ApiResponse = () => ({
      status: 200,
      headers: { 'content-type': 'application/json', 'set-cookie': 'upstream=1', 'cache-control': 'public, max-age=600' },
      body: JSON.stringify({ count: 0, next: null, previous: null, results: [] }),
    }),
    readonly upstreams: Record<string, boolean> = { zaken: true },
  ) {}
  async handle(request: ApiRequest, principal: Principal): Promise<ApiResponse> {
    this.calls.push({ request, principal });
    return this.answer(request);
  }
  async probe(): Promise<Readonly<Record<string, boolean>>> {
    return this.upstreams;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Captures log lines in memory. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    callback();
  }
  get text(): string {
    return this.lines.join('');
  }
}

/** A started gateway in dev mode and its base URL. */
export interface TestGateway {
  readonly gateway: Gateway;
  readonly config: GatewayConfig;
  readonly base: string;
  readonly proxy: StubProxy;
  readonly logs: LogCapture;
}

/** Starts a dev-mode gateway with a stub proxy on a free port. */
export async function startTestGateway(
  overrides: Record<string, unknown> = {},
  options: Partial<GatewayOptions> & { proxy?: StubProxy } = {},
): Promise<TestGateway> {
  const port = await freePort();
  const config = testConfig(port, overrides);
  const proxy = options.proxy ?? new StubProxy();
  const logs = new LogCapture();
  const gateway = createGateway(config, { logger: createLogger({ destination: logs, level: 'debug' }), ...options, proxy });
  await gateway.start();
  return { gateway, config, base: config.publicUrl, proxy, logs };
}

/** Walks the sign-in through the test gateway's development IdP (see {@link signInAt}). */
export function signIn(browser: Browser, t: TestGateway, choice: LoginChoice, returnTo = '/mijn'): Promise<{ response: Response; callbackUrl: string }> {
  return signInAt(browser, { base: t.base, issuer: t.gateway.devIdp!.issuer }, choice, returnTo);
}

/** Asserts a problem+json answer with `status` and `code`, and returns its body. */
export async function assertProblem(response: Response, status: number, code?: string): Promise<Record<string, unknown>> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json(;|$)/);
  const body = (await response.json()) as Record<string, unknown>;
  assert.equal(body.status, status);
  if (code !== undefined) assert.equal(body.code, code);
  return body;
}
