// One outage for the page: the same page-wide failure in several views, or an expired session, with one retry for all.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KlantbeeldError, OutageMonitor, type ErrorKind, type Outage } from '@klantbeeld/core';

const failure = (kind: ErrorKind) => new KlantbeeldError(kind, kind);

describe('OutageMonitor', () => {
  test('one view failing is its own business; the same page-wide failure in two views is an outage', () => {
    const changes: (Outage | undefined)[] = [];
    const monitor = new OutageMonitor<string>((outage) => changes.push(outage));
    monitor.report('lijst', failure('server'));
    assert.equal(monitor.outage, undefined);
    assert.equal(monitor.covers(failure('server')), false);
    monitor.report('tracker', failure('server'));
    assert.deepEqual(monitor.outage, { kind: 'server', count: 2 });
    assert.equal(monitor.covers(failure('server')), true);
    assert.equal(monitor.covers(failure('not-found')), false);
    assert.equal(monitor.covers(new Error('other')), false);
    monitor.resolve('lijst');
    assert.equal(monitor.outage, undefined);
    assert.deepEqual(changes, [{ kind: 'server', count: 2 }, undefined]);
  });

  test('failures of one view’s own data (not found, forbidden, unknown errors) never make an outage', () => {
    const monitor = new OutageMonitor<string>();
    for (const source of ['a', 'b', 'c']) monitor.report(source, failure('not-found'));
    monitor.report('d', new Error('boom'));
    monitor.report('e', new Error('boom'));
    assert.equal(monitor.outage, undefined);
  });

  test('an expired session is an outage at once, and wins over other shared failures', () => {
    const monitor = new OutageMonitor<string>();
    monitor.report('a', failure('network'));
    monitor.report('b', failure('network'));
    monitor.report('c', failure('network'));
    assert.equal(monitor.outage?.kind, 'network');
    monitor.report('d', failure('not-authenticated'));
    assert.deepEqual(monitor.outage, { kind: 'not-authenticated', count: 1 });
  });

  test('a view that reports again replaces its earlier failure', () => {
    const monitor = new OutageMonitor<string>();
    monitor.report('a', failure('timeout'));
    monitor.report('b', failure('timeout'));
    monitor.report('b', failure('not-found'));
    assert.equal(monitor.outage, undefined);
  });

  test('retryAll retries every failed view once and forgets them', () => {
    const monitor = new OutageMonitor<string>();
    const retried: string[] = [];
    monitor.report('a', failure('server'), () => retried.push('a'));
    monitor.report('b', failure('server'), () => retried.push('b'));
    monitor.report('c', failure('not-found'), () => retried.push('c'));
    monitor.retryAll();
    assert.deepEqual(retried, ['a', 'b', 'c']);
    assert.equal(monitor.outage, undefined);
    monitor.retryAll();
    assert.deepEqual(retried, ['a', 'b', 'c']);
  });
});
