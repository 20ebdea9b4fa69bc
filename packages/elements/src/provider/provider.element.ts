import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createClient, type ApiName, type ClientConfig, type KlantbeeldClient, type Outage } from '@klantbeeld/core';
import { clientContext, employeeContext, outageContext, type OutageView } from '../shared/context.js';
import { KlantbeeldElement } from '../shared/klantbeeld-element.js';
import type { JsonClientConfig } from './json-config.js';
import { jsonConfigParser, loadJsonConfigParser } from './json-config-on-demand.js';
import type * as OutageAlert from './outage-alert.js';
import type { EmployeeMode } from './employee-mode.js';
import { styles } from './provider.styles.js';

/** The property of each per-API base URL attribute (`zaken-url` → `zakenUrl`, …). */
const SOURCE_PROPERTIES = {
  zaken: 'zakenUrl',
  catalogi: 'catalogiUrl',
  documenten: 'documentenUrl',
  besluiten: 'besluitenUrl',
  klantinteracties: 'klantinteractiesUrl',
  objecten: 'objectenUrl',
  producten: 'productenUrl',
  brp: 'brpUrl',
  verwerkingen: 'verwerkingenUrl',
} as const satisfies Record<ApiName, keyof KbProvider>;

const CONFIG_BLOCK = 'script[type="application/json"]';

/**
 * @summary Provides one Klantbeeld client to every element inside it.
 *
 * Creates a core client and provides it through `@lit/context` to all descendants, also inside their shadow roots.
 * Renders only its children (`display: contents`). Three ways to configure it, from least to most specific:
 *
 * 1. A JSON configuration block as a direct child: data, never executed, so it works under a strict
 *    Content-Security-Policy. Keys as in the core's `ClientConfig`: `gateway`, `sources` (API name → base URL,
 *    `{ "url", "expand", "organisatie" }`, or a list of those), `events`, `language`, `credentials`, `timeout`,
 *    `retries`, `maxConcurrency`, `listMaxAge`, `behandelaar`.
 *    ```html
 *    <kb-provider>
 *      <script type="application/json">{ "gateway": "https://mijn.gemeente.nl/api/klantbeeld" }</script>
 *      <kb-lopende-zaken></kb-lopende-zaken>
 *    </kb-provider>
 *    ```
 * 2. Attributes, which win over the block: `gateway`, a base URL per API (`zaken-url`, `catalogi-url`,
 *    `documenten-url`, `besluiten-url`, `klantinteracties-url`, `objecten-url`, `producten-url`, `brp-url`,
 *    `verwerkingen-url`), `events-url`, `behandelaar`, and `lang` (the client's `Accept-Language`; the elements inside
 *    follow it for their texts too).
 * 3. The `client` property, for apps: a client you created yourself (e.g. with a token provider) wins over both.
 *
 * The client is recreated when the configuration changes (an attribute, the block's text). An invalid configuration
 * (invalid JSON, an unknown key, a URL that does not parse) provides no client and fires `kb-error`.
 *
 * **One message for an outage.** When the same failure of the connection hits several elements inside it (the
 * gateway is down or unreachable, too slow, rate-limiting), or the session has expired in any of them, the provider
 * shows one alert above its children with one button that retries every failed element; those elements show a short
 * note instead of their own alert. For an expired session the alert links to signing in again: `login-url`, by
 * default `{gateway}/auth/login` (the reference gateway's sign-in route), with `returnTo` set to the page's address.
 * Failures of one element's own data (not found, no access) stay that element's own message.
 *
 * **Employee mode.** With `mode="medewerker"` the page is an employee's (KCC, back office): the provider loads its
 * employee code on demand (a resident's page carries none of it), reads the employee's session at
 * `{gateway}/medewerker/session` and provides it as `employeeContext` (an `EmployeeView`: the profiles, the chosen klant
 * context, the session to search and choose with). It provides a client only while a klant is chosen, and a NEW one
 * each time the klant context changes, so nothing of a previous klant stays cached or shown; without a klant, data
 * elements say "Kies eerst een klant" and request nothing. A `client` set as property is not used in this mode.
 *
 * @slot - The elements that use the client, and optionally the JSON configuration block.
 * @fires kb-error - The configuration is invalid; `detail.error` says why. No client is provided until it is fixed.
 * @csspart outage - The container of the outage alert (empty without an outage; focused after "retry").
 * @csspart outage-alert - The outage alert.
 * @csspart outage-retry - Its button that retries every failed element.
 * @csspart sign-in - Its link to sign in again (session expired).
 */
export class KbProvider extends KlantbeeldElement {
  static override styles = styles;

  /** One gateway serving every API under its standard base path (`{gateway}/zaken/api/v1`, …). */
  @property() gateway?: string;

  /** Base URL of the Zaken API; wins over `gateway`. */
  @property({ attribute: 'zaken-url' }) zakenUrl?: string;

  /** Base URL of the Catalogi API; wins over `gateway`. */
  @property({ attribute: 'catalogi-url' }) catalogiUrl?: string;

  /** Base URL of the Documenten API; wins over `gateway`. */
  @property({ attribute: 'documenten-url' }) documentenUrl?: string;

  /** Base URL of the Besluiten API; wins over `gateway`. */
  @property({ attribute: 'besluiten-url' }) besluitenUrl?: string;

  /** Base URL of the Klantinteracties API; wins over `gateway`. */
  @property({ attribute: 'klantinteracties-url' }) klantinteractiesUrl?: string;

  /** Base URL of the Objecten API; wins over `gateway`. */
  @property({ attribute: 'objecten-url' }) objectenUrl?: string;

  /** Base URL of the Producten API; wins over `gateway`. */
  @property({ attribute: 'producten-url' }) productenUrl?: string;

  /** Base URL of the BRP Personen API (Haal Centraal); wins over `gateway`. */
  @property({ attribute: 'brp-url' }) brpUrl?: string;

  /** Base URL of the Verwerkingenlogging API; wins over `gateway`. */
  @property({ attribute: 'verwerkingen-url' }) verwerkingenUrl?: string;

  /** The gateway's event stream for live updates; default `{gateway}/notificaties/api/v1/events`. */
  @property({ attribute: 'events-url' }) eventsUrl?: string;

  /** `medewerker`: an employee's page (see "Employee mode" above); anything else: a resident's page (the default). */
  @property() mode?: string;

  /** Who-handles-it policy: `organisatie` (default: only organisational units) or `naam` (also a person's name). */
  @property() behandelaar?: 'organisatie' | 'naam';

  /**
   * Where a resident whose session expired signs in again (`returnTo` with the page's address is added); default
   * `{gateway}/auth/login` when a `gateway` is configured. Only `http(s)` and relative URLs are used.
   */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  /** The gateway of the created client, for the default sign-in URL. */
  #gateway?: string;
  /** The outage handling (outage-alert.ts: monitor, alert, its styles), loaded when an element first reports a failure. */
  #outage?: OutageAlert.ProviderOutage;
  #outageCodeLoading = false;
  /** Failures reported while the outage code loads: the monitor gets them when it is there. */
  readonly #reported = new Map<Element, { readonly error: unknown; readonly retry: (() => void) | undefined }>();
  /** What the elements see: until a first failure no monitor exists, so nothing is covered yet. */
  readonly #reporter: OutageView['monitor'] = {
    report: (source, error, retry) => {
      if (this.#outage) {
        this.#outage.monitor.report(source, error, retry);
      } else {
        this.#reported.set(source, { error, retry });
        this.#loadOutageCode();
      }
    },
    resolve: (source) => {
      if (this.#outage) this.#outage.monitor.resolve(source);
      else this.#reported.delete(source);
    },
    covers: (error) => this.#outage?.monitor.covers(error) ?? false,
  };
  readonly #outageProvider = new ContextProvider(this, { context: outageContext, initialValue: { monitor: this.#reporter } });

  /** The failure the provider reports once for the page, or undefined. */
  get outage(): Outage | undefined {
    return this.#outage?.monitor.outage;
  }

  #client?: KlantbeeldClient;
  #created?: KlantbeeldClient;
  /** The configuration `#created` was made from (as JSON), so that an unchanged configuration keeps its client. */
  #createdFrom?: string;
  readonly #provider = new ContextProvider(this, { context: clientContext });
  /** The config `#created` was made from, for employee mode's clients. */
  #config?: ClientConfig;
  /** Employee mode's code (loaded on demand) and what it provides. */
  #employee?: EmployeeMode;
  #employeeLoading = false;
  #employeeClient?: KlantbeeldClient;
  readonly #employeeProvider = new ContextProvider(this, { context: employeeContext });
  /** The load of the configuration block's parser, while a first block waits for it. */
  #parserLoading?: Promise<void>;
  readonly #blockObserver = new MutationObserver((mutations) => {
    if (mutations.some((m) => this.#touchesConfigBlock(m))) this.requestUpdate();
  });

  /**
   * The client provided to descendants. Setting it provides that client (attributes and block are then ignored);
   * setting `undefined` returns to the client created from them.
   */
  @property({ attribute: false })
  get client(): KlantbeeldClient | undefined {
    return this.#client ?? this.#created;
  }
  set client(value: KlantbeeldClient | undefined) {
    const old = this.client;
    this.#client = value ?? undefined;
    this.requestUpdate('client', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#blockObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#blockObserver.disconnect();
  }

  /**
   * The configuration the JSON block and the attributes describe, or `undefined` when they name no source.
   * Throws a `ProviderConfigError` when the block is invalid. Called in an update: with a block, once its parser (loaded
   * on demand, see {@link willUpdate}) is there.
   */
  protected clientConfig(): ClientConfig | undefined {
    const block = this.#configBlock();
    const parse = jsonConfigParser();
    if (block && !parse) throw new Error('<kb-provider>: the parser of the configuration block has not loaded yet');
    const config: JsonClientConfig = block && parse ? { ...parse(block.textContent ?? '') } : {};
    const attr = (value: string | undefined) => value?.trim() || undefined;
    const gateway = attr(this.gateway);
    if (gateway) config.gateway = gateway;
    for (const [api, name] of Object.entries(SOURCE_PROPERTIES)) {
      const url = attr(this[name]);
      if (url) config.sources = { ...config.sources, [api]: url };
    }
    const events = attr(this.eventsUrl);
    if (events) config.events = events;
    const lang = attr(this.getAttribute('lang') ?? undefined);
    if (lang) config.language = lang;
    if (this.behandelaar === 'naam' || this.behandelaar === 'organisatie') config.behandelaar = this.behandelaar;
    return config.gateway || config.sources ? config : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#updateCreatedClient();
    const employeeMode = this.mode === 'medewerker';
    if (employeeMode && this.#employee) this.#employee.update(this.#config);
    else if (employeeMode) this.#loadEmployeeMode();
    else if (this.#employee) this.#leaveEmployeeMode();
    const client = employeeMode ? this.#employeeClient : this.client;
    if (this.#provider.value !== client) this.#provider.setValue(client);
  }

  /**
   * Recreates the client when the configuration changed; on an invalid one, provides none and fires `kb-error`. A first
   * configuration block waits for its parser: no client until it has loaded, then this runs again.
   */
  #updateCreatedClient(): void {
    if (!jsonConfigParser() && this.#configBlock()) return this.#loadParser();
    let config: ClientConfig | undefined;
    let from: string;
    try {
      config = this.clientConfig();
      from = JSON.stringify(config ?? null);
    } catch (error) {
      from = `invalid:${String(error)}`;
      if (from !== this.#createdFrom) this.#fail(error);
    }
    if (from === this.#createdFrom) return;
    this.#createdFrom = from;
    this.#created = undefined;
    this.#gateway = config?.gateway;
    this.#config = config;
    if (!config) return;
    try {
      this.#created = createClient(config);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** An invalid configuration must not break the page: the elements show nothing until it is valid. */
  #fail(error: unknown): void {
    const reason = error instanceof Error ? error : new Error(String(error));
    console.warn('[klantbeeld] <kb-provider> could not create a client:', reason.message);
    this.emit('kb-error', { error: reason });
  }

  #configBlock(): Element | null {
    return this.querySelector(`:scope > ${CONFIG_BLOCK}`);
  }

  #loadParser(): void {
    this.#parserLoading ??= loadJsonConfigParser().then(
      () => {
        this.#parserLoading = undefined;
        this.requestUpdate();
      },
      () => {
        // Not loaded (offline): no client, the elements stay idle; the next update tries again.
        this.#parserLoading = undefined;
      },
    );
  }

  /** An update that waits for the configuration block's parser is not complete yet: the one after it is. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.#parserLoading;
    return loading ? loading.then(() => this.getUpdateComplete()) : done;
  }

  /** Whether a mutation added or removed a configuration block, or changed the text of one. */
  #touchesConfigBlock(mutation: MutationRecord): boolean {
    const isBlock = (node: Node | null) => node instanceof Element && node.matches(CONFIG_BLOCK);
    if (mutation.target === this) return [...mutation.addedNodes, ...mutation.removedNodes].some(isBlock);
    const block = mutation.target instanceof Element ? mutation.target : mutation.target.parentNode;
    return block?.parentNode === this && isBlock(block);
  }

  #loadEmployeeMode(): void {
    if (this.#employeeLoading) return;
    this.#employeeLoading = true;
    void import('./employee-mode.js')
      .then(({ EmployeeMode }) => {
        if (this.#employee) return;
        this.#employee = new EmployeeMode({
          createClient,
          changed: (client, view) => {
            this.#employeeClient = client;
            this.#employeeProvider.setValue(view);
            this.requestUpdate();
          },
          failed: (error) => this.#fail(error),
        });
        this.requestUpdate();
      })
      // Not loaded (offline): no client and no session, the elements stay idle; the next update tries again.
      .catch(() => undefined)
      .finally(() => {
        this.#employeeLoading = false;
      });
  }

  #leaveEmployeeMode(): void {
    this.#employee?.stop();
    this.#employee = undefined;
    this.#employeeClient = undefined;
    this.#employeeProvider.setValue(undefined);
  }

  #loadOutageCode(): void {
    if (this.#outageCodeLoading) return;
    this.#outageCodeLoading = true;
    // Not awaited: the elements show their own alerts meanwhile; the monitor takes over when its code is there.
    void import('./outage-alert.js')
      .then((module) => {
        // A new object on each change, so that the elements re-render with what the monitor says now.
        this.#outage = new module.ProviderOutage(this, this.#reported, () => {
          this.#outageProvider.setValue({ monitor: this.#reporter });
          this.requestUpdate();
        });
      })
      .catch(() => {
        this.#outageCodeLoading = false;
      });
  }

  protected override render() {
    const alert = this.#outage?.render(this.translation, this.loginUrl, this.#gateway);
    return html`<div class="kb-provider__outage" part="outage" tabindex="-1">${alert ?? nothing}</div><slot></slot>`;
  }
}
