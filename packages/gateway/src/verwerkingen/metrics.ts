/**
 * Prometheus instruments of the read-log outbox, registered in the gateway's registry: depth and age of
 * the oldest entry (read from the store at scrape time), delivered, retried and rejected actions, and
 * reads refused because the outbox could not take their action.
 * @module
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { DeliveryObserver } from './delivery.js';
import type { OutboxStats, OutboxStore } from './outbox/store.js';

/** The outbox's instruments. */
export class OutboxMetrics implements DeliveryObserver {
  readonly #delivered: Counter;
  readonly #retried: Counter;
  readonly #rejected: Counter;
  readonly refusedReads: Counter<'reason'>;

  constructor(registry: Registry, store: OutboxStore, clock: () => number) {
    let stats: Promise<OutboxStats> | undefined;
    // One store read serves both gauges of a scrape.
    const read = (): Promise<OutboxStats> =>
      (stats ??= store
        .stats()
        .catch((): OutboxStats => ({ depth: Number.NaN }))
        .finally(() => setImmediate(() => (stats = undefined))));
    new Gauge({
      name: 'klantbeeld_gateway_outbox_depth',
      help: 'Read-log actions waiting for the Verwerkingenlogging API (or in flight).',
      registers: [registry],
      async collect() {
        this.set((await read()).depth);
      },
    });
    new Gauge({
      name: 'klantbeeld_gateway_outbox_oldest_age_seconds',
      help: 'Age of the oldest waiting read-log action; 0 when none waits.',
      registers: [registry],
      async collect() {
        const { oldestEnqueuedAt } = await read();
        this.set(oldestEnqueuedAt === undefined ? 0 : Math.max(0, (clock() - oldestEnqueuedAt) / 1000));
      },
    });
    this.#delivered = new Counter({ name: 'klantbeeld_gateway_outbox_delivered_total', help: 'Read-log actions the log confirmed.', registers: [registry] });
    this.#retried = new Counter({
      name: 'klantbeeld_gateway_outbox_retried_total',
      help: 'Deliveries of read-log actions that failed and will be repeated.',
      registers: [registry],
    });
    this.#rejected = new Counter({
      name: 'klantbeeld_gateway_outbox_rejected_total',
      help: 'Read-log actions the log refused as invalid (dropped).',
      registers: [registry],
    });
    this.refusedReads = new Counter({
      name: 'klantbeeld_gateway_outbox_refused_reads_total',
      help: 'Reads refused with 503 because the outbox could not take their action, by reason (full, unavailable).',
      labelNames: ['reason'] as const,
      registers: [registry],
    });
  }

  delivered(count: number): void {
    this.#delivered.inc(count);
  }

  retried(count: number): void {
    this.#retried.inc(count);
  }

  rejected(count: number): void {
    this.#rejected.inc(count);
  }
}
