import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createClient, type ClientConfig, type KlantbeeldClient } from '@klantbeeld/core';
import { clientContext } from '../shared/context.js';
import { KlantbeeldElement } from '../shared/klantbeeld-element.js';
import { styles } from './provider.styles.js';

/**
 * @summary Provides one Klantbeeld client to every element inside it.
 *
 * Creates a core client from its attributes (`gateway`, or `zaken-url` + `catalogi-url`) and provides it through
 * `@lit/context` to all descendants, also inside their shadow roots. Recreates the client when an attribute changes.
 * Set the `client` property to provide a client you created yourself (e.g. with a token provider); it wins over the
 * attributes. Renders only its children (`display: contents`).
 *
 * @slot - The elements that use the client.
 */
export class KbProvider extends KlantbeeldElement {
  static override styles = styles;

  /** One gateway serving every API under Open Zaak's base paths (`{gateway}/zaken/api/v1`, …). */
  @property() gateway?: string;

  /** Base URL of the Zaken API; wins over `gateway`. */
  @property({ attribute: 'zaken-url' }) zakenUrl?: string;

  /** Base URL of the Catalogi API; wins over `gateway`. */
  @property({ attribute: 'catalogi-url' }) catalogiUrl?: string;

  /** Who-handles-it policy: `organisatie` (default: only organisational units) or `naam` (also a person's name). */
  @property() behandelaar?: 'organisatie' | 'naam';

  #client?: KlantbeeldClient;
  #created?: KlantbeeldClient;
  readonly #provider = new ContextProvider(this, { context: clientContext });

  /**
   * The client provided to descendants. Setting it provides that client (the attributes are then ignored);
   * setting `undefined` returns to the client created from the attributes.
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

  /** The configuration the attributes describe, or `undefined` when they name no source. */
  protected clientConfig(): ClientConfig | undefined {
    const gateway = this.gateway?.trim() || undefined;
    const zaken = this.zakenUrl?.trim() || undefined;
    const catalogi = this.catalogiUrl?.trim() || undefined;
    if (!gateway && !zaken && !catalogi) return undefined;
    const config: ClientConfig = {};
    if (gateway) config.gateway = gateway;
    if (zaken || catalogi) config.sources = { ...(zaken ? { zaken } : {}), ...(catalogi ? { catalogi } : {}) };
    if (this.behandelaar === 'naam' || this.behandelaar === 'organisatie') config.behandelaar = this.behandelaar;
    return config;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('gateway') ||
      changed.has('zakenUrl') ||
      changed.has('catalogiUrl') ||
      changed.has('behandelaar') ||
      (this.#created === undefined && !this.hasUpdated)
    ) {
      this.#created = this.#createClient();
    }
    if (this.#provider.value !== this.client) this.#provider.setValue(this.client);
  }

  #createClient(): KlantbeeldClient | undefined {
    const config = this.clientConfig();
    if (!config) return undefined;
    try {
      return createClient(config);
    } catch (error) {
      // An invalid URL must not break the page: the elements show nothing until the configuration is valid.
      console.warn('[klantbeeld] <kb-provider> could not create a client:', error);
      return undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
