/**
 * The scale-out load run, shared by the bench (`npm run bench`: ≥ 200 sessions of ≥ 20 residents, 30 s,
 * one and two instances) and a short bounded slice in the tests. Layout on loopback: Redis (Debian's
 * redis-server), the mock in upstream mode, and each gateway instance as its own process (dev mode, real
 * proxy, sessions, rate limits and the read-log outbox in Redis).
 *
 * Sessions: the development IdP offers three test accounts, so the run seeds `residents` residents with
 * zaken in the mock and creates their sessions through the gateway's own session code in the shared Redis
 * (signed cookies with the gateway's key): the instances find them exactly as after a sign-in.
 *
 * Each virtual user is one session sending mixed reads (zaken list, a zaak, its statussen, the resident's
 * Verwerkingen) one after another through its instance's connection pool. Every answer is checked against
 * the user's resident: every zaak uuid and BSN in it must be that resident's (a marker of another resident
 * is a cross-resident leak). Afterwards the read log is drained and its actions are counted against the
 * reads served. Autocannon was tried: it shares one request object (headers included) between its
 * connections, so a cookie per connection cannot be guaranteed, which a leak test must; undici pools do it.
 *
 * Event streams (`events`): every instance runs the Notificaties relay on the shared Redis bus, every session
 * holds one event stream for the whole run, and a driver changes the statuses of the residents' zaken at a
 * steady rate; every event is checked against the session's resident (./event-load.ts). `extraReads` adds
 * kinds of request.
 *
 * Faults: `redisRestart` kills Redis (SIGKILL; it persists with an fsync per write) during the run and
 * starts it again: answers meanwhile may be 503, never another 5xx, and no instance may die.
 * @module
 */
import { performance } from 'node:perf_hooks';
import fastifyCookie from '@fastify/cookie';
import { SignJWT } from 'jose';
import { Pool } from 'undici';
import { upstreamTestCredentials } from '@klantbeeld/mock-api';
import { parseConfig } from '../../src/config/load.js';
import { freePort } from '../../src/dev/sign-in.js';
import { closeRedis, connectRedis } from '../../src/redis/index.js';
import { RedisSessionStore } from '../../src/session/redis-store.js';
import { Sessions } from '../../src/session/sessions.js';
import { startRedisServer, type TestRedisServer } from '../redis-server.js';
import { spawnGateway, type GatewayProcess } from './instance.js';
import { spawnMock, type MockProcess } from './mock-process.js';
import { SHARED_SECRET, loggedToday, metric, rawConfig, until } from './stack.js';
import { EventLoad, relaySection, type EventFigures } from './event-load.js';

/** One kind of read a virtual user makes: its path below the instance's public URL for `user`. */
export interface ReadKind {
  readonly name: string;
  /** Whether the answer carries personal data that the gateway logs (counted against the log). */
  readonly logged: boolean;
  path(user: VirtualUser, base: string): string;
}

/** What a virtual user is. */
export interface VirtualUser {
  readonly index: number;
  readonly resident: number;
  readonly bsn: string;
  readonly cookie: string;
  /** Uuids of zaken the gateway shows this resident. */
  readonly zaken: readonly string[];
}

/** Options of {@link runLoad}. */
export interface LoadOptions {
  readonly instances: number;
  /** Concurrent sessions (virtual users); spread over the instances. */
  readonly sessions: number;
  readonly residents: number;
  readonly durationSeconds: number;
  /** Pause of each user between two requests (a resident reading the page), default 0: as fast as answered. */
  readonly thinkMs?: number;
  /** More kinds of request per user. */
  readonly extraReads?: readonly ReadKind[];
  /** Event streams: one per session, and this many status changes per second at the mock during the run. */
  readonly events?: { readonly changesPerSecond: number };
  /** Kill Redis this many seconds into the run and start it again `downSeconds` later. */
  readonly redisRestart?: { readonly atSeconds: number; readonly downSeconds: number };
}

/** Figures of one run. */
export interface LoadResult {
  readonly instances: number;
  readonly sessions: number;
  readonly residents: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers with another resident's zaak or BSN in them. */
  readonly leaks: number;
  readonly serverErrors: number;
  /** Count per status other than 200. */
  readonly otherStatuses: Readonly<Record<string, number>>;
  /** Reads with personal data served, and actions in the log for them after the outbox drained. */
  readonly loggedReads: number;
  readonly loggedActions: number;
  /** The event streams' figures (without `events`: none). */
  readonly events?: EventFigures;
  /** Instances that exited during the run (a crash). */
  readonly instancesDown: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;
const ZAKEN_PER_RESIDENT = 4;
const UPSTREAM_TIMEOUT_MS = 60_000;
/** How long after the reads end a stream may still take to receive the event of its resident's last change. */
const EVENT_GRACE_MS = 15_000;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The mixed reads of every user, in the order each user cycles through them. */
export const READS: readonly ReadKind[] = [
  { name: 'zaken', logged: true, path: () => '/zaken/api/v1/zaken?ordering=-startdatum' },
  { name: 'zaak', logged: true, path: (user) => `/zaken/api/v1/zaken/${pick(user.zaken)}` },
  {
    name: 'statussen',
    logged: true,
    path: (user, base) => `/zaken/api/v1/statussen?zaak=${encodeURIComponent(`${base}/zaken/api/v1/zaken/${pick(user.zaken)}`)}`,
  },
  { name: 'zaken', logged: true, path: () => '/zaken/api/v1/zaken?ordering=-startdatum' },
  {
    name: 'verwerkingen',
    logged: false,
    path: () => `/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=${day(-1)}&eindDatum=${day(2)}`,
  },
];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

/** Runs the load; everything it started is stopped before it returns. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let redis: TestRedisServer | undefined;
  let mock: MockProcess | undefined;
  const gateways: GatewayProcess[] = [];
  const pools: Pool[] = [];
  let eventLoad: EventLoad | undefined;
  try {
    redis = await startRedisServer({ persistent: options.redisRestart !== undefined });
    const residentIds = Array.from({ length: options.residents }, (_, i) => `load-${String(i + 1).padStart(2, '0')}`);
    mock = await spawnMock(residentIds, ZAKEN_PER_RESIDENT);
    const overrides = {
      redis: { url: redis.url },
      readLog: { outbox: { retryInitialMs: 50, retryMaxMs: 1000, batchSize: 100 } },
      session: { secrets: [SHARED_SECRET], idleTimeoutSeconds: 3600 },
    };
    const ports: number[] = [];
    for (let i = 0; i < options.instances; i++) ports.push(await freePort());
    const callbackAuth = `Bearer load-${crypto.randomUUID()}`;
    for (const port of ports) {
      const raw = rawConfig(port, mock.url, overrides);
      if (options.events) {
        // Every instance names the first one's callback: they share one abonnement, so each message arrives once.
        const first = rawConfig(ports[0] ?? port, mock.url);
        raw.notifications = relaySection(mock.url, String(first.publicUrl), callbackAuth, (raw.upstreams as Record<string, { auth: unknown }>).zaken?.auth);
      }
      // The mock shares this machine's CPU with everything else in the run; when it starves, a 504 would
      // measure the mock, not the gateway. The gateway's own default (10 s) stays the production guard.
      for (const upstream of Object.values(raw.upstreams as Record<string, Record<string, unknown>>)) upstream.timeoutMs = UPSTREAM_TIMEOUT_MS;
      gateways.push(await spawnGateway(raw));
    }
    const bases = gateways.map((g) => g.base);
    const users = await createUsers(mock, residentIds, redis.url, bases[0] ?? '', options);
    const markers = await ownership(mock, users);
    for (const base of bases) pools.push(new Pool(new URL(base).origin, { connections: Math.ceil(options.sessions / options.instances), pipelining: 1 }));

    const reads = [...READS, ...(options.extraReads ?? [])];
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let leaks = 0;
    let loggedReads = 0;
    const before = await totalLogged(mock.url, users);
    if (options.events) eventLoad = await EventLoad.open(users, bases, markers);
    const end = performance.now() + options.durationSeconds * 1000;
    const started = performance.now();
    const driver = options.events && eventLoad ? eventLoad.drive(mock.url, options.events.changesPerSecond, end) : Promise.resolve();
    const fault = options.redisRestart ? restartLater(redis, options.redisRestart) : Promise.resolve();
    await Promise.all(
      users.map(async (user) => {
        const slot = user.index % pools.length;
        const pool = pools[slot] as Pool;
        const base = bases[slot] as string;
        const prefix = new URL(base).pathname;
        for (let step = user.index % reads.length; performance.now() < end; step = (step + 1) % reads.length) {
          const kind = reads[step] as ReadKind;
          const sent = performance.now();
          const answer = await pool.request({
            method: 'GET',
            path: `${prefix}${kind.path(user, base)}`,
            headers: { cookie: user.cookie, accept: 'application/json' },
          });
          const body = await answer.body.text();
          latencies.push(performance.now() - sent);
          statuses.set(answer.statusCode, (statuses.get(answer.statusCode) ?? 0) + 1);
          if (answer.statusCode === 200 && kind.logged) loggedReads++;
          if (foreignMarker(body, user, markers)) leaks++;
          if (options.thinkMs) await new Promise((resolve) => setTimeout(resolve, options.thinkMs));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const eventsInRun = eventLoad?.delivered() ?? 0;
    await driver;
    const events = await eventLoad?.finish(eventsInRun, seconds, EVENT_GRACE_MS);
    await fault;
    const instancesDown = gateways.filter((g) => g.child.exitCode !== null || g.child.signalCode !== null).length;
    // Drain the outbox (any instance sees the shared stream's depth), then count the log.
    await until(async () => (await metric(new URL(bases[0] ?? '').origin, 'klantbeeld_gateway_outbox_depth')) === 0, 120_000, 'the read log to drain');
    const loggedActions = (await totalLogged(mock.url, users)) - before;

    latencies.sort((a, b) => a - b);
    const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
    const otherStatuses = Object.fromEntries([...statuses].filter(([status]) => status !== 200).map(([status, n]) => [String(status), n]));
    return {
      instances: options.instances,
      sessions: users.length,
      residents: options.residents,
      seconds,
      requests: latencies.length,
      requestsPerSecond: latencies.length / seconds,
      p50Ms: quantile(0.5),
      p99Ms: quantile(0.99),
      leaks,
      serverErrors: [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0),
      otherStatuses,
      loggedReads,
      loggedActions,
      ...(events ? { events } : {}),
      instancesDown,
    };
  } finally {
    eventLoad?.close();
    await Promise.all(pools.map((pool) => pool.close()));
    await Promise.all(gateways.map((g) => g.kill()));
    await mock?.close();
    await redis?.stop();
  }
}

/** Kills the test Redis `atSeconds` from now and resumes it `downSeconds` later. */
async function restartLater(redis: TestRedisServer, timing: NonNullable<LoadOptions['redisRestart']>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, timing.atSeconds * 1000));
  await redis.kill();
  await new Promise((resolve) => setTimeout(resolve, timing.downSeconds * 1000));
  await redis.resume();
}

/** Seeds the residents, creates the sessions in Redis through the gateway's session code, and finds each resident's visible zaken. */
async function createUsers(
  mock: MockProcess,
  residentIds: readonly string[],
  redisUrl: string,
  firstBase: string,
  options: LoadOptions,
): Promise<VirtualUser[]> {
  const bsns = residentIds.map((id) => {
    const bsn = mock.bsns[id];
    if (!bsn) throw new Error(`no BSN for ${id}`);
    return bsn;
  });
  const config = parseConfig(rawConfig(1, mock.url, { redis: { url: redisUrl }, session: { secrets: [SHARED_SECRET] } }), { dev: true });
  const redis = await connectRedis(config.redis!, 'load-sessions');
  const users: VirtualUser[] = [];
  try {
    const sessions = new Sessions(new RedisSessionStore(redis), { idleMs: 3_600_000, absoluteMs: 3_600_000 }, Date.now);
    const visible = new Map<number, string[]>();
    for (let index = 0; index < options.sessions; index++) {
      const resident = index % residentIds.length;
      const bsn = bsns[resident] as string;
      const session = await sessions.create({ subject: { kind: 'persoon', bsn }, loa: 'substantieel' }, `Load ${residentIds[resident]}`, 'load-test');
      const cookie = `${config.session.cookieName}=${encodeURIComponent(fastifyCookie.sign(session.id, SHARED_SECRET))}`;
      if (!visible.has(resident)) {
        const answer = await fetch(`${firstBase}/zaken/api/v1/zaken?ordering=-startdatum`, { headers: { cookie } });
        if (answer.status !== 200) throw new Error(`load: setup read answered ${answer.status}`);
        const { results } = (await answer.json()) as { results: { uuid: string }[] };
        if (results.length === 0) throw new Error(`load: resident ${residentIds[resident]} has no visible zaak`);
        visible.set(
          resident,
          results.map((zaak) => zaak.uuid),
        );
      }
      users.push({ index, resident, bsn, cookie, zaken: visible.get(resident) ?? [] });
    }
  } finally {
    await closeRedis(redis);
  }
  return users;
}

/** Owner (resident index) of every BSN and zaak uuid, read from the mock with the application's credentials (not through the gateway). */
async function ownership(mock: MockProcess, users: readonly VirtualUser[]): Promise<Map<string, number>> {
  const markers = new Map<string, number>();
  const jwt = await applicationJwt();
  for (const user of users) {
    if (markers.get(user.bsn) === user.resident) continue;
    markers.set(user.bsn, user.resident);
    const url = `${mock.url}/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${user.bsn}`;
    const answer = await fetch(url, { headers: { authorization: `Bearer ${jwt}`, 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' } });
    const { results } = (await answer.json()) as { results: { uuid: string }[] };
    for (const zaak of results) markers.set(zaak.uuid, user.resident);
  }
  return markers;
}

function foreignMarker(body: string, user: VirtualUser, markers: ReadonlyMap<string, number>): boolean {
  for (const pattern of [UUID, NINE_DIGITS]) {
    for (const match of body.matchAll(pattern)) {
      const owner = markers.get(match[0]);
      if (owner !== undefined && owner !== user.resident) return true;
    }
  }
  return false;
}

async function totalLogged(mockUrl: string, users: readonly VirtualUser[]): Promise<number> {
  const bsns = [...new Set(users.map((u) => u.bsn))];
  const counts = await Promise.all(bsns.map((bsn) => loggedToday(mockUrl, bsn)));
  return counts.reduce((sum, n) => sum + n, 0);
}

async function applicationJwt(): Promise<string> {
  const { clientId, secret } = upstreamTestCredentials.zgw;
  return new SignJWT({ client_id: clientId, user_id: 'load', user_representation: 'load' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}
