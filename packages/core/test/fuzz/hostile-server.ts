// A hostile server as a `fetch`: every answer is drawn (lazily, with fast-check's `gen`, so a failing case
// replays from its seed and path) from the standard's response schema for the request, then mutated,
// or replaced by a transport fault: an error status, a redirect (within the gateway or to another origin,
// or opaque as browsers report it), a wrong content type, a truncated body, a network error, a stalled body.
import fc from 'fast-check';
import { FOREIGN, GATEWAY, fromSchema, mutation } from './arbitraries.js';
import { responseSchema } from './openapi-routes.js';

/** One request the client sent. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
}

type Fault = 'none' | 'status' | 'redirect-own' | 'redirect-foreign' | 'opaque-redirect' | 'content-type' | 'truncated' | 'network' | 'stalled' | 'empty';

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 80, arbitrary: fc.constant<Fault>('none') },
  { weight: 5, arbitrary: fc.constant<Fault>('status') },
  { weight: 2, arbitrary: fc.constant<Fault>('redirect-own') },
  { weight: 2, arbitrary: fc.constant<Fault>('redirect-foreign') },
  { weight: 1, arbitrary: fc.constant<Fault>('opaque-redirect') },
  { weight: 2, arbitrary: fc.constant<Fault>('content-type') },
  { weight: 2, arbitrary: fc.constant<Fault>('truncated') },
  { weight: 2, arbitrary: fc.constant<Fault>('network') },
  { weight: 1, arbitrary: fc.constant<Fault>('empty') },
  { weight: 1, arbitrary: fc.constant<Fault>('stalled') },
);

const STATUSES = [400, 401, 403, 404, 405, 409, 410, 412, 429, 500, 501, 502, 503, 504, 418, 299, 302];

/** Something with a `results` list when no schema applies (lists the specs do not name, e.g. plain arrays). */
const fallbackBody = fc.oneof(
  fc.constant({ count: 0, next: null, previous: null, results: [] }),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ results: [{ url: `${GATEWAY}/zaken/api/v1/zaken/11111111-1111-4111-8111-111111111111` }], next: `${GATEWAY}/zaken/api/v1/zaken?page=2` }),
);

/** A body that never ends (until the request is aborted). */
function stalledBody(signal: AbortSignal | null | undefined): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"results": ['));
      signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
}

/**
 * A `fetch` that answers from `g`. `sent` logs every request, also those refused by a redirect rule the
 * client should have applied before sending.
 */
export function hostileFetch(g: fc.GeneratorValue, sent: SentRequest[]): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    sent.push({ method, url, authorization: new Headers(init?.headers).get('Authorization') });
    init?.signal?.throwIfAborted();
    const kind = g(() => fault);
    const json = (body: unknown, status = 200, type = 'application/json') =>
      new Response(JSON.stringify(body) ?? 'null', { status, headers: { 'Content-Type': type } });
    switch (kind) {
      case 'status': {
        const status = g(() => fc.constantFrom(...STATUSES));
        return json(
          { status, title: '<b>Fout</b>', detail: '<img src=x onerror=alert(1)>', invalidParams: [{ name: 'x', reason: '<script>' }] },
          status,
          'application/problem+json',
        );
      }
      case 'redirect-own':
      case 'redirect-foreign': {
        const target = kind === 'redirect-own' ? `${GATEWAY}${new URL(url).pathname}?hop=${sent.length}` : `${FOREIGN}${new URL(url).pathname}`;
        return new Response(null, { status: g(() => fc.constantFrom(301, 302, 303, 307, 308)), headers: { Location: target } });
      }
      case 'opaque-redirect': {
        // What a browser's fetch returns for `redirect: 'manual'`: status 0 and the target hidden.
        const response = new Response(null, { status: 200 });
        Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
        Object.defineProperty(response, 'status', { value: 0 });
        return response;
      }
      case 'network':
        throw new TypeError('fetch failed');
      case 'stalled':
        return new Response(stalledBody(init?.signal), { status: 200, headers: { 'Content-Type': 'application/json' } });
      case 'empty':
        return new Response(null, { status: g(() => fc.constantFrom(200, 204)) });
      default:
        break;
    }
    const located = responseSchema(method, new URL(url).pathname);
    const generated = g(() => (located ? fromSchema(located) : fallbackBody));
    const body = g(() => mutation)(generated);
    if (kind === 'content-type')
      return new Response(`<html><body>${JSON.stringify(body)}</body></html>`, {
        status: 200,
        headers: { 'Content-Type': g(() => fc.constantFrom('text/html', 'text/plain', 'application/xml', '')) },
      });
    if (kind === 'truncated') {
      const text = JSON.stringify(body) ?? '';
      return new Response(text.slice(0, Math.floor(text.length / 2)), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    return json(body);
  };
}
