/**
 * Where each partner organisation's APIs are served below the gateway's base path.
 * @module
 */
import type { ApiName } from '@klantbeeld/core';
import type { RelayConfig } from './config.js';

/** `['/partners/{name}', [its APIs]]` per configured partner. */
export function partnerPaths(config: RelayConfig): [string, ApiName[]][] {
  return (config.partners ?? []).map((partner) => [`/partners/${partner.name}`, Object.keys(partner.upstreams) as ApiName[]]);
}
