/**
 * The outbox of one process that survives a restart: every entry is appended to a journal file and
 * synced to disk (`fdatasync`) before the read it belongs to is answered; deliveries append an ack line.
 * Writes that arrive together share one sync (group commit), so the cost per read stays small under load.
 * At start the journal is replayed and rewritten without the delivered entries, and again whenever the
 * delivered lines outnumber the waiting ones.
 * @module
 */
import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { MemoryOutboxStore } from './memory.js';
import { OutboxRefused, type OutboxEntry, type OutboxStore } from './store.js';

/** Delivered lines in the journal before it is rewritten (and only when they outnumber the waiting entries). */
const COMPACT_AFTER = 5000;

interface Pending {
  readonly line: string;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Outbox in memory with a journal file. */
export class FileOutboxStore extends MemoryOutboxStore {
  override readonly kind: OutboxStore['kind'] = 'file';
  #handle: FileHandle | undefined;
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;
  #acked = 0;

  constructor(
    private readonly path: string,
    maxEntries: number,
  ) {
    super(maxEntries);
  }

  override async open(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let record: { a?: OutboxEntry; d?: string[] };
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        continue; // a line torn by a crash mid-write: its read was never answered
      }
      if (record.a) this.entries.set(record.a.id, record.a);
      for (const id of record.d ?? []) this.entries.delete(id);
    }
    await this.#rewrite();
  }

  override async ready(): Promise<boolean> {
    return this.#handle !== undefined;
  }

  override async close(): Promise<void> {
    await this.#flushing;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  protected override persistAppend(entry: OutboxEntry): Promise<void> {
    return this.#write(`${JSON.stringify({ a: entry })}\n`);
  }

  protected override async persistAck(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    this.#acked += ids.length;
    // A lost ack line only means a repeated delivery, which the log ignores (Idempotency-Key).
    await this.#write(`${JSON.stringify({ d: ids })}\n`).catch(() => undefined);
  }

  #write(line: string): Promise<void> {
    if (!this.#handle) return Promise.reject(new OutboxRefused('unavailable'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ line, resolve, reject });
      this.#kick();
    });
  }

  #kick(): void {
    if (this.#flushing) return;
    this.#flushing = this.#flush().finally(() => {
      this.#flushing = undefined;
      if (this.#queue.length > 0) this.#kick();
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#queue;
    this.#queue = [];
    try {
      const handle = this.#handle;
      if (!handle) throw new OutboxRefused('unavailable');
      await handle.write(batch.map((p) => p.line).join(''));
      await handle.datasync();
      for (const p of batch) p.resolve();
    } catch {
      for (const p of batch) p.reject(new OutboxRefused('unavailable'));
      return;
    }
    if (this.#acked > COMPACT_AFTER && this.#acked > this.entries.size) {
      await this.#rewrite().catch(() => undefined);
    }
  }

  /** Writes the waiting entries to a new journal and swaps it in (atomic rename), then appends to it. */
  async #rewrite(): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    const fresh = await open(temporary, 'w', 0o600);
    try {
      await fresh.write([...this.entries.values()].map((entry) => `${JSON.stringify({ a: entry })}\n`).join(''));
      await fresh.datasync();
    } finally {
      await fresh.close();
    }
    await rename(temporary, this.path);
    await this.#handle?.close();
    this.#handle = await open(this.path, 'a', 0o600);
    this.#acked = 0;
  }
}
