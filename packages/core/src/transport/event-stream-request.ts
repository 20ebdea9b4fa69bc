/**
 * The request of the client's `openEventStream`, loaded on demand (a chunk of its own in the CDN build): only
 * live updates open a stream, so a page without them carries none of it.
 * @module
 */
import type { EventStreamOptions, Perform } from '../client.js';
import type { ResolvedSource } from './config.js';
import type { HttpResult } from './http.js';
import type { ResolvedUrl } from './url-resolution.js';

/** What the stream's request needs of its client: the configured sources, and its one request path. */
export interface StreamDoor {
  readonly sources: readonly ResolvedSource[];
  /** Resolves a URL within the sources (`resolveUrl`; throws UnconfiguredOriginError outside them). */
  readonly resolve: (url: string) => ResolvedUrl;
  readonly perform: (resolved: ResolvedUrl, options: Perform) => Promise<HttpResult>;
}

/**
 * Resolves an endpoint that lies on the origin of a configured source but outside every API's base
 * path: the gateway's event stream (`/notificaties/api/v1/events`, beside the APIs it relays). A URL
 * within a source resolves as `door.resolve` does. The result is tied to the first source on that
 * origin, so credentials follow the same rules as for that source.
 * @throws UnconfiguredOriginError when the URL is not absolute http(s), carries credentials, or its
 *   origin serves no configured source.
 */
export function resolveEndpoint(door: StreamDoor, value: string): ResolvedUrl {
  try {
    return door.resolve(value);
  } catch (error) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw error;
    }
    const source = door.sources.find((candidate) => candidate.base.origin === url.origin);
    if (!source || url.username || url.password || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw error;
    return { source, url, path: url.pathname };
  }
}

/** The client's `openEventStream` through `door` (see `KlantbeeldClient.openEventStream`). */
export async function openEventStream(door: StreamDoor, url: string, options: EventStreamOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (options.lastEventId) headers['Last-Event-ID'] = options.lastEventId;
  const endpoint = resolveEndpoint(door, url);
  const result = await door.perform(endpoint, {
    method: 'GET',
    signal: options.signal,
    headers,
    timeout: options.timeout,
    mode: 'response',
    idempotent: false,
    // Within the sources, or to the same endpoint (another query: a gateway that moves a stream to a shard).
    resolve: (next) => {
      const parsed = new URL(next);
      return parsed.origin === endpoint.url.origin && parsed.pathname === endpoint.url.pathname ? resolveEndpoint(door, next) : door.resolve(next);
    },
  });
  return result.value as Response;
}
