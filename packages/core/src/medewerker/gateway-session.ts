/**
 * The employee session over a core client whose source {@link GATEWAY_SOURCE} is the gateway itself: the `/medewerker`
 * routes go through the client's transport (headers, timeout, abort, problem+json errors) without this module
 * importing it. `createEmployeeSession` (session.ts) makes that client; `<kb-provider>` passes its own `createClient`
 * instead, so that its on-demand employee code shares no module with its first load.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { ApiName } from '../transport/config.js';
import { InvalidResponseError, ValidationError, type InvalidParam } from '../transport/errors.js';
import type { HttpMethod } from '../transport/http.js';
import { readContext, readSearchPage, readSessionInfo } from './answers.js';
import { normalizeKlantQuery, validateKlantQuery } from './klant-query.js';
import type { EmployeeSession, EmployeeSessionInfo, KlantContextInfo, KlantContextRequest, KlantSearchPage, KlantSearchRequest, ProfileInfo } from './types.js';

/** The API name under which the session's client holds the gateway's own base URL (any name would do; one is needed). */
export const GATEWAY_SOURCE: ApiName = 'zaken';

/** The event {@link EmployeeSession} fires after its klant context changed. */
export const CONTEXT_CHANGE = 'context-change';

type Signal = { readonly signal?: AbortSignal };

// The gateway's base URL as the client holds it, absolute (a browser page may give it relative) and without trailing slash.
function gatewayOf(client: KlantbeeldClient): string {
  const source = client.config.sources?.[GATEWAY_SOURCE];
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  return new URL(typeof source === 'string' ? source : '', page).href.replace(/\/+$/, '');
}

function rejectBeforeSending(invalidParams: InvalidParam[]): ValidationError {
  return new ValidationError(`Invalid request: ${invalidParams.map((p) => p.name).join(', ')}`, { problem: { code: 'invalid', invalidParams } });
}

// What identifies a klant context: another klant, profile, purpose or start is another look.
function sameContext(a: KlantContextInfo | null, b: KlantContextInfo | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startedAt === b.startedAt && a.profile === b.profile && a.purpose === b.purpose && a.klant.displayName === b.klant.displayName;
}

export class GatewayEmployeeSession extends EventTarget implements EmployeeSession {
  readonly #client: KlantbeeldClient;
  #context: KlantContextInfo | null = null;
  /** The profiles from the last `info()`: a search under one is checked against its `searchBy` before it is sent. */
  #profiles: readonly ProfileInfo[] = [];

  constructor(client: KlantbeeldClient) {
    super();
    this.#client = client;
  }

  get context(): KlantContextInfo | null {
    return this.#context;
  }

  async info(options: Signal = {}): Promise<EmployeeSessionInfo> {
    const { value, url } = await this.#send('GET', '/medewerker/session', undefined, options.signal);
    const info = readSessionInfo(value, url);
    this.#profiles = info.profiles;
    this.#setContext(info.context);
    return info;
  }

  async search(request: KlantSearchRequest, options: Signal = {}): Promise<KlantSearchPage> {
    const profile = this.#profiles.find((candidate) => candidate.id === request.profile);
    const problems = validateKlantQuery(request, profile ? { profile } : {});
    if (problems.length > 0) throw rejectBeforeSending(problems);
    const { value, url } = await this.#send('POST', '/medewerker/klanten/search', normalizeKlantQuery(request), options.signal);
    return readSearchPage(value, url);
  }

  async choose(request: KlantContextRequest, options: Signal = {}): Promise<KlantContextInfo> {
    const missing = (['ref', 'profile', 'purpose'] as const).filter((name) => typeof request[name] !== 'string' || request[name].trim() === '');
    if (missing.length > 0) throw rejectBeforeSending(missing.map((name) => ({ name, code: 'required', reason: `${name} is required.` })));
    try {
      const { value, url } = await this.#send('PUT', '/medewerker/context', request, options.signal);
      const context = readContext(value, url);
      this.#setContext(context);
      return context;
    } catch (error) {
      // Choosing ends the previous context at the gateway whatever follows: never keep showing that klant.
      this.#setContext(null);
      throw error;
    }
  }

  async end(options: Signal = {}): Promise<void> {
    await this.#send('DELETE', '/medewerker/context', undefined, options.signal);
    this.#setContext(null);
  }

  async #send(method: HttpMethod, path: string, body: unknown, signal: AbortSignal | undefined): Promise<{ value: unknown; url: string }> {
    const client = this.#client;
    const url = `${gatewayOf(client)}${path}`;
    if (method !== 'GET') return { value: await client.send(method, GATEWAY_SOURCE, path, { body, ...(signal ? { signal } : {}) }), url };
    // Never from a cache: the session and its klant context change under the same URL.
    const response = await client.getResponse(url, signal ? { signal } : {});
    try {
      return { value: (await response.json()) as unknown, url };
    } catch (error) {
      throw new InvalidResponseError(`Response is not valid JSON: ${url}`, { status: response.status, url, cause: error });
    }
  }

  #setContext(context: KlantContextInfo | null): void {
    if (sameContext(this.#context, context)) {
      this.#context = context;
      return;
    }
    this.#context = context;
    this.dispatchEvent(new Event(CONTEXT_CHANGE));
  }
}

/**
 * The employee session over `client`, a core client whose `sources.zaken` is the gateway's base URL (see
 * {@link GATEWAY_SOURCE}); {@link createEmployeeSession} makes one from a gateway URL.
 */
export function employeeSessionOver(client: KlantbeeldClient): EmployeeSession {
  return new GatewayEmployeeSession(client);
}
