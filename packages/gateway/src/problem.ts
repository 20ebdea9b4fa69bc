/**
 * Every error the gateway answers itself — the server's (sign-in, limits, CSRF) and the proxy's (allowlist,
 * scoping, upstream faults) — is one `application/problem+json` document (RFC 9457) with a fixed title per
 * status and, at most, a short detail written here: never an upstream body, a stack or a secret.
 * @module
 */

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
  /** Which parameters were refused (a 400, in the ZGW `invalidParams` shape). */
  readonly invalidParams?: readonly InvalidParam[];
}

/** One refused parameter of a 400 (the ZGW `invalidParams` shape). */
export interface InvalidParam {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

/** The problem document for `status`. */
export function problem(status: number, detail?: string, code?: string, invalidParams?: readonly InvalidParam[]): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
    ...(invalidParams === undefined ? {} : { invalidParams }),
  };
}
