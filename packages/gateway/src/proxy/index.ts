/**
 * Entry of the proxy half: allowlist, scoping per API, URL rewriting and upstream calls behind
 * {@link ApiProxy}.
 * @module
 */
import type { ProxyConfig } from './config.js';
import { ScopedProxy, type ProxyHooks } from './proxy.js';
import type { ApiProxy } from './types.js';
import type { PartnerConfig } from '../notifications/config.js';
import { PartneredProxy } from './partners.js';

export type { ProxyConfig } from './config.js';
export { upstreamsSchema, scopingSchema } from './config.js';
export type { ProxyHooks } from './proxy.js';
export type { UpstreamEvent, UpstreamObserver } from './upstream/client.js';
export type { UpstreamFaultKind } from './upstream/errors.js';

/** Creates the proxy for a validated configuration (with `partners`, one proxy per partner organisation too); `hooks` lets the server observe upstream calls (metrics). */
export function createApiProxy(config: ProxyConfig & { readonly partners?: readonly PartnerConfig[] }, hooks?: ProxyHooks): ApiProxy {
  return config.partners && config.partners.length > 0 ? new PartneredProxy(config, hooks) : new ScopedProxy(config, hooks);
}
