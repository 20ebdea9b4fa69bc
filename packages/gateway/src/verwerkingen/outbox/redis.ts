/**
 * The outbox shared by every instance: a Redis stream with one consumer group. Each instance is a
 * consumer; an entry it has read stays pending under its name until acknowledged, and entries pending
 * longer than `claimIdleMs` (their instance died mid-batch) are taken over by another with `XAUTOCLAIM`.
 * A live instance resets the idle time of the entries it still retries, so nobody takes those.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { OutboxRefused, type ClaimedEntry, type OutboxEntry, type OutboxStats, type OutboxStore } from './store.js';

const STREAM = 'outbox:verwerkingen';
const GROUP = 'delivery';

/** Appends unless the stream is full, in one step (a check and an add apart would let two instances overfill it). */
const APPEND_SCRIPT = `if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('XADD', KEYS[1], '*', 'e', ARGV[2])
return 1`;

type StreamEntry = [id: string, fields: string[]];

/** The script as a command of the client (ioredis sends it by hash, and the text again after a Redis restart). */
const APPEND_COMMAND = 'klantbeeldOutboxAppend';
interface AppendCommand {
  klantbeeldOutboxAppend(key: string, max: number, json: string): Promise<number>;
}

/** Outbox in a Redis stream. */
export class RedisOutboxStore implements OutboxStore {
  readonly kind: OutboxStore['kind'] = 'redis';
  /** This instance's consumer name. */
  readonly consumer = `gateway-${randomUUID()}`;
  #cursor = '0-0';

  constructor(
    private readonly redis: Redis,
    private readonly maxEntries: number,
    private readonly claimIdleMs: number,
  ) {
    redis.defineCommand(APPEND_COMMAND, { numberOfKeys: 1, lua: APPEND_SCRIPT });
  }

  async open(): Promise<void> {
    await this.#ensureGroup();
  }

  async append(entry: OutboxEntry): Promise<void> {
    let added: unknown;
    try {
      added = await (this.redis as unknown as AppendCommand).klantbeeldOutboxAppend(STREAM, this.maxEntries, JSON.stringify(entry));
    } catch {
      throw new OutboxRefused('unavailable');
    }
    if (added !== 1) throw new OutboxRefused('full');
  }

  async claim(max: number): Promise<ClaimedEntry[]> {
    if (max <= 0) return [];
    return this.#withGroup(async () => {
      // First what a dead instance left behind, then new entries.
      const [next, stale] = (await this.redis.xautoclaim(STREAM, GROUP, this.consumer, this.claimIdleMs, this.#cursor, 'COUNT', max)) as [
        string,
        (StreamEntry | null)[],
      ];
      this.#cursor = next;
      const out = parse(stale);
      if (out.length < max) {
        const fresh = (await this.redis.xreadgroup('GROUP', GROUP, this.consumer, 'COUNT', max - out.length, 'STREAMS', STREAM, '>')) as
          [string, StreamEntry[]][] | null;
        out.push(...parse(fresh?.[0]?.[1] ?? []));
      }
      return out;
    });
  }

  async keepAlive(entries: readonly ClaimedEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.redis.xclaim(STREAM, GROUP, this.consumer, 0, ...entries.map((e) => e.ref), 'JUSTID');
  }

  async ack(entries: readonly ClaimedEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const refs = entries.map((e) => e.ref);
    await this.redis
      .multi()
      .xack(STREAM, GROUP, ...refs)
      .xdel(STREAM, ...refs)
      .exec();
  }

  async stats(): Promise<OutboxStats> {
    const [depth, first] = await Promise.all([this.redis.xlen(STREAM), this.redis.xrange(STREAM, '-', '+', 'COUNT', 1)]);
    const id = first[0]?.[0];
    return id === undefined ? { depth } : { depth, oldestEnqueuedAt: Number(id.split('-')[0]) };
  }

  async ready(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {}

  async #ensureGroup(): Promise<void> {
    try {
      // ioredis does not apply its key prefix to XGROUP's key (it follows a subcommand): add it here.
      await this.redis.xgroup('CREATE', `${this.redis.options.keyPrefix ?? ''}${STREAM}`, GROUP, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
  }

  /** Runs `work`; when Redis lost the group (restarted without persistence), creates it and tries once more. */
  async #withGroup<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!String((error as Error).message).includes('NOGROUP')) throw error;
      await this.#ensureGroup();
      this.#cursor = '0-0';
      return work();
    }
  }
}

function parse(entries: readonly (StreamEntry | null)[]): ClaimedEntry[] {
  const out: ClaimedEntry[] = [];
  for (const item of entries) {
    if (!item) continue;
    const [ref, fields] = item;
    const json = fields[fields.indexOf('e') + 1];
    if (json === undefined) continue;
    out.push({ ...(JSON.parse(json) as OutboxEntry), ref });
  }
  return out;
}
