/**
 * The `redis` section of the configuration: where shared state lives when several instances serve as one.
 * Absent (the default), everything stays in the process.
 * @module
 */

/** Schema of `redis`; imported by `gatewaySchema`. */
export const redisSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  description:
    'Shared state for several gateway instances (sessions, rate-limit counters, the read-log outbox, event fan-out). Leave it out to keep everything in one process.',
  properties: {
    url: {
      type: 'string',
      format: 'uri',
      pattern: '^rediss?://[^@]*$',
      description: 'Redis server, e.g. `redis://redis.internal:6379/0` (`rediss://` for TLS). No password here: use `password`.',
    },
    password: {
      description:
        'Password of the Redis user (`AUTH`). A secret: `{ "env": "NAME" }` or `{ "file": "/run/secrets/name" }`; a plain string only with `dev.idp`.',
      oneOf: [
        { type: 'object', required: ['env'], additionalProperties: false, properties: { env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } } },
        { type: 'object', required: ['file'], additionalProperties: false, properties: { file: { type: 'string', minLength: 1 } } },
        { type: 'string', minLength: 1 },
      ],
    },
    username: { type: 'string', minLength: 1, description: 'Redis ACL user name (Redis 6+); default the `default` user.' },
    keyPrefix: {
      type: 'string',
      pattern: '^[A-Za-z0-9_.:-]*$',
      default: 'klantbeeld:',
      description: 'Prefix of every key, so several gateways (or other programs) can share one Redis.',
    },
    commandTimeoutMs: {
      type: 'integer',
      minimum: 50,
      default: 2000,
      description: 'A command that has no answer after this long fails (the request gets 503 instead of hanging).',
    },
  },
} as const;

/** The validated `redis` section, the password resolved. */
export interface RedisConfig {
  readonly url: string;
  readonly password?: string;
  readonly username?: string;
  readonly keyPrefix: string;
  readonly commandTimeoutMs: number;
}
