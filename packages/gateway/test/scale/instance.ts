/**
 * Test support: a gateway instance as its own process (so a test can kill it with SIGKILL, mid-batch, as
 * a crash would). Started by {@link spawnGateway}; the child reads its configuration (a gateway config
 * file's contents) from `KB_GATEWAY_CONFIG`, starts in dev mode with the real proxy, and prints one line
 * `READY <publicUrl> <issuer>`.
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config/load.js';
import { createApiProxy } from '../../src/proxy/index.js';
import { createGateway } from '../../src/server/gateway.js';
import { createLogger } from '../../src/server/logger.js';
import { upstreamObserver } from '../../src/server/metrics.js';
import { spawnReady } from './child.js';

/** A gateway in a child process. */
export interface GatewayProcess {
  readonly base: string;
  readonly issuer: string;
  readonly child: ChildProcess;
  /** SIGKILL: no shutdown, nothing flushed. */
  kill(): Promise<void>;
}

/** Starts this file as a child process running a gateway with `config` (the raw file contents). */
export async function spawnGateway(config: Record<string, unknown>): Promise<GatewayProcess> {
  const started = await spawnReady(fileURLToPath(import.meta.url), { KB_GATEWAY_CONFIG: JSON.stringify(config) });
  const [base = '', issuer = ''] = started.ready.split(' ');
  return { base, issuer, child: started.child, kill: started.kill };
}

/** The child's side. */
async function main(raw: string): Promise<void> {
  const config = parseConfig(JSON.parse(raw), { dev: true });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const gateway = createGateway(config, {
    proxy: (metrics) => createApiProxy(config, { onUpstream: upstreamObserver(metrics) }),
    logger: createLogger({ level: 'warn', destination: process.env.KB_GATEWAY_LOG ? process.stderr : sink }),
  });
  await gateway.start();
  process.stdout.write(`READY ${config.publicUrl} ${gateway.devIdp?.issuer ?? '-'}\n`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

const raw = process.env.KB_GATEWAY_CONFIG;
if (raw !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) await main(raw);
