/**
 * A reader of the gateway's event stream for tests and benchmarks (Node): opens
 * `{publicUrl}/notificaties/api/v1/events` with a session cookie (and `Last-Event-ID`), keeps every frame,
 * and waits for the one a caller needs. Browsers use `@klantbeeld/core`'s `subscribe` instead.
 * @module
 */

/** One frame of the stream: an event (`id`, `data`), a comment (`: ping`), or a `retry:`. */
export interface StreamFrame {
  readonly id?: string;
  readonly data?: string;
  readonly comment?: string;
  readonly retry?: number;
}

/** An open stream. */
export interface EventStreamReader {
  /** HTTP status of the answer (200 when streaming; a refusal is read as problem+json in `problem`). */
  readonly status: number;
  /** The problem document of a refusal. */
  readonly problem: unknown;
  /** Every frame received so far, oldest first. */
  readonly frames: readonly StreamFrame[];
  /** The events (frames with `data`) received so far. */
  readonly events: readonly StreamFrame[];
  /** Resolves with the first frame (already received or coming) that `match` accepts; rejects after `timeoutMs`. */
  next(match?: (frame: StreamFrame) => boolean, timeoutMs?: number): Promise<StreamFrame>;
  /** Whether the server ended the stream. */
  readonly ended: boolean;
  close(): void;
}

/** Options of {@link openEventStream}. */
export interface OpenEventStreamOptions {
  /** The `Cookie` header of a signed-in session (e.g. `Browser.cookieHeader` of `./sign-in.js`). */
  readonly cookie: string;
  readonly lastEventId?: string;
  /** Sent as `Origin` (a page on another origin). */
  readonly origin?: string;
}

/** Opens the event stream at `url` (see {@link EventStreamReader}). */
export async function openEventStream(url: string, options: OpenEventStreamOptions): Promise<EventStreamReader> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', cookie: options.cookie };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  if (options.origin !== undefined) headers.origin = options.origin;
  const response = await fetch(url, { headers, signal: controller.signal });
  const frames: StreamFrame[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  let problem: unknown;
  if (response.status !== 200 || !response.body) {
    problem = await response.json().catch(() => undefined);
    ended = true;
  } else {
    const body = response.body;
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            frames.push(...parseFrame(buffer.slice(0, end)));
            buffer = buffer.slice(end + 2);
            for (const wake of [...waiters]) wake();
          }
        }
      } catch {
        // Closed by us or by the server.
      }
      ended = true;
      for (const wake of [...waiters]) wake();
    })();
  }
  return {
    status: response.status,
    problem,
    frames,
    get events() {
      return frames.filter((frame) => frame.data !== undefined);
    },
    get ended() {
      return ended;
    },
    next(match = (frame) => frame.data !== undefined, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = (): boolean => {
          for (; seen < frames.length; seen++) {
            const frame = frames[seen] as StreamFrame;
            if (match(frame)) {
              done();
              resolve(frame);
              return true;
            }
          }
          if (ended) {
            done();
            reject(new Error('the stream ended'));
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching frame within ${timeoutMs} ms`));
        }, timeoutMs);
        const wake = () => void check();
        const done = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        if (!check()) waiters.add(wake);
      });
    },
    close: () => controller.abort(),
  };
}

/** The frames of one block (lines up to a blank line); comments each make one. */
function parseFrame(block: string): StreamFrame[] {
  const out: StreamFrame[] = [];
  const event: { id?: string; data?: string; retry?: number } = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) out.push({ comment: line.slice(1).trim() });
    else if (line.startsWith('id:')) event.id = line.slice(3).trim();
    else if (line.startsWith('data:')) event.data = (event.data === undefined ? '' : `${event.data}\n`) + line.slice(5).replace(/^ /, '');
    else if (line.startsWith('retry:')) event.retry = Number(line.slice(6).trim());
  }
  if (event.id !== undefined || event.data !== undefined || event.retry !== undefined) out.push(event);
  return out;
}
