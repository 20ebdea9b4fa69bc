/**
 * The client: configured sources, one request path for every GET, caching of Catalogi resources.
 * @module
 */
import { DEFAULT_TIMEOUT, resolveSources, type ApiName, type ClientConfig, type RequestOptions, type ResolvedSource } from './transport/config.js';
import { UnconfiguredOriginError } from './transport/errors.js';
import { send, type Transport } from './transport/http.js';
import { RequestCache } from './transport/cache.js';
import { collectPages } from './transport/pagination.js';
import { resolveUrl, type ResolvedUrl } from './transport/url-resolution.js';

/** A client of the standard APIs, created by {@link createClient}. Every method rejects with a KlantbeeldError, or with the abort reason. */
export interface KlantbeeldClient {
  /** The configuration the client was created with (frozen). */
  readonly config: Readonly<ClientConfig>;
  /** The language sent as `Accept-Language`. */
  readonly language: string;
  /** GET a path of an API's base URL, e.g. get('zaken', '/zaken', { query }). */
  get<T>(api: ApiName, path: string, options?: RequestOptions): Promise<T>;
  /** GET an absolute resource URL (a ZGW relation). Throws UnconfiguredOriginError unless it lies within a configured source. */
  getUrl<T>(url: string, options?: RequestOptions): Promise<T>;
  /** All items of a paginated list, following `next` verbatim (never computed from `count`). Accepts an API path or an absolute URL. */
  list<T>(api: ApiName, path: string, options?: RequestOptions): Promise<T[]>;
  /** Empty every cache (identity change, logout). */
  reset(): void;
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

/**
 * Creates a client. Sources come from `gateway` (`${gateway}/zaken/api/v1`, `${gateway}/catalogi/api/v1`)
 * and/or `sources` (per API, winning over the gateway).
 * @throws TypeError when a configured URL is not an http(s) base URL.
 * @example
 * ```ts
 * const client = createClient({ gateway: 'https://mijn.gemeente.nl/api' });
 * const zaken = await listZaken(client, { status: 'open' });
 * ```
 */
export function createClient(config: ClientConfig): KlantbeeldClient {
  const frozen: Readonly<ClientConfig> = Object.freeze({
    ...config,
    ...(config.sources ? { sources: Object.freeze({ ...config.sources }) } : {}),
  });
  const sources = resolveSources(config);
  const language = config.language || 'nl';
  const transport: Transport = {
    language,
    timeout: config.timeout ?? DEFAULT_TIMEOUT,
    credentials: config.credentials ?? (config.token ? 'same-origin' : 'include'),
    token: config.token,
    fetch: config.fetch,
  };
  const cache = new RequestCache();

  function sourceOf(api: ApiName): ResolvedSource {
    const source = sources.get(api);
    if (!source) throw new UnconfiguredOriginError(`No source configured for the ${api} API`);
    return source;
  }

  /** Resolves a path or absolute URL within `api`'s source (a path cannot escape it with '..'). */
  function target(api: ApiName, pathOrUrl: string, query: RequestOptions['query']): ResolvedUrl {
    const source = sourceOf(api);
    const raw = ABSOLUTE.test(pathOrUrl) ? pathOrUrl : source.url + (pathOrUrl.startsWith('/') || pathOrUrl === '' ? '' : '/') + pathOrUrl;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UnconfiguredOriginError(`Not a valid URL: ${JSON.stringify(raw)}`, { url: raw });
    }
    return resolveUrl([source], withQuery(url, query).href);
  }

  function fetchResolved(resolved: ResolvedUrl, options: RequestOptions): Promise<unknown> {
    const extra = options.headers ? JSON.stringify(Object.entries(options.headers).map(([k, v]) => [k.toLowerCase(), v]).sort()) : '';
    const key = `${resolved.url.href} ${extra}`;
    // Catalogi resources are immutable per URL: cache them for the lifetime of the identity.
    const cacheable = resolved.source.api === 'catalogi';
    return cache.run(key, cacheable, options.signal, (signal) =>
      send(transport, resolved, { signal, headers: options.headers, timeout: options.timeout }),
    );
  }

  const client: KlantbeeldClient = {
    config: frozen,
    language,
    async get<T>(api: ApiName, path: string, options: RequestOptions = {}): Promise<T> {
      return (await fetchResolved(target(api, path, options.query), options)) as T;
    },
    async getUrl<T>(url: string, options: RequestOptions = {}): Promise<T> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UnconfiguredOriginError(`Not an absolute URL: ${JSON.stringify(url)}`, { url: String(url) });
      }
      return (await fetchResolved(resolveUrl(sources.values(), withQuery(parsed, options.query).href), options)) as T;
    },
    async list<T>(api: ApiName, path: string, options: RequestOptions = {}): Promise<T[]> {
      const first = target(api, path, options.query);
      return collectPages<T>(first, {
        fetch: (page) => fetchResolved(page, options),
        resolve: (next) => resolveUrl(sources.values(), next),
      });
    },
    reset(): void {
      cache.reset();
    },
  };
  return Object.freeze(client);
}
