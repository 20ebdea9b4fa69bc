/**
 * Staff sign-in (employee mode): `GET /auth/medewerker/login` and `GET /auth/medewerker/callback`, the same
 * authorization code flow as the residents' against the staff IdP (`oidc.employee`). The session it
 * creates is an employee's: it speaks for nobody until a klant context is chosen.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import { employeeFromClaims } from '../medewerker/employee-claims.js';
import type { EmployeeMode } from '../medewerker/mode.js';
import { COOKIE_OPTIONS, cookieValue, type GatewayContext } from '../server/context.js';
import { sendProblem } from '../server/problem.js';
import { ClaimsError } from '../session/claims.js';
import { safeReturnTo } from './return-to.js';
import { endSession, single, startSignIn, takeCallback } from './routes.js';

/** Registers the staff sign-in routes below `{base}/auth/medewerker`. */
export function registerEmployeeAuthRoutes(app: FastifyInstance, context: GatewayContext, mode: EmployeeMode): void {
  const base = `${context.basePath}/auth/medewerker`;
  const home = `${context.config.pageOrigins[0] ?? context.publicOrigin}/`;

  app.get<{ Querystring: { returnTo?: string } }>(`${base}/login`, async (request, reply) => {
    const returnTo = safeReturnTo(single(request.query.returnTo), context.config.pageOrigins, home);
    const rp = mode.relyingParty();
    return startSignIn(context, request, reply, async () => {
      if (!rp) throw new Error('no staff IdP configured');
      return rp.begin(returnTo);
    });
  });

  app.get(`${base}/callback`, async (request, reply) => {
    const callback = await takeCallback(context, request, reply);
    if (!callback) return reply;
    const { query, pending } = callback;
    const rp = mode.relyingParty();
    if (!rp) return sendProblem(reply, 400, 'This sign-in is unknown, expired or already used; start again', 'sign-in-unknown');
    if (query.get('error') === 'access_denied') return reply.redirect(pending.returnTo, 303);
    let signedIn;
    let idToken;
    try {
      const result = await rp.finish(query, pending);
      idToken = result.idToken;
      signedIn = employeeFromClaims(result.claims, rp.settings.claims, mode.config);
    } catch (error) {
      request.log.warn({ err: error }, error instanceof ClaimsError ? 'staff sign-in claims refused' : 'staff sign-in failed');
      context.metrics.countError(error instanceof ClaimsError ? 'sign-in-claims' : 'sign-in-failed');
      return sendProblem(reply, 400, 'Signing in did not succeed; start again', 'sign-in-failed');
    }
    const previous = cookieValue(request, context.config.session.cookieName);
    if (previous.value !== undefined) await endSession(context, previous.value);
    const session = await context.sessions.createEmployee(signedIn.identity, signedIn.displayName, idToken);
    reply.setCookie(context.config.session.cookieName, session.id, COOKIE_OPTIONS);
    request.log.info({ kind: 'medewerker', profiles: signedIn.identity.profiles.length }, 'signed in');
    return reply.redirect(pending.returnTo, 303);
  });
}
