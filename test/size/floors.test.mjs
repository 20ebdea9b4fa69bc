// @ts-check
// The floors under the size budgets (scripts/size-parts.mjs): what Lit, the NL DS CSS and the texts in two languages
// weigh before any logic, printed here so that CI's log shows them beside the budgets. Needs `npm run build:cdn`.
// Not size-limit's: it measures built files (.size-limit.mjs), while a floor bundles parts of the build on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFloors, measureFloors } from '../../scripts/size-parts.mjs';

const floors = await measureFloors();
console.log(formatFloors(floors));

for (const [name, floor] of Object.entries(floors)) {
  test(`the ${name} floor: every part adds bytes, and the built artefacts hold more than the floor`, () => {
    for (const step of floor.added) assert.ok(step.gzip > 500, `${step.name}: ${step.gzip} B`);
    assert.equal(
      floor.added.reduce((total, step) => total + step.gzip, 0),
      floor.total,
    );
    for (const row of floor.now) assert.ok(row.gzip > floor.total, `${row.name}: ${row.gzip} B ≤ floor ${floor.total} B`);
  });
}
