/**
 * Read logging (Verwerkingenlogging): every answer with personal data becomes a verwerkingsactie,
 * delivered through a durable outbox.
 * @module
 */
export { ReadLog, createReadLog, type ReadLogOptions } from './read-log.js';
export { withReadLog } from './logged-proxy.js';
export { actionFor, type VerwerkingsactieInput, type ReadFacts } from './action.js';
export { OutboxRefused, type OutboxStore, type OutboxEntry, type ClaimedEntry, type OutboxStats } from './outbox/store.js';
export { MemoryOutboxStore } from './outbox/memory.js';
export { FileOutboxStore } from './outbox/file.js';
export { RedisOutboxStore } from './outbox/redis.js';
