/**
 * One GET request to a resolved URL: headers, credentials, token, timeout and abort, and the mapping of
 * every failure onto a typed error.
 * @module
 */
import type { ResolvedUrl } from './url-resolution.js';
import {
  InvalidResponseError,
  NetworkError,
  NotAuthenticatedError,
  TimeoutError,
  errorForStatus,
  isKlantbeeldError,
  parseProblem,
  parseRetryAfter,
  type Problem,
} from './errors.js';

/** What a request needs from the client configuration. */
export interface Transport {
  readonly language: string;
  readonly timeout: number;
  readonly credentials: RequestCredentials;
  readonly token: (() => string | Promise<string>) | undefined;
  /** The configured fetch; when undefined, `globalThis.fetch` is read at call time (msw or a polyfill may patch it later). */
  readonly fetch: typeof fetch | undefined;
}

/** Per-request options of {@link send}. */
export interface SendOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  timeout?: number | undefined;
}

const CRS = 'EPSG:4326';

/** Zaken's `/zaken` endpoints (list, detail, `_zoek`) require `Accept-Crs`; the VNG spec also marks `Content-Crs`. */
function needsCrs(target: ResolvedUrl): boolean {
  return target.source.api === 'zaken' && (target.path === '/zaken' || target.path.startsWith('/zaken/'));
}

/** Rejects as soon as `signal` aborts, so a slow token provider cannot outlive the timeout or an abort. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function buildHeaders(transport: Transport, target: ResolvedUrl, extra: Record<string, string> | undefined, signal: AbortSignal): Promise<Headers> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': transport.language });
  if (needsCrs(target)) {
    headers.set('Accept-Crs', CRS);
    headers.set('Content-Crs', CRS);
  }
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  if (transport.token) {
    // Only reached for URLs resolved to a configured source (url-resolution), so the token stays there.
    let token: string;
    try {
      token = await untilAborted(Promise.resolve().then(transport.token), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new NotAuthenticatedError('The token provider failed', { cause: error, url: target.url.href });
    }
    if (typeof token !== 'string' || token === '') {
      throw new NotAuthenticatedError('The token provider returned no token', { url: target.url.href });
    }
    headers.set('Authorization', `Bearer ${token}`);
  }
  return headers;
}

/** `application/json`, `application/problem+json`, `…+json`. */
function isJsonType(contentType: string): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType.trim());
}

/**
 * GETs `target` and returns the parsed JSON body.
 * - Caller abort → rejects with `signal.reason` (not a KlantbeeldError).
 * - Timeout → TimeoutError; fetch rejection → NetworkError; non-2xx → the error for the status;
 *   2xx that is not JSON → InvalidResponseError.
 */
export async function send(transport: Transport, target: ResolvedUrl, options: SendOptions = {}): Promise<unknown> {
  const { signal } = options;
  signal?.throwIfAborted();
  const href = target.url.href;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const ms = options.timeout ?? transport.timeout;
  const timer =
    ms > 0 && Number.isFinite(ms)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new TimeoutError(`No response within ${ms} ms: ${href}`, { url: href }));
        }, ms)
      : undefined;
  try {
    const headers = await buildHeaders(transport, target, options.headers, controller.signal);
    // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method of another object.
    const fetchFn = transport.fetch ?? globalThis.fetch;
    const response = await fetchFn(href, {
      method: 'GET',
      headers,
      credentials: transport.credentials,
      signal: controller.signal,
    });
    // Read the body inside the timeout: a stalled body is as bad as a stalled response.
    const text = await response.text();
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!response.ok) {
      let problem: Problem | undefined;
      if (isJsonType(contentType)) {
        try {
          problem = parseProblem(JSON.parse(text));
        } catch {
          // An unreadable error body still yields the error for the status.
        }
      }
      const retryAfter = response.status === 429 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
      throw errorForStatus(response.status, problem, href, retryAfter);
    }
    // No Content-Type: try to parse anyway; a declared non-JSON type (an HTML login page) is refused.
    if (contentType !== '' && !isJsonType(contentType)) {
      throw new InvalidResponseError(`Expected JSON, got ${contentType} from ${href}`, { status: response.status, url: href });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new InvalidResponseError(`Response is not valid JSON: ${href}`, { status: response.status, url: href, cause: error });
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new TimeoutError(`No response within ${ms} ms: ${href}`, { url: href, cause: error });
    if (isKlantbeeldError(error)) throw error;
    throw new NetworkError(`Request failed: ${href}`, { url: href, cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
