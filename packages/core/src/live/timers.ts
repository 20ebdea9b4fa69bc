/**
 * The clock the live updates run on, injectable so tests can drive reconnects and polls without waiting.
 * @module
 */

/** Timer functions; default: the global `setTimeout`/`clearTimeout`, `Date.now` and `Math.random`. */
export interface LiveTimers {
  /** Calls `callback` once after `ms` milliseconds; returns a handle for {@link LiveTimers.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer started with {@link LiveTimers.setTimeout}. */
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch (for `aanmaakdatum` of synthesized messages). */
  now(): number;
  /** A number in [0, 1) for backoff jitter. */
  random(): number;
}

/** The real clock. Read at call time, so fake timers installed later still apply. */
export const realTimers: LiveTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
  random: () => Math.random(),
};

/** One pending timer that can be (re)started and cleared. */
export class Timer {
  #handle: unknown;
  #armed = false;
  constructor(private readonly timers: LiveTimers) {}

  /** Starts the timer, replacing a pending one. */
  start(ms: number, callback: () => void): void {
    this.clear();
    this.#armed = true;
    this.#handle = this.timers.setTimeout(() => {
      this.#armed = false;
      callback();
    }, ms);
  }

  clear(): void {
    if (this.#armed) this.timers.clearTimeout(this.#handle);
    this.#armed = false;
  }

  get pending(): boolean {
    return this.#armed;
  }
}
