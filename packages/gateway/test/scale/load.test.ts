/**
 * A short bounded slice of the scale-out load (`npm run bench` runs the long one, ≥ 30 s, with figures):
 * two instances on one Redis, 40 sessions of 20 residents, 3 s of mixed reads while every session holds an
 * event stream and the residents' zaken change status; and the same with Redis killed and restarted in the
 * middle. What is checked is what must hold at any speed: no answer and no event carries another resident's
 * data, every stream of a resident whose zaak changed receives its event (whichever instance holds it), no
 * 5xx (503 only while Redis is away), no instance dies, and the read log holds exactly one action per read
 * with personal data. Timings are printed by the bench only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runLoad } from './load.js';

test("two instances under a short load of reads and event streams: 0 cross-resident leaks, 0 5xx, every read logged once, every changed resident's streams get their event", async () => {
  const result = await runLoad({ instances: 2, sessions: 40, residents: 20, durationSeconds: 3, events: { changesPerSecond: 5 } });
  assert.ok(result.requests >= 40, `a load was sent (${result.requests} requests)`);
  assert.equal(result.leaks, 0, 'cross-resident leaks');
  assert.equal(result.serverErrors, 0, '5xx answers');
  assert.deepEqual(result.otherStatuses, {}, 'every answer 200');
  assert.equal(result.loggedActions, result.loggedReads, 'logged actions = reads with personal data');
  assert.equal(result.instancesDown, 0);
  const events = result.events;
  assert.ok(events, 'event figures');
  assert.equal(events.streamsRefused, 0, 'every session holds a stream');
  assert.ok(events.statusChanges >= 5, `statuses changed (${events.statusChanges})`);
  // Two sessions per resident, one on each instance: the callback reaches only the first instance.
  assert.ok(events.streamsAwaitingEvent >= 10, `streams of changed residents (${events.streamsAwaitingEvent})`);
  assert.equal(events.streamsWithoutEvent, 0, 'streams of a changed resident that received no event of their own');
  assert.equal(events.eventLeaks, 0, "events about another resident's zaak");
});

test('Redis killed and restarted during the load: 503 meanwhile and nothing worse, no instance dies, nothing leaks, no read served unlogged', async () => {
  const result = await runLoad({ instances: 2, sessions: 40, residents: 20, durationSeconds: 4, redisRestart: { atSeconds: 1, downSeconds: 1 } });
  assert.equal(result.instancesDown, 0, 'instances alive');
  assert.equal(result.leaks, 0, 'cross-resident leaks');
  assert.deepEqual(
    Object.keys(result.otherStatuses).filter((status) => status !== '503'),
    [],
    'no status but 200 and 503',
  );
  assert.ok((result.otherStatuses['503'] ?? 0) > 0, 'the outage was seen (503 while Redis was away)');
  assert.ok(result.requests - (result.otherStatuses['503'] ?? 0) > 40, 'reads were served before and after');
  // Never fewer actions than reads served. A few more are possible, one way only: Redis stored an action and
  // died before it answered, so that read was refused (503) although its action is in the log.
  assert.ok(result.loggedActions >= result.loggedReads, `no read served unlogged (${result.loggedActions} actions, ${result.loggedReads} reads)`);
  assert.ok(result.loggedActions - result.loggedReads <= (result.otherStatuses['503'] ?? 0), 'extra actions only for refused reads');
});
