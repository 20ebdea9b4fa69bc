/**
 * One upstream standard API: a pooled undici {@link Agent} (keep-alive, optional mTLS), its authentication,
 * timeouts, and W3C `traceparent`. Faults come out as {@link UpstreamError}; nothing of the upstream's
 * own error text reaches a caller.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { UpstreamConfig } from '../config.js';
import { createAuthenticator, type Authenticator } from './auth.js';
import { classify, UpstreamError, type UpstreamFaultKind } from './errors.js';
import { probeAnswered, type ProbeRequest } from './probe.js';

/** Largest JSON answer read into memory (downloads stream instead). */
const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** One request to the upstream. */
export interface UpstreamRequest {
  readonly method: string;
  /** Absolute URL below the upstream's base URL. */
  readonly url: string;
  /** Lower-case names; authentication and `traceparent` are added. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  readonly signal?: AbortSignal;
  /** Trace id (32 hex) of the browser request this call serves. */
  readonly traceId?: string;
}

/** An answer whose body is still a stream (must be consumed or destroyed). */
export interface UpstreamStream {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readable;
}

/** An answer read completely; `data` is the parsed JSON, `undefined` without a JSON body. */
export interface UpstreamJson {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly data: unknown;
}

/** One finished upstream call, for metrics (no URL, no query: nothing personal). */
export interface UpstreamEvent {
  readonly api: string;
  readonly method: string;
  /** HTTP status, when an answer came. */
  readonly status?: number;
  /** The fault, when none (or no usable one) came. */
  readonly fault?: UpstreamFaultKind;
  /** From sending to the complete answer (for a stream: to its headers). */
  readonly durationMs: number;
}

/** Observes upstream calls (the server feeds its Prometheus metrics from these). */
export type UpstreamObserver = (event: UpstreamEvent) => void;

/** A new W3C trace id (32 hex digits). */
export const newTraceId = (): string => randomBytes(16).toString('hex');

function flatHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Ends an answer's body we will not read (undici reports the abort as an error event: it is expected). */
export function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

const isJson = (contentType: string | undefined): boolean => /^application\/([a-z.+-]*\+)?json\b/i.test(contentType?.trim() ?? '');

/** A client of one upstream API. */
export class UpstreamClient {
  /** Base URL without a trailing slash. */
  readonly base: string;
  readonly #agent: Agent;
  readonly #auth: Authenticator;
  readonly #timeoutMs: number;
  readonly #headers: Readonly<Record<string, string>>;

  constructor(
    readonly api: string,
    config: UpstreamConfig,
    defaultHeaders: Readonly<Record<string, string>> = {},
    private readonly observe: UpstreamObserver = () => {},
  ) {
    this.base = config.url.replace(/\/+$/, '');
    this.#timeoutMs = config.timeoutMs ?? 10_000;
    this.#auth = createAuthenticator(config.auth);
    const lower = Object.fromEntries(Object.entries(config.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    this.#headers = { ...defaultHeaders, ...lower };
    const tls = config.tls;
    this.#agent = new Agent({
      connections: config.connections ?? 16,
      keepAliveTimeout: 10_000,
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
      connectTimeout: Math.min(this.#timeoutMs, 10_000),
      connect: tls
        ? {
            ...(tls.certFile ? { cert: readFileSync(tls.certFile) } : {}),
            ...(tls.keyFile ? { key: readFileSync(tls.keyFile) } : {}),
            ...(tls.caFile ? { ca: readFileSync(tls.caFile) } : {}),
          }
        : {},
    });
  }

  /** Whether `url` lies below this upstream's base URL (same origin and path prefix). */
  holds(url: string): boolean {
    return url === this.base || url.startsWith(`${this.base}/`) || url.startsWith(`${this.base}?`);
  }

  /**
   * Sends `req` and returns once the headers arrived; the body streams (idle timeout between chunks).
   * A 5xx, or a 401/403 (the gateway's own credentials refused), is an {@link UpstreamError}.
   */
  async stream(req: UpstreamRequest): Promise<UpstreamStream> {
    return this.#observed(req, async () => {
      const { status, headers, body, done } = await this.#send(req);
      done();
      return { status, headers, body };
    });
  }

  /** Runs `call` and reports its outcome and duration to the observer. */
  async #observed<T extends { status: number }>(req: UpstreamRequest, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await call();
      this.observe({ api: this.api, method: req.method, status: result.status, durationMs: performance.now() - started });
      return result;
    } catch (error) {
      const fault = error instanceof UpstreamError ? error.kind : 'invalid';
      this.observe({ api: this.api, method: req.method, fault, durationMs: performance.now() - started });
      throw error;
    }
  }

  /** Sends `req` and reads the whole answer within the timeout; a 2xx must be JSON (or empty for 204/304). */
  json(req: UpstreamRequest): Promise<UpstreamJson> {
    return this.#observed(req, () => this.#json(req));
  }

  async #json(req: UpstreamRequest): Promise<UpstreamJson> {
    const { status, headers, body, done, timedOut } = await this.#send(req);
    let text: string;
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_JSON_BYTES) throw new UpstreamError('invalid', this.api);
        chunks.push(chunk);
      }
      text = Buffer.concat(chunks).toString('utf8');
    } catch (error) {
      discard(body);
      throw classify(error, this.api, timedOut(), true);
    } finally {
      done();
    }
    if (status === 204 || status === 304 || (text === '' && status >= 400)) return { status, headers, data: undefined };
    if (!isJson(headers['content-type'])) {
      if (status >= 400) return { status, headers, data: undefined };
      throw new UpstreamError('invalid', this.api);
    }
    try {
      return { status, headers, data: JSON.parse(text) as unknown };
    } catch (error) {
      throw new UpstreamError('invalid', this.api, { cause: error });
    }
  }

  async #send(req: UpstreamRequest): Promise<UpstreamStream & { done: () => void; timedOut: () => boolean }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new UpstreamError('timeout', this.api));
    }, this.#timeoutMs);
    const onAbort = (): void => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    };
    if (req.signal?.aborted) onAbort();
    try {
      const [authName, authValue] = await this.#auth.header();
      const traceparent = `00-${req.traceId ?? newTraceId()}-${randomBytes(8).toString('hex')}-01`;
      const answer = await request(req.url, {
        dispatcher: this.#agent,
        method: req.method as 'GET',
        headers: { accept: 'application/json', ...this.#headers, ...req.headers, traceparent, [authName]: authValue },
        body: req.body,
        signal: controller.signal,
      });
      const headers = flatHeaders(answer.headers);
      if (answer.statusCode >= 500 || answer.statusCode === 401 || answer.statusCode === 403) {
        discard(answer.body);
        throw new UpstreamError('invalid', this.api);
      }
      return { status: answer.statusCode, headers, body: answer.body, done, timedOut: () => timedOut };
    } catch (error) {
      done();
      throw classify(error, this.api, timedOut, false);
    }
  }

  /** Whether the API answers `probe` as a reachable API that accepts our credentials would, for `/readyz`. */
  async probe(probe: ProbeRequest, signal: AbortSignal): Promise<boolean> {
    try {
      const answer = await this.stream({
        method: probe.method,
        url: `${this.base}${probe.path}`,
        ...(probe.body === undefined ? {} : { body: probe.body, headers: { 'content-type': 'application/json' } }),
        signal,
      });
      discard(answer.body);
      return probeAnswered(answer.status);
    } catch {
      return false;
    }
  }

  /** Closes the pooled connections. */
  close(): Promise<void> {
    return this.#agent.close();
  }
}
