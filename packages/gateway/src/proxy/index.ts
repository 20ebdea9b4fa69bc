/**
 * Entry of the proxy half: allowlist, scoping per API, URL rewriting and upstream calls behind
 * {@link ApiProxy}.
 * @module
 */
import type { ProxyConfig } from './config.js';
import { ScopedProxy } from './proxy.js';
import type { ApiProxy } from './types.js';

export type { ProxyConfig } from './config.js';
export { upstreamsSchema, scopingSchema } from './config.js';

/** Creates the proxy for a validated configuration. */
export function createApiProxy(config: ProxyConfig): ApiProxy {
  return new ScopedProxy(config);
}
