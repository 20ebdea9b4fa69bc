/**
 * What can go wrong upstream, reduced to three kinds the browser may learn about (never the URL, the
 * token or the underlying message).
 * @module
 */

/** `unavailable`: no connection; `timeout`: no (complete) answer in time; `invalid`: an answer that is not usable (5xx, not JSON, truncated). */
export type UpstreamFaultKind = 'unavailable' | 'timeout' | 'invalid';

/** An upstream fault. `message` names the kind only; the cause is kept for server-side logging. */
export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFaultKind,
    readonly api: string,
    options?: { cause?: unknown },
  ) {
    super(`upstream ${api}: ${kind}`, options);
    this.name = 'UpstreamError';
  }

  /** 504 for a timeout, 502 otherwise. */
  get status(): 502 | 504 {
    return this.kind === 'timeout' ? 504 : 502;
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Classifies an error thrown by undici (or by a timeout signal) as an {@link UpstreamError}. */
export function classify(error: unknown, api: string, timedOut: boolean, started: boolean): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  if (timedOut || name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) return new UpstreamError('timeout', api, { cause: error });
  // A socket error after the answer began is a truncated answer, not an unreachable API.
  if (!started && typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return new UpstreamError('unavailable', api, { cause: error });
  return new UpstreamError('invalid', api, { cause: error });
}
