/**
 * Small AbortSignal helpers shared by the transport (no `AbortSignal.any`: older Safari lacks it).
 * @module
 */

/**
 * A signal that aborts when any of `signals` aborts (with that signal's reason), or when its
 * `controller` is aborted directly; `dispose` unhooks it from `signals`.
 */
export function linkSignals(...signals: (AbortSignal | undefined)[]): { signal: AbortSignal; controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  const already = present.find((signal) => signal.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, controller, dispose: () => {} };
  }
  const listeners = present.map((signal) => {
    const listener = () => controller.abort(signal.reason);
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  });
  return { signal: controller.signal, controller, dispose: () => listeners.forEach((remove) => remove()) };
}

/**
 * Rejects with the abort reason as soon as `signal` aborts, whatever `promise` does. `onLeave` runs then (also when
 * `signal` was aborted already): the caller has stopped waiting, e.g. one of several sharing a request.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onLeave?: (reason: unknown) => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onLeave?.(signal.reason);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      onLeave?.(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits `ms` milliseconds; rejects with the reason when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return untilAborted(
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
    signal,
  );
}
