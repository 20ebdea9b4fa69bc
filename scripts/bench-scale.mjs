// `node scripts/bench-scale.mjs` (after `tsc -b`): the gateway scaled out on Redis under load, on loopback.
// Two gateway instances (each its own process) share sessions, rate limits and the read-log outbox in one
// Redis (Debian's redis-server, started on a free port); BENCH_SCALE_SESSIONS (default 200) sessions of
// BENCH_SCALE_RESIDENTS (default 20) residents send mixed reads for BENCH_SCALE_SECONDS (default 30) seconds, each
// as soon as its previous answer arrived (BENCH_SCALE_THINK_MS pauses in between, default 0).
// Every answer is checked against its session's resident. Printed: requests/s, p50/p99 latency, cross-resident
// leaks, 5xx, and reads with personal data against actions in the log once the outbox drained; the same run
// with one instance beside it. The runner is packages/gateway/test/scale/load.ts (a short slice is a test).
import { runLoad } from '../packages/gateway/dist/test/scale/load.js';
import { formatTable } from './table.mjs';

const SESSIONS = Number(process.env.BENCH_SCALE_SESSIONS ?? 200);
const RESIDENTS = Number(process.env.BENCH_SCALE_RESIDENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 30);
const THINK_MS = Number(process.env.BENCH_SCALE_THINK_MS ?? 0);

export async function run() {
  const rows = [];
  for (const instances of [1, 2]) rows.push(await runLoad({ instances, sessions: SESSIONS, residents: RESIDENTS, durationSeconds: SECONDS, thinkMs: THINK_MS }));
  return rows;
}

export function print(rows) {
  const first = rows[0];
  console.log(`\nGateway scale-out on Redis: ${first.sessions} sessions of ${first.residents} residents, mixed reads, ${SECONDS} s per run${THINK_MS ? `, ${THINK_MS} ms between a session's requests` : ''}, loopback (gateways, mock, Redis and load on one machine)`);
  const head = ['instances', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'leaks', '5xx', 'other non-200', 'reads logged', 'log actions'];
  const cells = rows.map((r) => [
    String(r.instances),
    String(r.requests),
    r.requestsPerSecond.toFixed(0),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    String(r.leaks),
    String(r.serverErrors),
    Object.entries(r.otherStatuses).map(([status, n]) => `${status}×${n}`).join(' ') || '0',
    String(r.loggedReads),
    String(r.loggedActions),
  ]);
  console.log(formatTable(head, cells, { text: [7], rule: true, indent: '  ' }));
  const leaks = rows.reduce((sum, r) => sum + r.leaks, 0);
  const errors = rows.reduce((sum, r) => sum + r.serverErrors, 0);
  const unlogged = rows.filter((r) => r.loggedActions !== r.loggedReads).length;
  const events = rows.reduce((sum, r) => sum + r.events, 0);
  if (events > 0) console.log(`  event streams: ${rows.map((r) => `${(r.events / r.seconds).toFixed(1)} events/s (${r.instances} instance${r.instances > 1 ? 's' : ''})`).join(', ')}`);
  console.log(`  ${leaks} cross-resident leaks, ${errors} 5xx, ${unlogged === 0 ? 'every read logged exactly once' : `${unlogged} run(s) where log actions differ from reads`}`);
  if (rows.length === 2) console.log(`  two instances / one: ${(rows[1].requestsPerSecond / rows[0].requestsPerSecond).toFixed(2)}× the requests per second`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) print(await run());
