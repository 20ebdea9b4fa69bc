/**
 * The {@link SessionStore} shared by several instances: values as JSON strings with a Redis expiry, plus a
 * sorted set per key prefix (`session:`, `signin:`) scored by expiry, so counting live sessions for the
 * gauge is one `ZCARD` instead of a scan of every key. While Redis is away every call fails with a 503
 * the caller can show, never a crash; the connection comes back by itself.
 * @module
 */
import type { Redis } from 'ioredis';
import { RequestError } from '../server/request-error.js';
import type { Clock, SessionStore } from './store.js';

const INDEX = 'index:';

/** Sessions and pending sign-ins in Redis. */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly clock: Clock = Date.now,
  ) {}

  async get(key: string): Promise<unknown> {
    const json = await this.#call(() => this.redis.get(key));
    return json === null ? undefined : JSON.parse(json);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    const ms = Math.max(1, Math.round(ttlMs));
    await this.#call(() =>
      this.redis
        .multi()
        .set(key, JSON.stringify(value), 'PX', ms)
        .zadd(indexOf(key), this.clock() + ms, key)
        .exec(),
    );
  }

  async take(key: string): Promise<unknown> {
    const json = await this.#call(async () => {
      const results = await this.redis.multi().getdel(key).zrem(indexOf(key), key).exec();
      return (results?.[0]?.[1] ?? null) as string | null;
    });
    return json === null ? undefined : JSON.parse(json);
  }

  async delete(key: string): Promise<void> {
    await this.#call(() => this.redis.multi().del(key).zrem(indexOf(key), key).exec());
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    const ms = Math.max(1, Math.round(ttlMs));
    await this.#call(() =>
      this.redis
        .multi()
        .pexpire(key, ms, 'XX')
        .zadd(indexOf(key), 'XX', this.clock() + ms, key)
        .exec(),
    );
  }

  /** Live entries under `prefix`, which must be a whole prefix up to its first `:` (as `session:`). */
  async count(prefix: string): Promise<number> {
    const index = indexOf(prefix);
    const results = await this.#call(() => this.redis.multi().zremrangebyscore(index, '-inf', this.clock()).zcard(index).exec());
    return Number(results?.[1]?.[1] ?? 0);
  }

  /** The connection belongs to the gateway, which closes it. */
  async close(): Promise<void> {}

  async #call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch {
      throw new RequestError(503, 'The session store is unavailable; try again shortly', 'store-unavailable');
    }
  }
}

function indexOf(key: string): string {
  const colon = key.indexOf(':');
  return INDEX + (colon < 0 ? '' : key.slice(0, colon + 1));
}
