/**
 * Response cache for immutable resources (Catalogi) and sharing of identical in-flight GETs.
 * @module
 */

/** Freezes a parsed JSON value, so a caller cannot alter what other callers get from the cache. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface InFlight {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
}

/**
 * Caches responses by key (cacheable ones only) and shares in-flight loads. A load runs on its own
 * signal, aborted only when every caller waiting for it has aborted. {@link reset} starts a new
 * generation: loads started before it neither fill the new cache nor are shared with later callers.
 */
export class RequestCache {
  #generation = 0;
  readonly #store = new Map<string, unknown>();
  readonly #inFlight = new Map<string, InFlight>();

  /** Empties the cache and forgets in-flight loads (identity change). */
  reset(): void {
    this.#generation++;
    this.#store.clear();
    this.#inFlight.clear();
  }

  /** Number of cached responses (diagnostics and tests). */
  get size(): number {
    return this.#store.size;
  }

  /**
   * Returns the cached value for `key`, joins an identical in-flight load, or starts `load`.
   * @param cacheable keep a successful result for later calls (errors are never cached).
   */
  run(key: string, cacheable: boolean, signal: AbortSignal | undefined, load: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (cacheable && this.#store.has(key)) return Promise.resolve(this.#store.get(key));
    let entry = this.#inFlight.get(key);
    if (!entry) {
      const generation = this.#generation;
      const controller = new AbortController();
      const promise = load(controller.signal).then((value) => {
        if (cacheable && generation === this.#generation) this.#store.set(key, deepFreeze(value));
        return value;
      });
      const created: InFlight = { promise, controller, waiters: 0 };
      entry = created;
      this.#inFlight.set(key, created);
      const forget = () => {
        if (this.#inFlight.get(key) === created) this.#inFlight.delete(key);
      };
      // Handled here so a load every caller has left does not become an unhandled rejection.
      promise.then(forget, forget);
    }
    return this.#wait(key, entry, signal);
  }

  #wait(key: string, entry: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    entry.waiters++;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        entry.waiters--;
        if (entry.waiters === 0) {
          if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
          entry.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
