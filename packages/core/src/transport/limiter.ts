/**
 * A cap on concurrent requests per origin: browsers allow ~6 connections per origin over HTTP/1.1, and a
 * gateway should not see a burst of hundreds of fallback requests. Excess requests wait in a FIFO queue.
 * @module
 */

interface Waiter {
  readonly grant: () => void;
}

interface OriginState {
  active: number;
  readonly queue: Waiter[];
}

/** Slots per origin; {@link acquire} resolves with a release function once a slot is free. */
export class Limiter {
  readonly #max: number;
  readonly #origins = new Map<string, OriginState>();

  /** @param max concurrent requests per origin (at least 1; Infinity: no cap). */
  constructor(max: number) {
    this.#max = Number.isFinite(max) ? Math.max(1, Math.floor(max)) : Infinity;
  }

  /** Requests of `origin` running now (tests, diagnostics). */
  active(origin: string): number {
    return this.#origins.get(origin)?.active ?? 0;
  }

  /** Requests of `origin` waiting for a slot. */
  queued(origin: string): number {
    return this.#origins.get(origin)?.queue.length ?? 0;
  }

  /**
   * Waits for a slot of `origin`. An abort while queued removes the request from the queue and rejects
   * with the reason. The release function is idempotent.
   */
  acquire(origin: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let state = this.#origins.get(origin);
    if (!state) {
      state = { active: 0, queue: [] };
      this.#origins.set(origin, state);
    }
    const slots = state;
    const release = () => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        slots.active--;
        const next = slots.queue.shift();
        if (next) next.grant();
        else if (slots.active === 0) this.#origins.delete(origin);
      };
    };
    if (slots.active < this.#max) {
      slots.active++;
      return Promise.resolve(release());
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = slots.queue.indexOf(waiter);
        if (index !== -1) slots.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          slots.active++;
          resolve(release());
        },
      };
      slots.queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
