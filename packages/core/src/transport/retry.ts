/**
 * Retries of idempotent requests: network errors and 502/503/504 with exponential backoff and full
 * jitter; 429 after its `Retry-After`. Never another 4xx, never a write.
 * @module
 */
import { isKlantbeeldError, type RateLimitedError } from './errors.js';
import { sleep as realSleep, untilAborted } from './signals.js';

/** First backoff step in ms. */
export const BACKOFF_BASE = 300;
/** Longest backoff step in ms. */
export const BACKOFF_CAP = 5_000;
/** The longest `Retry-After` the client waits for (ms); a longer one gives up at once. */
export const RETRY_AFTER_CAP = 30_000;

/** Timing hooks, injectable so tests never wait. */
export interface RetryTiming {
  /** Uniform in [0, 1); default Math.random. */
  random?: (() => number) | undefined;
  /** Waits `ms`; default a timer. Rejecting on `signal` is optional: the caller's abort wins either way. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Options of {@link withRetries}. */
export interface RetryOptions extends RetryTiming {
  /** Retries after the first attempt (0: none). */
  retries: number;
  /** Whether the request may be sent again (GET, HEAD, PUT, DELETE and read-only POSTs). */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
}

const RETRIED_STATUS = new Set([502, 503, 504]);

/** The delay before retry number `retry` (0-based): uniform in [0, min(cap, base·2^retry)) ("full jitter"). */
export function backoff(retry: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** retry));
}

/**
 * The delay before retrying after `error`, or undefined when it must not be retried.
 * @internal
 */
export function retryDelay(error: unknown, retry: number, random: () => number): number | undefined {
  if (!isKlantbeeldError(error)) return undefined;
  if (error.kind === 'network' || (error.kind === 'server' && error.status !== undefined && RETRIED_STATUS.has(error.status))) {
    return backoff(retry, random);
  }
  if (error.kind === 'rate-limited') {
    const seconds = (error as RateLimitedError).retryAfter;
    if (seconds === undefined) return backoff(retry, random);
    const ms = seconds * 1000;
    return ms <= RETRY_AFTER_CAP ? ms : undefined;
  }
  return undefined;
}

/**
 * Runs `run` and retries it per the policy. The caller's abort stops at once, also during a backoff.
 * The last error is thrown when the retries are used up (e.g. RateLimitedError).
 */
export async function withRetries<T>(run: () => Promise<T>, options: RetryOptions): Promise<T> {
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? realSleep;
  const max = options.idempotent ? Math.max(0, Math.floor(options.retries)) : 0;
  for (let retry = 0; ; retry++) {
    try {
      return await run();
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const delay = retry < max ? retryDelay(error, retry, random) : undefined;
      if (delay === undefined) throw error;
      await untilAborted(wait(delay, options.signal), options.signal);
    }
  }
}
