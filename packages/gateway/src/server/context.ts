/**
 * What the route modules share: configuration, sessions, the session cookie, and the origin check for
 * writes. Kept in one object so each route module reads like a list of routes.
 * @module
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { OidcRelyingParty } from '../auth/oidc.js';
import type { GatewayConfig } from '../config/types.js';
import type { ApiProxy } from '../proxy/types.js';
import type { ActiveSession, Sessions } from '../session/sessions.js';
import type { Clock, SessionStore } from '../session/store.js';
import type { Metrics } from './metrics.js';
import { sendProblem } from './problem.js';
import type { EmployeeMode } from '../medewerker/mode.js';

/** Shared state of one gateway instance. */
export interface GatewayContext {
  readonly config: GatewayConfig;
  /** Path of `publicUrl` without trailing slash (`''` at the root): every route lives below it. */
  readonly basePath: string;
  /** Origin of `publicUrl`. */
  readonly publicOrigin: string;
  readonly proxy: ApiProxy;
  readonly store: SessionStore;
  readonly sessions: Sessions;
  readonly metrics: Metrics;
  readonly clock: Clock;
  /** Employee mode, when `employee` is configured. */
  readonly employee?: EmployeeMode;
  /** The broker client; throws before the development IdP has started. */
  relyingParty(): OidcRelyingParty;
  /** Readiness of the shared store and the read-log outbox (only those configured), for `/readyz`. */
  readiness(): Promise<Readonly<Record<string, boolean>>>;
  /** Aborted when the gateway closes, so in-flight upstream calls stop. */
  readonly shutdown: AbortSignal;
}

/** Cookie attributes of the session and sign-in cookies: what `__Host-` requires plus HttpOnly and Lax. */
export const COOKIE_OPTIONS = { path: '/', httpOnly: true, secure: true, sameSite: 'lax', signed: true } as const;

/** Name of the short-lived cookie that ties a callback to the browser that started the sign-in. */
export function signInCookieName(context: GatewayContext): string {
  return `${context.config.session.cookieName}-signin`;
}

/** The session id from a signed cookie, or `undefined` when absent or tampered with. */
export function cookieValue(request: FastifyRequest, name: string): { readonly value?: string; readonly tampered: boolean } {
  const raw = request.cookies[name];
  if (raw === undefined) return { tampered: false };
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? { value: unsigned.value, tampered: false } : { tampered: true };
}

/** The live session of this request (idle timer restarted), or `undefined`; a dead cookie is cleared. */
export async function currentSession(context: GatewayContext, request: FastifyRequest, reply: FastifyReply): Promise<ActiveSession | undefined> {
  const name = context.config.session.cookieName;
  const cookie = cookieValue(request, name);
  if (cookie.tampered) context.metrics.countError('tampered-cookie');
  const session = cookie.value === undefined ? undefined : await context.sessions.resume(cookie.value);
  if (!session && request.cookies[name] !== undefined) reply.clearCookie(name, COOKIE_OPTIONS);
  return session;
}

/**
 * CSRF check for writes: the browser's `Origin` must be a configured page origin or the gateway's own.
 * Browsers always send `Origin` on cross-origin and on non-GET requests; without it only
 * `Sec-Fetch-Site: same-origin` is accepted. (The second half of the defence, a JSON content type that
 * forces a CORS preflight, is enforced on the API routes.)
 */
export function writeOriginAllowed(context: GatewayContext, request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === context.publicOrigin || context.config.pageOrigins.includes(origin);
  return request.headers['sec-fetch-site'] === 'same-origin';
}

/** Methods that change state, checked for CSRF. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * An `onRequest` hook that refuses a write from a foreign origin (403 `origin-not-allowed`) before the body is
 * read: a forged write costs the gateway nothing and never reaches the parser.
 */
export function foreignWriteGuard(context: GatewayContext): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined> {
  return async (request, reply) => {
    if (!WRITE_METHODS.has(request.method) || writeOriginAllowed(context, request)) return undefined;
    context.metrics.countError('csrf');
    return sendProblem(reply, 403, 'Writes are accepted only from the configured pages', 'origin-not-allowed');
  };
}
