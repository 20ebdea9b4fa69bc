// A clock for live-update tests that runs on virtual time: timers fire in order of their due time, and
// between two timers the real event loop gets a moment so responses (msw, streams) are processed. A
// bounded number of steps keeps a storm of zero-delay timers from hanging the test.
import type { LiveTimers } from '@klantbeeld/core';

interface Pending {
  readonly due: number;
  readonly order: number;
  readonly callback: () => void;
}

export class VirtualClock implements LiveTimers {
  #now = Date.parse('2026-12-01T10:00:00Z');
  readonly #start = this.#now;
  readonly #pending = new Map<number, Pending>();
  #next = 1;
  /** Timers run so far. */
  fired = 0;

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.#pending.set(id, { due: this.#now + Math.max(0, ms), order: id, callback });
    return id;
  };
  clearTimeout = (handle: unknown): void => void this.#pending.delete(handle as number);
  now = (): number => this.#now;
  random = (): number => 0.5;

  /** Virtual milliseconds since the clock was made. */
  get elapsed(): number {
    return this.#now - this.#start;
  }

  /** Runs timers due within `ms` of virtual time from the start, at most `maxSteps` of them. */
  async runUntil(ms: number, maxSteps = 500): Promise<void> {
    const end = this.#start + ms;
    for (let step = 0; step < maxSteps; step++) {
      await settle();
      const [id, timer] = [...this.#pending].sort(([, a], [, b]) => a.due - b.due || a.order - b.order)[0] ?? [];
      if (id === undefined || timer === undefined || timer.due > end) break;
      this.#pending.delete(id);
      this.#now = Math.max(this.#now, timer.due);
      this.fired++;
      timer.callback();
    }
    await settle();
  }
}

/** Lets pending I/O and promise chains run (a few real milliseconds). */
export function settle(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
