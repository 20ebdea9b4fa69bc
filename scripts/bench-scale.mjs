// @ts-check
// `node scripts/bench-scale.mjs` (after `tsc -b`): the gateway scaled out on Redis under load, on loopback.
// Two gateway instances (each its own process) share sessions, rate limits and the read-log outbox in one
// Redis (Debian's redis-server, started on a free port); BENCH_SCALE_SESSIONS (default 200) sessions of
// BENCH_SCALE_RESIDENTS (default 20) residents send mixed reads for BENCH_SCALE_SECONDS (default 30) seconds, each
// as soon as its previous answer arrived (BENCH_SCALE_THINK_MS pauses in between, default 0). Every session also
// holds one event stream of the Notificaties relay, while the residents' zaken change status at the mock
// (BENCH_SCALE_CHANGES_PER_SECOND, default 5; 0 turns the streams off).
// Every answer and every event is checked against its session's resident. Printed: requests/s, p50/p99 latency,
// cross-resident leaks, 5xx, events delivered per second and event leaks, and reads with personal data against
// actions in the log once the outbox drained; the same run with one instance beside it. The runner is
// packages/gateway/test/scale/load.ts (a short slice is a test).
import { runLoad } from '../packages/gateway/dist/test/scale/load.js';
import { formatTable } from './table.mjs';

const SESSIONS = Number(process.env.BENCH_SCALE_SESSIONS ?? 200);
const RESIDENTS = Number(process.env.BENCH_SCALE_RESIDENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 30);
const THINK_MS = Number(process.env.BENCH_SCALE_THINK_MS ?? 0);
const CHANGES_PER_SECOND = Number(process.env.BENCH_SCALE_CHANGES_PER_SECOND ?? 5);

export async function run() {
  const rows = [];
  for (const instances of [1, 2])
    rows.push(
      await runLoad({
        instances,
        sessions: SESSIONS,
        residents: RESIDENTS,
        durationSeconds: SECONDS,
        thinkMs: THINK_MS,
        ...(CHANGES_PER_SECOND > 0 ? { events: { changesPerSecond: CHANGES_PER_SECOND } } : {}),
      }),
    );
  return rows;
}

export function print(rows) {
  const first = rows[0];
  console.log(
    `\nGateway scale-out on Redis: ${first.sessions} sessions of ${first.residents} residents, mixed reads${first.events ? ` and one event stream each (${CHANGES_PER_SECOND} status changes/s)` : ''}, ${SECONDS} s per run${THINK_MS ? `, ${THINK_MS} ms between a session's requests` : ''}, loopback (gateways, mock, Redis and load on one machine)`,
  );
  const head = [
    'instances',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'leaks',
    '5xx',
    'other non-200',
    'events/s',
    'event leaks',
    'reads logged',
    'log actions',
  ];
  const cells = rows.map((r) => [
    String(r.instances),
    String(r.requests),
    r.requestsPerSecond.toFixed(0),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    String(r.leaks),
    String(r.serverErrors),
    Object.entries(r.otherStatuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ') || '0',
    r.events ? r.events.eventsPerSecond.toFixed(1) : '-',
    r.events ? String(r.events.eventLeaks) : '-',
    String(r.loggedReads),
    String(r.loggedActions),
  ]);
  console.log(formatTable(head, cells, { text: [7], rule: true, indent: '  ' }));
  const leaks = rows.reduce((sum, r) => sum + r.leaks, 0);
  const errors = rows.reduce((sum, r) => sum + r.serverErrors, 0);
  const unlogged = rows.filter((r) => r.loggedActions !== r.loggedReads).length;
  const eventLeaks = rows.reduce((sum, r) => sum + (r.events?.eventLeaks ?? 0), 0);
  for (const r of rows.filter((row) => row.events)) {
    const e = r.events;
    const refused = e.streamsRefused ? `, ${e.streamsRefused} refused` : '';
    console.log(
      `  event streams, ${r.instances} instance${r.instances > 1 ? 's' : ''}: ${e.streams} held${refused}, ${e.statusChanges} status changes, ${e.events} events delivered during the run (${e.eventsPerSecond.toFixed(1)}/s), ${e.eventsInAll} by the end of the wait after it, ${e.streamsWithoutEvent} of ${e.streamsAwaitingEvent} streams of changed residents without their event`,
    );
  }
  console.log(
    `  ${leaks} cross-resident leaks, ${eventLeaks} event leaks, ${errors} 5xx, ${unlogged === 0 ? 'every read logged exactly once' : `${unlogged} run(s) where log actions differ from reads`}`,
  );
  if (rows.length === 2) console.log(`  two instances / one: ${(rows[1].requestsPerSecond / rows[0].requestsPerSecond).toFixed(2)}× the requests per second`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) print(await run());
