/**
 * Operational endpoints at the server root (not below the public base path; keep them off the public
 * reverse proxy): `/healthz` (the process answers), `/readyz` (the upstreams, the shared store and the read-log outbox answer) and `/metrics`.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import type { GatewayContext } from './context.js';
import { sendProblem } from './problem.js';

/** How long `/readyz` waits for the upstreams. */
const PROBE_TIMEOUT_MS = 3000;

/** Registers `/healthz`, `/readyz` and `/metrics`. */
export function registerOpsRoutes(app: FastifyInstance, context: GatewayContext): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    let upstreams: Readonly<Record<string, boolean>>;
    let stores: Readonly<Record<string, boolean>>;
    try {
      [upstreams, stores] = await Promise.all([
        context.proxy.probe(AbortSignal.any([AbortSignal.timeout(PROBE_TIMEOUT_MS), context.shutdown])),
        context.readiness(),
      ]);
    } catch (error) {
      request.log.warn({ err: error }, 'readiness probe failed');
      return sendProblem(reply, 503, 'The upstream APIs could not be checked', 'not-ready');
    }
    const ready = Object.values(upstreams).every(Boolean) && Object.values(stores).every(Boolean);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', upstreams, ...(Object.keys(stores).length > 0 ? { stores } : {}) });
  });

  app.get('/metrics', async (_request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .type(context.metrics.registry.contentType)
      .send(await context.metrics.registry.metrics()),
  );
}
