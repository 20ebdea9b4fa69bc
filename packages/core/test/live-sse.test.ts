// The event-stream parser (WHATWG rules) and the check of Notificaties messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotificatie } from '@klantbeeld/core';
import { SseParser, type ServerSentEvent } from '../src/live/sse-parser.js';

function parse(chunks: readonly string[], lastEventId = '') {
  const events: ServerSentEvent[] = [];
  const retries: number[] = [];
  const parser = new SseParser({ onEvent: (event) => events.push(event), onRetry: (ms) => retries.push(ms) }, lastEventId);
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries, parser };
}

describe('SseParser', () => {
  test('fields, multi-line data, comments, event types and ids', () => {
    const { events, retries, parser } = parse([
      ': a comment\n',
      'retry: 2500\n\n',
      'id: 7\ndata: {"a":\ndata: 1}\n\n',
      'event: ping\ndata\n\n',
      'data:no space\n\n',
    ]);
    assert.deepEqual(retries, [2500]);
    assert.deepEqual(events, [
      { type: 'message', data: '{"a":\n1}', lastEventId: '7' },
      { type: 'ping', data: '', lastEventId: '7' },
      { type: 'message', data: 'no space', lastEventId: '7' },
    ]);
    assert.equal(parser.lastEventId, '7');
  });

  test('CRLF and CR line ends, also split across chunks, and a leading BOM', () => {
    const { events } = parse(['\uFEFFdata: a\r', '\n\r', '\ndata: b\rdata: c\r\r', 'id: 9\r\n', 'data: d\r\n\r\n']);
    assert.deepEqual(
      events.map((event) => [event.data, event.lastEventId]),
      [
        ['a', ''],
        ['b\nc', ''],
        ['d', '9'],
      ],
    );
  });

  test('an incomplete event at the end is dropped; id without data only moves the last event id', () => {
    const { events, parser } = parse(['id: 3\n\n', 'data: half'], '2');
    assert.equal(events.length, 0);
    assert.equal(parser.lastEventId, '3');
    parser.end();
    parser.push('\n\n');
    assert.equal(events.length, 0);
  });

  test('invalid retry values and ids with NUL are ignored', () => {
    const { retries, parser, events } = parse(['retry: soon\nretry: -1\nid: a\0b\ndata: x\n\n'], '1');
    assert.deepEqual(retries, []);
    assert.equal(parser.lastEventId, '1');
    assert.equal(events[0]?.lastEventId, '1');
  });
});

describe('parseNotificatie', () => {
  const valid = {
    kanaal: 'zaken',
    hoofdObject: 'https://gw.example/zaken/api/v1/zaken/1',
    resource: 'status',
    resourceUrl: 'https://gw.example/zaken/api/v1/statussen/2',
    actie: 'create',
    aanmaakdatum: '2026-11-29T10:00:00Z',
    kenmerken: { bronorganisatie: '002220647' },
  };

  test('keeps the spec fields of a valid message, drops others', () => {
    assert.deepEqual(parseNotificatie({ ...valid, extra: 'x' }), valid);
    const { kenmerken: _kenmerken, ...withoutKenmerken } = valid;
    assert.deepEqual(parseNotificatie(withoutKenmerken), withoutKenmerken);
  });

  test('rejects every kind of malformed message', () => {
    const bad: unknown[] = [
      null,
      'zaken',
      [valid],
      { ...valid, kanaal: undefined },
      { ...valid, kanaal: '' },
      { ...valid, actie: 1 },
      { ...valid, hoofdObject: '/zaken/1' },
      { ...valid, resourceUrl: 'javascript:alert(1)' },
      { ...valid, aanmaakdatum: 'gisteren' },
      { ...valid, kenmerken: 'x' },
      { ...valid, kenmerken: { a: 1 } },
      { ...valid, kenmerken: [] },
    ];
    for (const value of bad) assert.equal(parseNotificatie(value), undefined, JSON.stringify(value));
  });
});
