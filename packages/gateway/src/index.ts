/**
 * `@klantbeeld/gateway`: the reference backend-for-frontend in front of the Dutch standard APIs.
 * @module
 */
export { createGateway, type Gateway, type GatewayOptions } from './server/gateway.js';
export { loadConfig, parseConfig, ConfigError, type LoadOptions } from './config/load.js';
export { gatewaySchema, GATEWAY_SCHEMA_ID, DEFAULT_LOA_VALUES } from './config/schema.js';
export type { GatewayConfig, OidcClientConfig, ClaimNames, RateWindow } from './config/types.js';
export { createLogger, REDACTED_PATHS } from './server/logger.js';
export { Metrics, upstreamObserver, type GatewayMetrics } from './server/metrics.js';
export { MemorySessionStore, type SessionStore, type Clock } from './session/store.js';
export { RedisSessionStore } from './session/redis-store.js';
export { connectRedis, createRedis, openRedis, redisReady, closeRedis, type RedisConfig } from './redis/index.js';
export {
  ReadLog,
  createReadLog,
  withReadLog,
  actionFor,
  OutboxRefused,
  MemoryOutboxStore,
  FileOutboxStore,
  RedisOutboxStore,
  type ReadLogOptions,
  type VerwerkingsactieInput,
  type OutboxStore,
  type OutboxEntry,
} from './verwerkingen/index.js';
export type { ReadLogConfig, ReadLogActivity, LoggedApi } from './config/read-log-schema.js';
export type { Principal, Subject, Actor, AssuranceLevel } from './session/principal.js';
export type { ApiProxy, ApiRequest, ApiResponse } from './proxy/types.js';
export type { SessionInfo } from './auth/routes.js';
export type { DevIdp, DevIdpOptions } from './dev/idp.js';
export { createApiProxy, type ProxyHooks, type UpstreamEvent } from './proxy/index.js';
export type { SmsSender, SmsMessage } from './notifications/channel/sms.js';
export type { RelayBus, RelayEvent } from './notifications/bus.js';
export type { OnceLock } from './notifications/channel/once-lock.js';
export type { RelayRuntime, RelayRuntimeOptions } from './notifications/runtime.js';
export type { NotificationsConfig, PartnerConfig, ChannelConfig, RelayConfig } from './notifications/config.js';
