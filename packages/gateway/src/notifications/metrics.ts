/**
 * Prometheus instruments of the relay and the channel, in the gateway's own registry.
 * @module
 */
import { Counter, Gauge, type Registry } from 'prom-client';

/** The relay's instruments. */
export interface RelayMetrics {
  /** Notifications by outcome: `received`, `refused` (queue full), `relayed`, `unmatched`, `failed`, `unauthorized`. */
  readonly notifications: Counter<'outcome'>;
  /** Events written to streams. */
  readonly delivered: Counter;
  /** Messages of the channel by medium (`email`, `sms`) and outcome (`sent`, `failed`, `skipped`). */
  readonly messages: Counter<'medium' | 'outcome'>;
}

/** Registers the relay's instruments in `registry`; `openStreams` is read at each scrape. */
export function relayMetrics(registry: Registry, openStreams: () => number): RelayMetrics {
  new Gauge({
    name: 'klantbeeld_gateway_event_streams',
    help: 'Event streams open on this instance.',
    registers: [registry],
    collect() {
      this.set(openStreams());
    },
  });
  return {
    notifications: new Counter({
      name: 'klantbeeld_gateway_notifications_total',
      help: 'Notifications by outcome: received, refused (queue full), unauthorized, relayed, unmatched, failed.',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    delivered: new Counter({
      name: 'klantbeeld_gateway_events_delivered_total',
      help: 'Events written to open streams (one per stream).',
      registers: [registry],
    }),
    messages: new Counter({
      name: 'klantbeeld_gateway_messages_total',
      help: 'Messages by the channel of choice, by medium and outcome (sent, failed, skipped).',
      labelNames: ['medium', 'outcome'] as const,
      registers: [registry],
    }),
  };
}
