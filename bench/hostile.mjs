// How do the client's domain functions hold up against hostile servers? Runs the generated hostile-response
// property (packages/core/test/fuzz/, compiled by `npm run build`) and prints the cases run, the outcomes
// (ok or a typed error, by kind), the most requests one call made beside its documented bound, and the
// slowest time from a call to its outcome. Seeded: KB_FUZZ_SEED and KB_FUZZ_RUNS (cases per function).
import { formatTable } from '../scripts/table.mjs';

const RUNS = Number(process.env.KB_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.KB_FUZZ_SEED ?? 20_261_207);

export async function run({ runs = RUNS, seed = SEED } = {}) {
  const { checkHostileResponses } = await import('../packages/core/dist/test/fuzz/run-hostile.js');
  const { DOMAIN_CALLS } = await import('../packages/core/dist/test/fuzz/domain-calls.js');
  const started = performance.now();
  const stats = await checkHostileResponses(runs, seed);
  return { stats, calls: DOMAIN_CALLS, seed, runs, seconds: (performance.now() - started) / 1000 };
}

export function print({ stats, calls, seed, runs, seconds }) {
  console.log(`\nHostile responses: ${stats.cases} generated cases (${runs} per function, seed ${seed}) in ${seconds.toFixed(1)} s`);
  const outcomes = [...stats.outcomes].sort((a, b) => b[1] - a[1]);
  console.log(
    formatTable(
      ['outcome', 'cases', 'share'],
      outcomes.map(([kind, n]) => [kind, String(n), `${((100 * n) / stats.cases).toFixed(1)} %`]),
      { rule: true, indent: '  ' },
    ),
  );
  console.log(
    formatTable(
      ['function', 'max requests', 'documented bound'],
      calls.map((call) => [call.name, String(stats.maxRequests.get(call.name) ?? 0), String(call.bound)]),
      { rule: true, indent: '  ' },
    ),
  );
  console.log(`  slowest time to an outcome: ${stats.slowest.toFixed(0)} ms`);
}
