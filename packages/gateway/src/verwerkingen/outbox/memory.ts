/**
 * The embedded outbox: entries in a Map (insertion order is age order), held by the one deliverer of
 * this process once claimed. Lost on restart; {@link FileOutboxStore} adds a journal.
 * @module
 */
import { OutboxRefused, type ClaimedEntry, type OutboxEntry, type OutboxStats, type OutboxStore } from './store.js';

/** Outbox in memory: one process. */
export class MemoryOutboxStore implements OutboxStore {
  readonly kind: OutboxStore['kind'] = 'memory';
  protected readonly entries = new Map<string, OutboxEntry>();
  readonly #held = new Set<string>();
  readonly #unsettled = new Set<string>();

  constructor(protected readonly maxEntries: number) {}

  async open(): Promise<void> {}

  async append(entry: OutboxEntry): Promise<void> {
    if (this.entries.size >= this.maxEntries) throw new OutboxRefused('full');
    // In the map before it is durable (so a journal compaction running meanwhile keeps it), but not claimable until then.
    this.entries.set(entry.id, entry);
    this.#unsettled.add(entry.id);
    try {
      await this.persistAppend(entry);
    } catch (error) {
      this.entries.delete(entry.id);
      throw error instanceof OutboxRefused ? error : new OutboxRefused('unavailable');
    } finally {
      this.#unsettled.delete(entry.id);
    }
  }

  async claim(max: number): Promise<ClaimedEntry[]> {
    const out: ClaimedEntry[] = [];
    for (const entry of this.entries.values()) {
      if (out.length >= max) break;
      if (this.#held.has(entry.id) || this.#unsettled.has(entry.id)) continue;
      this.#held.add(entry.id);
      out.push({ ...entry, ref: entry.id });
    }
    return out;
  }

  async keepAlive(): Promise<void> {}

  async ack(entries: readonly ClaimedEntry[]): Promise<void> {
    for (const entry of entries) {
      this.entries.delete(entry.id);
      this.#held.delete(entry.id);
    }
    await this.persistAck(entries.map((entry) => entry.id));
  }

  async stats(): Promise<OutboxStats> {
    const oldest = this.entries.values().next();
    return oldest.done ? { depth: 0 } : { depth: this.entries.size, oldestEnqueuedAt: oldest.value.enqueuedAt };
  }

  async ready(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}

  /** Makes an appended entry durable before it counts (the file store writes its journal). */
  protected async persistAppend(_entry: OutboxEntry): Promise<void> {}

  /** Records delivered entries (the file store appends to its journal). */
  protected async persistAck(_ids: readonly string[]): Promise<void> {}
}
