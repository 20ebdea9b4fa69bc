/**
 * The once-only lock of the channel: the first instance to claim a key sends the message, every other
 * claim of it within the time to live fails. In memory for one process; with Redis a `SET key NX PX`.
 * @module
 */

/** Claims keys once. */
export interface OnceLock {
  /** Connects to its store (nothing in memory). */
  connect(): Promise<void>;
  /** True for the first claim of `key` within `ttlMs`, false for every later one. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Most keys the memory lock holds (oldest dropped first: a flood cannot grow it without bound). */
const MAX_KEYS = 100_000;

/** The embedded lock (one instance). */
export class MemoryOnceLock implements OnceLock {
  readonly #keys = new Map<string, number>();

  constructor(private readonly clock: () => number = Date.now) {}

  async connect(): Promise<void> {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const held = this.#keys.get(key);
    if (held !== undefined && held > now) return false;
    this.#keys.delete(key);
    this.#keys.set(key, now + ttlMs);
    while (this.#keys.size > MAX_KEYS) this.#keys.delete(this.#keys.keys().next().value as string);
    return true;
  }

  async close(): Promise<void> {
    this.#keys.clear();
  }
}
