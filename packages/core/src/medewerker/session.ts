/**
 * The headless employee session: reads who is signed in, searches klanten and chooses or ends the klant context at
 * the reference gateway's `/medewerker` routes, through the core's own transport (the same headers, timeout, abort and
 * problem+json errors as every other request). Its own module, so that a resident's page never loads it.
 * @module
 */
import { DEFAULT_TIMEOUT, parseBaseUrl, resolveAllSources, type ResolvedSource } from '../transport/config.js';
import { ValidationError, type InvalidParam } from '../transport/errors.js';
import { attempt, type HttpMethod, type Transport } from '../transport/http.js';
import { resolveEndpoint } from '../transport/url-resolution.js';
import { readContext, readSearchPage, readSessionInfo } from './answers.js';
import { normalizeKlantQuery, validateKlantQuery } from './klant-query.js';
import type { EmployeeSession, EmployeeSessionInfo, KlantContextInfo, KlantContextRequest, KlantSearchPage, KlantSearchRequest, ProfileInfo } from './types.js';

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

type Signal = { readonly signal?: AbortSignal };

/** The event {@link EmployeeSession} fires after its klant context changed. */
export const CONTEXT_CHANGE = 'context-change';

function rejectBeforeSending(invalidParams: InvalidParam[]): ValidationError {
  return new ValidationError(`Invalid request: ${invalidParams.map((p) => p.name).join(', ')}`, { problem: { code: 'invalid', invalidParams } });
}

// What identifies a klant context: another klant, profile, purpose or start is another look.
function sameContext(a: KlantContextInfo | null, b: KlantContextInfo | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startedAt === b.startedAt && a.profile === b.profile && a.purpose === b.purpose && a.klant.displayName === b.klant.displayName;
}

class GatewayEmployeeSession extends EventTarget implements EmployeeSession {
  readonly #transport: Transport;
  readonly #sources: readonly ResolvedSource[];
  readonly #base: string;
  #context: KlantContextInfo | null = null;
  /** The profiles from the last `info()`: a search under one is checked against its `searchBy` before it is sent. */
  #profiles: readonly ProfileInfo[] = [];

  constructor(options: EmployeeSessionOptions) {
    super();
    const gateway = parseBaseUrl(options.gateway, 'gateway');
    // Without its trailing slash: a gateway at the root is `https://gw.example`, its routes `https://gw.example/medewerker/…`.
    this.#base = gateway.origin + gateway.pathname.replace(/\/+$/, '');
    // The gateway's API sources: the /medewerker routes lie on their origin, so the transport's origin gate admits them.
    this.#sources = resolveAllSources({ gateway: this.#base });
    this.#transport = {
      language: options.language ?? 'nl',
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      credentials: options.credentials ?? 'include',
      token: undefined,
      fetch: options.fetch,
    };
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
    const url = this.#base + path;
    const target = resolveEndpoint(this.#sources, url);
    const result = await attempt(this.#transport, target, { method, body, signal });
    return { value: result.value, url };
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
 * Creates the employee session for a reference gateway: `info()` reads who is signed in and the klant context,
 * `search()` checks the query (BSN 11-proef, …) before anything is sent, `choose()` and `end()` set and end the klant
 * context; each fires `context-change` when the context changed. Errors are the core's `KlantbeeldError`s.
 * @throws TypeError for an invalid gateway URL.
 */
export function createEmployeeSession(options: EmployeeSessionOptions): EmployeeSession {
  return new GatewayEmployeeSession(options);
}
