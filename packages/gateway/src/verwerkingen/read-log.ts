/**
 * The read log of one gateway instance: builds the verwerkingsactie of a read, writes it to the outbox
 * (memory, journal file or Redis stream) and runs the delivery loop towards the Verwerkingenlogging API.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { GatewayConfig } from '../config/types.js';
import type { UpstreamObserver } from '../proxy/upstream/client.js';
import { actionFor, type ReadFacts } from './action.js';
import { Deliverer } from './delivery.js';
import { OutboxMetrics } from './metrics.js';
import { FileOutboxStore } from './outbox/file.js';
import { MemoryOutboxStore } from './outbox/memory.js';
import { RedisOutboxStore } from './outbox/redis.js';
import { OutboxRefused, type OutboxStore } from './outbox/store.js';
import { logSender } from './sender.js';

/** What the read log needs besides the configuration. */
export interface ReadLogOptions {
  /** The gateway's shared Redis connection, when `redis.url` is set. */
  readonly redis?: Redis;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly clock: () => number;
  /** Reports calls to the log like other upstream calls (metrics). */
  readonly observe?: UpstreamObserver;
}

/** The read log of one instance. */
export class ReadLog {
  readonly store: OutboxStore;
  readonly metrics: OutboxMetrics;
  readonly #deliverer: Deliverer;
  readonly #sender: ReturnType<typeof logSender>;

  constructor(
    private readonly config: GatewayConfig,
    private readonly options: ReadLogOptions,
  ) {
    const upstream = config.upstreams.verwerkingen;
    if (!upstream) throw new Error('the read log needs upstreams.verwerkingen');
    const outbox = config.readLog.outbox;
    const kind = outbox.store ?? (options.redis ? 'redis' : outbox.file !== undefined ? 'file' : 'memory');
    if (kind === 'redis') {
      if (!options.redis) throw new Error('readLog.outbox.store "redis" needs redis.url');
      this.store = new RedisOutboxStore(options.redis, outbox.maxEntries, outbox.claimIdleMs);
    } else if (kind === 'file') {
      if (outbox.file === undefined) throw new Error('readLog.outbox.store "file" needs readLog.outbox.file');
      this.store = new FileOutboxStore(outbox.file, outbox.maxEntries);
    } else {
      this.store = new MemoryOutboxStore(outbox.maxEntries);
    }
    this.metrics = new OutboxMetrics(options.registry, this.store, options.clock);
    this.#sender = logSender(upstream, config.readLog.url, options.observe);
    this.#deliverer = new Deliverer(this.store, this.#sender.send, outbox, this.metrics, options.logger);
  }

  /** Loads the outbox and starts delivering. */
  async start(): Promise<void> {
    await this.store.open();
    this.#deliverer.start();
  }

  /** Writes the action of one read to the outbox; `false` (and counted) when the outbox refused it. */
  async record(facts: Omit<ReadFacts, 'at'>): Promise<boolean> {
    const at = this.options.clock();
    try {
      await this.store.append({ id: randomUUID(), enqueuedAt: at, action: actionFor({ ...facts, at }, this.config.readLog) });
    } catch (error) {
      const reason = error instanceof OutboxRefused ? error.reason : 'unavailable';
      this.metrics.refusedReads.inc({ reason });
      this.options.logger.warn({ reason }, 'read refused: the read-log outbox did not take its action');
      return false;
    }
    this.#deliverer.nudge();
    return true;
  }

  /** Whether the outbox accepts entries now (for `/readyz`). */
  ready(): Promise<boolean> {
    return this.store.ready();
  }

  /** Stops delivery (what is not delivered stays in the outbox) and closes the store and the log's pool. */
  async close(): Promise<void> {
    await this.#deliverer.stop();
    await this.store.close();
    await this.#sender.close();
  }
}

/** The read log when reads are to be logged: `readLog.enabled` is not `false` and `upstreams.verwerkingen` exists. */
export function createReadLog(config: GatewayConfig, options: ReadLogOptions): ReadLog | undefined {
  if (config.readLog.enabled === false || !config.upstreams.verwerkingen) {
    options.logger.warn('reads of personal data are not logged: configure upstreams.verwerkingen (and keep readLog.enabled)');
    return undefined;
  }
  return new ReadLog(config, options);
}
