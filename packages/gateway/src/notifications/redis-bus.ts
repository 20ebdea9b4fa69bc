/**
 * The relay's bus and once-only lock in Redis, for several instances: every event is appended to a
 * capped Redis stream (its id is the event id, the same on every instance, so a browser can reconnect to
 * any of them with `Last-Event-ID`) and published on a channel that each instance subscribes to and
 * hands to its own open streams. The lock is `SET key NX PX`.
 * @module
 */
import type { Redis } from 'ioredis';
import type { RedisConfig } from '../config/redis-schema.js';
import { closeRedis, connectRedis } from '../redis/connection.js';
import type { RelayBus, RelayEvent, ReplayLimits } from './bus.js';
import type { OnceLock } from './channel/once-lock.js';

/** Key of the event stream (below the configured prefix) and name of the fan-out channel. */
const EVENTS_KEY = 'relay:events';

/** A Redis stream id (`ms-seq`). */
const STREAM_ID = /^\d{1,15}-\d{1,10}$/;

/** The bus of several instances. */
export class RedisRelayBus implements RelayBus {
  readonly #listeners: ((event: RelayEvent) => void)[] = [];
  readonly #channel: string;
  #redis: Redis | undefined;
  #subscriber: Redis | undefined;

  constructor(
    private readonly config: RedisConfig,
    private readonly limits: ReplayLimits,
    private readonly clock: () => number = Date.now,
  ) {
    // Channel names get no key prefix from the client: add it, so gateways sharing a Redis stay apart.
    this.#channel = `${config.keyPrefix}${EVENTS_KEY}`;
  }

  /** Connects the command and the subscriber connections. */
  async connect(): Promise<void> {
    this.#redis ??= await connectRedis(this.config, 'relay');
    if (!this.#subscriber) {
      const subscriber = await connectRedis(this.config, 'relay-fanout');
      subscriber.on('message', (channel: string, text: string) => {
        if (channel !== this.#channel) return;
        const event = parseEvent(text);
        if (event) for (const listener of this.#listeners) listener(event);
      });
      await subscriber.subscribe(this.#channel);
      this.#subscriber = subscriber;
    }
  }

  async publish(audience: readonly string[], data: string): Promise<RelayEvent> {
    const redis = this.#connected();
    const time = this.clock();
    const id = await redis.xadd(
      EVENTS_KEY,
      'MAXLEN',
      '~',
      String(Math.max(1, this.limits.maxEvents)),
      '*',
      'a',
      audience.join(','),
      'd',
      data,
      't',
      String(time),
    );
    if (!id) throw new Error('XADD returned no id');
    const event: RelayEvent = { id, audience, data, time };
    await redis.publish(this.#channel, JSON.stringify(event));
    return event;
  }

  onEvent(listener: (event: RelayEvent) => void): void {
    this.#listeners.push(listener);
  }

  async replay(lastEventId: string, audienceKey: string): Promise<readonly RelayEvent[]> {
    if (!STREAM_ID.test(lastEventId)) return [];
    const oldest = this.clock() - this.limits.windowMs;
    const entries = await this.#connected().xrange(EVENTS_KEY, `(${lastEventId}`, '+', 'COUNT', String(Math.max(1, this.limits.maxEvents)));
    const events: RelayEvent[] = [];
    for (const [id, fields] of entries) {
      const event = fromFields(id, fields);
      if (event && event.time >= oldest && event.audience.includes(audienceKey)) events.push(event);
    }
    return events;
  }

  async size(): Promise<number> {
    return this.#connected().xlen(EVENTS_KEY);
  }

  async close(): Promise<void> {
    this.#listeners.length = 0;
    await Promise.all([this.#subscriber, this.#redis].map((redis) => (redis ? closeRedis(redis) : Promise.resolve())));
    this.#subscriber = undefined;
    this.#redis = undefined;
  }

  #connected(): Redis {
    if (!this.#redis) throw new Error('The relay bus is not connected');
    return this.#redis;
  }
}

/** The once-only lock of several instances. */
export class RedisOnceLock implements OnceLock {
  #redis: Redis | undefined;

  constructor(private readonly config: RedisConfig) {}

  async connect(): Promise<void> {
    this.#redis ??= await connectRedis(this.config, 'relay-lock');
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (!this.#redis) throw new Error('The lock is not connected');
    return (await this.#redis.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async close(): Promise<void> {
    if (this.#redis) await closeRedis(this.#redis);
    this.#redis = undefined;
  }
}

function parseEvent(text: string): RelayEvent | undefined {
  try {
    const value = JSON.parse(text) as Partial<RelayEvent>;
    if (typeof value.id !== 'string' || typeof value.data !== 'string' || !Array.isArray(value.audience) || typeof value.time !== 'number') return undefined;
    return { id: value.id, audience: value.audience.filter((key): key is string => typeof key === 'string'), data: value.data, time: value.time };
  } catch {
    return undefined;
  }
}

function fromFields(id: string, fields: readonly string[]): RelayEvent | undefined {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) map.set(fields[i] as string, fields[i + 1] as string);
  const data = map.get('d');
  const time = Number(map.get('t'));
  if (data === undefined || !Number.isFinite(time)) return undefined;
  return { id, audience: (map.get('a') ?? '').split(',').filter(Boolean), data, time };
}
