/**
 * One HTTP attempt to a resolved URL: headers, credentials, token, JSON body, timeout, abort, redirects
 * kept inside the configured sources, and the mapping of every failure onto a typed error.
 * Retries, queueing and caching are layered on top (retry.ts, limiter.ts, cache.ts).
 * @module
 */
import type { ResolvedUrl } from './url-resolution.js';
import {
  InvalidResponseError,
  NetworkError,
  NotAuthenticatedError,
  TimeoutError,
  UnconfiguredOriginError,
  errorForStatus,
  isKlantbeeldError,
  parseProblem,
  parseRetryAfter,
  type Problem,
} from './errors.js';
import { untilAborted } from './signals.js';

/** The HTTP methods the client sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a request needs from the client configuration. */
export interface Transport {
  readonly language: string;
  readonly timeout: number;
  readonly credentials: RequestCredentials;
  readonly token: (() => string | Promise<string>) | undefined;
  /** The configured fetch; when undefined, `globalThis.fetch` is read at call time (msw or a polyfill may patch it later). */
  readonly fetch: typeof fetch | undefined;
}

/** How the body of a 2xx response is returned. */
export type ResponseMode = 'json' | 'blob' | 'response';

/** Per-attempt options of {@link attempt}. */
export interface AttemptOptions {
  method?: HttpMethod | undefined;
  /** JSON-serialised when not undefined. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  timeout?: number | undefined;
  /** Sent as `If-None-Match`; a 304 then yields `{ status: 304 }`. */
  ifNoneMatch?: string | undefined;
  /** Resolves a redirect target against the configured sources; throws UnconfiguredOriginError outside them. */
  resolve?: ((url: string) => ResolvedUrl) | undefined;
  /** 'json' (default): parsed JSON; 'blob': the body as a Blob; 'response': the Response, body unread. */
  mode?: ResponseMode | undefined;
}

/** The outcome of a successful attempt. */
export interface HttpResult {
  readonly status: number;
  /** The response's `ETag`, when sent. */
  readonly etag: string | undefined;
  /** Parsed JSON (undefined for 204/HEAD/304), a Blob, or the Response, per {@link AttemptOptions.mode}. */
  readonly value: unknown;
}

const CRS = 'EPSG:4326';
const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const WRITES = new Set<HttpMethod>(['POST', 'PUT', 'PATCH']);

/**
 * Zaken's `/zaken` endpoints (list, detail, `_zoek`, writes) require `Accept-Crs`; the VNG spec also marks
 * `Content-Crs`. The Objects API requires `Content-Crs` on writes and `/objects/search`.
 */
function crsHeaders(target: ResolvedUrl, method: HttpMethod): boolean {
  if (target.source.api === 'zaken') return target.path === '/zaken' || target.path.startsWith('/zaken/');
  if (target.source.api === 'objecten') return WRITES.has(method) && (target.path === '/objects' || target.path.startsWith('/objects/'));
  return false;
}

async function buildHeaders(
  transport: Transport,
  target: ResolvedUrl,
  method: HttpMethod,
  hasBody: boolean,
  options: AttemptOptions,
  signal: AbortSignal,
): Promise<Headers> {
  const headers = new Headers({
    Accept: (options.mode ?? 'json') === 'json' ? 'application/json' : '*/*',
    'Accept-Language': transport.language,
  });
  if (crsHeaders(target, method)) {
    headers.set('Accept-Crs', CRS);
    headers.set('Content-Crs', CRS);
  }
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (options.ifNoneMatch !== undefined) headers.set('If-None-Match', options.ifNoneMatch);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
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

async function errorFor(response: Response, href: string): Promise<Error> {
  const text = await response.text();
  let problem: Problem | undefined;
  if (isJsonType(response.headers.get('Content-Type') ?? '')) {
    try {
      problem = parseProblem(JSON.parse(text));
    } catch {
      // An unreadable error body still yields the error for the status.
    }
  }
  const retryAfter = response.status === 429 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  return errorForStatus(response.status, problem, href, retryAfter);
}

async function readJson(response: Response, method: HttpMethod, href: string): Promise<unknown> {
  // Read the body inside the timeout: a stalled body is as bad as a stalled response.
  const text = await response.text();
  // A write may answer 204 or an empty body; a GET must answer JSON.
  if (method === 'HEAD' || (method !== 'GET' && (response.status === 204 || text === ''))) return undefined;
  const contentType = response.headers.get('Content-Type') ?? '';
  // No Content-Type: try to parse anyway; a declared non-JSON type (an HTML login page) is refused.
  if (contentType !== '' && !isJsonType(contentType)) {
    throw new InvalidResponseError(`Expected JSON, got ${contentType} from ${href}`, { status: response.status, url: href });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidResponseError(`Response is not valid JSON: ${href}`, { status: response.status, url: href, cause: error });
  }
}

/**
 * Sends one request to `target` (following redirects only within the configured sources).
 * - Caller abort → rejects with `signal.reason` (not a KlantbeeldError).
 * - Timeout → TimeoutError (in 'response' mode it covers the response head only); fetch rejection →
 *   NetworkError; non-2xx → the error for the status; a 2xx GET that is not JSON → InvalidResponseError.
 * - A redirect outside the sources → UnconfiguredOriginError, nothing sent there. In a browser the target
 *   of a redirect is hidden (`opaqueredirect`), so every redirect is refused there.
 */
export async function attempt(transport: Transport, target: ResolvedUrl, options: AttemptOptions = {}): Promise<HttpResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  let href = target.url.href;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const ms = options.timeout ?? transport.timeout;
  let timer =
    ms > 0 && Number.isFinite(ms)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new TimeoutError(`No response within ${ms} ms: ${href}`, { url: href }));
        }, ms)
      : undefined;
  const mode = options.mode ?? 'json';
  let method: HttpMethod = options.method ?? 'GET';
  let body = options.body === undefined ? undefined : JSON.stringify(options.body);
  let current = target;
  let streaming = false;
  try {
    for (let hops = 0; ; hops++) {
      href = current.url.href;
      const headers = await buildHeaders(transport, current, method, body !== undefined, options, controller.signal);
      // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method of another object.
      const fetchFn = transport.fetch ?? globalThis.fetch;
      const init: RequestInit = { method, headers, credentials: transport.credentials, signal: controller.signal, redirect: 'manual' };
      if (body !== undefined) init.body = body;
      // A streamed answer (event stream, download) is never served from or stored in the HTTP cache; the fetch
      // option does that without a Cache-Control request header, which cross-origin gateways would have to allow.
      if (mode === 'response') init.cache = 'no-store';
      const response = await fetchFn(href, init);
      if (response.type === 'opaqueredirect') {
        throw new UnconfiguredOriginError(`Redirect with a hidden target refused: ${href}`, { url: href });
      }
      const location = response.headers.get('Location');
      if (REDIRECT.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => {});
        if (hops >= MAX_REDIRECTS) throw new InvalidResponseError(`Too many redirects: ${href}`, { status: response.status, url: href });
        let next: string;
        try {
          next = new URL(location, current.url).href;
        } catch {
          throw new InvalidResponseError(`Invalid redirect from ${href}`, { status: response.status, url: href });
        }
        // The gate: a redirect target outside the sources is never requested (so no credentials follow it).
        if (!options.resolve) throw new UnconfiguredOriginError(`Redirect refused: ${next}`, { url: next });
        current = options.resolve(next);
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          if (method !== 'HEAD') method = 'GET';
          body = undefined;
        }
        continue;
      }
      const etag = response.headers.get('ETag') ?? undefined;
      if (response.status === 304 && options.ifNoneMatch !== undefined) {
        await response.body?.cancel().catch(() => {});
        return { status: 304, etag, value: undefined };
      }
      if (!response.ok) throw await errorFor(response, href);
      if (mode === 'response') {
        // The caller streams the body; the timeout covered the head, the caller's signal still aborts the body.
        clearTimeout(timer);
        timer = undefined;
        streaming = true;
        return { status: response.status, etag, value: response };
      }
      if (mode === 'blob') return { status: response.status, etag, value: await response.blob() };
      return { status: response.status, etag, value: await readJson(response, method, href) };
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new TimeoutError(`No response within ${ms} ms: ${href}`, { url: href, cause: error });
    if (isKlantbeeldError(error)) throw error;
    throw new NetworkError(`Request failed: ${href}`, { url: href, cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    // A streamed body must still stop on the caller's abort, so that link stays.
    if (!streaming) signal?.removeEventListener('abort', onAbort);
  }
}
