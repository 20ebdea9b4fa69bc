/**
 * The gateway's relay of Notificaties messages to residents' browsers as server-sent events: open
 * streams, each bound to the resident who opened it, and a short history so a reconnect with
 * `Last-Event-ID` gets what it missed. A message reaches only the streams of residents in its audience.
 * @module
 */
import type { components } from '@klantbeeld/core/generated/notificaties';
import type { ResidentRecord } from '../dataset.js';

/** A Notificaties API message (consumer spec). */
export type Notificatie = components['schemas']['Notificatie'];

/** Who may receive a message. */
export type Audience = (resident: ResidentRecord) => boolean;

interface Stream {
  readonly resident: ResidentRecord;
  send(frame: string): void;
  close(): void;
}

interface Published {
  readonly id: number;
  readonly data: string;
  readonly audience: Audience;
}

/** How many messages are kept for replay. */
const HISTORY = 100;

/** Open event streams and the messages published to them. */
export class EventHub {
  readonly #streams = new Set<Stream>();
  readonly #history: Published[] = [];
  readonly #encoder = new TextEncoder();
  #lastId = 0;

  /** @param retry the reconnection time (ms) announced to every stream with `retry:`. */
  constructor(private readonly retry: number) {}

  /** Number of open streams. */
  get size(): number {
    return this.#streams.size;
  }

  /**
   * A new stream for `resident`: announces `retry`, replays the messages after `lastEventId` that the
   * resident may receive, then stays open for new ones. Closed when `signal` aborts (the client left).
   */
  open(resident: ResidentRecord, lastEventId: string | null, signal: AbortSignal): ReadableStream<Uint8Array> {
    let stream: Stream | undefined;
    const streams = this.#streams;
    const after = lastEventId !== null && /^\d+$/.test(lastEventId.trim()) ? Number(lastEventId.trim()) : undefined;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        let open = true;
        const current: Stream = {
          resident,
          send: (frame) => {
            if (!open) return;
            try {
              controller.enqueue(this.#encoder.encode(frame));
            } catch {
              current.close();
            }
          },
          close: () => {
            if (!open) return;
            open = false;
            streams.delete(current);
            try {
              controller.close();
            } catch {
              // Already closed or errored by the consumer.
            }
          },
        };
        stream = current;
        streams.add(current);
        current.send(`retry: ${this.retry}\n: verbonden\n\n`);
        if (after !== undefined) {
          for (const published of this.#history) {
            if (published.id > after && published.audience(resident)) current.send(frame(published));
          }
        }
        if (signal.aborted) current.close();
        else signal.addEventListener('abort', () => current.close(), { once: true });
      },
      cancel: () => {
        if (stream) streams.delete(stream);
      },
    });
  }

  /** Sends `message` (any JSON value; tests send malformed ones too) to the streams of its audience; returns its event id. */
  publish(message: unknown, audience: Audience): number {
    const published: Published = { id: ++this.#lastId, data: JSON.stringify(message), audience };
    this.#history.push(published);
    if (this.#history.length > HISTORY) this.#history.shift();
    for (const stream of [...this.#streams]) if (audience(stream.resident)) stream.send(frame(published));
    return published.id;
  }

  /** Ends every open stream (a gateway restart); clients reconnect with `Last-Event-ID`. */
  closeAll(): void {
    for (const stream of [...this.#streams]) stream.close();
  }
}

/** One event: `id:` and one `data:` line (JSON has no raw newlines). */
function frame(published: Published): string {
  return `id: ${published.id}\ndata: ${published.data}\n\n`;
}
