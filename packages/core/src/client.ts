/**
 * The client: configured sources, one request path for reads and writes (queue per origin, retries,
 * redirects kept inside the sources), caching (Catalogi by URL, ETag revalidation, lists
 * stale-while-revalidate) and its invalidation by writes, live updates, reset and identity changes.
 * @module
 */
import {
  DEFAULT_LIST_MAX_AGE,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT,
  MAX_LIST_ITEMS,
  MAX_LIST_PAGES,
  resolveAllSources,
  type ApiName,
  type ClientConfig,
  type RequestOptions,
  type ResolvedSource,
} from './transport/config.js';
import { NetworkError, UnconfiguredOriginError } from './transport/errors.js';
import { attempt, type HttpMethod, type HttpResult, type ResponseMode, type Transport } from './transport/http.js';
import { RequestCache, type Store } from './transport/cache.js';
import { Limiter } from './transport/limiter.js';
import { collectPages } from './transport/pagination.js';
import { withRetries, type RetryTiming } from './transport/retry.js';
import { linkSignals } from './transport/signals.js';
import { resolveUrl, type ResolvedUrl } from './transport/url-resolution.js';

export type { HttpMethod } from './transport/http.js';

/** Options of {@link KlantbeeldClient.send}: a request plus an optional JSON body. */
export type SendOptions = RequestOptions & {
  /** Sent as JSON with `Content-Type: application/json`; left out when undefined. */
  body?: unknown;
};

/** Options of {@link KlantbeeldClient.openEventStream}. */
export interface EventStreamOptions {
  /** Closes the stream (also while its body is read). */
  signal?: AbortSignal;
  /** Sent as `Last-Event-ID` when not empty, so the gateway can replay what was missed. */
  lastEventId?: string;
  /** Time allowed until the response head arrives, in ms; default the client's timeout, `0` disables it. */
  timeout?: number;
}

/** The configured source an absolute URL belongs to, from {@link KlantbeeldClient.sourceOf}. */
export interface SourceInfo {
  /** The API the source serves. */
  readonly api: ApiName;
  /** The source's base URL, without trailing slash. */
  readonly url: string;
  /** Display name of the organisation, when configured ({@link SourceConfig.organisatie}). */
  readonly organisatie?: string;
  /** Whether it is the API's primary source (the one paths are resolved against). */
  readonly primary: boolean;
}

/**
 * Hooks for tests and benchmarks: timing and randomness, so retries and list freshness are tested
 * without waiting.
 * @internal
 */
export interface ClientInternals extends RetryTiming {
  /** Clock of the cache (list freshness); default Date.now. */
  now?: () => number;
}

/** A client of the standard APIs, created by {@link createClient}. Every method rejects with a KlantbeeldError, or with the abort reason. */
export interface KlantbeeldClient {
  /** The configuration the client was created with (frozen). */
  readonly config: Readonly<ClientConfig>;
  /** The language sent as `Accept-Language`. */
  readonly language: string;
  /** The current identity ({@link ClientConfig.identity}, then {@link setIdentity}). */
  readonly identity: string | undefined;
  /** GET a path of an API's (primary) base URL, e.g. get('zaken', '/zaken', { query }). */
  get<T>(api: ApiName, path: string, options?: RequestOptions): Promise<T>;
  /** GET an absolute resource URL (a ZGW relation). Throws UnconfiguredOriginError unless it lies within a configured source. */
  getUrl<T>(url: string, options?: RequestOptions): Promise<T>;
  /**
   * The items of a paginated list, following `next` verbatim (never computed from `count`), at most
   * `options.limit` items (default {@link MAX_LIST_ITEMS}) from at most {@link MAX_LIST_PAGES} pages.
   * Accepts an API path or an absolute URL.
   */
  list<T>(api: ApiName, path: string, options?: RequestOptions): Promise<T[]>;
  /**
   * Any request to a path of an API, or to an absolute URL within one of its sources. A body is sent as
   * JSON; a 204 or empty answer to a non-GET resolves to undefined (HEAD always does). GETs take the
   * cached path of {@link get}; other methods are never cached, and a write (POST, PUT, PATCH, DELETE)
   * invalidates the cached GETs of its URL and of the lists above it. Read-only POSTs (`…/_zoek`,
   * BRP `/personen`, Objects `/objects/search`) are retried like GETs and shared while in flight.
   */
  send<T>(method: HttpMethod, api: ApiName, path: string, options?: SendOptions): Promise<T>;
  /** `send('POST', api, path, { ...options, body })`. */
  post<T>(api: ApiName, path: string, body: unknown, options?: RequestOptions): Promise<T>;
  /**
   * GET an absolute URL within a configured source (a document's `/download`) and return the Response
   * with its body unread, to stream. The timeout covers the response head; the signal also aborts the
   * body; the origin's concurrency slot is freed when the head arrives. Never cached, retried like a GET.
   * Non-2xx rejects with the typed error.
   */
  getResponse(url: string, options?: RequestOptions): Promise<Response>;
  /** Like {@link getResponse}, but reads the body (within the timeout) into a Blob. */
  getBlob(url: string, options?: RequestOptions): Promise<Blob>;
  /**
   * Opens a server-sent-events stream (the gateway's relay of Notificaties messages) through the same
   * door as every other request: the URL must lie within a configured source or on a configured origin,
   * redirects are followed only within the sources, the same credentials, token and language are sent,
   * and the origin's concurrency slot is held until the head arrives. Not retried: the live connection
   * has its own backoff. Resolves with the 2xx Response, body unread; non-2xx rejects with the typed error.
   */
  openEventStream(url: string, options?: EventStreamOptions): Promise<Response>;
  /** The configured source an absolute URL lies within (no request), or undefined when outside every source. */
  sourceOf(url: string): SourceInfo | undefined;
  /**
   * Drops the cached entries of a resource URL (any query), of the lists above it (`/zaken` for
   * `/zaken/{uuid}`) and of lists whose query names it (`/statussen?zaak=<url>`). In-flight loads of
   * those still answer their callers but are not kept. Used by live updates and after writes.
   */
  invalidate(url: string): void;
  /**
   * Empties every cache, aborts every request in flight (their results never enter the new cache; their
   * callers reject with an AbortError) and notifies {@link onReset} listeners (e.g. expand detection).
   */
  reset(): void;
  /** Sets who is logged in; a different identity than before calls {@link reset} (call it when the resident changes). */
  setIdentity(identity: string | undefined): void;
  /** Calls `listener` after every {@link reset}; returns a function that removes it. */
  onReset(listener: () => void): () => void;
}

/** Adds query parameters (arrays comma-joined, as ZGW expects for `expand` and `__in`). */
function withQuery(url: URL, query: RequestOptions['query']): URL {
  if (!query) return url;
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.set(name, typeof value === 'object' ? value.join(',') : String(value));
  }
  return url;
}

/** An absolute URL has a scheme; anything else is a path below a source. */
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/** APIs whose detail GETs carry an `ETag` (ZGW); Besluiten, Open Klant, Objects, Open Product do not. */
const ETAG_APIS = new Set<ApiName>(['zaken', 'catalogi', 'documenten']);

/** A list response: a ZGW page (`{ results: [] }`) or a plain array. */
function isList(value: unknown): boolean {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results));
}

/** POSTs that only read (searches), so they may be retried and shared like GETs. */
function isReadPost(method: HttpMethod, target: ResolvedUrl): boolean {
  if (method !== 'POST') return false;
  const { api } = target.source;
  return target.path.endsWith('/_zoek') || (api === 'brp' && target.path === '/personen') || (api === 'objecten' && target.path === '/objects/search');
}

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);

function headerKey(headers: Record<string, string> | undefined): string {
  return headers
    ? JSON.stringify(
        Object.entries(headers)
          .map(([k, v]) => [k.toLowerCase(), v])
          .sort(),
      )
    : '';
}

/**
 * One logical request of a client (see `perform` in {@link createClient}).
 * @internal
 */
export interface Perform {
  method: HttpMethod;
  body?: unknown;
  signal: AbortSignal | undefined;
  headers: Record<string, string> | undefined;
  timeout: number | undefined;
  ifNoneMatch?: string | undefined;
  mode?: ResponseMode;
  idempotent: boolean;
  /** Where a redirect may go; default: within the sources. */
  resolve?: (url: string) => ResolvedUrl;
}

/**
 * Creates a client. Sources come from `gateway` (`${gateway}/zaken/api/v1`, `${gateway}/catalogi/api/v1`)
 * and/or `sources` (per API, winning over the gateway; a list for several organisations).
 * @param internals test hooks (timing); leave out.
 * @throws TypeError when a configured URL is not an http(s) base URL.
 * @example
 * ```ts
 * const client = createClient({ gateway: 'https://mijn.gemeente.nl/api' });
 * const zaken = await listZaken(client, { status: 'open' });
 * ```
 */
export function createClient(config: ClientConfig, internals: ClientInternals = {}): KlantbeeldClient {
  const frozen: Readonly<ClientConfig> = Object.freeze({
    ...config,
    ...(config.sources ? { sources: Object.freeze({ ...config.sources }) } : {}),
  });
  const all = resolveAllSources(config);
  const language = config.language || 'nl';
  const transport: Transport = {
    language,
    timeout: config.timeout ?? DEFAULT_TIMEOUT,
    credentials: config.credentials ?? (config.token ? 'same-origin' : 'include'),
    token: config.token,
    fetch: config.fetch,
  };
  const retries = Math.max(0, config.retries ?? DEFAULT_RETRIES);
  const listMaxAge = Math.max(0, config.listMaxAge ?? DEFAULT_LIST_MAX_AGE);
  const cache = new RequestCache(internals.now);
  const limiter = new Limiter(config.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY);
  const resetListeners = new Set<() => void>();
  let identity = config.identity;
  // Every request in flight, aborted by reset() so none started before a reset outlives it (a Set rather
  // than one shared signal: hundreds of listeners on one signal would trip Node's leak warning).
  const active = new Set<AbortController>();

  const resolveAnywhere = (url: string): ResolvedUrl => resolveUrl(all, url);

  function sourcesOf(api: ApiName): ResolvedSource[] {
    const own = all.filter((source) => source.api === api);
    if (own.length === 0) throw new UnconfiguredOriginError(`No source configured for the ${api} API`);
    return own;
  }

  /**
   * Resolves a path (below `api`'s primary source; '..' cannot escape it) or an absolute URL (within
   * any of `api`'s sources).
   */
  function target(api: ApiName, pathOrUrl: string, query: RequestOptions['query']): ResolvedUrl {
    const own = sourcesOf(api);
    const absolute = ABSOLUTE.test(pathOrUrl);
    const primary = own[0] as ResolvedSource;
    const raw = absolute ? pathOrUrl : primary.url + (pathOrUrl.startsWith('/') || pathOrUrl === '' ? '' : '/') + pathOrUrl;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UnconfiguredOriginError(`Not a valid URL: ${JSON.stringify(raw)}`, { url: raw });
    }
    return resolveUrl(absolute ? own : [primary], withQuery(url, query).href);
  }

  function absolute(url: string, query: RequestOptions['query']): ResolvedUrl {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UnconfiguredOriginError(`Not an absolute URL: ${JSON.stringify(url)}`, { url: String(url) });
    }
    return resolveAnywhere(withQuery(parsed, query).href);
  }

  /** A GET of an absolute URL whose answer is not JSON: the response itself, or its body as a Blob. */
  async function getRaw(url: string, options: RequestOptions, mode: ResponseMode): Promise<unknown> {
    const result = await perform(absolute(url, options.query), {
      method: 'GET',
      signal: options.signal,
      headers: options.headers,
      timeout: options.timeout,
      mode,
      idempotent: true,
    });
    return result.value;
  }

  /** One logical request: retries around (queue slot + attempt); the timeout applies per attempt. */
  async function perform(resolved: ResolvedUrl, options: Perform): Promise<HttpResult> {
    const linked = linkSignals(options.signal);
    const controller = linked.controller;
    active.add(controller);
    let streaming = false;
    try {
      const result = await withRetries(
        async () => {
          // The slot is held per attempt, not during a backoff, so a waiting retry does not block others.
          const release = await limiter.acquire(resolved.url.origin, linked.signal);
          try {
            return await attempt(transport, resolved, {
              method: options.method,
              body: options.body,
              signal: linked.signal,
              headers: options.headers,
              timeout: options.timeout,
              ifNoneMatch: options.ifNoneMatch,
              resolve: options.resolve ?? resolveAnywhere,
              mode: options.mode,
            });
          } finally {
            release();
          }
        },
        { retries, idempotent: options.idempotent, signal: linked.signal, random: internals.random, sleep: internals.sleep },
      );
      streaming = options.mode === 'response';
      return result;
    } finally {
      active.delete(controller);
      // A streamed body must still stop on the caller's abort (a body already handed out is the caller's).
      if (!streaming) linked.dispose();
    }
  }

  /** The load of a GET: conditional when an ETag is cached; keeps ETag'd details and lists. */
  async function loadGet(resolved: ResolvedUrl, key: string, options: RequestOptions, signal: AbortSignal, store: Store, keepLists: boolean): Promise<unknown> {
    const href = resolved.url.href;
    const cached = cache.peek(key);
    const request = (ifNoneMatch: string | undefined) =>
      perform(resolved, { method: 'GET', signal, headers: options.headers, timeout: options.timeout, ifNoneMatch, idempotent: true });
    let result = await request(cached?.kind === 'etag' ? cached.etag : undefined);
    if (result.status === 304) {
      if (cached) {
        store({ url: href, kind: cached.kind, etag: result.etag ?? cached.etag, value: cached.value });
        return cached.value;
      }
      result = await request(undefined);
    }
    const api = resolved.source.api;
    if (api === 'catalogi') store({ url: href, kind: 'immutable', value: result.value });
    else if (keepLists && isList(result.value)) {
      if (listMaxAge > 0) store({ url: href, kind: 'list', value: result.value });
    } else if (ETAG_APIS.has(api) && result.etag) store({ url: href, kind: 'etag', etag: result.etag, value: result.value });
    return result.value;
  }

  /** Returns a list entry while fresh; when stale returns it too, after starting a background revalidation. */
  function fromListCache(key: string, href: string, revalidate: (signal: AbortSignal, store: Store) => Promise<unknown>): { value: unknown } | undefined {
    const entry = cache.peek(key);
    if (!entry || entry.kind !== 'list' || listMaxAge <= 0) return undefined;
    if (cache.age(entry) >= listMaxAge) {
      // Errors of a background revalidation are dropped: the stale entry stays.
      cache.run(key, href, undefined, revalidate).catch(() => {});
    }
    return { value: entry.value };
  }

  /**
   * A GET through the cache. Catalogi: no request while cached. ZGW details: revalidated by ETag.
   * Lists: fresh for listMaxAge, then stale-while-revalidate. Identical in-flight GETs are shared.
   * @param keepLists false for the pages of list(), which is cached as a whole.
   */
  function cachedGet(resolved: ResolvedUrl, options: RequestOptions, keepLists = true): Promise<unknown> {
    const href = resolved.url.href;
    const key = `${href} ${headerKey(options.headers)}`;
    const load = (signal: AbortSignal, store: Store) => loadGet(resolved, key, options, signal, store, keepLists);
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    const entry = cache.peek(key);
    if (entry?.kind === 'immutable') return Promise.resolve(entry.value);
    if (keepLists) {
      const hit = fromListCache(key, href, load);
      if (hit) return Promise.resolve(hit.value);
    }
    return cache.run(key, href, options.signal, load);
  }

  async function listAll<T>(api: ApiName, path: string, options: RequestOptions): Promise<T[]> {
    const first = target(api, path, options.query);
    const limit = Math.max(1, Math.min(MAX_LIST_ITEMS, Math.floor(options.limit ?? MAX_LIST_ITEMS) || MAX_LIST_ITEMS));
    const collect = (signal: AbortSignal | undefined) =>
      collectPages<T>(
        first,
        {
          fetch: (page) => cachedGet(page, { ...options, signal }, false),
          resolve: resolveAnywhere,
        },
        { limit, maxPages: MAX_LIST_PAGES },
      );
    // Catalogi pages are immutable themselves; with listMaxAge 0 lists are not kept.
    if (first.source.api === 'catalogi' || listMaxAge <= 0) return collect(options.signal);
    const href = first.url.href;
    const key = `list ${limit} ${href} ${headerKey(options.headers)}`;
    const load = async (signal: AbortSignal, store: Store) => {
      const items = await collect(signal);
      store({ url: href, kind: 'list', value: items });
      return items;
    };
    if (options.signal?.aborted) throw options.signal.reason;
    const hit = fromListCache(key, href, load);
    // A copy, so a caller may sort it; the items themselves are frozen.
    const items = hit ? hit.value : await cache.run(key, href, options.signal, load);
    return [...(items as T[])];
  }

  async function sendAny<T>(method: HttpMethod, api: ApiName, path: string, options: SendOptions = {}): Promise<T> {
    const resolved = target(api, path, options.query);
    if (method === 'GET') return (await cachedGet(resolved, options)) as T;
    const request = (signal: AbortSignal | undefined, idempotent: boolean) =>
      perform(resolved, { method, body: options.body, signal, headers: options.headers, timeout: options.timeout, idempotent });
    if (isReadPost(method, resolved)) {
      const key = `POST ${resolved.url.href} ${headerKey(options.headers)} ${JSON.stringify(options.body) ?? ''}`;
      return (await cache.run(key, resolved.url.href, options.signal, async (signal) => (await request(signal, true)).value)) as T;
    }
    try {
      return (await request(options.signal, IDEMPOTENT.has(method))).value as T;
    } finally {
      // Also after a failure: a write that timed out may still have happened.
      if (method !== 'HEAD') cache.invalidate(resolved.url.href);
    }
  }

  function reset(): void {
    const reason = new DOMException('The Klantbeeld client was reset (identity change)', 'AbortError');
    const running = [...active];
    active.clear();
    cache.reset(reason);
    for (const controller of running) controller.abort(reason);
    for (const listener of [...resetListeners]) {
      try {
        listener();
      } catch {
        // A failing listener must not keep the others from running.
      }
    }
  }

  const client: KlantbeeldClient = {
    config: frozen,
    language,
    get identity() {
      return identity;
    },
    async get<T>(api: ApiName, path: string, options: RequestOptions = {}): Promise<T> {
      return (await cachedGet(target(api, path, options.query), options)) as T;
    },
    async getUrl<T>(url: string, options: RequestOptions = {}): Promise<T> {
      return (await cachedGet(absolute(url, options.query), options)) as T;
    },
    list<T>(api: ApiName, path: string, options: RequestOptions = {}): Promise<T[]> {
      return listAll<T>(api, path, options);
    },
    send: sendAny,
    post<T>(api: ApiName, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
      return sendAny<T>('POST', api, path, { ...options, body });
    },
    async getResponse(url: string, options: RequestOptions = {}): Promise<Response> {
      return (await getRaw(url, options, 'response')) as Response;
    },
    async getBlob(url: string, options: RequestOptions = {}): Promise<Blob> {
      return (await getRaw(url, options, 'blob')) as Blob;
    },
    async openEventStream(url: string, options: EventStreamOptions = {}): Promise<Response> {
      // Its code loads on demand: only live updates open a stream. Not loaded (offline) fails as the request would.
      const request = await import('./transport/event-stream-request.js').catch((cause: unknown) => {
        throw new NetworkError(`Request failed: ${url}`, { url, cause });
      });
      return request.openEventStream({ sources: all, resolve: resolveAnywhere, perform }, url, options);
    },
    sourceOf(url: string): SourceInfo | undefined {
      let resolved: ResolvedUrl;
      try {
        resolved = resolveAnywhere(url);
      } catch {
        return undefined;
      }
      const { api, url: base, organisatie, primary } = resolved.source;
      return organisatie !== undefined ? { api, url: base, organisatie, primary } : { api, url: base, primary };
    },
    invalidate(url: string): void {
      cache.invalidate(url);
    },
    reset,
    setIdentity(next: string | undefined): void {
      if (next === identity) return;
      identity = next;
      reset();
    },
    onReset(listener: () => void): () => void {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
  return Object.freeze(client);
}
