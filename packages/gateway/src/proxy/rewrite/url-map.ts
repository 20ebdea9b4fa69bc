/**
 * Translation between upstream URLs and gateway URLs. ZGW relations are absolute URLs: every upstream URL
 * in an answer becomes the gateway's (`publicUrl` + the API's base path), and every gateway URL the
 * browser sends in a query or body becomes the upstream's again. A URL of neither stays as it is.
 * @module
 */

/** One API's pair of base URLs (no trailing slash). */
export interface BasePair {
  readonly api: string;
  readonly upstream: string;
  readonly public: string;
}

/** Whether `url` is `base` itself or lies below it (`/`, `?` or `#` follows). */
function under(url: string, base: string): boolean {
  if (!url.startsWith(base)) return false;
  const next = url.charAt(base.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}

/** The two-way map of every configured API. */
export class UrlMap {
  // Longest base first, so a base that prefixes another never captures its URLs.
  readonly #byUpstream: readonly BasePair[];
  readonly #byPublic: readonly BasePair[];

  constructor(pairs: readonly BasePair[]) {
    this.#byUpstream = [...pairs].sort((a, b) => b.upstream.length - a.upstream.length);
    this.#byPublic = [...pairs].sort((a, b) => b.public.length - a.public.length);
  }

  /** The gateway URL of an upstream URL, or `value` unchanged. */
  toPublic(value: string): string {
    const pair = this.#byUpstream.find((p) => under(value, p.upstream));
    return pair ? pair.public + value.slice(pair.upstream.length) : value;
  }

  /** The upstream URL of a gateway URL, or `value` unchanged. */
  toUpstream(value: string): string {
    const pair = this.#byPublic.find((p) => under(value, p.public));
    return pair ? pair.upstream + value.slice(pair.public.length) : value;
  }

  /** The API whose upstream holds `url`, if any. */
  upstreamApi(url: string): string | undefined {
    return this.#byUpstream.find((p) => under(url, p.upstream))?.api;
  }

  /** `value` with every string translated by `translate`, objects and arrays copied (depth-bounded). */
  static mapStrings(value: unknown, translate: (s: string) => string, depth = 0): unknown {
    if (typeof value === 'string') return translate(value);
    if (depth > 64 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => UrlMap.mapStrings(item, translate, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = UrlMap.mapStrings(item, translate, depth + 1);
    return out;
  }

  /** Upstream → gateway URLs everywhere in a JSON value. */
  publicJson(value: unknown): unknown {
    return UrlMap.mapStrings(value, (s) => this.toPublic(s));
  }

  /** Gateway → upstream URLs everywhere in a JSON value. */
  upstreamJson(value: unknown): unknown {
    return UrlMap.mapStrings(value, (s) => this.toUpstream(s));
  }

  /** A `Link` header with each `<…>` target translated to the gateway. */
  publicLink(header: string): string {
    return header.replace(/<([^>]*)>/g, (_, target: string) => `<${this.toPublic(target)}>`);
  }
}
