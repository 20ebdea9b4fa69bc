import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  listProducten,
  uuidOfReference,
  type KlantbeeldClient,
  type ProductFase,
  type ProductSummary,
  type ProductZaak,
  type ZaakSummary,
} from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dataListRow } from '../shared/data-list.js';
import { zakenByUrl } from '../shared/zaken-by-url.js';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { LinkTemplate } from '../shared/url.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { isPlainClick } from '../shared/plain-click.js';
import { styles } from './producten.styles.js';
import { productenTexts } from './producten.texts.js';

addTexts(productenTexts);

/** What `<kb-producten>` loads: the products, and the resident's cases to name and select the linked ones. */
export interface ProductenData {
  readonly producten: readonly ProductSummary[];
  /** Zaken by URL; empty when they could not be loaded (the products are shown with plain references then). */
  readonly zaken: ReadonlyMap<string, ZaakSummary>;
}

/** Formats a decimal price string (`"84.60"`) as euros in `lang`; undefined for an unreadable value. */
export function formatPrijs(prijs: string | undefined, lang: string): string | undefined {
  if (prijs === undefined) return undefined;
  const value = Number(prijs);
  if (!Number.isFinite(value)) return undefined;
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(value);
  } catch {
    return new Intl.NumberFormat('nl', { style: 'currency', currency: 'EUR' }).format(value);
  }
}

/**
 * @summary The resident's products ("Mijn producten"), grouped by phase: applied for, current, ended.
 *
 * Loads the products with `listProducten` (Producten API) and the resident's cases with `listZaken`, to name and
 * select the case a product is linked to; when the cases cannot be loaded, the products are still shown. Each
 * product shows its naam, producttype, status in words, start and end date, and price with frequency (`Intl`,
 * euros). The ended products are in a collapsible `<details>` section.
 *
 * A linked case is a link only when its URL lies within a configured Zaken source (the view model's `zaakUrl`) and
 * `zaak-href-template` gives an `http(s)` or relative URL (`{uuid}` from the zaak URL and `{identificatie}` are
 * filled in, URL-encoded). Without a template, a case the resident can see is a button that only fires
 * `kb-zaak-select`; any other reference is text.
 *
 * @fires kb-zaak-select - The resident chose a linked case (click, Enter or Space). Cancelable: `preventDefault()`
 *   stops the link's navigation. `detail: { zaak }`. Only for cases found among the resident's cases; not fired for
 *   modified clicks.
 * @fires kb-error - The products could not be loaded. `detail: { error, retry }`.
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading; the group headings are also `group-heading`.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart group - Each group (`<section>`, or the `<details>` of the ended products, also `group-beeindigd`).
 * @csspart group-summary - The `<summary>` of the ended products.
 * @csspart list - Each list of products (`<ul>`).
 * @csspart item - Each product (`<li>`).
 * @csspart item-title - The product's naam.
 * @csspart item-details - The data list of a product.
 * @csspart zaak-link - A linked case as a link (with `zaak-href-template`).
 * @csspart zaak-button - A linked case as a button (without `zaak-href-template`).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "no products" message.
 *
 * @cssprop --kb-producten-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-producten-list-gap - Space between products.
 * @cssprop --kb-producten-item-background-color - Background of a product.
 * @cssprop --kb-producten-item-border-color - Border of a product. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-producten-item-border-width
 * @cssprop --kb-producten-item-border-radius
 * @cssprop --kb-producten-item-padding-block
 * @cssprop --kb-producten-item-padding-inline
 * @cssprop --kb-producten-item-title-font-size
 * @cssprop --kb-producten-item-title-font-weight
 */
export class KbProducten extends KlantbeeldDataElement<ProductenData, readonly []> {
  static override styles = [baseStyles, styles];

  /** Level (1–6) of the heading; the group headings are one level deeper. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Link for a linked case, e.g. `/zaken/{uuid}`; `{uuid}` and `{identificatie}` are filled in. */
  @property({ attribute: 'zaak-href-template' }) zaakHrefTemplate?: string;

  readonly #linkTemplate = new LinkTemplate('<kb-producten> zaak-href-template');

  /** This element's texts: the language's, with `texts.producten` (partial) merged in. */
  get #texts(): Translation['producten'] {
    return this.t.producten;
  }

  protected taskArgs(): readonly [] {
    return [];
  }

  protected async load(client: KlantbeeldClient, _args: readonly [], signal: AbortSignal): Promise<ProductenData> {
    const [producten, zaken] = await Promise.all([
      listProducten(client, { signal }),
      // A failure to name the cases must not hide the products.
      zakenByUrl(client, signal),
    ]);
    return { producten, zaken };
  }

  protected override isEmpty(data: ProductenData): boolean {
    return data.producten.length === 0;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    return this.renderData({
      loadingLabel: t.loading,
      before: heading(level, t.heading),
      empty: t.geenProducten,
      ready: (data) => this.#renderReady(data, level),
    });
  }

  #renderReady(data: ProductenData, level: HeadingLevel): TemplateResult {
    const t = this.#texts;
    const fase = (p: ProductSummary): ProductFase => p.fase ?? 'geleverd';
    const aangevraagd = data.producten.filter((p) => fase(p) === 'aangevraagd');
    const geleverd = data.producten.filter((p) => fase(p) === 'geleverd');
    const beeindigd = data.producten.filter((p) => fase(p) === 'beeindigd');
    const sub = subLevel(level);
    return html`
      ${aangevraagd.length > 0 ? this.#renderGroup('aangevraagd', t.aangevraagd, aangevraagd, data, sub) : nothing}
      ${geleverd.length > 0 ? this.#renderGroup('geleverd', t.geleverd, geleverd, data, sub) : nothing}
      ${
        beeindigd.length > 0
          ? html`<details class="kb-producten__group kb-producten__beeindigd" part="group group-beeindigd">
            <summary class="kb-producten__summary" part="group-summary">${t.beeindigd(beeindigd.length)}</summary>
            ${this.#renderList(beeindigd, data)}
          </details>`
          : nothing
      }
    `;
  }

  #renderGroup(id: string, title: string, producten: readonly ProductSummary[], data: ProductenData, level: HeadingLevel): TemplateResult {
    return html`<section class="kb-producten__group kb-stack" part="group" aria-labelledby="kb-producten-${id}">
      ${heading(level, title, { id: `kb-producten-${id}`, part: 'heading group-heading' })} ${this.#renderList(producten, data)}
    </section>`;
  }

  #renderList(producten: readonly ProductSummary[], data: ProductenData): TemplateResult {
    return html`<ul class="kb-producten__list" part="list">
      ${repeat(
        producten,
        (product) => product.url,
        (product) => this.#renderItem(product, data),
      )}
    </ul>`;
  }

  #date(value: string | undefined): TemplateResult | undefined {
    const text = formatDate(value, this.language);
    return text ? html`<time datetime=${ifDefined(dateTimeAttribute(value))}>${text}</time>` : undefined;
  }

  #prijs(product: ProductSummary): string | undefined {
    const bedrag = formatPrijs(product.prijs, this.language);
    if (bedrag === undefined) return undefined;
    return product.frequentie ? this.#texts.prijsPer[product.frequentie](bedrag) : bedrag;
  }

  #renderItem(product: ProductSummary, data: ProductenData): TemplateResult {
    const t = this.#texts;
    const title = product.naam || product.producttype?.naam || product.uuid;
    const start = this.#date(product.startdatum);
    const eind = this.#date(product.einddatum);
    const prijs = this.#prijs(product);
    return html`<li class="kb-producten__item" part="item">
      <p class="utrecht-paragraph kb-producten__title" part="item-title">${title}</p>
      <dl class="utrecht-data-list utrecht-data-list--rows" part="item-details">
        ${product.producttype?.naam && product.producttype.naam !== title ? dataListRow(t.producttype, product.producttype.naam) : nothing}
        ${dataListRow(t.status, product.status ? (t.statussen[product.status] ?? product.status) : t.onbekendeStatus)}
        ${start ? dataListRow(t.startdatum, start) : nothing} ${eind ? dataListRow(t.einddatum, eind) : nothing}
        ${prijs ? dataListRow(t.prijs, prijs) : nothing}
        ${product.zaken.map((zaak) => dataListRow(zaak.aanvraag ? t.aanvraagZaak : t.zaak, this.#renderZaak(zaak, data)))}
      </dl>
    </li>`;
  }

  #href(uuid: string, zaak: ZaakSummary | undefined): string | undefined {
    return this.#linkTemplate.fill(this.zaakHrefTemplate, { uuid, identificatie: zaak?.identificatie });
  }

  #renderZaak(ref: ProductZaak, data: ProductenData): unknown {
    const zaak = ref.zaakUrl !== undefined ? data.zaken.get(ref.zaakUrl) : undefined;
    const label = zaak ? `${zaak.omschrijving} (${zaak.identificatie})` : undefined;
    const uuid = ref.zaakUrl !== undefined ? uuidOfReference(ref.zaakUrl) : undefined;
    const href = uuid !== undefined ? this.#href(uuid, zaak) : undefined;
    if (href !== undefined) {
      return html`<a class="utrecht-link" part="zaak-link" href=${href} @click=${(e: MouseEvent) => this.#onLinkClick(e, zaak)}
        >${label ?? this.#texts.bekijkZaak}</a
      >`;
    }
    if (zaak && !this.zaakHrefTemplate?.trim()) {
      return html`<button
        type="button"
        class="utrecht-button utrecht-button--subtle kb-producten__zaak-button"
        part="zaak-button"
        @click=${() => this.#select(zaak)}
      >
        ${label}
      </button>`;
    }
    // A URL or URN of a case this site cannot read means nothing to a resident: say so in words instead.
    return label ?? (/^[a-z][a-z\d+.-]*:/i.test(ref.tekst) ? this.#texts.zaakElders : ref.tekst);
  }

  #onLinkClick(event: MouseEvent, zaak: ZaakSummary | undefined): void {
    if (!zaak) return;
    if (!isPlainClick(event)) return;
    if (this.#select(zaak).defaultPrevented) event.preventDefault();
  }

  #select(zaak: ZaakSummary) {
    return this.emit('kb-zaak-select', { zaak }, { cancelable: true });
  }
}
