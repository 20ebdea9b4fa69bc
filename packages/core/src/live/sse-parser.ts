/**
 * An incremental parser for `text/event-stream` (WHATWG HTML, "Server-sent events", parsing an event
 * stream), fed with decoded text chunks as they arrive. Needed because `EventSource` cannot send an
 * `Authorization` header and Node 20 has none.
 *
 * Kept instead of `eventsource-parser` (issue 17): v3.1.1 (v4 needs Node 22) behind the same class is larger in the
 * CDN build (gzip level 9, measured 2026-12-07 with `npm run build:cdn`): the live chunk `chunks/subscribe-*.js`
 * 4,490 → 5,422 B (+932), `klantbeeld.js` 82,969 → 83,917 B (+948), all of `dist/cdn` 192,290 → 194,165 B (+1,875).
 * It would also need extra code here: it forgets the event ID after each event and drops an `id:` without
 * `data:`, while the spec's last event ID buffer persists (tests in `test/live-sse.test.ts`).
 * @module
 */

/** One dispatched event. */
export interface ServerSentEvent {
  /** The `event:` field, `'message'` when absent. */
  readonly type: string;
  /** The `data:` lines joined with '\n'. */
  readonly data: string;
  /** The last event ID seen so far (the spec's "last event ID buffer"), '' when none. */
  readonly lastEventId: string;
}

/** What the parser reports besides events. */
export interface SseParserCallbacks {
  onEvent(event: ServerSentEvent): void;
  /** A valid `retry:` field: the reconnection time in ms. */
  onRetry?(ms: number): void;
}

/**
 * Feed it text with {@link SseParser.push}; it calls back per complete event. Handles CRLF, CR and LF
 * line ends (also split across chunks), comments, a leading BOM, `id` with NUL (ignored) and events
 * without data (not dispatched), as the spec says.
 */
export class SseParser {
  #buffer = '';
  #start = true;
  /** A CR ended the previous chunk: a LF at the start of the next one belongs to it. */
  #pendingCr = false;
  #data: string[] = [];
  #hasData = false;
  #type = '';
  #lastEventId = '';

  constructor(
    private readonly callbacks: SseParserCallbacks,
    lastEventId = '',
  ) {
    this.#lastEventId = lastEventId;
  }

  /** The last event ID buffer (sent as `Last-Event-ID` on reconnect). */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  /** Parses a chunk of decoded text. */
  push(chunk: string): void {
    let text = chunk;
    if (this.#start && text.length > 0) {
      this.#start = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.#pendingCr = false;
    this.#buffer += text;
    let position = 0;
    for (;;) {
      const cr = this.#buffer.indexOf('\r', position);
      const lf = this.#buffer.indexOf('\n', position);
      if (cr === -1 && lf === -1) break;
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      const line = this.#buffer.slice(position, end);
      if (this.#buffer[end] === '\r') {
        if (end + 1 === this.#buffer.length) {
          this.#pendingCr = true;
          position = end + 1;
        } else {
          position = this.#buffer[end + 1] === '\n' ? end + 2 : end + 1;
        }
      } else {
        position = end + 1;
      }
      this.#line(line);
    }
    this.#buffer = this.#buffer.slice(position);
  }

  /** End of stream: an incomplete event is discarded (spec). */
  end(): void {
    this.#buffer = '';
    this.#reset();
  }

  #reset(): void {
    this.#data = [];
    this.#hasData = false;
    this.#type = '';
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (name) {
      case 'event':
        this.#type = value;
        break;
      case 'data':
        this.#data.push(value);
        this.#hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.callbacks.onRetry?.(Number(value));
        break;
      default:
      // Unknown fields are ignored.
    }
  }

  #dispatch(): void {
    if (!this.#hasData) {
      this.#reset();
      return;
    }
    const event: ServerSentEvent = { type: this.#type || 'message', data: this.#data.join('\n'), lastEventId: this.#lastEventId };
    this.#reset();
    this.callbacks.onEvent(event);
  }
}
