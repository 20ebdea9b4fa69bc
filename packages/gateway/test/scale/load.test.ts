/**
 * A short bounded slice of the scale-out load (`npm run bench` runs the long one, ≥ 30 s, with figures):
 * two instances on one Redis, 40 sessions of 20 residents, 3 s of mixed reads. What is checked is what
 * must hold at any speed: no answer carries another resident's data, no 5xx, every answer 200, and the
 * read log holds exactly one action per read with personal data. Timings are printed by the bench only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runLoad } from './load.js';

test('two instances under a short load: 0 cross-resident leaks, 0 5xx, and every read logged once', async () => {
  const result = await runLoad({ instances: 2, sessions: 40, residents: 20, durationSeconds: 3 });
  assert.ok(result.requests >= 40, `a load was sent (${result.requests} requests)`);
  assert.equal(result.leaks, 0, 'cross-resident leaks');
  assert.equal(result.serverErrors, 0, '5xx answers');
  assert.deepEqual(result.otherStatuses, {}, 'every answer 200');
  assert.equal(result.loggedActions, result.loggedReads, 'logged actions = reads with personal data');
});
