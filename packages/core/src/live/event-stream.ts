/**
 * One connection to the gateway's event stream through the client's one network door (the same
 * resolution, redirect rule, credentials, token and language as every other request), `Last-Event-ID`
 * to resume, and a typed outcome instead of a rejection.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { InvalidResponseError, NetworkError, TimeoutError, isKlantbeeldError, type KlantbeeldError, type RateLimitedError } from '../transport/errors.js';
import { SseParser, type ServerSentEvent } from './sse-parser.js';
import type { LiveTimers } from './timers.js';

/** How a connection ended. */
export type StreamOutcome =
  /** The server closed the stream: reconnect after the `retry` time. */
  | { readonly kind: 'ended' }
  /** The gateway has no event stream (404, 405, 501) or told us to stop (204): poll instead. */
  | { readonly kind: 'unavailable'; readonly status: number }
  /** Anything else; `retryAfter` (s) from a 429/503 `Retry-After`. */
  | { readonly kind: 'failed'; readonly error: KlantbeeldError; readonly retryAfter?: number | undefined }
  /** Closed by us (unsubscribe, page hidden). */
  | { readonly kind: 'aborted' };

/** What a connection needs. */
export interface StreamRequest {
  /** The events URL, already checked against the configured origins. */
  readonly url: string;
  /** The client whose door (resolution, redirects, credentials, concurrency) the stream goes through. */
  readonly client: KlantbeeldClient;
  /** Sent as `Last-Event-ID` when not empty. */
  readonly lastEventId: string;
  /** Closes the connection. */
  readonly signal: AbortSignal;
  readonly timers: LiveTimers;
  /** Time allowed until the response headers arrive, in ms; `0` disables it. */
  readonly connectTimeout: number;
}

/** Callbacks while the stream runs. */
export interface StreamHandlers {
  /** A 2xx `text/event-stream` response arrived. */
  onOpen(): void;
  /** Bytes arrived (an event, a comment or a `retry:`): the connection is alive. */
  onActivity(): void;
  onEvent(event: ServerSentEvent): void;
  onRetry(ms: number): void;
}

const UNAVAILABLE = new Set([204, 404, 405, 501]);

/** Resolves when the connection is over; never rejects. */
export async function runEventStream(request: StreamRequest, handlers: StreamHandlers): Promise<StreamOutcome> {
  const { url, client, signal, timers } = request;
  if (signal.aborted) return { kind: 'aborted' };
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  let timer: unknown;
  let armed = false;
  if (request.connectTimeout > 0 && Number.isFinite(request.connectTimeout)) {
    armed = true;
    timer = timers.setTimeout(() => {
      armed = false;
      timedOut = true;
      controller.abort(new TimeoutError(`No response within ${request.connectTimeout} ms: ${url}`, { url }));
    }, request.connectTimeout);
  }
  const disarm = () => {
    if (armed) timers.clearTimeout(timer);
    armed = false;
  };
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Some fetch implementations (msw in Node) leave a pending read hanging on abort: cancel it explicitly.
  const cancelReader = () => void reader?.cancel().catch(() => {});
  controller.signal.addEventListener('abort', cancelReader, { once: true });
  try {
    let response: Response;
    try {
      // The one network door: resolution against the sources, redirects kept inside them, credentials.
      response = await client.openEventStream(url, { signal: controller.signal, lastEventId: request.lastEventId, timeout: 0 });
    } catch (error) {
      if (signal.aborted || timedOut || !isKlantbeeldError(error)) throw error;
      disarm();
      if (error.status !== undefined && UNAVAILABLE.has(error.status)) return { kind: 'unavailable', status: error.status };
      const retryAfter = error.kind === 'rate-limited' ? (error as RateLimitedError).retryAfter : undefined;
      return { kind: 'failed', error, retryAfter };
    }
    if (UNAVAILABLE.has(response.status)) {
      disarm();
      void response.body?.cancel().catch(() => {});
      return { kind: 'unavailable', status: response.status };
    }
    disarm();
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!/^text\/event-stream\s*(;|$)/i.test(contentType.trim()) || !response.body) {
      void response.body?.cancel().catch(() => {});
      return {
        kind: 'failed',
        error: new InvalidResponseError(`Expected text/event-stream, got ${contentType || 'no body'} from ${url}`, { status: response.status, url }),
      };
    }
    handlers.onOpen();
    reader = response.body.getReader();
    if (controller.signal.aborted) cancelReader();
    const decoder = new TextDecoder();
    const parser = new SseParser({ onEvent: (event) => handlers.onEvent(event), onRetry: (ms) => handlers.onRetry(ms) }, request.lastEventId);
    for (;;) {
      const { done, value } = await reader.read();
      if (controller.signal.aborted) return { kind: 'aborted' };
      if (done) {
        parser.push(decoder.decode());
        parser.end();
        return { kind: 'ended' };
      }
      if (value.byteLength > 0) {
        handlers.onActivity();
        parser.push(decoder.decode(value, { stream: true }));
      }
    }
  } catch (error) {
    if (signal.aborted) return { kind: 'aborted' };
    if (timedOut) return { kind: 'failed', error: new TimeoutError(`No response within ${request.connectTimeout} ms: ${url}`, { url, cause: error }) };
    if (isKlantbeeldError(error)) return { kind: 'failed', error };
    return { kind: 'failed', error: new NetworkError(`Event stream failed: ${url}`, { url, cause: error }) };
  } finally {
    disarm();
    signal.removeEventListener('abort', onAbort);
    controller.signal.removeEventListener('abort', cancelReader);
    // Whatever ended the loop, release the connection.
    if (!controller.signal.aborted) controller.abort();
  }
}
