/**
 * Remembers ownership lookups briefly, per subject, bounded in size: a resident who opens a zaak and then
 * its statussen, documents and besluiten costs one lookup, not one per request. Only positive and negative
 * answers of completed lookups are kept; a fault is never remembered.
 * @module
 */

/** A bounded map with a time to live per entry (oldest entries go first when full). */
export class OwnershipCache {
  readonly #entries = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The remembered value of `key`, or what `lookup` gives (remembered unless it throws). */
  async get<T>(key: string, lookup: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value as T;
    if (hit) this.#entries.delete(key);
    const value = await lookup();
    this.set(key, value);
    return value;
  }

  /** Remembers `value` for `key` (e.g. zaken a scoped list returned are the subject's). */
  set(key: string, value: unknown): void {
    if (this.ttlMs <= 0 || this.maxEntries <= 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** Number of entries held (for tests of the bound). */
  get size(): number {
    return this.#entries.size;
  }
}
