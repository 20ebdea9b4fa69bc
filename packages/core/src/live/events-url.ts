/**
 * Where the gateway's event stream is, and the check that keeps credentials on configured origins.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { parseBaseUrl, resolveAllSources, type ClientConfig } from '../transport/config.js';
import { UnconfiguredOriginError } from '../transport/errors.js';

/** Path of the event stream below the gateway: next to the Notificaties API's own base path. */
export const EVENTS_PATH = '/notificaties/api/v1/events';

/**
 * The events URL of `client`: `override`, else `client.config.events`, else `${gateway}${EVENTS_PATH}`; `undefined` when none applies (no gateway: poll only).
 * @throws UnconfiguredOriginError when the URL is not http(s) or its origin serves no configured source:
 *   the stream carries the session cookie or token, like every other request.
 */
export function eventsUrlOf(client: KlantbeeldClient, override?: string): string | undefined {
  const config: Readonly<ClientConfig> = client.config;
  let url: URL;
  if (override !== undefined || config.events !== undefined) {
    const value = override ?? config.events ?? '';
    try {
      url = parseBaseUrl(value, 'events');
    } catch (error) {
      throw new UnconfiguredOriginError(`Not a valid events URL: ${JSON.stringify(value)}`, { url: value, cause: error });
    }
  } else if (config.gateway !== undefined) {
    const gateway = parseBaseUrl(config.gateway, 'gateway');
    url = new URL(gateway.origin + gateway.pathname.replace(/\/+$/, '') + EVENTS_PATH);
  } else {
    return undefined;
  }
  const origins = new Set(resolveAllSources(config).map((source) => source.base.origin));
  if (!origins.has(url.origin)) {
    throw new UnconfiguredOriginError(`Events URL outside every configured origin, not connected: ${url.href}`, { url: url.href });
  }
  return url.href;
}
