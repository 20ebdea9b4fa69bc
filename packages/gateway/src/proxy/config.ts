/**
 * Configuration of the proxy half: upstream APIs and scoping. PLACEHOLDER written by the lead so the server
 * half can compile against it; the proxy branch replaces this file (keep the exported names).
 * @module
 */
import type { ApiName } from '@klantbeeld/core';

/** Configuration of the proxy half (the `upstreams` and `scoping` sections of the gateway config). */
export interface ProxyConfig {
  /** Public base URL of the gateway as browsers address it, e.g. `https://mijn.gemeente.nl/api/klantbeeld`. */
  readonly publicUrl: string;
  /** Per standard API: where it lives and how the gateway authenticates there. */
  readonly upstreams: Partial<Record<ApiName, unknown>>;
  /** Scoping options (confidentiality caps, objecttypes, BRP fields, …). */
  readonly scoping?: unknown;
}

/** JSON Schema of the `upstreams` section, embedded in the gateway's published schema. */
export const upstreamsSchema: Record<string, unknown> = { type: 'object' };

/** JSON Schema of the `scoping` section, embedded in the gateway's published schema. */
export const scopingSchema: Record<string, unknown> = { type: 'object' };
