/**
 * Entry of the proxy half. PLACEHOLDER written by the lead; the proxy branch replaces it (keep the signature).
 * @module
 */
import type { ProxyConfig } from './config.js';
import type { ApiProxy } from './types.js';

/** Creates the proxy for a validated configuration. */
export function createApiProxy(config: ProxyConfig): ApiProxy {
  void config;
  throw new Error('The proxy is not built yet');
}
