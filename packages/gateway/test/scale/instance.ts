/**
 * Test support: a gateway instance as its own process (so a test can kill it with SIGKILL, mid-batch, as
 * a crash would). Started by {@link spawnGateway}; the child reads its configuration (a gateway config
 * file's contents) from `KB_GATEWAY_CONFIG`, starts in dev mode with the real proxy, and prints one line
 * `READY <publicUrl> <issuer>`.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config/load.js';
import { createApiProxy } from '../../src/proxy/index.js';
import { createGateway } from '../../src/server/gateway.js';
import { createLogger } from '../../src/server/logger.js';
import { upstreamObserver } from '../../src/server/metrics.js';

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
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, KB_GATEWAY_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /READY (\S+) (\S+)/.exec(output);
      if (ready) resolve(ready[0]);
    });
    child.once('exit', (code) => reject(new Error(`gateway process exited (${code ?? 'signal'})`)));
  });
  const [, base = '', issuer = ''] = line.split(' ');
  return {
    base,
    issuer,
    child,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
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
