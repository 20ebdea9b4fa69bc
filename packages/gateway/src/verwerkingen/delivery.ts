/**
 * Delivers the outbox to the Verwerkingenlogging API: rounds of up to `batchSize` actions sent in
 * parallel, each with its entry id as `Idempotency-Key`. A round with a failure pauses delivery with a
 * doubling backoff (the log is down or overloaded: hammering it helps nobody); failed entries stay held
 * by this deliverer and go first in the next round. An action the log refuses as invalid (a 4xx other
 * than 408, 409 and 429) can never succeed: it is dropped, counted and reported, so it cannot block the rest.
 * @module
 */
import { setMaxListeners } from 'node:events';
import type { Logger } from 'pino';
import type { ClaimedEntry, OutboxStore } from './outbox/store.js';

/** Result of sending one action. */
export type SendOutcome = 'delivered' | 'retry' | 'rejected';

/** Sends one action to the log. */
export type SendAction = (entry: ClaimedEntry, signal: AbortSignal) => Promise<SendOutcome>;

/** Counters the deliverer reports into. */
export interface DeliveryObserver {
  delivered(count: number): void;
  retried(count: number): void;
  rejected(count: number): void;
}

/** Timing of delivery. */
export interface DeliverySettings {
  readonly batchSize: number;
  readonly retryInitialMs: number;
  readonly retryMaxMs: number;
  readonly pollMs: number;
}

/** The delivery loop of one instance. */
export class Deliverer {
  readonly #abort = new AbortController();
  #held: ClaimedEntry[] = [];
  #failures = 0;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(
    private readonly store: OutboxStore,
    private readonly send: SendAction,
    private readonly settings: DeliverySettings,
    private readonly observer: DeliveryObserver,
    private readonly logger: Logger,
  ) {}

  start(): void {
    // Every send of a batch listens for the stop: a batch of 50 is normal, not a leak.
    setMaxListeners(0, this.#abort.signal);
    this.#loop ??= this.#run();
  }

  /** Starts a round now instead of after the poll pause (an entry was just written). */
  nudge(): void {
    if (this.#failures === 0) this.#wake?.();
  }

  /** Stops after the round in flight; held entries stay in the store for the next start or another instance. */
  async stop(): Promise<void> {
    this.#abort.abort();
    this.#wake?.();
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (!this.#abort.signal.aborted) {
      let pause = this.settings.pollMs;
      try {
        const worked = await this.#round();
        if (this.#failures > 0) pause = Math.min(this.settings.retryInitialMs * 2 ** (this.#failures - 1), this.settings.retryMaxMs);
        else if (worked) pause = 0;
      } catch (error) {
        // The store itself failed (Redis away): try again after a pause, never crash.
        this.logger.warn({ err: error }, 'read-log outbox round failed');
        pause = Math.max(this.settings.pollMs, this.settings.retryInitialMs);
      }
      if (pause > 0) await this.#sleep(pause);
    }
  }

  /** One round; whether it sent anything. */
  async #round(): Promise<boolean> {
    const room = this.settings.batchSize - Math.min(this.#held.length, this.settings.batchSize);
    const known = new Set(this.#held.map((e) => e.ref));
    const fresh = (await this.store.claim(room)).filter((e) => !known.has(e.ref));
    const batch = [...this.#held.slice(0, this.settings.batchSize), ...fresh];
    const waiting = this.#held.slice(this.settings.batchSize);
    if (batch.length === 0) return false;
    const outcomes = await Promise.all(batch.map((entry) => this.send(entry, this.#abort.signal).catch((): SendOutcome => 'retry')));
    const done = batch.filter((_e, i) => outcomes[i] !== 'retry');
    const again = batch.filter((_e, i) => outcomes[i] === 'retry');
    const delivered = outcomes.filter((o) => o === 'delivered').length;
    const rejected = outcomes.filter((o) => o === 'rejected').length;
    this.#held = [...again, ...waiting];
    await this.store.ack(done);
    if (this.#held.length > 0) await this.store.keepAlive(this.#held);
    if (delivered > 0) this.observer.delivered(delivered);
    if (rejected > 0) {
      this.observer.rejected(rejected);
      this.logger.error({ count: rejected }, 'the Verwerkingenlogging API refused read-log actions as invalid; they were dropped');
    }
    if (again.length > 0) this.observer.retried(again.length);
    this.#failures = again.length > 0 ? this.#failures + 1 : 0;
    return true;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = undefined;
        done();
      };
    });
  }
}
