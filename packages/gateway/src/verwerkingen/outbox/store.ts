/**
 * The outbox between a read and the Verwerkingenlogging API: an entry is written (durably, for the file
 * and Redis stores) before the answer leaves the gateway, and stays until the log has confirmed it. One
 * interface, three stores: memory, a local journal file, a Redis stream with a consumer group.
 * @module
 */
import type { VerwerkingsactieInput } from '../action.js';

/** One action waiting for delivery. */
export interface OutboxEntry {
  /** Unique per action; sent as `Idempotency-Key`, so a repeated delivery never logs twice. */
  readonly id: string;
  /** When the entry was written, ms since the epoch. */
  readonly enqueuedAt: number;
  readonly action: VerwerkingsactieInput;
}

/** An entry a deliverer has taken; `ref` is the store's own handle (a stream id for Redis). */
export interface ClaimedEntry extends OutboxEntry {
  readonly ref: string;
}

/** Why the outbox refused an entry: the read it belongs to is refused too (503). */
export class OutboxRefused extends Error {
  override readonly name = 'OutboxRefused';
  constructor(readonly reason: 'full' | 'unavailable') {
    super(reason === 'full' ? 'the read-log outbox is full' : 'the read-log outbox is unavailable');
  }
}

/** Depth and age of the outbox, for metrics. */
export interface OutboxStats {
  /** Entries not yet confirmed by the log (waiting or in flight). */
  readonly depth: number;
  /** When the oldest of them was written; absent when empty. */
  readonly oldestEnqueuedAt?: number;
}

/** Where outbox entries live. */
export interface OutboxStore {
  readonly kind: 'memory' | 'file' | 'redis';
  /** Loads what a previous run left (file) or creates the consumer group (Redis). */
  open(): Promise<void>;
  /** Keeps the entry until acknowledged; throws {@link OutboxRefused} when full or unreachable. */
  append(entry: OutboxEntry): Promise<void>;
  /** Up to `max` entries no live deliverer holds, oldest first; they are held by this deliverer until acked. */
  claim(max: number): Promise<ClaimedEntry[]>;
  /** Tells the store this deliverer still works on these entries (Redis: resets their idle time). */
  keepAlive(entries: readonly ClaimedEntry[]): Promise<void>;
  /** Removes delivered entries. */
  ack(entries: readonly ClaimedEntry[]): Promise<void>;
  stats(): Promise<OutboxStats>;
  /** Whether the store accepts entries now (for `/readyz`). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}
