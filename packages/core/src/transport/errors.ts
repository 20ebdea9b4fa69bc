/**
 * Typed errors: one base class and one subclass per kind, parsed from `application/problem+json`
 * (ZGW `Fout` / `ValidatieFout`). Elements map `kind` to a message; `problem` keeps the server's detail.
 * @module
 */
import type { components } from '../generated/zaken.js';

/** What went wrong, independent of the HTTP status code. */
export type ErrorKind =
  | 'validation'
  | 'not-authenticated'
  | 'forbidden'
  | 'shielded'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'unconfigured-origin';

/** One invalid parameter of a 400 response (ZGW `FieldValidationError`). */
export type InvalidParam = components['schemas']['FieldValidationError'];

/**
 * A problem+json body (ZGW `Fout`, `ValidatieFout`). Every field is optional: only what the server
 * actually sent, with the right type, is kept.
 */
export type Problem = Partial<components['schemas']['Fout']> & { invalidParams?: InvalidParam[] };

/** Options shared by every error constructor. */
export interface KlantbeeldErrorOptions {
  status?: number;
  problem?: Problem;
  /** The request URL, for diagnostics. */
  url?: string;
  cause?: unknown;
}

// A brand survives duplicated bundles, where `instanceof` does not.
const BRAND = Symbol.for('@klantbeeld/core/error');

/** Base class of every error the client throws (an abort by the caller excepted). */
export class KlantbeeldError extends Error {
  /** What went wrong. */
  readonly kind: ErrorKind;
  /** HTTP status code, when a response was received. */
  readonly status?: number;
  /** The parsed problem+json body, when the server sent one. */
  readonly problem?: Problem;
  /** The URL of the request that failed (or was refused). */
  readonly url?: string;

  constructor(kind: ErrorKind, message: string, options: KlantbeeldErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'KlantbeeldError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.problem !== undefined) this.problem = options.problem;
    if (options.url !== undefined) this.url = options.url;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** 400: the request was invalid; `invalidParams` names the parameters. */
export class ValidationError extends KlantbeeldError {
  /** The invalid parameters (empty when the server named none). */
  readonly invalidParams: readonly InvalidParam[];
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('validation', message, options);
    this.name = 'ValidationError';
    this.invalidParams = options.problem?.invalidParams ?? [];
  }
}

/** 401: no (valid) session or token. */
export class NotAuthenticatedError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('not-authenticated', message, options);
    this.name = 'NotAuthenticatedError';
  }
}

/** 403: authenticated, but not allowed to see this. */
export class ForbiddenError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
  }
}

/**
 * 403 with problem `code: 'shielded'`: the employee's doelbinding profile does not grant this API (or this part of it,
 * e.g. a zaak's documents). Not a failure to retry or report: the elements say "Afgeschermd voor uw rol".
 */
export class ShieldedError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('shielded', message, options);
    this.name = 'ShieldedError';
  }
}

/** 404 or 410: the resource does not (or no longer) exist, or a lookup found nothing. */
export class NotFoundError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('not-found', message, options);
    this.name = 'NotFoundError';
  }
}

/** 429: too many requests; retry after `retryAfter` seconds when given. */
export class RateLimitedError extends KlantbeeldError {
  /** Seconds to wait, from `Retry-After` (seconds or HTTP-date). */
  readonly retryAfter?: number;
  constructor(message: string, options: KlantbeeldErrorOptions & { retryAfter?: number } = {}) {
    super('rate-limited', message, options);
    this.name = 'RateLimitedError';
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

/** 5xx, and any other status the client does not expect (e.g. 406, 409, 412). */
export class ServerError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('server', message, options);
    this.name = 'ServerError';
  }
}

/** The request did not reach the server, or the connection broke (fetch rejected, not by an abort). */
export class NetworkError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('network', message, options);
    this.name = 'NetworkError';
  }
}

/** The client's timeout fired before the response was complete. */
export class TimeoutError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('timeout', message, options);
    this.name = 'TimeoutError';
  }
}

/** The response was not JSON, or did not have the shape the client checks. */
export class InvalidResponseError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('invalid-response', message, options);
    this.name = 'InvalidResponseError';
  }
}

/** A URL outside every configured source. Nothing was sent: credentials only go to configured origins. */
export class UnconfiguredOriginError extends KlantbeeldError {
  constructor(message: string, options: KlantbeeldErrorOptions = {}) {
    super('unconfigured-origin', message, options);
    this.name = 'UnconfiguredOriginError';
  }
}

/** Whether `e` is an error thrown by the client (works across duplicated bundles). */
export function isKlantbeeldError(e: unknown): e is KlantbeeldError {
  return e instanceof KlantbeeldError || (typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[BRAND] === true);
}

/** Parses a problem+json body, keeping only fields of the right type. Returns undefined for anything else. */
export function parseProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const source = body as Record<string, unknown>;
  const problem: Problem = {};
  for (const key of ['type', 'code', 'title', 'detail', 'instance'] as const) {
    const value = source[key];
    if (typeof value === 'string') problem[key] = value;
  }
  if (typeof source.status === 'number' && Number.isInteger(source.status)) problem.status = source.status;
  if (Array.isArray(source.invalidParams)) {
    problem.invalidParams = source.invalidParams.flatMap((item: unknown): InvalidParam[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { name, code, reason } = item as Record<string, unknown>;
      if (typeof name !== 'string') return [];
      return [{ name, code: typeof code === 'string' ? code : '', reason: typeof reason === 'string' ? reason : '' }];
    });
  } else if (Object.keys(problem).length === 0) {
    // Django REST framework style (Open Product, some gateways): `{"field": ["message", …], …}`.
    const fieldErrors = Object.entries(source).flatMap(([name, messages]): InvalidParam[] =>
      Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string').map((reason) => ({ name, code: 'invalid', reason })) : [],
    );
    if (fieldErrors.length > 0) problem.invalidParams = fieldErrors;
  }
  return Object.keys(problem).length > 0 ? problem : undefined;
}

/**
 * Parses `Retry-After`: delta-seconds or an HTTP-date, into seconds from `now` (never negative).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error for a non-2xx response. */
export function errorForStatus(status: number, problem: Problem | undefined, url: string, retryAfter?: number): KlantbeeldError {
  const detail = problem?.detail ?? problem?.title;
  const message = `HTTP ${status} for ${url}${detail ? `: ${detail}` : ''}`;
  const options: KlantbeeldErrorOptions = { status, url };
  if (problem) options.problem = problem;
  switch (status) {
    case 400:
      return new ValidationError(message, options);
    case 401:
      return new NotAuthenticatedError(message, options);
    case 403:
      // The gateway's employee mode (EMPLOYEE_PROBLEM_CODES.shielded; not imported: the errors stay free of it).
      return problem?.code === 'shielded' ? new ShieldedError(message, options) : new ForbiddenError(message, options);
    case 404:
    case 410:
      return new NotFoundError(message, options);
    case 429:
      return new RateLimitedError(message, retryAfter !== undefined ? { ...options, retryAfter } : options);
    default:
      return new ServerError(message, options);
  }
}
