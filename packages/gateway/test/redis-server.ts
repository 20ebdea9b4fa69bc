/**
 * Test support: Debian's `redis-server` on a free loopback port with its own temporary directory, started
 * and stopped by the test (and restartable on the same port and data, for the fault tests). No network
 * beyond loopback; nothing is left behind after `stop()`.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/dev/sign-in.js';

/** The Debian binary (`.ci/run` installs the package when it is missing). */
export const REDIS_SERVER = process.env.KB_REDIS_SERVER ?? '/usr/bin/redis-server';

/** Options of {@link startRedisServer}. */
export interface RedisServerOptions {
  /** Keep data across a restart (append-only file, fsync every write). Default: no persistence. */
  readonly persistent?: boolean;
}

/** A running (or stopped) test Redis. */
export class TestRedisServer {
  #process: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly options: RedisServerOptions,
  ) {}

  /** Starts a new server on a free port. */
  static async start(options: RedisServerOptions = {}): Promise<TestRedisServer> {
    const server = new TestRedisServer(await freePort(), mkdtempSync(join(tmpdir(), 'kb-redis-')), options);
    await server.resume();
    return server;
  }

  /** `redis://127.0.0.1:<port>` */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.#process !== undefined;
  }

  /** Starts the server again on the same port and directory (after {@link kill} or {@link halt}). */
  async resume(): Promise<void> {
    if (this.#process) return;
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      this.options.persistent ? 'yes' : 'no',
      '--appendfsync',
      'always',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
      '--protected-mode',
      'yes',
    ];
    const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.#process = child;
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-2000);
    });
    const exited = new Promise<never>((_resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code ?? 'signal'}): ${output}`)));
      child.once('error', reject);
    });
    exited.catch(() => undefined);
    const deadline = Date.now() + 10_000;
    while (!(await Promise.race([answersPing(this.port), exited]))) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not answer within 10 s: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.once('exit', () => {
      if (this.#process === child) this.#process = undefined;
    });
  }

  /** Stops the server the hard way (SIGKILL): no final save, like a crash. */
  async kill(): Promise<void> {
    await this.#signal('SIGKILL');
  }

  /** Stops the server cleanly (SIGTERM): it writes its append-only file first. */
  async halt(): Promise<void> {
    await this.#signal('SIGTERM');
  }

  /** Stops the server and removes its directory. */
  async stop(): Promise<void> {
    await this.#signal('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  async #signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.#process;
    if (!child) return;
    this.#process = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

/** Starts a test Redis (see {@link TestRedisServer}). */
export function startRedisServer(options: RedisServerOptions = {}): Promise<TestRedisServer> {
  return TestRedisServer.start(options);
}

/** Whether something on the port answers a Redis `PING` (after loading its data, Redis answers `+PONG`). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}
