/**
 * The open event streams of this instance (`text/event-stream`, as `@klantbeeld/core`'s `subscribe` reads
 * them): each bound to one session and its audience key, with `retry:`, replay after `Last-Event-ID`,
 * a `: ping` heartbeat, a cap per session and in all, and a bound on what a slow reader may have waiting.
 * @module
 */
import type { ServerResponse } from 'node:http';
import type { RelayEvent } from './bus.js';

/** Settings of the streams. */
export interface StreamSettings {
  readonly heartbeatMs: number;
  readonly retryMs: number;
  readonly maxPerSession: number;
  readonly maxStreams: number;
  readonly maxBufferedBytes: number;
}

/** One stream to open. */
export interface StreamRequest {
  readonly sessionId: string;
  readonly audienceKey: string;
  readonly lastEventId: string | undefined;
  /** Response headers decided by the server (CORS, security), written with the stream's own. */
  readonly headers: Readonly<Record<string, string | number | string[]>>;
  /** Replays kept events after `Last-Event-ID` for this audience. */
  readonly replay: (lastEventId: string) => Promise<readonly RelayEvent[]>;
  /** Whether the session still lives (checked at each heartbeat; a dead one ends the stream). */
  readonly alive: () => Promise<boolean>;
}

/** Why a stream could not be opened. */
export type OpenRefusal = 'session-limit' | 'instance-limit';

interface OpenStream {
  readonly sessionId: string;
  readonly audienceKey: string;
  readonly raw: ServerResponse;
  /** Events that arrived while the replay was read; sent after it. */
  pending: RelayEvent[] | undefined;
  readonly sent: Set<string>;
  close(): void;
}

/** Observers of the streams (metrics). */
export interface StreamObserver {
  onDelivered(count: number): void;
  onSlowClosed(): void;
}

/** The registry of open streams. */
export class EventStreams {
  readonly #streams = new Set<OpenStream>();
  readonly #bySession = new Map<string, number>();

  constructor(
    private readonly settings: StreamSettings,
    private readonly observer: StreamObserver,
  ) {}

  /** Open streams of this instance. */
  get size(): number {
    return this.#streams.size;
  }

  /** Open streams of one session. */
  countOf(sessionId: string): number {
    return this.#bySession.get(sessionId) ?? 0;
  }

  /** Whether one more stream may open for `sessionId`, or why not. */
  refusal(sessionId: string): OpenRefusal | undefined {
    if (this.countOf(sessionId) >= this.settings.maxPerSession) return 'session-limit';
    if (this.#streams.size >= this.settings.maxStreams) return 'instance-limit';
    return undefined;
  }

  /** Writes the stream's head, replays, then keeps it open until the browser leaves, the session ends or `closeAll`. */
  async open(raw: ServerResponse, request: StreamRequest): Promise<void> {
    const { sessionId } = request;
    raw.writeHead(200, {
      ...request.headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'private, no-store',
      // Tells nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
    });
    raw.flushHeaders();
    let timer: NodeJS.Timeout | undefined;
    const stream: OpenStream = {
      sessionId,
      audienceKey: request.audienceKey,
      raw,
      pending: [],
      sent: new Set(),
      close: () => {
        if (!this.#streams.delete(stream)) return;
        clearInterval(timer);
        const left = this.countOf(sessionId) - 1;
        if (left > 0) this.#bySession.set(sessionId, left);
        else this.#bySession.delete(sessionId);
        if (!raw.writableEnded) raw.end();
      },
    };
    this.#streams.add(stream);
    this.#bySession.set(sessionId, this.countOf(sessionId) + 1);
    raw.once('close', () => stream.close());
    this.#write(stream, `retry: ${this.settings.retryMs}\n: verbonden\n\n`);

    if (request.lastEventId !== undefined) {
      const replayed = await request.replay(request.lastEventId).catch(() => []);
      for (const event of replayed) this.#send(stream, event);
    }
    const pending = stream.pending ?? [];
    stream.pending = undefined;
    for (const event of pending) this.#send(stream, event);

    timer = setInterval(() => {
      this.#write(stream, ': ping\n\n');
      void request.alive().then(
        (alive) => {
          if (!alive) stream.close();
        },
        () => {
          // The store could not say: keep the stream; the next heartbeat asks again.
        },
      );
    }, this.settings.heartbeatMs);
    timer.unref();
  }

  /** Hands `event` to the open streams of its audience. */
  deliver(event: RelayEvent): void {
    let delivered = 0;
    const audience = new Set(event.audience);
    for (const stream of [...this.#streams]) {
      if (!audience.has(stream.audienceKey)) continue;
      if (stream.pending) stream.pending.push(event);
      else if (this.#send(stream, event)) delivered++;
    }
    if (delivered > 0) this.observer.onDelivered(delivered);
  }

  /** Ends every stream (shutdown); browsers reconnect elsewhere with `Last-Event-ID`. */
  closeAll(): void {
    for (const stream of [...this.#streams]) stream.close();
  }

  /** Ends the streams of one session (logout). */
  closeSession(sessionId: string): void {
    for (const stream of [...this.#streams]) if (stream.sessionId === sessionId) stream.close();
  }

  #send(stream: OpenStream, event: RelayEvent): boolean {
    if (stream.sent.has(event.id)) return false;
    stream.sent.add(event.id);
    // Only duplicates between replay and live delivery matter: remember a bounded number of ids.
    if (stream.sent.size > 256) stream.sent.delete(stream.sent.values().next().value as string);
    return this.#write(stream, `id: ${event.id}\ndata: ${event.data}\n\n`);
  }

  /** Writes a frame; a reader that lets too much pile up is closed (it reconnects and replays). */
  #write(stream: OpenStream, frame: string): boolean {
    if (stream.raw.writableEnded || stream.raw.destroyed) return false;
    stream.raw.write(frame);
    if (stream.raw.writableLength > this.settings.maxBufferedBytes) {
      this.observer.onSlowClosed();
      stream.close();
      stream.raw.destroy();
      return false;
    }
    return true;
  }
}
