/**
 * The outbox stores on their own: the journal file keeps what was not delivered across a reopen, ignores a
 * line torn by a crash, is rewritten once delivered lines dominate; memory and file refuse when full; a
 * claimed entry is not handed out twice until it is acked.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { FileOutboxStore, MemoryOutboxStore, OutboxRefused, type OutboxEntry } from '../../src/verwerkingen/index.js';

const dir = mkdtempSync(join(tmpdir(), 'kb-outbox-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const entry = (id: string): OutboxEntry => ({
  id,
  enqueuedAt: 1_700_000_000_000 + Number(id.replace(/\D/g, '') || 0),
  action: {
    vertrouwelijkheid: 'normaal',
    tijdstip: '2026-12-07T12:00:00.000Z',
    verwerkteObjecten: [{ objecttype: 'persoon', soortObjectId: 'BSN', objectId: '999993653' }],
  },
});

describe('outbox stores', () => {
  test('memory: claims each entry once until acked, reports depth and age, refuses when full', async () => {
    const store = new MemoryOutboxStore(3);
    for (const id of ['a1', 'a2', 'a3']) await store.append(entry(id));
    await assert.rejects(store.append(entry('a4')), (error: unknown) => error instanceof OutboxRefused && error.reason === 'full');
    const first = await store.claim(2);
    assert.deepEqual(
      first.map((e) => e.id),
      ['a1', 'a2'],
    );
    assert.deepEqual(
      (await store.claim(5)).map((e) => e.id),
      ['a3'],
      'held entries are not handed out again',
    );
    await store.ack(first);
    assert.deepEqual(await store.stats(), { depth: 1, oldestEnqueuedAt: entry('a3').enqueuedAt });
    await store.append(entry('a5'));
    assert.equal((await store.stats()).depth, 2);
  });

  test('file: what was not delivered survives a reopen; a torn last line is ignored', async () => {
    const path = join(dir, 'reopen.jsonl');
    const store = new FileOutboxStore(path, 100);
    await store.open();
    await Promise.all(['b1', 'b2', 'b3'].map((id) => store.append(entry(id))));
    await store.ack((await store.claim(10)).filter((e) => e.id === 'b2'));
    await store.close();
    appendFileSync(path, '{"a":{"id":"torn","enq'); // a crash mid-write
    const again = new FileOutboxStore(path, 100);
    await again.open();
    assert.deepEqual(
      (await again.claim(10)).map((e) => e.id),
      ['b1', 'b3'],
    );
    await again.close();
  });

  test('file: rewritten once delivered lines outnumber the waiting ones', async () => {
    const path = join(dir, 'compact.jsonl');
    const store = new FileOutboxStore(path, 10_000);
    await store.open();
    const ids = Array.from({ length: 5002 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => store.append(entry(id))));
    const claimed = await store.claim(5001);
    await store.ack(claimed);
    await store.close();
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    assert.equal(lines.length, 1, 'only the waiting entry is left in the journal');
    assert.equal((JSON.parse(lines[0]!) as { a: OutboxEntry }).a.id, 'c5001');
    const again = new FileOutboxStore(path, 10_000);
    await again.open();
    assert.deepEqual(
      (await again.claim(10)).map((e) => e.id),
      ['c5001'],
    );
    await again.close();
  });
});
