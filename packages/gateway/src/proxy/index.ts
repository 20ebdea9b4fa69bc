/**
 * Entry of the proxy half: allowlist, scoping per API, URL rewriting and upstream calls behind
 * {@link ApiProxy}.
 * @module
 */
import type { ProxyConfig } from './config.js';
import { ScopedProxy, type ProxyHooks } from './proxy.js';
import type { ApiProxy } from './types.js';

export type { ProxyConfig } from './config.js';
export { upstreamsSchema, scopingSchema } from './config.js';
export type { ProxyHooks } from './proxy.js';
export type { UpstreamEvent, UpstreamObserver } from './upstream/client.js';
export type { UpstreamFaultKind } from './upstream/errors.js';

/** Creates the proxy for a validated configuration; `hooks` lets the server observe upstream calls (metrics). */
export function createApiProxy(config: ProxyConfig, hooks?: ProxyHooks): ApiProxy {
  return new ScopedProxy(config, hooks);
}
