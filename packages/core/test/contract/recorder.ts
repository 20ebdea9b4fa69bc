/**
 * Contract recorder: appends every HTTP request the tests send through `fetch` to a JSONL file, so
 * `scripts/contract/check.mjs` can validate the client's requests against the official specs.
 *
 * Where it hooks: msw/node replaces `globalThis.fetch` when a server starts listening, and a handled
 * request never reaches the fetch that was there before. A wrapper installed before msw therefore
 * sees only pass-through requests, and undici's diagnostics channels see none of the mocked ones.
 * So the recorder wraps msw's own fetch proxy, right after msw's FetchInterceptor installs it: every
 * request then passes the recorder first, whichever test file or server sent it.
 * @module
 */
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';

/** One line of the log. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** Lower-case names; the value of `authorization` is reduced to its scheme (no secrets in logs). */
  readonly headers: Record<string, string>;
  /** The request body as text, or null without one. */
  readonly body: string | null;
  /** Sent by @klantbeeld/core (its transport is on the call stack), as opposed to a raw fetch in a test. */
  readonly client: boolean;
  /** The test file (relative to the working directory) whose process sent it. */
  readonly file: string;
  /** Response status, or the error name when no response arrived (abort, network error). */
  readonly status: number | string;
  /**
   * The URL is a `next` link of an earlier response: the server wrote its query, the client follows
   * it verbatim, so the checker leaves its query parameters alone. Also a page of core's checked page plan
   * (`transport/page-plan.ts`): a seen `next` link with another `page` number, the server's own query otherwise.
   */
  readonly next: boolean;
}

/** Frames of the core client's own code: compiled (`dist/src`) or source (`src`). */
const CLIENT_FRAME = /[\\/]packages[\\/]core[\\/](?:dist[\\/])?src[\\/]/;

/** Whether @klantbeeld/core's code is on the current call stack (fetch is called synchronously by its transport). */
function calledByClient(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return stack
    .split('\n')
    .slice(2)
    .some((frame) => CLIENT_FRAME.test(frame));
}

function headersOf(input: RequestInfo | URL, init: RequestInit | undefined): Record<string, string> {
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  new Headers(init?.headers).forEach((value, name) => headers.set(name, value));
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = name === 'authorization' ? (value.split(' ')[0] ?? '') + ' …' : value;
  });
  return result;
}

/** The body as text without consuming what fetch will send (streams are not read). */
async function bodyOf(input: RequestInfo | URL, init: RequestInit | undefined): Promise<string | null> {
  const body = init?.body ?? null;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof Blob) return body.text();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  if (body === null && input instanceof Request && input.body) return input.clone().text();
  return body === null ? null : `[${Object.prototype.toString.call(body)}]`;
}

/** `next` links seen in responses of this process (absolute hrefs). */
const nextLinks = new Set<string>();

/** A seen `next` link's shape: the href with its `page` value blanked (see {@link RecordedRequest.next}). */
const nextShapes = new Set<string>();

function pageShape(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!parsed.searchParams.has('page')) return undefined;
    parsed.searchParams.set('page', '');
    return parsed.href;
  } catch {
    return undefined;
  }
}

function isFollowed(url: string): boolean {
  if (nextLinks.has(href(url))) return true;
  const shape = pageShape(url);
  return shape !== undefined && nextShapes.has(shape);
}

function href(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Remembers the `next` link of a JSON list page. Reads a clone, so the caller's body is untouched. */
async function rememberNext(response: Response, base: string): Promise<void> {
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(response.headers.get('Content-Type') ?? '')) return;
  try {
    const data: unknown = JSON.parse(await response.clone().text());
    const next = typeof data === 'object' && data !== null ? (data as { next?: unknown }).next : undefined;
    if (typeof next !== 'string' || next === '') return;
    const link = new URL(next, base).href;
    nextLinks.add(link);
    const shape = pageShape(link);
    if (shape !== undefined) nextShapes.add(shape);
  } catch {
    // Not JSON or an aborted body: nothing to remember; the caller sees the same failure itself.
  }
}

/** The log files of this process (the preload's, plus any a test adds). */
const sinks = new Set<string>();

/** Wraps a fetch so that each call appends one {@link RecordedRequest} to every log file once it settles. */
export function recordingFetch(inner: typeof fetch): typeof fetch {
  const file = relative(process.cwd(), process.argv[1] ?? '');
  const recording = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (sinks.size === 0) return inner(input, init);
    const client = calledByClient();
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const headers = headersOf(input, init);
    const body = await bodyOf(input, init);
    const next = isFollowed(url);
    let status: number | string = 'pending';
    try {
      const response = await inner(input, init);
      status = response.status;
      // Awaited: the client may ask for the next page as soon as it has this one.
      await rememberNext(response, url);
      return response;
    } catch (error) {
      status = error instanceof Error ? error.name : 'Error';
      throw error;
    } finally {
      const line = JSON.stringify({ method, url, headers, body, client, file, status, next } satisfies RecordedRequest) + '\n';
      for (const sink of sinks) appendFileSync(sink, line);
    }
  };
  return recording;
}

let patched = false;

/**
 * Records every request of this process to `logFile` (JSONL, appended): from now on, whenever msw (or
 * any @mswjs/interceptors user) patches `fetch`, its proxy is wrapped. Call it before the server
 * listens; the preload (`--import …/contract/preload.js`) does so for every test file.
 * @returns a function that stops writing to `logFile`.
 */
export function installContractRecorder(logFile: string): () => void {
  sinks.add(logFile);
  if (!patched) {
    patched = true;
    const prototype = FetchInterceptor.prototype as unknown as { setup: (this: unknown) => Promise<void> };
    const setup = prototype.setup;
    prototype.setup = function (this: unknown): Promise<void> {
      // msw's setup replaces globalThis.fetch synchronously (before its first await); wrap what it put there.
      const done = setup.call(this);
      Object.defineProperty(globalThis, 'fetch', { value: recordingFetch(globalThis.fetch), writable: true, enumerable: true, configurable: true });
      return done;
    };
  }
  return () => void sinks.delete(logFile);
}
