/**
 * Client configuration and the resolution of configured sources (one base URL per standard API).
 * @module
 */

/** The standard APIs the client knows. */
export type ApiName =
  | 'zaken'
  | 'catalogi'
  | 'documenten'
  | 'besluiten'
  | 'klantinteracties'
  | 'objecten'
  | 'producten'
  | 'brp'
  | 'verwerkingen';

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
}

/** Configuration of {@link createClient}. */
export interface ClientConfig {
  /** One gateway serving every API under its own base path ({@link GATEWAY_PATHS}): `${gateway}/zaken/api/v1`, `${gateway}/catalogi/api/v1`, … */
  gateway?: string;
  /** Per-API base URL (string or SourceConfig); wins over `gateway` for that API. */
  sources?: Partial<Record<ApiName, string | SourceConfig>>;
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
}

/** Default per-request timeout in ms. */
export const DEFAULT_TIMEOUT = 15_000;

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

/**
 * Resolves the configured sources: a per-API source wins over the gateway; APIs without either are
 * absent (requests to them fail with UnconfiguredOriginError).
 */
export function resolveSources(config: ClientConfig): ReadonlyMap<ApiName, ResolvedSource> {
  const sources = new Map<ApiName, ResolvedSource>();
  const gateway = config.gateway !== undefined ? parseBaseUrl(config.gateway, 'gateway') : undefined;
  for (const api of API_NAMES) {
    const own = config.sources?.[api];
    let base: URL | undefined;
    let expand: boolean | undefined;
    if (typeof own === 'string') {
      base = parseBaseUrl(own, `sources.${api}`);
    } else if (own !== undefined) {
      base = parseBaseUrl(own.url, `sources.${api}.url`);
      expand = own.expand;
    } else if (gateway) {
      base = new URL(baseString(gateway) + GATEWAY_PATHS[api]);
    }
    if (base) sources.set(api, { api, base, url: baseString(base), expand });
  }
  return sources;
}
