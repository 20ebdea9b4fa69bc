/**
 * Answers the proxy gives itself: the gateway's problem documents (`../problem.ts`), never carrying an
 * upstream URL, a token, a stack or a BSN; for a 400 they name which parameter was refused.
 * @module
 */
import { PROBLEM_CONTENT_TYPE, problem as problemDocument, type InvalidParam } from '../problem.js';
import type { ApiResponse } from './types.js';

export type { InvalidParam } from '../problem.js';

// Stable machine-readable reasons, in the ZGW APIs' own spelling (Open Zaak answers `not_found`, `invalid`).
const CODES: Readonly<Record<number, string>> = { 400: 'invalid', 404: 'not_found', 502: 'bad_gateway', 503: 'unavailable', 504: 'gateway_timeout' };

/** Headers of every answer the proxy makes itself. */
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store' } as const;

/** A problem+json answer with `status`. */
export function problem(status: number, invalidParams?: readonly InvalidParam[]): ApiResponse {
  const body = problemDocument(status, undefined, CODES[status] ?? 'error', invalidParams);
  return { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...PRIVATE_HEADERS }, body: JSON.stringify(body) };
}

/** 404: unknown path, or a resource that is not the caller's (never 403: that would confirm it exists). */
export const notFound = (): ApiResponse => problem(404);

/** 400 naming each refused parameter. */
export const invalid = (name: string, reason: string, code = 'invalid'): ApiResponse => problem(400, [{ name, code, reason }]);

/** 403 `shielded`: employee mode, a part the doelbinding profile does not grant (the page says "Afgeschermd voor uw rol"). */
export function shielded(): ApiResponse {
  const body = problemDocument(403, 'Not available under the profile of this look', 'shielded');
  return { status: 403, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...PRIVATE_HEADERS }, body: JSON.stringify(body) };
}

/** Thrown inside the pipeline to end a request with a prepared answer. */
export class Denied extends Error {
  constructor(readonly response: ApiResponse) {
    super(`denied ${response.status}`);
    this.name = 'Denied';
  }
}

/** A 404 to throw. */
export const deny = (): Denied => new Denied(notFound());

/** A 400 to throw. */
export const refuse = (name: string, reason: string, code?: string): Denied => new Denied(invalid(name, reason, code));
