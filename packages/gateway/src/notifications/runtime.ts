/**
 * The relay of one gateway instance, assembled from its configuration: the bus (memory, or Redis when the
 * gateway gives one), the open streams, the matching relay, the channel of choice, the abonnementen and
 * the routes. `createGateway` creates it when the configuration has a `notifications` section.
 * @module
 */
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { GatewayConfig } from '../config/types.js';
import type { ApiProxy } from '../proxy/types.js';
import { MemoryRelayBus, type RelayBus } from './bus.js';
import { Channel, type SmsSender } from './channel/channel.js';
import { MemoryOnceLock, type OnceLock } from './channel/once-lock.js';
import type { AbonnementConfig, NotificationsConfig } from './config.js';
import { relayMetrics, type RelayMetrics } from './metrics.js';
import { Relay } from './relay.js';
import { RedisOnceLock, RedisRelayBus } from './redis-bus.js';
import { partnerPaths } from './partner-paths.js';
import { CALLBACK_PATH } from './routes.js';
import { EventStreams } from './streams.js';
import { registerAbonnement } from './subscription.js';

/** Where notifications come from: the municipality (`name` `''`) and each partner with notifications. */
export interface NotificationSource {
  readonly name: string;
  readonly settings: AbonnementConfig;
  readonly auth: string;
  readonly callbackUrl: string;
}

/** What the runtime needs besides the configuration. */
export interface RelayRuntimeOptions {
  readonly proxy: ApiProxy;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly shutdown: AbortSignal;
  /** Default: in memory (one instance). */
  readonly bus?: RelayBus;
  /** Default: in memory (one instance). */
  readonly lock?: OnceLock;
  /** The SMS sender when `channel.sms.sender` is `custom`. */
  readonly smsSender?: SmsSender;
}

/** The relay of one instance. */
export interface RelayRuntime {
  readonly relay: Relay;
  readonly streams: EventStreams;
  readonly bus: RelayBus;
  readonly metrics: RelayMetrics;
  readonly channel: Channel | undefined;
  readonly sources: readonly NotificationSource[];
  /** Connects the bus and the lock (Redis); before the gateway listens. */
  connect(): Promise<void>;
  /** Registers the abonnementen that have an `api` (failures are logged; the callbacks work either way). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The relay for `config`, or undefined without a `notifications` section. */
export function createRelayRuntime(config: GatewayConfig, options: RelayRuntimeOptions): RelayRuntime | undefined {
  const notifications: NotificationsConfig | undefined = config.notifications;
  if (!notifications) return undefined;
  const publicUrl = config.publicUrl.replace(/\/+$/, '');
  const sources: NotificationSource[] = [
    { name: '', settings: notifications, auth: notifications.callbackAuth, callbackUrl: notifications.callbackUrl ?? `${publicUrl}${CALLBACK_PATH}` },
    ...(config.partners ?? []).flatMap((partner) =>
      partner.notifications
        ? [
            {
              name: partner.name,
              settings: partner.notifications,
              auth: partner.notifications.callbackAuth,
              callbackUrl: partner.notifications.callbackUrl ?? `${publicUrl}${CALLBACK_PATH}/partners/${partner.name}`,
            },
          ]
        : [],
    ),
  ];
  const streams: EventStreams = new EventStreams(
    {
      heartbeatMs: notifications.heartbeatMs,
      retryMs: notifications.retryMs,
      maxPerSession: notifications.maxStreamsPerSession,
      maxStreams: notifications.maxStreams,
      maxBufferedBytes: notifications.maxBufferedBytes,
    },
    { onDelivered: (count) => metrics.delivered.inc(count), onSlowClosed: () => metrics.notifications.inc({ outcome: 'slow-stream-closed' }) },
  );
  const metrics = relayMetrics(options.registry, () => streams.size);
  const limits = { windowMs: notifications.replayWindowSeconds * 1000, maxEvents: notifications.replayMaxEvents };
  // With `redis` every instance shares the events, their replay and the lock; else they stay in this process.
  const bus = options.bus ?? (config.redis ? new RedisRelayBus(config.redis, limits) : new MemoryRelayBus(limits));
  const lock = options.lock ?? (config.redis ? new RedisOnceLock(config.redis) : new MemoryOnceLock());
  const channel = config.channel
    ? new Channel(config.channel, {
        proxy: options.proxy,
        publicUrl,
        lock,
        metrics,
        logger: options.logger,
        secret: config.session.secrets[0] ?? '',
        partners: partnerPaths(config),
        ...(options.smsSender ? { smsSender: options.smsSender } : {}),
      })
    : undefined;
  const relay = new Relay({
    config: { ...config, notifications },
    proxy: options.proxy,
    bus,
    streams,
    metrics,
    logger: options.logger,
    secret: config.session.secrets[0] ?? '',
    shutdown: options.shutdown,
    ...(channel ? { onStatus: (change) => channel.statusChanged(change) } : {}),
  });
  return {
    relay,
    streams,
    bus,
    metrics,
    channel,
    sources,
    async connect() {
      await Promise.all([bus.connect(), lock.connect()]);
    },
    async start() {
      for (const source of sources) {
        if (!source.settings.api || (source.name === '' && !notifications.register)) continue;
        try {
          const outcome = await registerAbonnement(
            source.settings.api,
            source.settings,
            source.callbackUrl,
            AbortSignal.any([options.shutdown, AbortSignal.timeout(15_000)]),
          );
          options.logger.info({ source: source.name || 'own', outcome }, 'notificaties abonnement');
        } catch (error) {
          options.logger.error(
            { source: source.name || 'own', err: error instanceof Error ? error : new Error('not registered') },
            'notificaties abonnement not registered; no live updates from this source until it is',
          );
        }
      }
    },
    async close() {
      streams.closeAll();
      await relay.close();
      await channel?.close();
      await bus.close();
      await lock.close();
    },
  };
}
