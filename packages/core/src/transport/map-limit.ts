/**
 * Bounded parallel work: used where the client asks for many resources at once (the summaries of a list of zaken,
 * the pages of a long list), so that one call never takes every connection of the client's limiter.
 * @module
 */

/** Maps `items` with at most `limit` calls running; keeps the order, stops starting new ones after a failure. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
