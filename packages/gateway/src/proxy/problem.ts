/**
 * Answers the proxy gives itself, as `application/problem+json` (RFC 9457). They never carry an upstream
 * URL, a token, a stack or a BSN: only a fixed title per kind and, for a 400, which parameter was refused.
 * @module
 */
import type { ApiResponse } from './types.js';

/** One refused parameter of a 400 (the ZGW `invalidParams` shape). */
export interface InvalidParam {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Ongeldig verzoek.',
  404: 'Niet gevonden.',
  502: 'De achterliggende API gaf geen bruikbaar antwoord.',
  503: 'De achterliggende API is niet bereikbaar.',
  504: 'De achterliggende API antwoordde niet op tijd.',
};

const CODES: Readonly<Record<number, string>> = { 400: 'invalid', 404: 'not_found', 502: 'bad_gateway', 503: 'unavailable', 504: 'gateway_timeout' };

/** Headers of every answer the proxy makes itself. */
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store' } as const;

/** A problem+json answer with `status`. */
export function problem(status: number, invalidParams?: readonly InvalidParam[]): ApiResponse {
  const body = {
    type: `about:blank`,
    code: CODES[status] ?? 'error',
    title: TITLES[status] ?? 'Fout.',
    status,
    ...(invalidParams ? { invalidParams } : {}),
  };
  return { status, headers: { 'content-type': 'application/problem+json', ...PRIVATE_HEADERS }, body: JSON.stringify(body) };
}

/** 404: unknown path, or a resource that is not the caller's (never 403: that would confirm it exists). */
export const notFound = (): ApiResponse => problem(404);

/** 400 naming each refused parameter. */
export const invalid = (name: string, reason: string, code = 'invalid'): ApiResponse => problem(400, [{ name, code, reason }]);

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
