/**
 * `subscribe()`: live updates about a resource (or any message a predicate picks), from the gateway's
 * server-sent events that relay Notificaties API messages, with ETag polling as the fallback.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { DEFAULT_TIMEOUT } from '../transport/config.js';
import { LiveConnection, type ConnectionSettings, type Subscriber } from './connection.js';
import { eventsUrlOf } from './events-url.js';
import type { Notificatie } from './message.js';
import { realTimers, type LiveTimers } from './timers.js';
import { pageVisibility } from './visibility.js';

/** What to watch: a resource URL (e.g. a zaak URL), or a predicate over messages. */
export type SubscribeTarget = string | ((message: Notificatie) => boolean);

/** Called once per message about the target. May return a promise (its rejection goes to `onError`). */
export type ChangeListener = (message: Notificatie) => unknown;

/** Ends a subscription. Calling it again does nothing. */
export type Unsubscribe = () => void;

/** Options of {@link subscribe}. */
export interface SubscribeOptions {
  /** Aborting it ends the subscription, like calling the returned {@link Unsubscribe}. */
  signal?: AbortSignal;
  /**
   * Receives what went wrong without ending the subscription: an exception or rejection of `onChange`
   * or of a predicate, a stream failure the connection recovers from (a KlantbeeldError), a failed poll,
   * a refused events URL (UnconfiguredOriginError, then only polling). Default: `globalThis.reportError`
   * where it exists, else nothing. Never an uncaught exception or rejection.
   */
  onError?: (error: unknown) => void;
  /**
   * The gateway's event stream. Default: `client.config.events` when the configuration has it, else
   * `${gateway}/notificaties/api/v1/events`; without either, the subscription polls. It must lie on the
   * origin of a configured source: it gets the same cookies or token as every other request.
   */
  url?: string;
  /** Polling interval in ms while there is no stream; default 30 000. */
  pollInterval?: number;
  /** Replaces the clock (tests). */
  timers?: Partial<LiveTimers>;
}

/** Default polling interval, in ms. */
export const DEFAULT_POLL_INTERVAL = 30_000;
/** Stream failures in a row before polling takes over. */
const MAX_STREAM_FAILURES = 3;
/** Longest reconnect backoff, and the interval of stream retries while polling, in ms. */
const MAX_RECONNECT_DELAY = 60_000;
/** Reconnect time until the server sends `retry:` (what browsers' EventSource use), in ms. */
const DEFAULT_RETRY = 3_000;

/** One connection per client and events URL; closed (and forgotten) when its last subscriber leaves. */
const connections = new WeakMap<KlantbeeldClient, Map<string, LiveConnection>>();

/** A URL in its normalised form, so `…/zaken/1` and `…/zaken/./1` match; `undefined` if not absolute. */
function normalise(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function defaultOnError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
}

/**
 * Calls `onChange` for every Notificaties message about `target`: a message whose `hoofdObject` or
 * `resourceUrl` is the target URL (a status message reaches the subscribers of its zaak), or that the
 * predicate accepts. Before `onChange` runs, the client's cache entries for the message's `hoofdObject`
 * and `resourceUrl` are invalidated, so a re-fetch in `onChange` sees fresh data.
 *
 * - One connection per client (and events URL), shared by all subscriptions, closed with the last one.
 * - The stream is read through the client's one network door (`openEventStream`, not `EventSource`): the same
 *   credentials and token as other requests, redirects only within the sources, `Last-Event-ID` on reconnect,
 *   reconnect after the server's `retry:` time but never sooner than 1 s, backoff with jitter after failures (a
 *   stream that ends at once without a new message counts as one; a 429's `Retry-After` respected).
 *   Malformed messages are ignored; a replayed message (same event id or same message) is delivered once.
 * - When the gateway has no stream (404, 405, 501, 204) or it fails three times in a row, each watched
 *   resource URL is polled every `pollInterval` with `client.getUrl` (ETag revalidation: an unchanged
 *   resource costs a 304). A change gives `onChange` a synthesized message with `actie: 'update'` and
 *   the URL as `hoofdObject` and `resourceUrl`. Predicate subscriptions have no URL to poll: they only
 *   see streamed messages and those synthesized for other subscriptions. After failures (not after a
 *   404/405/501/204) the stream is retried every minute and replaces polling when it comes back.
 * - In a browser, nothing runs while `document.visibilityState` is `'hidden'`; when the page is visible
 *   again the stream reconnects at once (with `Last-Event-ID`, so the gateway can replay what was
 *   missed), or one poll runs at once.
 * - Settings that belong to the connection (`url` aside: `pollInterval`, `timers`) are taken from the
 *   subscription that opens it.
 * @param target a resource URL (e.g. a zaak URL) or a predicate over messages.
 * @returns the function that ends this subscription.
 * @throws TypeError when `target` is neither an absolute URL nor a function.
 * @example
 * ```ts
 * const unsubscribe = subscribe(client, zaak.url, async () => {
 *   render(await getStatusTimeline(client, zaak.url));
 * }, { onError: (error) => console.warn(error) });
 * ```
 */
export function subscribe(client: KlantbeeldClient, target: SubscribeTarget, onChange: ChangeListener, options: SubscribeOptions = {}): Unsubscribe {
  let url: string | undefined;
  let matches: (message: Notificatie) => boolean;
  if (typeof target === 'function') {
    matches = target;
  } else {
    const watched = typeof target === 'string' ? normalise(target) : undefined;
    if (watched === undefined) throw new TypeError(`Klantbeeld: subscribe needs an absolute resource URL or a predicate, got ${JSON.stringify(target)}`);
    url = watched;
    matches = (message) => normalise(message.hoofdObject) === watched || normalise(message.resourceUrl) === watched;
  }
  if (typeof onChange !== 'function') throw new TypeError('Klantbeeld: subscribe needs an onChange function');
  const onError = options.onError ?? defaultOnError;
  const { signal } = options;
  if (signal?.aborted) return () => {};

  let eventsUrl: string | undefined;
  let refused: unknown;
  try {
    eventsUrl = eventsUrlOf(client, options.url);
  } catch (error) {
    refused = error;
  }

  const subscriber: Subscriber = { matches, url, onChange, onError };
  let perClient = connections.get(client);
  if (!perClient) {
    perClient = new Map();
    connections.set(client, perClient);
  }
  const key = eventsUrl ?? '';
  let connection = perClient.get(key);
  if (!connection) {
    const settings: ConnectionSettings = {
      url: eventsUrl,
      pollInterval: positive(options.pollInterval, DEFAULT_POLL_INTERVAL),
      timers: withDefaults(options.timers),
      visibility: pageVisibility(),
      maxStreamFailures: MAX_STREAM_FAILURES,
      maxReconnectDelay: MAX_RECONNECT_DELAY,
      retry: DEFAULT_RETRY,
      connectTimeout: client.config.timeout ?? DEFAULT_TIMEOUT,
    };
    const map = perClient;
    const created = new LiveConnection(client, settings, () => {
      if (map.get(key) === created) map.delete(key);
    });
    connection = created;
    perClient.set(key, created);
  }
  const joined = connection;
  joined.add(subscriber);
  if (refused !== undefined) {
    // Reported after subscribe returns, like every other error of the subscription.
    queueMicrotask(() => {
      try {
        onError(refused);
      } catch {
        // Nobody left to tell.
      }
    });
  }

  let active = true;
  const unsubscribe = () => {
    if (!active) return;
    active = false;
    signal?.removeEventListener('abort', unsubscribe);
    joined.remove(subscriber);
  };
  signal?.addEventListener('abort', unsubscribe, { once: true });
  return unsubscribe;
}

/** The given timer functions (own or inherited, bound to their object), the real ones for the rest. */
function withDefaults(timers: Partial<LiveTimers> | undefined): LiveTimers {
  if (!timers) return realTimers;
  const pick = <K extends keyof LiveTimers>(name: K): LiveTimers[K] => {
    const own = timers[name];
    return (typeof own === 'function' ? own.bind(timers) : realTimers[name]) as LiveTimers[K];
  };
  return { setTimeout: pick('setTimeout'), clearTimeout: pick('clearTimeout'), now: pick('now'), random: pick('random') };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
