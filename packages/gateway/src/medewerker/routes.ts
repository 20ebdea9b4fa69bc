/**
 * The employee routes of the contract (`packages/core/src/medewerker/types.ts`): `GET /medewerker/session`,
 * `POST /medewerker/klanten/search`, `PUT` and `DELETE /medewerker/context`. A BSN travels only in a JSON
 * body towards the gateway and never back: results and the context name a klant by an opaque,
 * session-bound `ref`.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KlantContextInfo, KlantSearchPage } from '@klantbeeld/core';
import { PROBLEM_CONTENT_TYPE, problem, type InvalidParam } from '../problem.js';
import { isObject } from '../proxy/policy/scope.js';
import { JSON_MEDIA_TYPE } from '../server/body.js';
import { currentSession, foreignWriteGuard, type GatewayContext } from '../server/context.js';
import { sendProblem } from '../server/problem.js';
import type { ActiveSession, EmployeeSessionData } from '../session/sessions.js';
import type { EmployeeMode } from './mode.js';
import { checkSearch } from './search-request.js';
import { SearchSourceUnavailable } from './search.js';

/** Results per page of a klant search. */
export const SEARCH_PAGE_SIZE = 10;

/** Registers the routes below `{base}/medewerker`. */
export function registerEmployeeRoutes(app: FastifyInstance, context: GatewayContext, mode: EmployeeMode): void {
  const base = `${context.basePath}/medewerker`;

  /** The employee session of this request, or an answer already sent (CSRF, JSON, sign-in). */
  async function employeeSession(request: FastifyRequest, reply: FastifyReply): Promise<(ActiveSession & { data: EmployeeSessionData }) | undefined> {
    reply.header('cache-control', 'no-store');
    if (request.body !== undefined && !JSON_MEDIA_TYPE.test((request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase())) {
      sendProblem(reply, 415, 'Request bodies must be JSON', 'unsupported-media-type');
      return undefined;
    }
    const session = await currentSession(context, request, reply);
    if (!session || session.data.kind !== 'medewerker') {
      sendProblem(reply, 401, 'Sign in as an employee first', 'not-signed-in');
      return undefined;
    }
    return session as ActiveSession & { data: EmployeeSessionData };
  }

  const refuseForeignWrites = foreignWriteGuard(context);

  app.get(`${base}/session`, async (request, reply) => {
    const session = await employeeSession(request, reply);
    if (!session) return reply;
    return reply.send(await mode.sessionInfo(session.id, session.data));
  });

  app.post(`${base}/klanten/search`, { onRequest: refuseForeignWrites }, async (request, reply) => {
    const session = await employeeSession(request, reply);
    if (!session) return reply;
    const checked = checkSearch(jsonBody(request.body), session.data.employee.profiles, mode.config);
    if ('invalid' in checked) return sendInvalid(reply, checked.invalid);
    let matches;
    try {
      matches = await mode.search.find(checked.query, context.shutdown);
    } catch (error) {
      if (!(error instanceof SearchSourceUnavailable)) throw error;
      context.metrics.countError('search-source-unavailable');
      return sendProblem(reply, 503, 'The register to search in cannot be reached; try again shortly', 'search-source-unavailable');
    }
    const start = (checked.page - 1) * SEARCH_PAGE_SIZE;
    const shown = matches.slice(start, start + SEARCH_PAGE_SIZE);
    const results = await Promise.all(
      shown.map(async (match) => ({
        ref: await mode.contexts.remember(session.id, { subject: match.subject, klant: match.klant }),
        kind: match.klant.kind,
        displayName: match.klant.displayName,
        ...(match.birthDate ? { birthDate: match.birthDate } : {}),
        ...(match.address ? { address: match.address } : {}),
      })),
    );
    const page: KlantSearchPage = { results, page: checked.page, pageSize: SEARCH_PAGE_SIZE, hasNext: matches.length > start + SEARCH_PAGE_SIZE };
    return reply.send(page);
  });

  app.put(`${base}/context`, { onRequest: refuseForeignWrites }, async (request, reply) => {
    const session = await employeeSession(request, reply);
    if (!session) return reply;
    // Choosing a klant ends the previous context first, also when this choice is refused.
    await mode.contexts.end(session.id);
    const body = jsonBody(request.body);
    const fields = isObject(body) ? body : {};
    const invalid: InvalidParam[] = [];
    const profileId = typeof fields.profile === 'string' ? fields.profile : '';
    const profile = mode.profileOf(session.data.employee, profileId);
    if (!profile) invalid.push({ name: 'profile', code: profileId ? 'not-allowed' : 'required', reason: 'Choose a profile you hold.' });
    const purposeId = typeof fields.purpose === 'string' ? fields.purpose : '';
    if (profile && !profile.purposes.some((p) => p.id === purposeId)) {
      invalid.push({ name: 'purpose', code: purposeId ? 'not-allowed' : 'required', reason: 'Choose a purpose of this profile.' });
    }
    const reference = fields.reference === undefined || fields.reference === null || fields.reference === '' ? null : fields.reference;
    if (reference !== null && (typeof reference !== 'string' || reference.length > 100)) {
      invalid.push({ name: 'reference', code: 'invalid', reason: 'At most 100 characters.' });
    }
    const found = typeof fields.ref === 'string' ? await mode.contexts.recall(session.id, fields.ref) : undefined;
    if (!found) invalid.push({ name: 'ref', code: typeof fields.ref === 'string' ? 'unknown-ref' : 'required', reason: 'Search again and choose a result.' });
    if (invalid.length > 0 || !found || !profile) return sendInvalid(reply, invalid);
    // The birth date is BRP data: part of the context only when the profile reads the BRP.
    const { birthDate, ...withoutBirthDate } = found.klant;
    const klant = profile.access.brp && birthDate ? { ...withoutBirthDate, birthDate } : withoutBirthDate;
    const stored = {
      subject: found.subject,
      klant,
      lookId: randomUUID(),
      profile: profileId,
      purpose: purposeId,
      reference: reference as string | null,
      startedAt: new Date(context.clock()).toISOString(),
    };
    await mode.contexts.set(session.id, stored);
    request.log.info({ profile: profileId, purpose: purposeId }, 'klant context chosen');
    return reply.send(mode.contextInfo(stored) satisfies KlantContextInfo);
  });

  app.delete(`${base}/context`, { onRequest: refuseForeignWrites }, async (request, reply) => {
    const session = await employeeSession(request, reply);
    if (!session) return reply;
    await mode.contexts.end(session.id);
    return reply.code(204).send();
  });
}

function jsonBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body)) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function sendInvalid(reply: FastifyReply, invalidParams: readonly InvalidParam[]): FastifyReply {
  return reply
    .code(400)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problem(400, 'Some fields are not valid', 'invalid', invalidParams)));
}
