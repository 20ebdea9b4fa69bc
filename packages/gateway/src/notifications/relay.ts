/**
 * The relay: notifications accepted at the callback wait in a bounded queue, are matched to the residents
 * who may read their `hoofdObject` (`AudienceResolver`), rewritten to the gateway's URLs and published
 * on the bus, which hands them to the open streams of every instance. A status message also goes to the
 * channel of choice (e-mail, SMS).
 * @module
 */
import { GATEWAY_PATHS, parseNotificatie, type ApiName, type Notificatie } from '@klantbeeld/core';
import type { Logger } from 'pino';
import type { ObjecttypeScope, PartijIdentificatorCodes, ProxyConfig } from '../proxy/config.js';
import { UrlMap, type BasePair } from '../proxy/rewrite/url-map.js';
import { UpstreamClient } from '../proxy/upstream/client.js';
import type { ApiProxy } from '../proxy/types.js';
import type { Subject } from '../session/principal.js';
import { AudienceResolver, audienceKey, type AudienceUpstreams } from './audience.js';
import type { RelayBus } from './bus.js';
import type { NotificationsConfig, PartnerConfig } from './config.js';
import type { RelayMetrics } from './metrics.js';
import type { EventStreams } from './streams.js';

/** A status change of a zaak, for the channel of choice (URLs as the gateway serves them). */
export interface StatusChange {
  readonly subjects: readonly Subject[];
  /** The message with the gateway's URLs. */
  readonly message: Notificatie;
  /** The status's URL at the upstream: the same at every instance (the once-only key). */
  readonly statusUrl: string;
}

/** What the relay needs. */
export interface RelayOptions {
  readonly config: ProxyConfig & { readonly notifications: NotificationsConfig; readonly partners?: readonly PartnerConfig[] };
  readonly proxy: ApiProxy;
  readonly bus: RelayBus;
  readonly streams: EventStreams;
  readonly metrics: RelayMetrics;
  readonly logger: Logger;
  /** Key of the audience HMAC (the first session secret). */
  readonly secret: string;
  readonly shutdown: AbortSignal;
  /** Called once per status change with its confirmed residents (the channel). */
  readonly onStatus?: (change: StatusChange) => Promise<void>;
}

/** Whether the queue took the notification. */
export type Accepted = 'queued' | 'invalid' | 'full';

/** The base URL pairs of every API the gateway serves: its own and each partner's. */
export function servedPairs(config: ProxyConfig & { readonly partners?: readonly PartnerConfig[] }): BasePair[] {
  const base = config.publicUrl.replace(/\/+$/, '');
  const pairs: BasePair[] = [];
  for (const [api, upstream] of Object.entries(config.upstreams)) {
    if (upstream) pairs.push({ api, upstream: upstream.url.replace(/\/+$/, ''), public: base + GATEWAY_PATHS[api as ApiName] });
  }
  for (const partner of config.partners ?? []) {
    for (const [api, upstream] of Object.entries(partner.upstreams)) {
      if (upstream) pairs.push({ api, upstream: upstream.url.replace(/\/+$/, ''), public: `${base}/partners/${partner.name}${GATEWAY_PATHS[api as ApiName]}` });
    }
  }
  return pairs;
}

/** Matches and publishes notifications; delivers published events to this instance's streams. */
export class Relay {
  readonly #options: RelayOptions;
  readonly #queue: { source: string; message: Notificatie }[] = [];
  readonly #urls: UrlMap;
  readonly #audience: AudienceResolver;
  readonly #clients: UpstreamClient[] = [];
  readonly #idle = new Set<() => void>();
  #running = 0;

  constructor(options: RelayOptions) {
    this.#options = options;
    const { config } = options;
    this.#urls = new UrlMap(servedPairs(config));
    const client = (api: ApiName, upstream: ProxyConfig['upstreams']['zaken']): UpstreamClient | undefined => {
      if (!upstream) return undefined;
      const created = new UpstreamClient(api, upstream);
      this.#clients.push(created);
      return created;
    };
    const upstreams = new Map<string, AudienceUpstreams>();
    const zaken = client('zaken', config.upstreams.zaken);
    const objecten = client('objecten', config.upstreams.objecten);
    const klantinteracties = client('klantinteracties', config.upstreams.klantinteracties);
    upstreams.set('', { ...(zaken ? { zaken } : {}), ...(objecten ? { objecten } : {}), ...(klantinteracties ? { klantinteracties } : {}) });
    for (const partner of config.partners ?? []) {
      const partnerZaken = client('zaken', partner.upstreams.zaken);
      if (partnerZaken) upstreams.set(partner.name, { zaken: partnerZaken });
    }
    const scoping = config.scoping ?? {};
    this.#audience = new AudienceResolver({
      proxy: options.proxy,
      publicPath: new URL(config.publicUrl).pathname.replace(/\/+$/, ''),
      upstreams,
      objecttypes: scoping.objecttypes ?? ([] as readonly ObjecttypeScope[]),
      partijBsn:
        scoping.partijBsn ?? ({ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', codeRegister: 'brp' } satisfies PartijIdentificatorCodes),
      partijKvk: scoping.partijKvk ?? { codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', codeRegister: 'hr' },
      cacheMs: config.notifications.rollenCacheMs,
      cacheSize: config.notifications.rollenCacheSize,
    });
    options.bus.onEvent((event) => options.streams.deliver(event));
  }

  /** Notifications waiting to be matched. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Zaken whose candidates are remembered. */
  get cachedAudiences(): number {
    return this.#audience.cached;
  }

  /** The audience key of a session's subject. */
  keyOf(subject: Subject): string {
    return audienceKey(subject, this.#options.secret);
  }

  /** Takes one notification from `source` (`''` or a partner's name) into the queue; never waits for matching. */
  accept(source: string, body: unknown): Accepted {
    const message = parseNotificatie(body);
    if (!message) return 'invalid';
    if (this.#queue.length >= this.#options.config.notifications.queueSize) {
      this.#options.metrics.notifications.inc({ outcome: 'refused' });
      return 'full';
    }
    this.#options.metrics.notifications.inc({ outcome: 'received' });
    this.#queue.push({ source, message });
    this.#drain();
    return 'queued';
  }

  /** Resolves when the queue is empty and nothing is being matched (tests, shutdown). */
  settled(): Promise<void> {
    if (this.#queue.length === 0 && this.#running === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.add(resolve));
  }

  async close(): Promise<void> {
    this.#queue.length = 0;
    await Promise.all(this.#clients.map((client) => client.close()));
  }

  #drain(): void {
    const { concurrency } = this.#options.config.notifications;
    while (this.#running < concurrency && this.#queue.length > 0) {
      const next = this.#queue.shift();
      if (!next) break;
      this.#running++;
      void this.#process(next.source, next.message).finally(() => {
        this.#running--;
        this.#drain();
        if (this.#running === 0 && this.#queue.length === 0) {
          for (const resolve of this.#idle) resolve();
          this.#idle.clear();
        }
      });
    }
  }

  async #process(source: string, upstream: Notificatie): Promise<void> {
    const { metrics, logger, shutdown } = this.#options;
    try {
      const message = this.#urls.publicJson(upstream) as Notificatie;
      const subjects = await this.#audience.resolve(source, upstream, message.hoofdObject, shutdown);
      if (subjects.length === 0) {
        metrics.notifications.inc({ outcome: 'unmatched' });
        return;
      }
      await this.#options.bus.publish(
        subjects.map((subject) => this.keyOf(subject)),
        JSON.stringify(message),
      );
      metrics.notifications.inc({ outcome: 'relayed' });
      if (message.kanaal === 'zaken' && message.resource === 'status' && message.actie === 'create' && this.#options.onStatus) {
        await this.#options.onStatus({ subjects, message, statusUrl: upstream.resourceUrl });
      }
    } catch (error) {
      metrics.notifications.inc({ outcome: 'failed' });
      // The kind of fault only: a notification names zaken, not people, but stays out of the log all the same.
      logger.warn({ kanaal: upstream.kanaal, resource: upstream.resource, failure: error instanceof Error ? error.name : 'error' }, 'notification not relayed');
    }
  }
}
