/**
 * One live connection of a client, shared by all its subscribers: the event stream while the gateway
 * has one, ETag polling of the watched resources otherwise, nothing while the page is hidden.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { runEventStream, type StreamOutcome } from './event-stream.js';
import { invalidateUrl } from './invalidate.js';
import { parseNotificatie, type Notificatie } from './message.js';
import type { ServerSentEvent } from './sse-parser.js';
import { synthesizeUpdate } from './synthesize.js';
import { Timer, type LiveTimers } from './timers.js';
import type { PageVisibility } from './visibility.js';

/** No reconnect comes sooner than this, whatever the server's `retry:` says (a `retry: 0` must not become a storm). */
export const MIN_RECONNECT_DELAY = 1_000;
/** A connection that stayed open this long (ms) counts as healthy even without messages: backoff starts over. */
export const STABLE_CONNECTION = 10_000;
/** Messages remembered to recognise a replay (a bounded window: the oldest are forgotten first). */
export const REMEMBERED_MESSAGES = 512;

/** One subscriber as the connection sees it. */
export interface Subscriber {
  /** Whether a message concerns this subscriber; may throw (reported, not matched). */
  matches(message: Notificatie): boolean;
  /** The watched resource URL (normalised), polled when there is no stream; undefined for a predicate. */
  readonly url: string | undefined;
  onChange(message: Notificatie): unknown;
  onError(error: unknown): void;
}

/** Settings of a connection (taken from the subscription that opens it). */
export interface ConnectionSettings {
  /** The events URL; undefined: no stream, poll only. */
  readonly url: string | undefined;
  readonly pollInterval: number;
  readonly timers: LiveTimers;
  readonly visibility: PageVisibility;
  /** Consecutive stream failures before polling takes over. */
  readonly maxStreamFailures: number;
  /** Upper bound of the reconnect backoff, in ms; also the interval of stream retries while polling. */
  readonly maxReconnectDelay: number;
  /** Reconnect time until the server sends `retry:`, in ms. */
  readonly retry: number;
  /** Time allowed until the stream's response headers arrive, in ms. */
  readonly connectTimeout: number;
}

/**
 * The state machine: `stream` (connecting or connected; reconnects with `Last-Event-ID` after the
 * server's `retry:` time but never sooner than {@link MIN_RECONNECT_DELAY}; a connection that ends
 * without a new message and before {@link STABLE_CONNECTION} counts as a failure, so failures back off
 * exponentially with jitter up to `maxReconnectDelay`) or `poll` (after 404/405/501/204, or `maxStreamFailures` failures in a row, when the stream
 * is still retried every `maxReconnectDelay`). Hidden page: everything stops; visible again: the stream
 * reconnects at once, or one poll runs at once.
 */
export class LiveConnection {
  readonly #client: KlantbeeldClient;
  readonly #settings: ConnectionSettings;
  readonly #onClose: () => void;
  readonly #subscribers = new Set<Subscriber>();
  readonly #reconnect: Timer;
  readonly #nextPoll: Timer;
  /** Last body seen per polled URL (serialised), to tell a change from a 304 or an identical 200. */
  readonly #baselines = new Map<string, string>();
  #mode: 'stream' | 'poll';
  /** False once the gateway said it has no event stream. */
  #streamAvailable: boolean;
  #failures = 0;
  #retry: number;
  #lastEventId = '';
  /** Keys of the messages delivered lately: a replayed message is not dispatched (or refetched) twice. */
  readonly #delivered = new Set<string>();
  /** Whether the current connection delivered a message not seen before, and when it opened. */
  #progressed = false;
  #openedAt = 0;
  #stream: AbortController | undefined;
  #polling: AbortController | undefined;
  #paused: boolean;
  #closed = false;
  readonly #stopWatching: () => void;
  readonly #stopResetListener: () => void;

  constructor(client: KlantbeeldClient, settings: ConnectionSettings, onClose: () => void) {
    this.#client = client;
    this.#settings = settings;
    this.#onClose = onClose;
    this.#reconnect = new Timer(settings.timers);
    this.#nextPoll = new Timer(settings.timers);
    this.#streamAvailable = settings.url !== undefined;
    this.#mode = this.#streamAvailable ? 'stream' : 'poll';
    this.#retry = settings.retry;
    this.#paused = !settings.visibility.visible;
    this.#stopWatching = settings.visibility.watch((visible) => (visible ? this.#resume() : this.#pause()));
    this.#stopResetListener = client.onReset(() => this.#onReset());
  }

  /** `stream` or `poll` (diagnostics and tests). */
  get mode(): 'stream' | 'poll' {
    return this.#mode;
  }

  /** Adds a subscriber; the first one starts the connection. */
  add(subscriber: Subscriber): void {
    if (this.#closed) return;
    const first = this.#subscribers.size === 0;
    const newUrl = subscriber.url !== undefined && !this.#watches(subscriber.url);
    this.#subscribers.add(subscriber);
    if (this.#paused) return;
    if (first) this.#start();
    else if (newUrl && this.#mode === 'poll' && this.#polling && subscriber.url !== undefined) {
      // Take a baseline now, so the first change after subscribing is noticed at the next poll.
      void this.#pollOne(subscriber.url, this.#polling.signal, false);
    }
  }

  /** Removes a subscriber; the last one closes the connection. */
  remove(subscriber: Subscriber): void {
    if (!this.#subscribers.delete(subscriber)) return;
    if (subscriber.url !== undefined && !this.#watches(subscriber.url)) this.#baselines.delete(subscriber.url);
    if (this.#subscribers.size === 0) this.#close();
  }

  #watches(url: string): boolean {
    for (const subscriber of this.#subscribers) if (subscriber.url === url) return true;
    return false;
  }

  #start(): void {
    if (this.#mode === 'stream') this.#connect();
    else {
      this.#startPolling();
      if (this.#streamAvailable) this.#reconnect.start(this.#settings.maxReconnectDelay, () => this.#connect());
    }
  }

  #close(): void {
    this.#closed = true;
    this.#stopAll();
    this.#stopWatching();
    this.#stopResetListener();
    this.#baselines.clear();
    this.#onClose();
  }

  #stopAll(): void {
    this.#reconnect.clear();
    this.#nextPoll.clear();
    this.#stream?.abort();
    this.#stream = undefined;
    this.#polling?.abort();
    this.#polling = undefined;
  }

  #pause(): void {
    if (this.#closed || this.#paused) return;
    this.#paused = true;
    this.#stopAll();
  }

  #resume(): void {
    if (this.#closed || !this.#paused) return;
    this.#paused = false;
    if (this.#subscribers.size > 0) this.#start();
  }

  /**
   * The client was reset (another resident, logout): the session behind the stream changed, so
   * reconnect without the previous `Last-Event-ID`, and forget what polling saw.
   */
  #onReset(): void {
    if (this.#closed) return;
    this.#lastEventId = '';
    this.#failures = 0;
    this.#baselines.clear();
    this.#delivered.clear();
    this.#stopAll();
    if (!this.#paused && this.#subscribers.size > 0) this.#start();
  }

  // --- Stream ---

  #connect(): void {
    const settings = this.#settings;
    const url = settings.url;
    if (this.#closed || this.#paused || this.#stream || url === undefined) return;
    this.#reconnect.clear();
    const controller = new AbortController();
    this.#stream = controller;
    this.#progressed = false;
    this.#openedAt = settings.timers.now();
    void runEventStream(
      {
        url,
        client: this.#client,
        lastEventId: this.#lastEventId,
        signal: controller.signal,
        timers: settings.timers,
        connectTimeout: settings.connectTimeout,
      },
      {
        onOpen: () => {
          if (this.#stream === controller && this.#mode === 'poll') this.#stopPolling();
        },
        // Bytes alone (a `retry:`, a comment) are no progress: a server that sends `retry: 0` and closes must back off.
        onActivity: () => {},
        onRetry: (ms) => {
          if (this.#stream === controller) this.#retry = ms;
        },
        onEvent: (event) => {
          if (this.#stream === controller) this.#onEvent(event);
        },
      },
    ).then((outcome) => this.#onStreamEnd(controller, outcome));
  }

  #onEvent(event: ServerSentEvent): void {
    this.#lastEventId = event.lastEventId;
    // Other event types (a gateway's pings, future extensions) are not Notificaties messages.
    if (event.type !== 'message') return;
    let value: unknown;
    try {
      value = JSON.parse(event.data);
    } catch {
      return;
    }
    const message = parseNotificatie(value);
    if (!message) return;
    const keys = messageKeys(message, event.lastEventId);
    if (keys.some((key) => this.#delivered.has(key))) return;
    for (const key of keys) this.#remember(key);
    this.#progressed = true;
    this.#failures = 0;
    this.#dispatch(message);
  }

  #remember(key: string): void {
    this.#delivered.add(key);
    if (this.#delivered.size > REMEMBERED_MESSAGES) {
      const oldest = this.#delivered.values().next().value;
      if (oldest !== undefined) this.#delivered.delete(oldest);
    }
  }

  #onStreamEnd(controller: AbortController, outcome: StreamOutcome): void {
    if (this.#stream !== controller) return;
    this.#stream = undefined;
    if (this.#closed || this.#paused || outcome.kind === 'aborted') return;
    switch (outcome.kind) {
      case 'ended': {
        const healthy = this.#progressed || this.#settings.timers.now() - this.#openedAt >= STABLE_CONNECTION;
        if (healthy) {
          this.#failures = 0;
          this.#reconnect.start(Math.max(MIN_RECONNECT_DELAY, this.#retry), () => this.#connect());
          return;
        }
        // Ended at once without news: a failure, so it backs off and, repeated, falls back to polling.
        this.#failures++;
        if (this.#mode === 'stream' && this.#failures >= this.#settings.maxStreamFailures) this.#switchToPolling();
        this.#reconnect.start(this.#backoff(undefined), () => this.#connect());
        return;
      }
      case 'unavailable':
        this.#streamAvailable = false;
        if (this.#mode === 'stream') this.#switchToPolling();
        return;
      case 'failed': {
        this.#failures++;
        this.#report(outcome.error);
        if (this.#mode === 'stream' && this.#failures >= this.#settings.maxStreamFailures) this.#switchToPolling();
        this.#reconnect.start(this.#backoff(outcome.retryAfter), () => this.#connect());
        return;
      }
    }
  }

  /**
   * The delay before the next attempt after `#failures` failures in a row: exponential from the retry
   * time, with jitter, between {@link MIN_RECONNECT_DELAY} and `maxReconnectDelay`; while polling, the
   * stream is tried every `maxReconnectDelay`; a `Retry-After` (s) is respected.
   */
  #backoff(retryAfter: number | undefined): number {
    const { maxReconnectDelay, timers } = this.#settings;
    const exponential = Math.min(maxReconnectDelay, Math.max(this.#retry, MIN_RECONNECT_DELAY) * 2 ** Math.max(0, this.#failures - 1));
    // Jitter keeps many pages from reconnecting to a recovering gateway at the same moment.
    let delay = this.#mode === 'poll' ? maxReconnectDelay : Math.max(MIN_RECONNECT_DELAY, exponential * (0.5 + timers.random() / 2));
    if (retryAfter !== undefined && Number.isFinite(retryAfter)) delay = Math.max(delay, Math.min(retryAfter * 1000, 24 * 3600 * 1000));
    return delay;
  }

  // --- Polling ---

  #switchToPolling(): void {
    this.#mode = 'poll';
    this.#startPolling();
  }

  #stopPolling(): void {
    this.#mode = 'stream';
    this.#nextPoll.clear();
    this.#polling?.abort();
    this.#polling = undefined;
    this.#baselines.clear();
  }

  #startPolling(): void {
    if (this.#closed || this.#paused) return;
    this.#polling?.abort();
    this.#polling = new AbortController();
    this.#tick(this.#polling);
  }

  /** Polls every watched URL, then schedules the next round. */
  #tick(controller: AbortController): void {
    this.#nextPoll.clear();
    const urls = new Set<string>();
    for (const subscriber of this.#subscribers) if (subscriber.url !== undefined) urls.add(subscriber.url);
    void Promise.all([...urls].map((url) => this.#pollOne(url, controller.signal, true))).then(() => {
      if (this.#polling !== controller || controller.signal.aborted) return;
      this.#nextPoll.start(this.#settings.pollInterval, () => {
        if (this.#polling === controller) this.#tick(controller);
      });
    });
  }

  /**
   * GETs `url` through the client (so the transport revalidates with `If-None-Match` and a 304 returns
   * the cached body) and reports a change against the last body seen. The first poll only records.
   */
  async #pollOne(url: string, signal: AbortSignal, notify: boolean): Promise<void> {
    let body: unknown;
    try {
      body = await this.#client.getUrl(url, { signal });
    } catch (error) {
      if (!signal.aborted) this.#report(error, url);
      return;
    }
    if (signal.aborted || !this.#watches(url)) return;
    let serialised: string;
    try {
      serialised = JSON.stringify(body) ?? '';
    } catch {
      return;
    }
    const previous = this.#baselines.get(url);
    this.#baselines.set(url, serialised);
    if (notify && previous !== undefined && previous !== serialised) {
      this.#dispatch(synthesizeUpdate(this.#client, url, this.#settings.timers.now()));
    }
  }

  // --- Delivery ---

  /** Invalidates the client's caches for the message's URLs, then calls every matching subscriber. */
  #dispatch(message: Notificatie): void {
    invalidateUrl(this.#client, message.hoofdObject);
    if (message.resourceUrl !== message.hoofdObject) invalidateUrl(this.#client, message.resourceUrl);
    for (const subscriber of [...this.#subscribers]) {
      // A subscriber removed by an earlier one's callback gets nothing more.
      if (!this.#subscribers.has(subscriber)) continue;
      let matches: boolean;
      try {
        matches = subscriber.matches(message);
      } catch (error) {
        safeReport(subscriber, error);
        continue;
      }
      if (!matches) continue;
      try {
        const result = subscriber.onChange(message);
        if (isThenable(result)) result.then(undefined, (error: unknown) => safeReport(subscriber, error));
      } catch (error) {
        safeReport(subscriber, error);
      }
    }
  }

  /** Reports to every subscriber, or only to those watching `url`. */
  #report(error: unknown, url?: string): void {
    for (const subscriber of [...this.#subscribers]) {
      if (url === undefined || subscriber.url === url) safeReport(subscriber, error);
    }
  }
}

/** A replay carries the same event id, or (from a gateway that renumbers its events) the same message. */
function messageKeys(message: Notificatie, eventId: string): string[] {
  const content = `message ${message.kanaal} ${message.actie} ${message.resourceUrl} ${message.aanmaakdatum}`;
  return eventId !== '' ? [content, `id ${eventId}`] : [content];
}

function safeReport(subscriber: Subscriber, error: unknown): void {
  try {
    subscriber.onError(error);
  } catch {
    // An error handler that throws has nobody left to tell.
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
