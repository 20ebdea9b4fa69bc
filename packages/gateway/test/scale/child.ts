/**
 * Test support: a Node script of these tests run as a child process that announces itself with one line
 * `READY …` on stdout, and is stopped the hard way (SIGKILL, as a crash would).
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** A started child and its READY line (without `READY `). */
export interface ReadyChild {
  readonly child: ChildProcess;
  readonly ready: string;
  kill(this: void): Promise<void>;
}

/** Runs `script` with `env` added and waits for its `READY …` line. */
export async function spawnReady(script: string, env: Record<string, string>): Promise<ReadyChild> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = /READY (.*)\n/.exec(output);
      if (line) resolve(line[1] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code ?? 'signal'}) before it was ready`)));
  });
  // Keep reading stdout so the child never blocks on a full pipe.
  child.stdout?.resume();
  return {
    child,
    ready,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
