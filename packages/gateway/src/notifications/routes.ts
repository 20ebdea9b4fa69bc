/**
 * The relay's routes: the Notificaties callbacks (`POST {publicUrl}/notificaties/callback`, and
 * `…/callback/partners/{name}` per partner), which accept a message only with the abonnement's `auth`
 * value, and the residents' event stream (`GET {publicUrl}/notificaties/api/v1/events`).
 * @module
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentSession, type GatewayContext } from '../server/context.js';
import { sendProblem } from '../server/problem.js';
import { RequestError } from '../server/request-error.js';
import type { RelayRuntime } from './runtime.js';

/** Path of the event stream below the gateway's base path. */
export const EVENTS_PATH = '/notificaties/api/v1/events';
/** Path of the municipality's callback below the base path; a partner's adds `/partners/{name}`. */
export const CALLBACK_PATH = '/notificaties/callback';

/** Constant-time comparison of two header values (hashed first, so their lengths say nothing). */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The callbacks, in a plugin of their own: server-to-server calls from the Notificaties APIs, outside the
 * per-IP browser limit (one NRC sends every message); flood control is the relay's bounded queue.
 */
export function registerCallbackRoutes(app: FastifyInstance, context: GatewayContext, runtime: RelayRuntime): void {
  app.register(async (scoped) => {
    scoped.setErrorHandler((error: FastifyError | RequestError, _request, reply) =>
      error instanceof RequestError
        ? sendProblem(reply, error.statusCode, error.detail, error.code)
        : sendProblem(reply, error.statusCode && error.statusCode < 500 ? error.statusCode : 400, undefined, 'bad-request'),
    );
    for (const source of runtime.sources) {
      const url = `${context.basePath}${CALLBACK_PATH}${source.name ? `/partners/${source.name}` : ''}`;
      scoped.post(url, async (request, reply) => receive(request, reply, source.name, source.auth));
    }
  });

  async function receive(request: FastifyRequest, reply: FastifyReply, source: string, auth: string): Promise<FastifyReply> {
    reply.header('cache-control', 'no-store');
    if (!sameSecret(request.headers.authorization, auth)) {
      runtime.metrics.notifications.inc({ outcome: 'unauthorized' });
      return sendProblem(reply, 401, 'Unknown sender', 'not-authorized');
    }
    let body: unknown;
    try {
      body = Buffer.isBuffer(request.body) ? (JSON.parse(request.body.toString('utf8')) as unknown) : undefined;
    } catch {
      body = undefined;
    }
    switch (runtime.relay.accept(source, body)) {
      case 'queued':
        return reply.code(204).send();
      case 'full':
        reply.header('retry-after', '5');
        return sendProblem(reply, 503, 'Too many notifications at once; send it again later', 'queue-full');
      default:
        return sendProblem(reply, 400, 'Not a notification (Notificaties API 1.0 message)', 'invalid-notification');
    }
  }
}

/**
 * The event stream of a signed-in session (GET); other methods 405. Without a relay (no `notifications`
 * section) every method is 404 `no-event-stream`, and clients poll instead.
 */
export function registerEventRoutes(app: FastifyInstance, context: GatewayContext, runtime: RelayRuntime | undefined): void {
  const url = `${context.basePath}${EVENTS_PATH}`;
  if (!runtime) {
    app.all(url, (_request, reply) => sendProblem(reply, 404, 'This gateway has no event stream; poll instead', 'no-event-stream'));
    return;
  }
  app.route({
    method: ['HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url,
    handler: (_request, reply) => sendProblem(reply.header('allow', 'GET, OPTIONS'), 405, 'The event stream is read with GET', 'method-not-allowed'),
  });
  // No automatic HEAD: a HEAD must not open a stream.
  app.get(url, { exposeHeadRoute: false }, async (request, reply) => {
    reply.header('cache-control', 'private, no-store');
    const session = await currentSession(context, request, reply);
    if (!session) return sendProblem(reply, 401, 'Sign in first', 'not-signed-in');
    // Live updates follow a resident's own zaken; an employee's session has no subject of its own.
    if (session.data.kind === 'medewerker') return sendProblem(reply, 404, 'No event stream for an employee session', 'no-klant-context');
    const refusal = runtime.streams.refusal(session.id);
    if (refusal) {
      reply.header('retry-after', '30');
      return refusal === 'session-limit'
        ? sendProblem(reply, 429, 'This session has too many event streams open', 'too-many-streams')
        : sendProblem(reply, 503, 'No room for another event stream; try again later', 'streams-full');
    }
    const key = runtime.relay.keyOf(session.data.principal.subject);
    const lastEventId = request.headers['last-event-id'];
    const headers = reply.getHeaders() as Record<string, string | number | string[]>;
    reply.hijack();
    await runtime.streams.open(reply.raw, {
      sessionId: session.id,
      audienceKey: key,
      lastEventId: typeof lastEventId === 'string' && lastEventId.trim() !== '' ? lastEventId.trim().slice(0, 64) : undefined,
      headers,
      replay: (after) => runtime.bus.replay(after, key),
      alive: async () => (await context.sessions.peek(session.id)) !== undefined,
    });
    return reply;
  });
}
