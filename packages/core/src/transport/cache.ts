/**
 * The response cache and the sharing of identical in-flight requests. What to keep is decided by the
 * client (see client.ts): Catalogi resources (immutable per URL), ZGW details with their `ETag`
 * (revalidated with `If-None-Match`), and lists (fresh for `listMaxAge`, then stale-while-revalidate).
 * @module
 */
import { untilAborted } from './signals.js';

/** Freezes a parsed JSON value, so a caller cannot alter what other callers get from the cache. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** How a cached value is kept: forever (Catalogi), revalidated by ETag, or fresh for a while (lists). */
export type EntryKind = 'immutable' | 'etag' | 'list';

/** One cached response. */
export interface CacheEntry {
  /** The request URL (with query); invalidation matches on it. */
  readonly url: string;
  readonly kind: EntryKind;
  /** The (deep-frozen) value. */
  readonly value: unknown;
  /** The `ETag` it was served with (kind 'etag'). */
  readonly etag?: string | undefined;
  /** When it was stored or last confirmed (304), per the cache's clock. */
  readonly storedAt: number;
}

/** Stores the result of a load, unless a reset or an invalidation happened since it started. */
export type Store = (entry: Omit<CacheEntry, 'storedAt'>) => void;

interface InFlight {
  readonly url: string;
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
  /** Set by an invalidation: the result is returned to its callers but not stored. */
  stale: boolean;
}

/** The resource part of a URL (no query or fragment), or undefined when not a URL. */
function resourceOf(value: string): URL | undefined {
  try {
    const url = new URL(value);
    url.search = '';
    url.hash = '';
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Whether a cached request URL is affected by a change of `changed`: the resource itself (any query),
 * a collection above it (`/zaken` for `/zaken/{uuid}`, any query), or a list whose query names it
 * (`/statussen?zaak=<url>`, also inside a comma-separated `__in` value).
 */
export function affects(changed: URL, cachedUrl: string): boolean {
  let cached: URL;
  try {
    cached = new URL(cachedUrl);
  } catch {
    return false;
  }
  const target = changed.href;
  for (const value of cached.searchParams.values()) {
    for (const part of value.split(',')) {
      if (resourceOf(part.trim())?.href === target) return true;
    }
  }
  if (cached.origin !== changed.origin) return false;
  const path = cached.pathname.replace(/\/+$/, '');
  return path === changed.pathname || changed.pathname.startsWith(path + '/');
}

/**
 * Caches responses by key and shares in-flight loads. A load runs on its own signal, aborted only when
 * every caller waiting for it has aborted, or by {@link reset}. {@link reset} starts a new generation:
 * loads started before it are aborted, never fill the new cache and are not shared with later callers.
 */
export class RequestCache {
  #generation = 0;
  readonly #store = new Map<string, CacheEntry>();
  readonly #inFlight = new Map<string, InFlight>();
  readonly #now: () => number;

  /** @param now the clock of `storedAt` (injectable for tests). */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Empties the cache and aborts every in-flight load with `reason` (identity change). */
  reset(reason?: unknown): void {
    this.#generation++;
    this.#store.clear();
    const loads = [...this.#inFlight.values()];
    this.#inFlight.clear();
    for (const load of loads) load.controller.abort(reason);
  }

  /**
   * Drops every entry affected by a change of `url` (see {@link affects}); in-flight loads of those
   * entries still answer their callers but store nothing, and later callers start afresh.
   * @returns the number of entries dropped.
   */
  invalidate(url: string): number {
    const changed = resourceOf(url);
    if (!changed) return 0;
    let dropped = 0;
    for (const [key, entry] of this.#store) {
      if (affects(changed, entry.url)) {
        this.#store.delete(key);
        dropped++;
      }
    }
    for (const [key, load] of this.#inFlight) {
      if (affects(changed, load.url)) {
        load.stale = true;
        this.#inFlight.delete(key);
      }
    }
    return dropped;
  }

  /** Number of cached responses (diagnostics and tests). */
  get size(): number {
    return this.#store.size;
  }

  /** The cached entry of `key`, if any. */
  peek(key: string): CacheEntry | undefined {
    return this.#store.get(key);
  }

  /** Age in ms of an entry, per the cache's clock. */
  age(entry: CacheEntry): number {
    return this.#now() - entry.storedAt;
  }

  /**
   * Joins the in-flight load of `key`, or starts `load`. `load` receives the signal to send with and a
   * {@link Store} that keeps its result (ignored once the cache was reset or `url` invalidated).
   * @param signal the caller's; without one the caller waits until the load settles (background work).
   */
  run(key: string, url: string, signal: AbortSignal | undefined, load: (signal: AbortSignal, store: Store) => Promise<unknown>): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let entry = this.#inFlight.get(key);
    if (!entry) {
      const generation = this.#generation;
      const controller = new AbortController();
      let created: InFlight | undefined;
      const store: Store = (value) => {
        if (generation !== this.#generation || created?.stale) return;
        this.#store.set(key, { ...value, value: deepFreeze(value.value), storedAt: this.#now() });
      };
      const promise = load(controller.signal, store);
      created = { url, promise, controller, waiters: 0, stale: false };
      const current = created;
      entry = created;
      this.#inFlight.set(key, created);
      const forget = () => {
        if (this.#inFlight.get(key) === current) this.#inFlight.delete(key);
      };
      // Handled here so a load every caller has left does not become an unhandled rejection.
      promise.then(forget, forget);
    }
    return this.#wait(key, entry, signal);
  }

  #wait(key: string, entry: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    entry.waiters++;
    // The last caller to leave aborts the load.
    return untilAborted(entry.promise, signal, (reason) => {
      entry.waiters--;
      if (entry.waiters === 0) {
        if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
        entry.controller.abort(reason);
      }
    });
  }
}
