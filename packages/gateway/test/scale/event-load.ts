/**
 * The event-stream half of the load run: every session holds one stream of the relay
 * (`/notificaties/api/v1/events`) on its instance for the whole run, while a driver plays the behandelaar at
 * the mock (`POST /_mock/zaken/{uuid}/status`) at a steady rate, round-robin over the residents' zaken. The
 * mock's Notificaties API calls back at the first instance only (one abonnement for the deployment); the
 * Redis bus carries each event to the streams held by the other instance.
 *
 * Every event a stream receives is checked against the stream's resident: it must name one of that
 * resident's zaken and nothing of another resident; anything else is an event leak. After the reads end the
 * streams get a grace period in which every stream of a resident whose zaak changed must have received at
 * least one event (a stream that never does is counted, so a relay that delivers nothing cannot pass).
 * @module
 */
import { performance } from 'node:perf_hooks';
import { openEventStream, type EventStreamReader } from '../../src/dev/event-stream-client.js';
import type { VirtualUser } from './load.js';

/** The `notifications` section of every instance: one Notificaties API, one callback (the first instance's). */
export function relaySection(mockUrl: string, firstPublicUrl: string, callbackAuth: string, auth: unknown): Record<string, unknown> {
  return { api: { url: `${mockUrl}/notificaties/api/v1`, auth }, callbackAuth, callbackUrl: `${firstPublicUrl}/notificaties/callback` };
}

/** Figures of the event streams of one run. */
export interface EventFigures {
  /** Streams opened (one per session), and those answered other than 200. */
  readonly streams: number;
  readonly streamsRefused: number;
  /** Status changes made at the mock (answered 201). */
  readonly statusChanges: number;
  /** Events the streams received while the reads ran, and per second of the run. */
  readonly events: number;
  readonly eventsPerSecond: number;
  /** Events received in all, the grace period after the reads included. */
  readonly eventsInAll: number;
  /** Events (during the run and the grace period) naming no zaak of the stream's resident, or another resident's. */
  readonly eventLeaks: number;
  /** Streams of residents whose zaak changed, and of those the ones that received no event of their own. */
  readonly streamsAwaitingEvent: number;
  readonly streamsWithoutEvent: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The first statustype of every zaaktype: always valid, never the end status. */
const VOLGNUMMER = 1;

/** The streams of a run and the status driver. */
export class EventLoad {
  readonly #changed = new Set<number>();
  #changes = 0;

  private constructor(
    private readonly readers: readonly { readonly user: VirtualUser; readonly reader: EventStreamReader }[],
    private readonly markers: ReadonlyMap<string, number>,
  ) {}

  /** Opens one stream per user on its instance (`bases[user.index % bases.length]`, as its reads). */
  static async open(users: readonly VirtualUser[], bases: readonly string[], markers: ReadonlyMap<string, number>): Promise<EventLoad> {
    const readers = await Promise.all(
      users.map(async (user) => ({
        user,
        reader: await openEventStream(`${bases[user.index % bases.length] ?? ''}/notificaties/api/v1/events`, { cookie: user.cookie }),
      })),
    );
    return new EventLoad(readers, markers);
  }

  /** Events received so far on every stream. */
  delivered(): number {
    return this.readers.reduce((sum, { reader }) => sum + reader.events.length, 0);
  }

  /**
   * Sets statuses at the mock at `perSecond`, round-robin over the residents (then over each one's zaken), until
   * `end`. A change does not wait for the previous one's answer: the rate stays steady when the mock is slow.
   */
  async drive(mockUrl: string, perSecond: number, end: number): Promise<void> {
    const byResident = new Map<number, readonly string[]>();
    for (const { user } of this.readers) byResident.set(user.resident, user.zaken);
    const residents = [...byResident.keys()].sort((a, b) => a - b);
    const interval = 1000 / perSecond;
    const changes: Promise<void>[] = [];
    for (let tick = 0; ; tick++) {
      const at = performance.now();
      if (at >= end) break;
      const resident = residents[tick % residents.length] as number;
      const zaken = byResident.get(resident) ?? [];
      const zaak = zaken[Math.floor(tick / residents.length) % zaken.length];
      if (zaak !== undefined) changes.push(this.#change(mockUrl, resident, zaak));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at + interval - performance.now())));
    }
    await Promise.all(changes);
  }

  async #change(mockUrl: string, resident: number, zaak: string): Promise<void> {
    const answer = await fetch(`${mockUrl}/_mock/zaken/${zaak}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ volgnummer: VOLGNUMMER }),
    });
    await answer.body?.cancel();
    if (answer.status !== 201) return;
    this.#changes++;
    this.#changed.add(resident);
  }

  /** Waits up to `graceMs` for every stream of a changed resident to hold an event of its own, closes the streams, and counts. */
  async finish(eventsInRun: number, seconds: number, graceMs: number): Promise<EventFigures> {
    const open = this.readers.filter(({ reader }) => reader.status === 200);
    const awaiting = open.filter(({ user }) => this.#changed.has(user.resident));
    const deadline = performance.now() + graceMs;
    const waiting = () => awaiting.filter(({ user, reader }) => !reader.events.some((event) => this.#owner(event.data ?? '', user) === 'own'));
    while (waiting().length > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const withoutEvent = waiting().length;
    const eventsInAll = this.delivered();
    this.close();
    let eventLeaks = 0;
    for (const { user, reader } of open) eventLeaks += reader.events.filter((event) => this.#owner(event.data ?? '', user) !== 'own').length;
    return {
      streams: this.readers.length,
      streamsRefused: this.readers.length - open.length,
      statusChanges: this.#changes,
      events: eventsInRun,
      eventsPerSecond: eventsInRun / seconds,
      eventsInAll,
      eventLeaks,
      streamsAwaitingEvent: awaiting.length,
      streamsWithoutEvent: withoutEvent,
    };
  }

  close(): void {
    for (const { reader } of this.readers) reader.close();
  }

  /** `own` when the event names a zaak of `user`'s resident and nothing of another resident; else `foreign`. */
  #owner(data: string, user: VirtualUser): 'own' | 'foreign' {
    let own = false;
    for (const match of data.matchAll(UUID)) {
      const owner = this.markers.get(match[0]);
      if (owner === undefined) continue;
      if (owner !== user.resident) return 'foreign';
      own = true;
    }
    return own ? 'own' : 'foreign';
  }
}
