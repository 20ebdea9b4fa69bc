/**
 * Sends the gateway's problem documents (`../problem.ts`) from a Fastify route.
 * @module
 */
import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem.js';

export { PROBLEM_CONTENT_TYPE, problem, type Problem } from '../problem.js';

/** Sends a problem document; headers (e.g. `Retry-After`, `Allow`) are set by the caller beforehand. */
export function sendProblem(reply: FastifyReply, status: number, detail?: string, code?: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problem(status, detail, code)));
}
