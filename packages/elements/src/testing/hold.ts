/**
 * Test support (not published): holding a request open, to see an element while it waits.
 * @module
 */
import { http } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { gate } from './guards.js';

/**
 * Holds GET requests to `url` until `open()` is called, then lets them through to the mock API; with `once`, only the
 * next one. Returns the gate: open it in a `finally` too, so a failing test leaves no request hanging.
 */
export function holdRequests(worker: SetupWorker, url: string, options: { once?: boolean } = {}): { open: () => void } {
  const hold = gate();
  worker.use(
    http.get(
      url,
      async () => {
        await hold.promise;
        return undefined; // fall through to the mock API
      },
      { once: options.once ?? false },
    ),
  );
  return { open: hold.open };
}
