/**
 * `createEmployeeSession`: the headless employee session for a reference gateway (`@klantbeeld/core/medewerker`, also
 * exported from `@klantbeeld/core`). Its own module, so that a resident's page never loads it.
 * @module
 */
import { createClient } from '../client.js';
import { parseBaseUrl } from '../transport/config.js';
import { employeeSessionOver, GATEWAY_SOURCE } from './gateway-session.js';
import type { EmployeeSession } from './types.js';

export { CONTEXT_CHANGE, employeeSessionOver, GATEWAY_SOURCE } from './gateway-session.js';

/** Options of {@link createEmployeeSession}. */
export interface EmployeeSessionOptions {
  /** The reference gateway's base URL (absolute, or relative to the page in a browser), e.g. `/api/klantbeeld`. */
  readonly gateway: string;
  /** A `fetch` implementation; default `globalThis.fetch` (read at call time). */
  readonly fetch?: typeof fetch;
  /** Fetch `credentials`; default `'include'` (the employee's session cookie). */
  readonly credentials?: RequestCredentials;
  /** BCP 47 language for `Accept-Language` (the gateway's problem texts); default `'nl'`. */
  readonly language?: string;
  /** Per-request timeout in ms; default 15000. */
  readonly timeout?: number;
}

/**
 * Creates the employee session for a reference gateway: `info()` reads who is signed in and the klant context,
 * `search()` checks the query (BSN 11-proef, …) before anything is sent, `choose()` and `end()` set and end the klant
 * context; each fires `context-change` when the context changed. Requests go through the core's transport (a client
 * of its own, no retries: a search or a choice is not repeated behind the employee's back); errors are the core's
 * `KlantbeeldError`s.
 * @throws TypeError for an invalid gateway URL.
 */
export function createEmployeeSession(options: EmployeeSessionOptions): EmployeeSession {
  const base = parseBaseUrl(options.gateway, 'gateway');
  // Without its trailing slash: a gateway at the root is `https://gw.example`, its routes `https://gw.example/medewerker/…`.
  const gateway = base.origin + base.pathname.replace(/\/+$/, '');
  return employeeSessionOver(
    createClient({
      sources: { [GATEWAY_SOURCE]: gateway },
      retries: 0,
      listMaxAge: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.language ? { language: options.language } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    }),
  );
}
