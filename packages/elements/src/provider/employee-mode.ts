/**
 * `<kb-provider mode="medewerker">`'s employee code, loaded on demand (a chunk of its own in the CDN build, with core's
 * employee session), so that a resident's page carries none of it. It reads the employee's session, provides it to
 * the elements as an `EmployeeView`, and makes a NEW client each time the klant context changes: no cache, live
 * subscription or pending request of the previous klant can reach an element. While no klant is chosen it provides
 * no client at all, so nothing is requested.
 * @module
 */
import type { ClientConfig, EmployeeSession, EmployeeSessionInfo, KlantbeeldClient } from '@klantbeeld/core';
import { CONTEXT_CHANGE, employeeSessionOver, GATEWAY_SOURCE } from '@klantbeeld/core/medewerker';
import type { EmployeeView } from '../shared/context.js';

/** What the provider does with the employee mode's state. */
export interface EmployeeModeHost {
  /** The provider's own `createClient`: passed in, so that this chunk shares no module with the provider's file. */
  readonly createClient: (config: ClientConfig) => KlantbeeldClient;
  /** After any change: the client to provide (undefined while no klant is chosen) and the view (undefined: not configured). */
  readonly changed: (client: KlantbeeldClient | undefined, view: EmployeeView | undefined) => void;
  /** Reading the session failed (e.g. not signed in as an employee), or the configuration has no gateway. */
  readonly failed: (error: unknown) => void;
}

/** The employee session of one provider configuration, and the client of its current klant context. */
export class EmployeeMode {
  readonly #host: EmployeeModeHost;
  #from: string | undefined;
  #config: ClientConfig | undefined;
  #session: EmployeeSession | undefined;
  #info: EmployeeSessionInfo | undefined;
  #client: KlantbeeldClient | undefined;
  #reading: AbortController | undefined;

  constructor(host: EmployeeModeHost) {
    this.#host = host;
  }

  /** The client of the current klant context; undefined while none is chosen. */
  get client(): KlantbeeldClient | undefined {
    return this.#client;
  }

  /**
   * Follows the provider's configuration: a changed one (another gateway, language, …) starts a new session, read
   * from the gateway; an unchanged one changes nothing.
   */
  update(config: ClientConfig | undefined): void {
    const from = JSON.stringify(config ?? null);
    if (from === this.#from) return;
    this.#from = from;
    this.stop();
    this.#config = config;
    if (!config) return this.#publish();
    if (!config.gateway) {
      this.#host.failed(new TypeError('Klantbeeld: <kb-provider mode="medewerker"> needs a gateway (the employee session lives there).'));
      return this.#publish();
    }
    // The session's own client (the gateway as its one source; no retries, no list cache), made by the provider's createClient.
    const session = employeeSessionOver(
      this.#host.createClient({
        sources: { [GATEWAY_SOURCE]: config.gateway },
        retries: 0,
        listMaxAge: 0,
        ...(config.language ? { language: config.language } : {}),
        ...(config.credentials ? { credentials: config.credentials } : {}),
      }),
    );
    this.#session = session;
    session.addEventListener(CONTEXT_CHANGE, this.#onContextChange);
    this.#publish();
    const reading = new AbortController();
    this.#reading = reading;
    session.info({ signal: reading.signal }).then(
      (info) => {
        if (reading.signal.aborted) return;
        this.#info = info;
        this.#publish();
      },
      (error: unknown) => {
        if (!reading.signal.aborted) this.#host.failed(error);
      },
    );
  }

  /** Ends following the session (the provider left employee mode, or its configuration changed). */
  stop(): void {
    this.#reading?.abort();
    this.#session?.removeEventListener(CONTEXT_CHANGE, this.#onContextChange);
    this.#session = undefined;
    this.#info = undefined;
    this.#client = undefined;
  }

  /** Another klant (or none): a new client, so that nothing of the previous klant's is cached, shown or requested. */
  readonly #onContextChange = (): void => {
    const config = this.#config;
    this.#client = this.#session?.context && config ? this.#host.createClient(config) : undefined;
    this.#publish();
  };

  #publish(): void {
    const session = this.#session;
    this.#host.changed(this.#client, session ? { info: this.#info, context: session.context, session } : undefined);
  }
}
