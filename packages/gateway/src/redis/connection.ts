/**
 * Connections to Redis (`ioredis`) with the gateway's failure rules: a command fails fast while Redis is
 * away (no offline queue, a command timeout), so a request gets 503 instead of hanging, and the client
 * keeps reconnecting in the background with a capped backoff, so the gateway recovers by itself.
 * @module
 */
import { Redis } from 'ioredis';
import type { RedisConfig } from '../config/redis-schema.js';

/** Longest pause between two reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 2000;

/** A connected Redis client; `role` names it in Redis's `CLIENT LIST` (e.g. `sessions`, `outbox`). */
export async function connectRedis(config: RedisConfig, role: string): Promise<Redis> {
  const redis = createRedis(config, role);
  await openRedis(redis);
  return redis;
}

/** A client that is not connected yet (plugins can be given it before the server starts); see {@link openRedis}. */
export function createRedis(config: RedisConfig, role: string): Redis {
  const redis = new Redis(config.url, {
    ...(config.password === undefined ? {} : { password: config.password }),
    ...(config.username === undefined ? {} : { username: config.username }),
    keyPrefix: config.keyPrefix,
    connectionName: `klantbeeld-gateway-${role}`,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: config.commandTimeoutMs,
    connectTimeout: Math.max(config.commandTimeoutMs, 1000),
    retryStrategy: (attempt) => Math.min(50 * 2 ** Math.min(attempt, 6), MAX_RECONNECT_DELAY_MS),
    // A failover replica that turned read-only: reconnect so writes reach the new primary.
    reconnectOnError: (error) => error.message.startsWith('READONLY'),
  });
  // Without a listener ioredis prints every connection error; the state is reported by `redisReady` instead.
  redis.on('error', () => undefined);
  return redis;
}

/** Connects a client made by {@link createRedis}; rejects when Redis cannot be reached at start. */
export async function openRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait') await redis.connect();
}

/** Whether the connection answers now (for `/readyz`). */
export async function redisReady(redis: Redis): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

/** Closes a connection: politely when it is up, at once when it is not. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // fall through to disconnect
    }
  }
  redis.disconnect();
}
