/**
 * Redis as the shared store of several gateway instances: connections ({@link connectRedis}) and their
 * readiness. The stores that use it live next to what they store (sessions, outbox, …).
 * @module
 */
export { connectRedis, createRedis, openRedis, redisReady, closeRedis } from './connection.js';
export type { RedisConfig } from '../config/redis-schema.js';
