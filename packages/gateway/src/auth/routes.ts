/**
 * Sign-in and sign-out routes: `GET /auth/login`, `GET /auth/callback`, `POST /auth/logout` and
 * `GET /auth/session` (what the page may know: signed in or not, a name, the kind, the level, when it
 * ends; never a BSN or KvK number).
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ASSURANCE_LEVELS, type AssuranceLevel } from '../session/principal.js';
import { ClaimsError, principalFromClaims } from '../session/claims.js';
import { COOKIE_OPTIONS, cookieValue, signInCookieName, writeOriginAllowed, type GatewayContext } from '../server/context.js';
import { sendProblem } from '../server/problem.js';
import type { PendingSignIn } from './oidc.js';
import type { SessionData } from '../session/sessions.js';
import { safeReturnTo } from './return-to.js';

/** How long a started sign-in may take before its callback is refused. */
export const SIGN_IN_TTL_MS = 10 * 60_000;
/** Key prefix of pending sign-ins in the store. */
export const SIGN_IN_PREFIX = 'signin:';

/** What `GET /auth/session` answers. */
export type SessionInfo =
  | { readonly signedIn: false }
  | {
      readonly signedIn: true;
      readonly kind: 'persoon' | 'organisatie';
      readonly displayName: string;
      readonly loa: AssuranceLevel;
      /** True when someone acts for the subject (DigiD Machtigen, an eHerkenning employee). */
      readonly actingOnBehalf: boolean;
      /** ISO time the session ends without further requests. */
      readonly idleExpiresAt: string;
      /** ISO time the session ends regardless. */
      readonly absoluteExpiresAt: string;
    }
  | {
      readonly signedIn: true;
      /** An employee (employee mode); what they may see is at `GET /medewerker/session`. */
      readonly kind: 'medewerker';
      readonly displayName: string;
      readonly actingOnBehalf: false;
      readonly idleExpiresAt: string;
      readonly absoluteExpiresAt: string;
    };

/** Starts a sign-in: keeps what the callback needs (server-side, keyed by `state` in a cookie) and sends the browser to the IdP. */
export async function startSignIn(
  context: GatewayContext,
  request: FastifyRequest,
  reply: FastifyReply,
  begin: () => Promise<{ readonly url: URL; readonly pending: PendingSignIn }>,
): Promise<FastifyReply> {
  let started;
  try {
    started = await begin();
  } catch (error) {
    request.log.error({ err: error }, 'sign-in broker unavailable');
    context.metrics.countError('oidc-discovery');
    return sendProblem(reply, 503, 'Signing in is not possible right now', 'broker-unavailable');
  }
  const key = started.pending.state;
  await context.store.set(SIGN_IN_PREFIX + key, started.pending, SIGN_IN_TTL_MS);
  reply.setCookie(signInCookieName(context), key, { ...COOKIE_OPTIONS, maxAge: SIGN_IN_TTL_MS / 1000 });
  return reply.header('cache-control', 'no-store').redirect(started.url.href, 303);
}

/** The callback's query and its pending sign-in, or undefined once a 400 is sent (unknown, expired, used). */
export async function takeCallback(
  context: GatewayContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<{ readonly query: URLSearchParams; readonly pending: PendingSignIn } | undefined> {
  reply.header('cache-control', 'no-store');
  const query = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1 || request.url.length));
  const cookie = cookieValue(request, signInCookieName(context));
  reply.clearCookie(signInCookieName(context), COOKIE_OPTIONS);
  // Taken, not read: a callback (and its code) can be used exactly once, and only by the browser that started it.
  const pending = cookie.value === undefined ? undefined : ((await context.store.take(SIGN_IN_PREFIX + cookie.value)) as PendingSignIn | undefined);
  if (!pending) {
    context.metrics.countError('sign-in-unknown');
    sendProblem(reply, 400, 'This sign-in is unknown, expired or already used; start again', 'sign-in-unknown');
    return undefined;
  }
  return { query, pending };
}

/** Ends a session and, for an employee's, its klant context; returns what the session held. */
export async function endSession(context: GatewayContext, id: string): Promise<SessionData | undefined> {
  await context.employee?.contexts.end(id);
  return context.sessions.end(id);
}

/** Registers the sign-in routes below the gateway's base path. */
export function registerAuthRoutes(app: FastifyInstance, context: GatewayContext): void {
  const base = `${context.basePath}/auth`;
  const home = `${context.config.pageOrigins[0] ?? context.publicOrigin}/`;

  app.get<{ Querystring: { returnTo?: string; loa?: string } }>(`${base}/login`, async (request, reply) => {
    const returnTo = safeReturnTo(single(request.query.returnTo), context.config.pageOrigins, home);
    const loa = single(request.query.loa);
    const rp = context.relyingParty();
    const acr = loa !== undefined && (ASSURANCE_LEVELS as readonly string[]).includes(loa) ? rp.acrValuesFor(loa) : undefined;
    return startSignIn(context, request, reply, () => rp.begin(returnTo, acr));
  });

  app.get(`${base}/callback`, async (request, reply) => {
    const callback = await takeCallback(context, request, reply);
    if (!callback) return reply;
    const { query, pending } = callback;
    if (query.get('error') === 'access_denied') return reply.redirect(pending.returnTo, 303);
    let principal;
    let signIn;
    try {
      signIn = await context.relyingParty().finish(query, pending);
      const { claims, loaValues } = context.relyingParty().settings;
      principal = principalFromClaims(signIn.claims, claims, loaValues);
    } catch (error) {
      request.log.warn({ err: error }, error instanceof ClaimsError ? 'sign-in claims refused' : 'sign-in failed');
      context.metrics.countError(error instanceof ClaimsError ? 'sign-in-claims' : 'sign-in-failed');
      return sendProblem(reply, 400, 'Signing in did not succeed; start again', 'sign-in-failed');
    }
    // A new id at every sign-in: an id planted or seen before sign-in never becomes a signed-in session.
    const previous = cookieValue(request, context.config.session.cookieName);
    if (previous.value !== undefined) await endSession(context, previous.value);
    const nameClaim = signIn.claims[context.relyingParty().settings.claims.name];
    const session = await context.sessions.create(principal, typeof nameClaim === 'string' ? nameClaim : '', signIn.idToken);
    reply.setCookie(context.config.session.cookieName, session.id, COOKIE_OPTIONS);
    request.log.info({ kind: principal.subject.kind, loa: principal.loa, onBehalf: principal.actor !== undefined }, 'signed in');
    return reply.redirect(pending.returnTo, 303);
  });

  app.post(`${base}/logout`, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!writeOriginAllowed(context, request)) {
      context.metrics.countError('csrf');
      return sendProblem(reply, 403, 'Sign-out is accepted only from the configured pages', 'origin-not-allowed');
    }
    const cookie = cookieValue(request, context.config.session.cookieName);
    const ended = cookie.value === undefined ? undefined : await endSession(context, cookie.value);
    reply.clearCookie(context.config.session.cookieName, COOKIE_OPTIONS);
    // An employee signs out at the staff IdP, a resident at the broker.
    const rp = ended?.kind === 'medewerker' ? (context.employee?.relyingParty() ?? context.relyingParty()) : context.relyingParty();
    let next: string = rp.settings.postLogoutRedirectUri;
    if (ended) {
      try {
        next = (await rp.endSessionUrl(ended.idToken))?.href ?? next;
      } catch (error) {
        request.log.warn({ err: error }, 'broker unavailable for sign-out; signed out locally');
      }
    }
    // A script (fetch) gets the next URL to navigate to; a form post is redirected there.
    if (wantsJson(request)) return reply.send({ signedIn: false, next });
    return reply.redirect(next, 303);
  });

  app.get(`${base}/session`, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const cookie = cookieValue(request, context.config.session.cookieName);
    const session = cookie.value === undefined ? undefined : await context.sessions.peek(cookie.value);
    if (!session) return reply.send({ signedIn: false } satisfies SessionInfo);
    if (session.data.kind === 'medewerker') {
      return reply.send({
        signedIn: true,
        kind: 'medewerker',
        displayName: session.data.displayName,
        actingOnBehalf: false,
        idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
        absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
      } satisfies SessionInfo);
    }
    const { principal, displayName } = session.data;
    const info: SessionInfo = {
      signedIn: true,
      kind: principal.subject.kind,
      displayName,
      loa: principal.loa,
      actingOnBehalf: principal.actor !== undefined,
      idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
      absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
    };
    return reply.send(info);
  });
}

function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/** The query value when it was given once as text. */
export function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
