/**
 * Assembles the gateway: Fastify with its official plugins (cookie, helmet, CORS, rate limit), the
 * input limits, problem+json errors, the sign-in routes, the API routes and the operational endpoints.
 * @module
 */
import { setMaxListeners } from 'node:events';
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { API_NAMES, GATEWAY_PATHS } from '@klantbeeld/core';
import type { Logger } from 'pino';
import { OidcRelyingParty } from '../auth/oidc.js';
import { registerAuthRoutes } from '../auth/routes.js';
import { DEFAULT_LOA_VALUES, gatewaySchema } from '../config/schema.js';
import type { EmployeeOidcConfig, GatewayConfig, OidcClientConfig } from '../config/types.js';
import { employeeClaimsSchema } from '../config/employee-schema.js';
import { registerEmployeeAuthRoutes } from '../auth/employee-routes.js';
import { EmployeeMode } from '../medewerker/mode.js';
import { registerEmployeeRoutes } from '../medewerker/routes.js';
import type { DevIdp } from '../dev/idp.js';
import type { ApiProxy } from '../proxy/types.js';
import { Sessions } from '../session/sessions.js';
import { MemorySessionStore, type Clock, type SessionStore } from '../session/store.js';
import { RedisSessionStore } from '../session/redis-store.js';
import { closeRedis, createRedis, openRedis, redisReady } from '../redis/index.js';
import { createReadLog, withReadLog } from '../verwerkingen/index.js';
import { API_METHODS, registerApiRoutes } from './api-routes.js';
import { registerBodyParsers } from './body.js';
import type { GatewayContext } from './context.js';
import { createLogger, scrub } from './logger.js';
import { Metrics, upstreamObserver, type GatewayMetrics } from './metrics.js';
import { registerOpsRoutes } from './ops-routes.js';
import { PROBLEM_CONTENT_TYPE, problem, sendProblem } from './problem.js';
import { RequestError } from './request-error.js';
import { createRelayRuntime, type RelayRuntime, type RelayRuntimeOptions } from '../notifications/runtime.js';
import { registerCallbackRoutes, registerEventRoutes } from '../notifications/routes.js';

/** What the gateway needs besides its configuration. */
export interface GatewayOptions {
  /**
   * The proxy half, or a factory that receives the gateway's metrics so the proxy can report into them:
   * `(metrics) => createApiProxy(config, { onUpstream: upstreamObserver(metrics) })`. A stub in tests.
   */
  readonly proxy: ApiProxy | ((metrics: GatewayMetrics) => ApiProxy);
  /** Default: JSON lines on stdout with the gateway's redaction (see `createLogger`). */
  readonly logger?: Logger;
  /** Default: in memory. */
  readonly store?: SessionStore;
  /** Default: `Date.now`; tests move it to expire sessions. */
  readonly clock?: Clock;
  /** The relay's bus, once-only lock and SMS sender (see `RelayRuntimeOptions`); default in memory. */
  readonly relay?: Pick<RelayRuntimeOptions, 'bus' | 'lock' | 'smsSender'>;
}

/** A gateway instance. */
export interface Gateway {
  /** The Fastify instance (for `inject` in tests and for adding routes). */
  readonly server: FastifyInstance;
  /** Where the proxy may report upstream latency and errors. */
  readonly metrics: Metrics;
  /** Starts the development IdP when configured, then listens; resolves to the listening address. */
  start(): Promise<string>;
  /** The development IdP once started (dev mode only). */
  readonly devIdp: DevIdp | undefined;
  /** Stops listening, aborts in-flight upstream calls, closes the proxy, the store and the dev IdP. */
  close(): Promise<void>;
  /** The Notificaties relay (event streams, channel), when configured. */
  readonly relay: RelayRuntime | undefined;
}

const FASTIFY_ERRORS: Readonly<Record<string, readonly [number, string, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'The request body is too large', 'body-too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Request bodies must be JSON', 'unsupported-media-type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'The JSON body is empty', 'invalid-json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Content-Length does not match the body', 'invalid-content-length'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'Invalid Content-Type', 'unsupported-media-type'],
  FST_ERR_BAD_URL: [400, 'The URL is not valid', 'bad-url'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'The request is not valid', 'bad-request'],
};

/** Creates a gateway for a validated configuration (see `loadConfig`). */
export function createGateway(config: GatewayConfig, options: GatewayOptions): Gateway {
  const clock = options.clock ?? Date.now;
  // With `redis.url` sessions, rate-limit counters and the read-log outbox are shared by every instance.
  const redis = config.redis ? createRedis(config.redis, 'gateway') : undefined;
  const store = options.store ?? (redis ? new RedisSessionStore(redis, clock) : new MemorySessionStore(clock));
  const sessions = new Sessions(store, { idleMs: config.session.idleTimeoutSeconds * 1000, absoluteMs: config.session.absoluteTimeoutSeconds * 1000 }, clock);
  const metrics = new Metrics(() => sessions.count());
  const logger = options.logger ?? createLogger();
  const publicUrl = new URL(config.publicUrl);
  const readLog = createReadLog(config, { ...(redis ? { redis } : {}), registry: metrics.registry, logger, clock, observe: upstreamObserver(metrics) });
  const upstreamProxy = typeof options.proxy === 'function' ? options.proxy(metrics) : options.proxy;
  const proxy = readLog ? withReadLog(upstreamProxy, readLog, publicUrl.pathname.replace(/\/$/, '')) : upstreamProxy;
  const shutdown = new AbortController();
  // Every request in flight listens for the shutdown: many at once is normal, not a leak.
  setMaxListeners(0, shutdown.signal);
  // The relay's reads (who may receive a message, their channel of choice) are not the resident's own reads:
  // they go to the proxy without the read log, so they never show in <kb-verwerkingen> as an inzage.
  const relay = createRelayRuntime(config, { proxy: upstreamProxy, registry: metrics.registry, logger, shutdown: shutdown.signal, ...options.relay });
  let oidcSettings: OidcClientConfig | undefined = config.oidc?.resident;
  let employeeOidc: EmployeeOidcConfig | undefined = config.oidc?.employee;
  // Employee mode: staff sign-in, klant contexts and the klant search, when `employee` is configured.
  const employee =
    config.employee &&
    new EmployeeMode(
      config.employee,
      config,
      store,
      () => employeeOidc,
      () => devIdp !== undefined,
      upstreamObserver(metrics),
    );
  let relyingParty: OidcRelyingParty | undefined;
  let devIdp: DevIdp | undefined;

  const app = Fastify({
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- keeps Fastify's logger type generic (pino's Logger is not assignable back)
    loggerInstance: logger as FastifyBaseLogger,
    // One line per request is written by the gateway's own onResponse hook, without query string or headers.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.limits.bodyBytes,
    http: { maxHeaderSize: config.limits.headerBytes },
    return503OnClosing: true,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 500 },
    clientErrorHandler: answerClientError,
  });

  const context: GatewayContext = {
    config,
    basePath: publicUrl.pathname.replace(/\/$/, ''),
    publicOrigin: publicUrl.origin,
    proxy,
    store,
    sessions,
    metrics,
    clock,
    shutdown: shutdown.signal,
    ...(employee ? { employee } : {}),
    async readiness() {
      const [shared, outbox] = await Promise.all([redis ? redisReady(redis) : undefined, readLog?.ready()]);
      return { ...(shared === undefined ? {} : { redis: shared }), ...(outbox === undefined ? {} : { outbox }) };
    },
    relyingParty() {
      if (!oidcSettings) throw new Error('The development IdP has not started');
      // Plain http is allowed only towards the development IdP, which runs on loopback.
      relyingParty ??= new OidcRelyingParty(oidcSettings, devIdp !== undefined);
      return relyingParty;
    },
  };

  registerBodyParsers(app, config.limits.jsonDepth);
  app.register(fastifyCookie, { secret: [...config.session.secrets] });
  app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    },
    // Pages on the configured origins read the answers with CORS; other sites may not embed them.
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: publicUrl.protocol === 'https:' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && config.pageOrigins.includes(origin)),
    credentials: true,
    methods: [...API_METHODS, 'HEAD'],
    allowedHeaders: ['accept', 'accept-language', 'accept-crs', 'content-crs', 'content-type', 'if-match', 'if-none-match', 'last-event-id'],
    exposedHeaders: ['etag', 'location', 'link', 'content-disposition', 'retry-after', 'api-version'],
    maxAge: 600,
  });
  // Counters in Redis when shared; while Redis is away requests are not limited (the session lookup refuses them anyway).
  app.register(fastifyRateLimit, { global: false, ...(redis ? { redis, nameSpace: 'ratelimit:', skipOnError: true } : {}) });
  app.register(async (scoped) => {
    const limitIp = scoped.createRateLimit({
      max: config.rateLimit.perIp.max,
      timeWindow: config.rateLimit.perIp.windowSeconds * 1000,
      keyGenerator: (request) => `ip:${request.ip}`,
    });
    scoped.addHook('onRequest', async (request, reply) => {
      const limit = await limitIp(request);
      if (!limit.isAllowed && limit.isExceeded) {
        metrics.countError('rate-limit');
        reply.header('retry-after', String(limit.ttlInSeconds));
        return sendProblem(reply, 429, 'Too many requests; try again later', 'rate-limited');
      }
      return undefined;
    });
    scoped.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.requests.inc({ route, method: request.method, status: String(reply.statusCode) });
      request.log.info(
        { method: request.method, route, path: scrub(request.url.split('?')[0]!), status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        'request',
      );
    });
    scoped.setErrorHandler((error: FastifyError | RequestError, request, reply) => {
      if (error instanceof RequestError) {
        metrics.countError(error.code);
        return sendProblem(reply, error.statusCode, error.detail, error.code);
      }
      const known = error.code === undefined ? undefined : FASTIFY_ERRORS[error.code];
      if (known) {
        metrics.countError(known[2]);
        return sendProblem(reply, known[0], known[1], known[2]);
      }
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        metrics.countError('bad-request');
        return sendProblem(reply, error.statusCode, undefined, 'bad-request');
      }
      request.log.error({ err: error }, 'unhandled error');
      metrics.countError('internal');
      return sendProblem(reply, 500, undefined, 'internal');
    });
    scoped.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0]!;
      const underApi = API_NAMES.some((api) => path.startsWith(`${context.basePath}${GATEWAY_PATHS[api]}`));
      if (underApi) {
        reply.header('allow', [...API_METHODS, 'HEAD', 'OPTIONS'].join(', '));
        return sendProblem(reply, 405, 'This method is not supported here', 'method-not-allowed');
      }
      return sendProblem(reply, 404, undefined, 'not-found');
    });
    registerAuthRoutes(scoped, context);
    if (employee) {
      registerEmployeeAuthRoutes(scoped, context, employee);
      registerEmployeeRoutes(scoped, context, employee);
    }
    registerEventRoutes(scoped, context, relay);
    registerApiRoutes(scoped, context);
    registerOpsRoutes(scoped, context);
  });

  if (relay) registerCallbackRoutes(app, context, relay);

  return {
    server: app,
    metrics,
    relay,
    get devIdp() {
      return devIdp;
    },
    async start() {
      if (config.dev.idp && !devIdp) {
        // Loaded only in dev mode: it brings the mock fixtures, which a production install does not have.
        const { startDevIdp } = await import('../dev/idp.js');
        devIdp = await startDevIdp({
          redirectUri: `${config.publicUrl}/auth/callback`,
          postLogoutRedirectUris: [...config.pageOrigins.map((origin) => `${origin}/`), `${config.publicUrl}/auth/session`],
          claims: config.oidc?.resident?.claims ?? defaultClaims(),
          ...(employee
            ? { staff: { redirectUri: `${config.publicUrl}/auth/medewerker/callback`, claims: config.oidc?.employee?.claims ?? employeeClaims() } }
            : {}),
        });
        oidcSettings = {
          issuer: devIdp.issuer,
          clientId: devIdp.clientId,
          clientSecret: devIdp.clientSecret,
          redirectUri: `${config.publicUrl}/auth/callback`,
          postLogoutRedirectUri: `${config.pageOrigins[0] ?? config.publicUrl}/`,
          scopes: ['openid'],
          userinfo: false,
          claims: config.oidc?.resident?.claims ?? defaultClaims(),
          loaValues: config.oidc?.resident?.loaValues ?? DEFAULT_LOA_VALUES,
        };
        relyingParty = undefined;
        if (devIdp.staffClient) {
          employeeOidc = {
            issuer: devIdp.issuer,
            ...devIdp.staffClient,
            redirectUri: `${config.publicUrl}/auth/medewerker/callback`,
            postLogoutRedirectUri: `${config.pageOrigins[0] ?? config.publicUrl}/`,
            scopes: ['openid'],
            userinfo: false,
            claims: config.oidc?.employee?.claims ?? employeeClaims(),
          };
        }
        logger.warn({ issuer: devIdp.issuer }, 'development IdP started: test accounts only, never use in production');
      }
      if (redis) await openRedis(redis);
      await readLog?.start();
      await relay?.connect();
      const address = await app.listen({ host: config.listen.host, port: config.listen.port });
      await relay?.start();
      return address;
    },
    async close() {
      shutdown.abort();
      relay?.streams.closeAll();
      await app.close();
      await relay?.close();
      await readLog?.close();
      await Promise.all([proxy.close(), store.close(), devIdp?.close(), employee?.close()]);
      if (redis) await closeRedis(redis);
    },
  };
}

/** Fastify accepts a hop count at run time (proxy-addr) but its types do not list it; a function says the same. */
function trustProxyOption(trust: GatewayConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

/** The staff claim names: configured, else the schema's defaults. */
function employeeClaims(): EmployeeOidcConfig['claims'] {
  return Object.fromEntries(
    Object.entries(employeeClaimsSchema.properties).map(([name, field]) => [name, field.default]),
  ) as unknown as EmployeeOidcConfig['claims'];
}

/** The claim names the schema defaults to, for dev mode without an `oidc` section. */
function defaultClaims(): OidcClientConfig['claims'] {
  const fields = gatewaySchema.properties.oidc.properties.resident.properties.claims.properties;
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.default])) as unknown as OidcClientConfig['claims'];
}

/** Errors Node's HTTP parser raises before Fastify sees a request: oversized heads, unknown methods, garbage. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_INVALID_METHOD' ? 501 : 400;
  const body = JSON.stringify(problem(status, undefined, status === 431 ? 'headers-too-large' : status === 501 ? 'method-not-implemented' : 'bad-request'));
  socket.end(
    `HTTP/1.1 ${status} ${problem(status).title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
