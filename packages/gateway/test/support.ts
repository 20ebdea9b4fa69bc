/**
 * Test support: a configuration on loopback, a stub proxy that records what reaches it, a tiny browser
 * (cookie jar + manual redirects) and the sign-in walk through the development IdP's login page.
 * @module
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createGateway, type Gateway, type GatewayOptions } from '../src/server/gateway.js';
import { parseConfig } from '../src/config/load.js';
import { createLogger } from '../src/server/logger.js';
import type { GatewayConfig } from '../src/config/types.js';
import type { ApiProxy, ApiRequest, ApiResponse } from '../src/proxy/types.js';
import type { Principal } from '../src/session/principal.js';

/** The page origin the tests pretend to embed the elements on. */
export const PAGE_ORIGIN = 'http://127.0.0.1:1';
/** An origin no configuration allows. */
export const FOREIGN_ORIGIN = 'http://evil.example';

/** A free loopback port (the gateway's public URL must be known before it listens). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

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

/** A minimal browser: keeps cookies per host (ignoring path and port, as browsers do for cookies) and follows no redirect by itself. */
export class Browser {
  readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (jar && !headers.has('cookie')) headers.set('cookie', jar);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects while they stay on `origins`; returns the last response and the URL it came from. */
  async follow(url: string, origins: readonly string[], init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.fetch(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const next = new URL(response.headers.get('location')!, current).href;
      if (!origins.includes(new URL(next).origin)) return { response, url: current };
      await response.body?.cancel();
      current = next;
      response = await this.fetch(current);
    }
    return { response, url: current };
  }
}

/** Choices on the development IdP's login page. */
export interface LoginChoice {
  readonly account: string;
  readonly loa?: string;
  readonly actFor?: string;
  readonly cancel?: boolean;
}

/**
 * Walks the sign-in: gateway `/auth/login` → IdP → login page → form post → gateway callback. Returns the
 * callback's response (a redirect to the page on success) and the callback URL.
 */
export async function signIn(browser: Browser, t: TestGateway, choice: LoginChoice, returnTo = '/mijn'): Promise<{ response: Response; callbackUrl: string }> {
  const idp = t.gateway.devIdp!.issuer;
  const origins = [new URL(t.base).origin, new URL(idp).origin].filter((o, i, all) => all.indexOf(o) === i);
  const start = await browser.follow(`${t.base}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, origins);
  // The IdP remembers its own session: a second sign-in in the same browser skips the login page.
  if (start.url.startsWith(`${t.base}/auth/callback`)) return { response: start.response, callbackUrl: start.url };
  const html = await start.response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${start.url}: ${start.response.status}`);
  const form = new URLSearchParams({ account: choice.account, loa: choice.loa ?? 'midden', actFor: choice.actFor ?? '', submit: choice.cancel ? 'cancel' : 'login' });
  let response = await browser.fetch(new URL(action, start.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  let url = new URL(action, start.url).href;
  // Through the IdP's resume redirects up to the gateway's callback, which is fetched last.
  for (let hops = 0; hops < 10; hops++) {
    const next = new URL(response.headers.get('location') ?? '', url).href;
    await response.body?.cancel();
    url = next;
    response = await browser.fetch(url);
    if (url.startsWith(`${t.base}/auth/callback`)) return { response, callbackUrl: url };
  }
  throw new Error('the sign-in did not reach the callback');
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
