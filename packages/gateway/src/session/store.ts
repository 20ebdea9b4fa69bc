/**
 * Where server-side state lives (sessions, pending sign-ins). One interface so a second instance can
 * share it: in memory now, Redis in a later step; values are plain JSON so any store can hold them.
 * @module
 */

/** A clock in milliseconds since the epoch; injectable so tests can move time. */
export type Clock = () => number;

/** A key-value store with a time to live per entry. */
export interface SessionStore {
  /** The value, or `undefined` when absent or expired. */
  get(key: string): Promise<unknown>;
  /** Stores `value` (JSON-serialisable) for `ttlMs` milliseconds. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Removes the entry and returns it (absent: `undefined`), so a one-time value can be taken exactly once. */
  take(key: string): Promise<unknown>;
  delete(key: string): Promise<void>;
  /** Extends the time to live of an existing entry. */
  touch(key: string, ttlMs: number): Promise<void>;
  /** Number of live entries whose key starts with `prefix` (for the active-sessions gauge). */
  count(prefix: string): Promise<number>;
  close(): Promise<void>;
}

interface Entry {
  readonly json: string;
  expiresAt: number;
}

/** The embedded store: one process, lost on restart. Values are kept serialised so callers cannot share mutable state. */
export class MemorySessionStore implements SessionStore {
  readonly #entries = new Map<string, Entry>();
  readonly #sweep: NodeJS.Timeout;

  constructor(private readonly clock: Clock = Date.now) {
    // Expired entries are also dropped on read; the sweep bounds memory when they are never read again.
    this.#sweep = setInterval(() => this.#dropExpired(), 60_000);
    this.#sweep.unref();
  }

  async get(key: string): Promise<unknown> {
    const entry = this.#live(key);
    return entry ? JSON.parse(entry.json) : undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.#entries.set(key, { json: JSON.stringify(value), expiresAt: this.clock() + ttlMs });
  }

  async take(key: string): Promise<unknown> {
    const entry = this.#live(key);
    this.#entries.delete(key);
    return entry ? JSON.parse(entry.json) : undefined;
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    const entry = this.#live(key);
    if (entry) entry.expiresAt = this.clock() + ttlMs;
  }

  async count(prefix: string): Promise<number> {
    this.#dropExpired();
    let n = 0;
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) n++;
    return n;
  }

  async close(): Promise<void> {
    clearInterval(this.#sweep);
    this.#entries.clear();
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= this.clock()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #dropExpired(): void {
    const now = this.clock();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}
