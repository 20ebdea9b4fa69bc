// The generated hostile-response suite (Node part): every domain function against servers whose answers
// are drawn from the official OpenAPI schemas and then mutated or replaced by transport faults. At least
// 10,000 cases per run, seeded: KB_FUZZ_SEED replays a run (the default is fixed, so CI is repeatable), and
// a failure prints the seed and path that replay the failing case. `npm run test:fuzz` runs many more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHostileResponses } from './fuzz/run-hostile.js';
import { DOMAIN_CALLS } from './fuzz/domain-calls.js';

const CASES = 10_000;
const seed = Number(process.env.KB_FUZZ_SEED ?? 20_261_207);

test(`hostile responses: ≥ ${CASES} generated cases over ${DOMAIN_CALLS.length} domain functions give only typed errors, no request outside the sources, requests within each bound (seed ${seed})`, async () => {
  const stats = await checkHostileResponses(Math.ceil(CASES / DOMAIN_CALLS.length), seed);
  assert.ok(stats.cases >= CASES, `${stats.cases} cases`);
  // The generator reaches both sides: calls that succeed and the common kinds of typed error (a network
  // error is retried twice, so it rarely is the outcome of a call).
  for (const outcome of ['ok', 'invalid-response', 'unconfigured-origin', 'server', 'timeout']) {
    assert.ok((stats.outcomes.get(outcome) ?? 0) > 0, `no case ended in ${outcome}`);
  }
});
