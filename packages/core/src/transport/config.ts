/**
 * Client configuration and the resolution of configured sources (one base URL per standard API).
 * @module
 */

/** The standard APIs the client knows. */
export type ApiName = 'zaken' | 'catalogi' | 'documenten' | 'besluiten' | 'klantinteracties' | 'objecten' | 'producten' | 'brp' | 'verwerkingen';

/** Every {@link ApiName}, in the order sources are matched when two share a base URL. */
export const API_NAMES: readonly ApiName[] = [
  'zaken',
  'catalogi',
  'documenten',
  'besluiten',
  'klantinteracties',
  'objecten',
  'producten',
  'brp',
  'verwerkingen',
];

/**
 * Base path of each API under a gateway: the paths of the reference implementations (Open Zaak, Open
 * Klant, Open Product, Haal Centraal), each below its own first segment so one gateway can serve all.
 */
export const GATEWAY_PATHS: Readonly<Record<ApiName, string>> = {
  zaken: '/zaken/api/v1',
  catalogi: '/catalogi/api/v1',
  documenten: '/documenten/api/v1',
  besluiten: '/besluiten/api/v1',
  klantinteracties: '/klantinteracties/api/v1',
  objecten: '/objecten/api/v2',
  producten: '/producten/api/v1',
  brp: '/haalcentraal/api/brp',
  verwerkingen: '/verwerkingen/api/v1',
};

/** One source: the base URL of a standard API, plus what it supports. */
export interface SourceConfig {
  /** Base URL, e.g. `https://gateway.example.nl/zaken/api/v1`. A trailing slash is ignored. */
  url: string;
  /** Whether the source supports `expand`. Default: detected (a 400 on `expand` turns it off for the client). */
  expand?: boolean;
  /** Display name of the organisation behind the source, e.g. 'Omgevingsdienst Voorbeeldregio' (for ketenstatus). */
  organisatie?: string;
}

/**
 * Several sources of one API (e.g. this municipality's Zaken API plus another organisation's, for
 * deelzaken and ketenstatus). The first entry is the primary source, used for paths; every entry is a
 * valid target of absolute URLs. `expand` is never set on the list itself: read it per entry.
 */
export type SourceList = readonly (string | SourceConfig)[] & { readonly expand?: undefined };

/** Configuration of {@link createClient}. */
export interface ClientConfig {
  /** One gateway serving every API under its own base path ({@link GATEWAY_PATHS}): `${gateway}/zaken/api/v1`, `${gateway}/catalogi/api/v1`, … */
  gateway?: string;
  /**
   * Per-API base URL (string or SourceConfig), or a {@link SourceList} whose first entry is the primary;
   * wins over `gateway` for that API (list the gateway's URL yourself when it should stay one of them).
   */
  sources?: Partial<Record<ApiName, string | SourceConfig | SourceList>>;
  /** Cookie session: fetch `credentials` (default 'include' when no token). */
  credentials?: RequestCredentials;
  /** Token provider (trusted contexts): sent as `Authorization: Bearer <token>` ONLY to configured origins. */
  token?: () => string | Promise<string>;
  /** BCP 47 language for Accept-Language; default 'nl'. */
  language?: string;
  /** A `fetch` implementation; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms; default 15000. `0` disables it. */
  timeout?: number;
  /** Retries of an idempotent request after a network error, 502/503/504 or 429; default 2. `0` disables. */
  retries?: number;
  /** Requests in flight at once per origin; more wait in a queue. Default 6. */
  maxConcurrency?: number;
  /** How long (ms) a cached list stays fresh; a stale one is returned at once and revalidated in the background. Default 30000; `0` disables list caching. */
  listMaxAge?: number;
  /**
   * The gateway's server-sent-events endpoint that relays Notificaties API messages (see `subscribe`).
   * Default: `${gateway}/notificaties/api/v1/events`. Must lie on the origin of a configured source.
   */
  events?: string;
  /** Who is logged in (any opaque string, never sent). A different value passed to `setIdentity` empties every cache. */
  identity?: string;
  /** Policy for showing who handles a case: 'organisatie' (default: only organisational units) or 'naam' (also a medewerker's name). */
  behandelaar?: 'organisatie' | 'naam';
}

/** Options of a single request. */
export interface RequestOptions {
  /** Query parameters; arrays are joined with commas (ZGW style, e.g. `expand=a,b`), `undefined` is left out. */
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  /** Aborts the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Timeout in ms for this request, overriding the client's. */
  timeout?: number;
  /**
   * `list` only: hold at most this many items (the pages after it are not requested). Default
   * {@link MAX_LIST_ITEMS}. Whatever the limit, a list stops after {@link MAX_LIST_PAGES} pages.
   */
  limit?: number;
}

/** A configured source after normalisation. */
export interface ResolvedSource {
  readonly api: ApiName;
  /** Parsed base URL; its pathname has no trailing slash (`''` for a gateway at the root). */
  readonly base: URL;
  /** Base URL as a string without trailing slash, e.g. `https://gw.example/zaken/api/v1`. */
  readonly url: string;
  /** `undefined`: detect. */
  readonly expand: boolean | undefined;
  /** Display name of the organisation, when configured. */
  readonly organisatie?: string;
  /** Whether this is the API's primary source (the one paths are resolved against). */
  readonly primary: boolean;
}

/** Default per-request timeout in ms. */
export const DEFAULT_TIMEOUT = 15_000;
/** Default number of retries of an idempotent request. */
export const DEFAULT_RETRIES = 2;
/** Default cap on concurrent requests per origin. */
export const DEFAULT_MAX_CONCURRENCY = 6;
/** Most items one `list` call holds by default (a view model passes a lower limit where it shows fewer). */
export const MAX_LIST_ITEMS = 10_000;
/** Most pages one `list` call requests, whatever the server's page size or `next` links. */
export const MAX_LIST_PAGES = 100;
/** Default freshness of a cached list, in ms. */
export const DEFAULT_LIST_MAX_AGE = 30_000;

/**
 * Parses a base URL: absolute http(s) (or relative to the page in a browser), no query, fragment or
 * user info (those would make prefix matching ambiguous), trailing slashes removed.
 * Throws a TypeError: a wrong configuration is a programming error, reported at createClient.
 */
export function parseBaseUrl(value: string, what: string): URL {
  let url: URL;
  try {
    // In a browser a gateway may be given relative to the page, e.g. '/bff'.
    const pageUrl = (globalThis as { location?: { href?: string } }).location?.href;
    url = new URL(value, pageUrl);
  } catch {
    throw new TypeError(`Klantbeeld: ${what} is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Klantbeeld: ${what} must be an http(s) URL: ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError(`Klantbeeld: ${what} must not contain a query, fragment or credentials: ${JSON.stringify(value)}`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** Turns a base URL into its string form without trailing slash (URL keeps a lone '/' for the root). */
function baseString(url: URL): string {
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function resolveOne(api: ApiName, entry: string | SourceConfig, what: string, primary: boolean): ResolvedSource {
  if (typeof entry === 'string') {
    const base = parseBaseUrl(entry, what);
    return { api, base, url: baseString(base), expand: undefined, primary };
  }
  if (typeof entry !== 'object' || entry === null) throw new TypeError(`Klantbeeld: ${what} must be a URL or { url }`);
  const base = parseBaseUrl(entry.url, `${what}.url`);
  const source: ResolvedSource = { api, base, url: baseString(base), expand: entry.expand, primary };
  return entry.organisatie !== undefined ? { ...source, organisatie: entry.organisatie } : source;
}

/**
 * Resolves every configured source, the primary of each API first: a per-API source (or list) wins
 * over the gateway; APIs without either are absent (requests to them fail with UnconfiguredOriginError).
 * @throws TypeError for an invalid base URL or an empty list.
 */
export function resolveAllSources(config: ClientConfig): readonly ResolvedSource[] {
  const all: ResolvedSource[] = [];
  const gateway = config.gateway !== undefined ? parseBaseUrl(config.gateway, 'gateway') : undefined;
  for (const api of API_NAMES) {
    const own = config.sources?.[api];
    if (Array.isArray(own)) {
      const list = own as SourceList;
      if (list.length === 0) throw new TypeError(`Klantbeeld: sources.${api} is an empty list`);
      list.forEach((entry, index) => all.push(resolveOne(api, entry, `sources.${api}[${index}]`, index === 0)));
    } else if (own !== undefined) {
      all.push(resolveOne(api, own as string | SourceConfig, `sources.${api}`, true));
    } else if (gateway) {
      const base = new URL(baseString(gateway) + GATEWAY_PATHS[api]);
      all.push({ api, base, url: baseString(base), expand: undefined, primary: true });
    }
  }
  return all;
}

/** The primary source of every configured API (see {@link resolveAllSources}). */
export function resolveSources(config: ClientConfig): ReadonlyMap<ApiName, ResolvedSource> {
  return new Map(
    resolveAllSources(config)
      .filter((source) => source.primary)
      .map((source) => [source.api, source]),
  );
}
