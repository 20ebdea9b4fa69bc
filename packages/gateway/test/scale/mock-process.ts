/**
 * Test support for the load run: the mock API in upstream mode in its own process (as a real upstream is;
 * in the load generator's process it would compete with it for the CPU), with residents seeded at start.
 * The child prints one line `READY <origin> <JSON of resident id → BSN>`.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@klantbeeld/mock-api/server';
import { spawnReady } from './child.js';

/** A mock in a child process. */
export interface MockProcess {
  readonly url: string;
  /** BSN of each seeded resident. */
  readonly bsns: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** Starts the mock with `residents` seeded, `zaken` zaken each. */
export async function spawnMock(residents: readonly string[], zaken: number): Promise<MockProcess> {
  const started = await spawnReady(fileURLToPath(import.meta.url), { KB_MOCK_SEED: JSON.stringify({ residents, zaken }) });
  const space = started.ready.indexOf(' ');
  return { url: started.ready.slice(0, space), bsns: JSON.parse(started.ready.slice(space + 1)) as Record<string, string>, close: started.kill };
}

async function main(raw: string): Promise<void> {
  const { residents, zaken } = JSON.parse(raw) as { residents: string[]; zaken: number };
  const server = await startMockServer({ mode: 'upstream' });
  const bsns: Record<string, string> = {};
  for (const id of residents) {
    server.mock.seedZaken(id, zaken);
    bsns[id] = server.mock.bsnOf(id) ?? '';
  }
  process.stdout.write(`READY ${server.url} ${JSON.stringify(bsns)}\n`);
}

const raw = process.env.KB_MOCK_SEED;
if (raw !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) await main(raw);
