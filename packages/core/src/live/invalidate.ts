/**
 * The seam between live updates and the client's caches: a message about a resource must drop what
 * the client cached for it before subscribers re-fetch.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';

/**
 * Drops the client's cached entries for `url` (`client.invalidate`: the resource, the lists above it
 * and the lists that name it). Never throws: a failing cache must not keep a message from its subscribers.
 */
export function invalidateUrl(client: KlantbeeldClient, url: string): void {
  try {
    client.invalidate(url);
  } catch {
    // Nothing to do: the next request fetches anyway.
  }
}
