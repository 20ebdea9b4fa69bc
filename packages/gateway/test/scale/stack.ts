/**
 * Test support for the read-log and scale-out tests: gateway configurations against the mock in upstream
 * mode (in this process or in a child), signing in through a gateway's development IdP, the outbox depth
 * from `/metrics`, and what the mock's log holds about a resident today (read with the application's JWT).
 * @module
 */
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { upstreamTestCredentials } from '@klantbeeld/mock-api';
import { freePort, mockUpstreamSections, startDevStack, type DevStack } from '../../src/dev/stack.js';
import { createLogger } from '../../src/server/logger.js';
import { Browser, signIn } from '../../src/dev/sign-in.js';

/** The page origin of the tests. */
export const PAGE_ORIGIN = 'http://127.0.0.1:1';
/** One cookie key for every instance of a test: they must read each other's cookies. */
export const SHARED_SECRET = 'a-shared-test-secret-of-at-least-32-characters';
/** Jansen's BSN (fixture resident). */
export const JANSEN_BSN = '999993653';

/** A raw configuration (as in a file) for a gateway on `port` in front of the mock at `mockUrl`. */
export function rawConfig(port: number, mockUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    listen: { host: '127.0.0.1', port },
    publicUrl: `http://127.0.0.1:${port}/api/klantbeeld`,
    pageOrigins: [PAGE_ORIGIN],
    session: { secrets: [SHARED_SECRET] },
    dev: { idp: true },
    rateLimit: { perSession: { max: 1_000_000, windowSeconds: 60 }, perIp: { max: 1_000_000, windowSeconds: 60 } },
    ...mockUpstreamSections(mockUrl),
    ...overrides,
  };
}

/** A gateway in this process (dev mode, real proxy), logging into a sink. */
export async function startGateway(
  mockUrl: string,
  overrides: Record<string, unknown> = {},
): Promise<DevStack & { readonly base: string; readonly origin: string }> {
  const port = await freePort();
  const raw = rawConfig(port, mockUrl, overrides);
  const stack = await startDevStack({
    publicUrl: String(raw.publicUrl),
    pageOrigins: [PAGE_ORIGIN],
    gatewayPort: port,
    mockUrl,
    logger: createLogger({ level: 'warn', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) }),
    overrides: Object.fromEntries(
      Object.entries(raw).filter(([name]) => !['listen', 'publicUrl', 'pageOrigins', 'dev', 'upstreams', 'scoping'].includes(name)),
    ),
  });
  return Object.assign(stack, { base: String(raw.publicUrl), origin: `http://127.0.0.1:${port}` });
}

/** A browser signed in as `account` at the gateway `base` whose IdP is `issuer`. */
export async function signedIn(base: string, issuer: string, account = 'jansen'): Promise<Browser> {
  const browser = new Browser();
  const { response } = await signIn(browser, { base, issuer }, { account, loa: 'substantieel' });
  await response.body?.cancel();
  if (response.status !== 303 && response.status !== 302) throw new Error(`sign-in ended with ${response.status}`);
  return browser;
}

/** The value of a metric without labels on the gateway at `origin` (`/metrics` lives at the server root). */
export async function metric(origin: string, name: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.slice(name.length + 1));
}

/** Waits until `check` holds (polling), or throws after `ms`. */
export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How many verwerkte objecten the mock's log holds about `bsn` from yesterday to tomorrow (the fixtures are older). */
export async function loggedToday(mockUrl: string, bsn = JANSEN_BSN): Promise<number> {
  return (await loggedTodayList(mockUrl, bsn)).count;
}

/** The mock's inzage answer of the actions logged about `bsn` today: their count and the verwerkte objecten. */
export async function loggedTodayList(mockUrl: string, bsn = JANSEN_BSN): Promise<{ count: number; results: Record<string, unknown>[] }> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { clientId, secret } = upstreamTestCredentials.zgw;
  const jwt = await new SignJWT({ client_id: clientId, user_id: 'test', user_representation: 'test' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
  const url = `${mockUrl}/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&objectId=${bsn}&beginDatum=${day(-1)}&eindDatum=${day(2)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${jwt}` } });
  if (response.status !== 200) throw new Error(`inzage answered ${response.status}`);
  return (await response.json()) as { count: number; results: Record<string, unknown>[] };
}
