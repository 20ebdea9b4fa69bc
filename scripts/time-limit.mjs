// @ts-check
// A time limit for the browser benches: past it, the bench fails instead of hanging, and what it opened is closed.

/**
 * Runs `measure(open)` and resolves with its result, or rejects after `ms` with a message naming `name`. Either way
 * `shutDown(open)` runs (at once on the time limit, so a stuck browser or server is closed); `open` is the object in
 * which `measure` keeps what it opened, `initial` its starting value.
 */
export async function withTimeLimit(name, ms, measure, shutDown, initial = {}) {
  const open = initial;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${name} bench took over ${ms / 1000} s`));
      void shutDown(open);
    }, ms);
  });
  const measuring = measure(open);
  measuring.catch(() => undefined); // after a time-out, its own failure is of no interest
  try {
    return await Promise.race([measuring, timeout]);
  } finally {
    clearTimeout(timer);
    await shutDown(open);
  }
}
