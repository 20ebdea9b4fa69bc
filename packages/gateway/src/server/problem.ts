/**
 * Every error the gateway itself answers is `application/problem+json` (RFC 9457) with a fixed title per
 * status and, at most, a short detail written here: never an upstream body, a stack or a secret.
 * @module
 */
import type { FastifyReply } from 'fastify';

/** Content type of every error answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A problem document. `code` is a stable machine-readable reason (e.g. `not-signed-in`). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code?: string;
}

/** The problem document for `status`. */
export function problem(status: number, detail?: string, code?: string): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
  };
}

/** Sends a problem document; headers (e.g. `Retry-After`, `Allow`) are set by the caller beforehand. */
export function sendProblem(reply: FastifyReply, status: number, detail?: string, code?: string): FastifyReply {
  return reply.code(status).header('content-type', PROBLEM_CONTENT_TYPE).header('cache-control', 'no-store').send(JSON.stringify(problem(status, detail, code)));
}
