// @ts-check
// The deterministic budgets of issue 16 with a ratchet (test/perf/budgets.mjs): DOM nodes of a status timeline,
// renders per state change, requests per zaak switch, and bytes a page loads before its elements render — each no
// higher than its recorded ceiling in test/perf/ceilings.json. Timings are in the bench (npm run bench), never here.
// Needs `tsc -b` and `npm run build:cdn`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { figures, measureBudgets, readCeilings } from './budgets.mjs';

let measured;
let values;
const ceilings = readCeilings();

before(async () => {
  measured = await measureBudgets();
  values = figures(measured);
});

test('the figures are of a ready timeline on each side, and ProcessSteps renders once per change', () => {
  // What the figures compare must be real: a tracker in its ready state and a peer that rendered.
  assert.equal(measured.counts.renders.firstLoad.states.at(-1), 'ready');
  assert.ok(measured.counts.nodes.klantbeeld.elements > 8 && measured.counts.nodes.react.elements > 8);
  assert.equal(measured.counts.renders.react, 1);
});

test('every figure has a recorded ceiling, and every ceiling a figure', () => {
  for (const kind of ['counts', 'bytes']) assert.deepEqual(Object.keys(values[kind]).sort(), Object.keys(ceilings[kind]).sort());
});

for (const kind of ['counts', 'bytes']) {
  for (const name of Object.keys(ceilings[kind])) {
    test(`${name}: no higher than its ceiling`, () => {
      assert.ok(values[kind][name] <= ceilings[kind][name], `${name}: ${values[kind][name]} > ceiling ${ceilings[kind][name]} (test/perf/ceilings.json)`);
    });
  }
}
