/**
 * Where relayed events go between matching and the open streams: an id per event, a replay buffer for
 * browsers that reconnect with `Last-Event-ID`, and fan-out to every instance. In memory for one
 * process; `RedisRelayBus` shares it between instances. An event names its audience only by opaque keys
 * (an HMAC of the subject), never by BSN or KvK number.
 * @module
 */

/** One event for the streams. */
export interface RelayEvent {
  /** Event id (`id:` of the stream); increasing in the order events were published. */
  readonly id: string;
  /** Audience keys (see `audienceKey`) of the residents who may receive it. */
  readonly audience: readonly string[];
  /** The message as JSON text (one `data:` line). */
  readonly data: string;
  /** When it was published, ms since the epoch. */
  readonly time: number;
}

/** The shared event log of the relay. */
export interface RelayBus {
  /** Connects to its store (nothing for the memory bus); called before the gateway listens. */
  connect(): Promise<void>;
  /** Assigns an id, keeps the event for replay, and hands it to every instance's listener (this one's included). */
  publish(audience: readonly string[], data: string): Promise<RelayEvent>;
  /** Called for every published event, on every instance. */
  onEvent(listener: (event: RelayEvent) => void): void;
  /** The kept events after `lastEventId` (exclusive) for `audienceKey`, oldest first, within the replay window. */
  replay(lastEventId: string, audienceKey: string): Promise<readonly RelayEvent[]>;
  /** Events held for replay (for tests of the bound and for metrics). */
  size(): Promise<number>;
  close(): Promise<void>;
}

/** Replay limits. */
export interface ReplayLimits {
  readonly windowMs: number;
  readonly maxEvents: number;
}

/** The embedded bus: one process, ids from a counter, a ring of the last events. */
export class MemoryRelayBus implements RelayBus {
  readonly #events: RelayEvent[] = [];
  readonly #listeners: ((event: RelayEvent) => void)[] = [];
  #next = 0;

  constructor(
    private readonly limits: ReplayLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  async connect(): Promise<void> {}

  async publish(audience: readonly string[], data: string): Promise<RelayEvent> {
    const event: RelayEvent = { id: String(++this.#next), audience, data, time: this.clock() };
    this.#events.push(event);
    this.#trim();
    for (const listener of this.#listeners) listener(event);
    return event;
  }

  onEvent(listener: (event: RelayEvent) => void): void {
    this.#listeners.push(listener);
  }

  async replay(lastEventId: string, audienceKey: string): Promise<readonly RelayEvent[]> {
    if (!/^\d{1,15}$/.test(lastEventId)) return [];
    const after = Number(lastEventId);
    this.#trim();
    return this.#events.filter((event) => Number(event.id) > after && event.audience.includes(audienceKey));
  }

  async size(): Promise<number> {
    this.#trim();
    return this.#events.length;
  }

  async close(): Promise<void> {
    this.#events.length = 0;
    this.#listeners.length = 0;
  }

  #trim(): void {
    const oldest = this.clock() - this.limits.windowMs;
    let drop = Math.max(0, this.#events.length - this.limits.maxEvents);
    while (drop < this.#events.length && (this.#events[drop]?.time ?? 0) < oldest) drop++;
    if (drop > 0) this.#events.splice(0, drop);
  }
}
