/**
 * The standard APIs' own paths under the gateway (`GATEWAY_PATHS`): authenticate, check the level of
 * assurance, then hand the request to the proxy and pass its answer on, never cached by the browser.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/rate-limit';
import { API_NAMES, GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';
import type { ApiRequest, ApiResponse } from '../proxy/types.js';
import { ASSURANCE_LEVELS, type Principal } from '../session/principal.js';
import { JSON_MEDIA_TYPE } from './body.js';
import { currentSession, foreignWriteGuard, type GatewayContext } from './context.js';
import { sendProblem } from './problem.js';
import { partnerPaths } from '../notifications/partner-paths.js';

/** Methods the API routes accept (HEAD comes with GET); anything else is 405. */
export const API_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

// Request headers that describe the browser's connection or credentials, never the API call.
const STRIPPED_REQUEST_HEADERS = new Set([
  'cookie',
  'authorization',
  'proxy-authorization',
  'host',
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'upgrade',
  'transfer-encoding',
  'content-length',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
]);

// Response headers the gateway owns itself (CORS, caching, cookies, framing).
const STRIPPED_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'cache-control',
  'pragma',
  'expires',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'strict-transport-security',
  'content-security-policy',
  'server',
  'x-powered-by',
]);

/** Registers one catch-all route per API (the municipality's, and each partner's below `/partners/{name}`). */
export function registerApiRoutes(app: FastifyInstance, context: GatewayContext): void {
  const sessionOf = new WeakMap<FastifyRequest, string>();
  const refuseForeignWrites = foreignWriteGuard(context);
  const limitSession = app.createRateLimit({
    max: context.config.rateLimit.perSession.max,
    timeWindow: context.config.rateLimit.perSession.windowSeconds * 1000,
    keyGenerator: (request) => `session:${sessionOf.get(request) ?? ''}`,
  });
  for (const [prefix, apis] of [['', API_NAMES], ...partnerPaths(context.config)] as const) {
    for (const api of apis) {
      const handler = (request: FastifyRequest, reply: FastifyReply) => serve(api, request, reply);
      for (const url of [`${context.basePath}${prefix}${GATEWAY_PATHS[api]}`, `${context.basePath}${prefix}${GATEWAY_PATHS[api]}/*`]) {
        app.route({ method: [...API_METHODS], url, onRequest: refuseForeignWrites, handler });
      }
    }
  }

  async function serve(api: ApiName, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    reply.header('cache-control', 'private, no-store');
    if (request.body !== undefined && !JSON_MEDIA_TYPE.test(mediaType(request))) {
      context.metrics.countError('unsupported-media-type');
      return sendProblem(reply, 415, 'Request bodies must be JSON', 'unsupported-media-type');
    }
    const session = await currentSession(context, request, reply);
    if (!session) return sendProblem(reply, 401, 'Sign in first', 'not-signed-in');

    sessionOf.set(request, session.id);
    const limit = await limitSession(request);
    if (!limit.isAllowed && limit.isExceeded) {
      context.metrics.countError('rate-limit');
      reply.header('retry-after', String(limit.ttlInSeconds));
      return sendProblem(reply, 429, 'Too many requests; try again later', 'rate-limited');
    }

    let principal: Principal;
    if (session.data.kind === 'medewerker') {
      // Employee mode: the chosen klant is the subject and the profile limits what is served; no klant, no data.
      const employee = context.employee ? await context.employee.principalFor(session.id, session.data, api) : undefined;
      if (!employee) return sendProblem(reply, 404, 'Choose a klant first', 'no-klant-context');
      if ('code' in employee) {
        return employee.code === 'shielded'
          ? sendProblem(reply, 403, 'Not available under the profile of this look', 'shielded')
          : sendProblem(reply, 404, 'Choose a klant first', 'no-klant-context');
      }
      principal = employee;
    } else {
      principal = session.data.principal;
    }
    const minimum = context.config.minimumLoa.apis[api] ?? context.config.minimumLoa.default;
    if (!principal.doelbinding && ASSURANCE_LEVELS.indexOf(principal.loa) < ASSURANCE_LEVELS.indexOf(minimum)) {
      const url = `${context.config.publicUrl}/auth/login?loa=${minimum}`;
      reply.header('link', `<${url}>; rel="login"`);
      return sendProblem(reply, 403, `This needs a sign-in at level ${minimum}; sign in again at that level (${url})`, 'assurance-too-low');
    }

    const abort = new AbortController();
    const onClose = () => abort.abort();
    reply.raw.once('close', onClose);
    context.shutdown.addEventListener('abort', onClose, { once: true });
    const apiRequest: ApiRequest = {
      api,
      method: request.method,
      url: new URL(request.url, context.publicOrigin),
      headers: forwardableHeaders(request),
      ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
      signal: abort.signal,
    };
    let response: ApiResponse;
    try {
      response = await context.proxy.handle(apiRequest, principal);
    } catch (error) {
      request.log.error({ err: error }, 'proxy failed');
      context.metrics.countError('proxy-exception');
      return sendProblem(reply, 502, 'The service behind the gateway could not answer', 'upstream-error');
    } finally {
      context.shutdown.removeEventListener('abort', onClose);
    }
    for (const [name, value] of Object.entries(response.headers)) {
      const lower = name.toLowerCase();
      if (STRIPPED_RESPONSE_HEADERS.has(lower)) continue;
      if (lower === 'content-length' && !isStream(response.body)) continue;
      reply.header(lower, value);
    }
    reply.header('cache-control', 'private, no-store');
    return reply.code(response.status).send(response.body ?? undefined);
  }
}

function isStream(body: ApiResponse['body']): boolean {
  return body !== null && typeof body === 'object' && !Buffer.isBuffer(body);
}

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function forwardableHeaders(request: FastifyRequest): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (STRIPPED_REQUEST_HEADERS.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
