import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OwnershipCache } from '../../src/proxy/policy/ownership-cache.js';

describe('OwnershipCache', () => {
  test('remembers a lookup for its time to live, then looks again', async () => {
    let now = 0;
    let lookups = 0;
    const cache = new OwnershipCache(1000, 10, () => now);
    const lookup = async (): Promise<boolean> => ++lookups > 0;
    await cache.get('a', lookup);
    await cache.get('a', lookup);
    assert.equal(lookups, 1);
    now = 1001;
    await cache.get('a', lookup);
    assert.equal(lookups, 2);
  });

  test('is bounded: the oldest entries go first', async () => {
    const cache = new OwnershipCache(60_000, 3);
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, true);
    assert.equal(cache.size, 3);
    let looked = false;
    await cache.get('a', async () => (looked = true));
    assert.equal(looked, true);
  });

  test('never remembers a failed lookup', async () => {
    const cache = new OwnershipCache(60_000, 3);
    await assert.rejects(cache.get('a', () => Promise.reject(new Error('down'))));
    assert.equal(await cache.get('a', async () => 'second'), 'second');
  });
});
