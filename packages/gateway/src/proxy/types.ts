/**
 * The seam between the HTTP server (sessions, sign-in, CORS, limits) and the proxy (allowlist, scoping,
 * rewriting, upstream calls). The server authenticates and hands every request below an API's base
 * path to {@link ApiProxy.handle}; the proxy knows nothing of cookies or Fastify.
 * @module
 */
import type { Readable } from 'node:stream';
import type { ApiName } from '@klantbeeld/core';
import type { Principal } from '../session/principal.js';

/** One browser request below an API's base path, as the server received it. */
export interface ApiRequest {
  /** Which standard API (from the first path segments, `GATEWAY_PATHS` of `@klantbeeld/core`). */
  readonly api: ApiName;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The full URL as the browser addressed the gateway (public origin, gateway base path included). */
  readonly url: URL;
  /** Request headers, lower-case names. Cookies and the session are already stripped by the server. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Raw body of a write (size-limited by the server), `undefined` for GET/HEAD. */
  readonly body?: Buffer;
  /** Aborted when the browser goes away or the server shuts down. */
  readonly signal: AbortSignal;
}

/** What the proxy answers; the server adds CORS, security and `Cache-Control` headers. */
export interface ApiResponse {
  readonly status: number;
  /** Response headers, lower-case names (content-type, etag, location, link, content-disposition, …). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON bodies already rewritten; a download streams as a `Readable`; `null` for 204/304. */
  readonly body: Buffer | string | Readable | null;
}

/** The proxy half of the gateway. */
export interface ApiProxy {
  /** Serves one request for `principal`: forwards it scoped, or denies (404/400 problem+json). Never throws. */
  handle(request: ApiRequest, principal: Principal): Promise<ApiResponse>;
  /** Checks each upstream answers (for `/readyz`): API name → reachable. */
  probe(signal: AbortSignal): Promise<Readonly<Record<string, boolean>>>;
  /** Closes pooled upstream connections. */
  close(): Promise<void>;
}
