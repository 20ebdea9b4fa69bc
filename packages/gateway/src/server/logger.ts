/**
 * The gateway's pino logger. Requests are logged by method, route and path only (no query string, where a
 * hostile caller could put a BSN; no headers, which carry cookies); named secret fields are redacted,
 * and any nine-digit or eight-digit run left in a message is masked as a last line of defence.
 * @module
 */
import { pino, type Logger, type LoggerOptions, type DestinationStream } from 'pino';

/** Field paths never written, wherever a caller logs an object holding them. */
export const REDACTED_PATHS = [
  'bsn',
  '*.bsn',
  'kvk',
  '*.kvk',
  'vestiging',
  '*.vestiging',
  'cookie',
  '*.cookie',
  'cookies',
  '*.cookies',
  'authorization',
  '*.authorization',
  'headers',
  '*.headers',
  'idToken',
  '*.idToken',
  'accessToken',
  '*.accessToken',
  'token',
  '*.token',
  'principal',
  '*.principal',
  'claims',
  '*.claims',
  'code',
  'state',
  'nonce',
];

/** Masks digit runs that could be a BSN (9) or KvK number (8), and long opaque tokens, in free text. */
export function scrub(text: string): string {
  return text.replace(/\b\d{8,9}\b/g, '[number]').replace(/[A-Za-z0-9_-]{32,}(?:\.[A-Za-z0-9_-]+)*/g, '[opaque]');
}

/** A logger with the gateway's redaction, writing JSON lines to `destination` (default: stdout). */
export function createLogger(options: { readonly level?: string; readonly destination?: DestinationStream } = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>);
      },
    },
    serializers: {
      err: (error: Error) => ({ type: error.name, message: scrub(error.message) }),
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}
