/**
 * Prometheus metrics of one gateway instance, in its own registry (two gateways in one process, as in
 * the tests, do not collide). {@link GatewayMetrics} is the small surface the proxy may report into.
 * @module
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamObserver } from '../proxy/index.js';

/** What other parts of the gateway (the proxy) report. */
export interface GatewayMetrics {
  /** One upstream call: API name, upstream status (0 when no answer) and seconds taken. */
  observeUpstream(api: string, status: number, seconds: number): void;
  /** One error by kind, e.g. `upstream-timeout`, `csrf`, `rate-limit`, `invalid-json`. */
  countError(kind: string): void;
}

/** The registry and instruments of one gateway. */
export class Metrics implements GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'klantbeeld_gateway_requests_total',
    help: 'Requests answered, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  readonly upstreamLatency = new Histogram({
    name: 'klantbeeld_gateway_upstream_duration_seconds',
    help: 'Latency of upstream API calls, by API and status.',
    labelNames: ['api', 'status'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'klantbeeld_gateway_errors_total',
    help: 'Errors by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(activeSessions: () => Promise<number>) {
    new Gauge({
      name: 'klantbeeld_gateway_active_sessions',
      help: 'Signed-in sessions that have not expired.',
      registers: [this.registry],
      async collect() {
        // A store that is away (Redis restarting) must not break the whole scrape.
        this.set(await activeSessions().catch(() => Number.NaN));
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'klantbeeld_gateway_' });
  }

  observeUpstream(api: string, status: number, seconds: number): void {
    this.upstreamLatency.observe({ api, status: String(status) }, seconds);
  }

  countError(kind: string): void {
    this.errors.inc({ kind });
  }
}

/** Feeds the proxy's upstream events into `metrics`: latency by API and status, faults as errors by kind. */
export function upstreamObserver(metrics: GatewayMetrics): UpstreamObserver {
  return (event) => {
    metrics.observeUpstream(event.api, event.status ?? 0, event.durationMs / 1000);
    if (event.fault !== undefined) metrics.countError(`upstream-${event.fault}`);
  };
}
