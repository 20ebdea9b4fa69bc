/**
 * Maps an absolute URL (a ZGW relation) to the configured source that serves it. This is the gate that
 * keeps credentials on configured origins: a URL that maps to no source is refused before anything is sent.
 * @module
 */
import type { ResolvedSource } from './config.js';
import { UnconfiguredOriginError } from './errors.js';

/** A URL that lies within a configured source. */
export interface ResolvedUrl {
  readonly source: ResolvedSource;
  /** The parsed (normalised) URL; send exactly this. */
  readonly url: URL;
  /** The path below the source's base path, starting with '/' (or '' for the base itself). */
  readonly path: string;
}

/** The base path of a source without trailing slash: '' for a gateway at the root. */
function basePath(source: ResolvedSource): string {
  return source.base.pathname.replace(/\/+$/, '');
}

/**
 * Resolves `value` to the configured source whose origin matches and whose base path is a prefix on a
 * segment boundary (`/zaken/api/v1` matches `/zaken/api/v1/zaken/1`, not `/zaken/api/v10`). The URL is
 * parsed first, so dot segments (`/zaken/api/v1/../../x`) cannot escape the base path. When sources
 * overlap, the longest base path wins (on a tie the first given, i.e. an API's primary source).
 * @throws UnconfiguredOriginError when the URL is not absolute http(s) or lies outside every source.
 */
export function resolveUrl(sources: Iterable<ResolvedSource>, value: string): ResolvedUrl {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UnconfiguredOriginError(`Not an absolute URL: ${JSON.stringify(value)}`, { url: String(value) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UnconfiguredOriginError(`Only http(s) URLs are fetched, not ${url.protocol} (${value})`, { url: value });
  }
  // Userinfo in a relation URL is never legitimate and would let a URL look configured while it is not.
  if (url.username || url.password) {
    throw new UnconfiguredOriginError(`URL with credentials refused: ${url.origin}`, { url: url.origin });
  }
  let best: ResolvedUrl | undefined;
  for (const source of sources) {
    if (url.origin !== source.base.origin) continue;
    const prefix = basePath(source);
    const pathname = url.pathname;
    if (pathname !== prefix && !pathname.startsWith(prefix + '/')) continue;
    if (!best || prefix.length > basePath(best.source).length) {
      best = { source, url, path: pathname.slice(prefix.length) };
    }
  }
  if (!best) {
    throw new UnconfiguredOriginError(`URL outside every configured source, not fetched: ${url.href}`, { url: url.href });
  }
  return best;
}
