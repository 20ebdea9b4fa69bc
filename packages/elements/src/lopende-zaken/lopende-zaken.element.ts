import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { listZaken, type KlantbeeldClient, type ZaakSummary } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { LinkTemplate } from '../shared/url.js';
import { LiveData } from '../shared/live-data.js';
import { isPlainClick } from '../shared/plain-click.js';
import { styles } from './lopende-zaken.styles.js';
import { addTexts, mergeTexts, type Translation, type TranslationOverrides } from '../shared/i18n.js';
import { withRenamedTextsOnDemand } from '../shared/renamed-texts-on-demand.js';
import { lopendeZakenTexts } from './lopende-zaken.texts.js';

addTexts(lopendeZakenTexts);

const DEFAULT_PAGE_SIZE = 20;

/** Which cases the list shows: the open ones, or also the closed ones (in a second list). */
export type LopendeZakenStatus = 'open' | 'alle';

/**
 * @summary The resident's ongoing cases ("Mijn lopende zaken"), optionally with the completed ones.
 *
 * Loads the cases with `listZaken` and the client from `<kb-provider>`. Each case is a compact card: its omschrijving
 * (the link), one line with the zaaktype, the current status as a badge and the date of that status (or the start
 * date), then the zaaknummer and who handles it; a chevron. The whole card is one click target and one tab stop. A toggle button
 * (`aria-pressed`) also shows the completed cases, in a second list.
 * While connected, a new status of a shown case updates the list in place, without the loading state
 * (`subscribe`; `no-live` turns it off).
 *
 * With `href-template`, each omschrijving is a link (`{identificatie}` and `{uuid}` are filled in, URL-encoded;
 * only `http(s)` or relative results are used). Without it, each omschrijving is a button that only fires
 * `kb-zaak-select`.
 *
 * @fires kb-zaak-select - The resident chose a case (click, Enter, or Space on a button). Cancelable:
 *   `preventDefault()` stops the link's navigation, e.g. to route in a single-page app. `detail: { zaak }`.
 *   A page that opens the case in place moves focus there:
 *   `detail.setAttribute('zaak', event.detail.zaak.url); void detail.focusHeading();`.
 *   Not fired for modified clicks (Ctrl/⌘/Shift/Alt, middle button), which the browser handles (new tab, …).
 * @fires kb-error - The cases could not be loaded. `detail: { error, retry }`.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart toggle - The button that also shows the completed cases.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart list - Each list of cases (`<ul>`); the completed list is also `list-afgerond`.
 * @csspart item - Each case card (`<li>`).
 * @csspart item-link - The omschrijving as a link (with `href-template`).
 * @csspart item-button - The omschrijving as a button (without `href-template`).
 * @csspart item-details - The context line of a case: zaaktype, status, date.
 * @csspart item-status - The status badge.
 * @csspart item-meta - The second line: zaaknummer and behandelaar.
 * @csspart shown - "20 van 598 zaken getoond", under a list that has more cases than it shows.
 * @csspart more - The button that shows the next `page-size` cases of that list.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "no cases" message.
 *
 * @cssprop --kb-lopende-zaken-gap - Space between the parts.
 * @cssprop --kb-lopende-zaken-list-gap - Space between cases.
 * @cssprop --kb-lopende-zaken-item-background-color - Background of a case.
 * @cssprop --kb-lopende-zaken-item-border-color - Border of a case.
 * @cssprop --kb-lopende-zaken-item-border-width
 * @cssprop --kb-lopende-zaken-item-border-radius
 * @cssprop --kb-lopende-zaken-item-padding-block
 * @cssprop --kb-lopende-zaken-item-padding-inline
 * @cssprop --kb-lopende-zaken-item-hover-background-color - Background of a case under the pointer.
 * @cssprop --kb-lopende-zaken-item-title-font-size - Font size of a case's omschrijving.
 * @cssprop --kb-lopende-zaken-item-title-font-weight
 * @cssprop --kb-lopende-zaken-status-background-color - Background of the status badge.
 * @cssprop --kb-lopende-zaken-status-color - Text of the status badge.
 */
export class KbLopendeZaken extends KlantbeeldDataElement<ZaakSummary[], readonly [status: 'open' | 'alle']> {
  static override styles = [baseStyles, styles];

  /** Level (1–6) of the heading; the completed list's heading is one level deeper. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /**
   * Link for each case, e.g. `/zaken/{identificatie}` or `https://example.nl/zaak?id={uuid}`. Without it, each case
   * is a button that only fires `kb-zaak-select`.
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** `open` (default): the ongoing cases; `alle`: also the completed ones. The toggle button switches it. */
  @property() status: LopendeZakenStatus = 'open';

  /**
   * How many cases each list shows at first and adds per "Toon meer zaken" (default 20): a resident with hundreds
   * of cases still gets a small page. The data is loaded once; only the rendering is paged.
   */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Cases shown per list (`open`, `afgerond`); reset when new data arrives. */
  #shown = new Map<'open' | 'afgerond', number>();
  #shownFor?: ZaakSummary[];

  readonly #linkTemplate = new LinkTemplate('<kb-lopende-zaken> href-template');

  /** Turns live updates off (by default a new status of a shown case updates the list in place). */
  @property({ type: Boolean, attribute: 'no-live' }) noLive = false;

  /** The shown cases followed live: a message about one of them reloads the list in the background. */
  readonly #live = new LiveData<ZaakSummary[]>(this, {
    // One subscription whatever the list: the predicate reads the cases shown at the time of the message.
    target: () => (this.noLive || this.dataTask.value === undefined ? undefined : { key: 'zaken', matches: (message) => this.#isShown(message.hoofdObject) }),
    shown: () => this.shown,
    refresh: (client, signal) => listZaken(client, { status: this.status === 'alle' ? 'alle' : 'open', signal }),
  });

  /** Whether live updates are followed now (from the moment their code starts loading). */
  get subscribed(): boolean {
    return this.#live.subscribed;
  }

  #isShown(url: string): boolean {
    return this.shown?.some((zaak) => zaak.url === url) === true;
  }

  protected override get shown(): ZaakSummary[] | undefined {
    return this.#live.value ?? super.shown;
  }

  /** As the base class, but the keys of 0.1 (in overrides and in a registered translation) still count (their layer loads when one is used). */
  protected override localize(overrides?: TranslationOverrides): Translation {
    const base = withRenamedTextsOnDemand(this.translation, 'lopendeZaken', this);
    return overrides ? mergeTexts(base, withRenamedTextsOnDemand(overrides, 'lopendeZaken', this)) : base;
  }

  protected taskArgs(): readonly ['open' | 'alle'] {
    return [this.status === 'alle' ? 'alle' : 'open'];
  }

  protected load(client: KlantbeeldClient, [status]: readonly ['open' | 'alle'], signal: AbortSignal): Promise<ZaakSummary[]> {
    this.#live.reset();
    return listZaken(client, { status, signal });
  }

  protected override isEmpty(data: ZaakSummary[]): boolean {
    return data.length === 0;
  }

  get #showAll(): boolean {
    return this.status === 'alle';
  }

  #toggle = (): void => {
    this.status = this.#showAll ? 'open' : 'alle';
  };

  protected override render(): TemplateResult {
    const t = this.t.lopendeZaken;
    const level = toHeadingLevel(this.headingLevel);
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${heading(level, t.heading)}
        <div class="kb-lopende-zaken__controls">
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action ${this.#showAll ? 'utrecht-button--pressed' : ''}"
            part="toggle"
            aria-pressed=${this.#showAll ? 'true' : 'false'}
            @click=${this.#toggle}
          >
            ${t.toonAfgerond}
          </button>
        </div>`,
      empty: this.#showAll ? t.geenZaken : t.geenLopendeZaken,
      ready: (zaken) => this.#renderReady(zaken, level),
    });
  }

  #renderReady(zaken: ZaakSummary[], level: HeadingLevel): TemplateResult {
    const t = this.t.lopendeZaken;
    const open = zaken.filter((z) => z.open);
    if (!this.#showAll) return this.#renderList(open, false);
    const closed = zaken.filter((z) => !z.open);
    return html`
      ${open.length > 0 ? this.#renderList(open, false) : html`<p class="utrecht-paragraph" part="empty">${t.geenLopendeZaken}</p>`}
      ${
        closed.length > 0
          ? html`<section class="kb-stack" aria-labelledby="kb-afgerond-heading">
            ${heading(subLevel(level), t.afgerondeZaken, { id: 'kb-afgerond-heading' })}
            ${this.#renderList(closed, true)}
          </section>`
          : nothing
      }
    `;
  }

  get #pageSizeValue(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n >= 1 ? n : DEFAULT_PAGE_SIZE;
  }

  #renderList(zaken: ZaakSummary[], afgerond: boolean): TemplateResult {
    const list = afgerond ? 'afgerond' : 'open';
    if (this.#shownFor !== this.dataTask.value) {
      this.#shownFor = this.dataTask.value;
      this.#shown.clear();
    }
    const shown = Math.min(zaken.length, this.#shown.get(list) ?? this.#pageSizeValue);
    const t = this.t.lopendeZaken;
    return html`<ul class="kb-lopende-zaken__list" part=${afgerond ? 'list list-afgerond' : 'list'}>
        ${repeat(
          zaken.slice(0, shown),
          (zaak) => zaak.url,
          (zaak, index) => this.#renderItem(zaak, list, index),
        )}
      </ul>
      ${
        shown < zaken.length
          ? html`<div class="kb-lopende-zaken__more">
            <p class="utrecht-paragraph" part="shown">
              ${t.zakenGetoond(shown.toLocaleString(this.language), zaken.length.toLocaleString(this.language))}
            </p>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" part="more" @click=${() => this.#showMore(list, shown)}>
              ${t.meerZaken}
            </button>
          </div>`
          : nothing
      }`;
  }

  /** Shows the next page of `list` and moves focus to its first new case, so keyboard users continue there. */
  async #showMore(list: 'open' | 'afgerond', shown: number): Promise<void> {
    this.#shown.set(list, shown + this.#pageSizeValue);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-list="${list}"][data-index="${shown}"] :is(a, button)`)?.focus();
  }

  #href(zaak: ZaakSummary): string | undefined {
    return this.#linkTemplate.fill(this.hrefTemplate, { identificatie: zaak.identificatie, uuid: zaak.uuid });
  }

  #date(value: string | undefined): TemplateResult | typeof nothing {
    const text = formatDate(value, this.language);
    return text ? html`<time datetime=${ifDefined(dateTimeAttribute(value))}>${text}</time>` : nothing;
  }

  /**
   * A compact case card: the title is the only interactive element and its `::after` covers the card, so the whole
   * card is one click target and one tab stop; one context line (zaaktype · status badge · date), then the case
   * number and who handles it, quieter.
   */
  #renderItem(zaak: ZaakSummary, list: 'open' | 'afgerond', index: number): TemplateResult {
    const t = this.t.lopendeZaken;
    const href = this.#href(zaak);
    const title = zaak.omschrijving || zaak.zaaktype?.omschrijving || zaak.identificatie;
    const [dateKey, dateValue] =
      !zaak.open && zaak.einddatum ? [t.afgerondOp, zaak.einddatum] : zaak.status?.datum ? [t.sinds, zaak.status.datum] : [t.gestartOp, zaak.startdatum];
    const date = this.#date(dateValue);
    const zaaktype = zaak.zaaktype?.omschrijving;
    return html`<li class="kb-lopende-zaken__item" part="item" data-list=${list} data-index=${index}>
      <p class="utrecht-paragraph kb-lopende-zaken__title">
        ${
          href !== undefined
            ? html`<a class="utrecht-link kb-lopende-zaken__link" part="item-link" href=${href} @click=${(e: MouseEvent) => this.#onLinkClick(e, zaak)}>${title}</a>`
            : html`<button type="button" class="kb-lopende-zaken__link" part="item-button" @click=${() => this.#select(zaak)}>${title}</button>`
        }
      </p>
      <p class="utrecht-paragraph kb-lopende-zaken__line" part="item-details">
        ${zaaktype && zaaktype !== title ? html`<span>${zaaktype}</span>` : nothing}
        <span><span class="kb-visually-hidden">${t.status}: </span><span class="kb-lopende-zaken__status" part="item-status">${zaak.status?.omschrijving || t.geenStatus}</span></span>
        ${date !== nothing ? html`<span>${dateKey} ${date}</span>` : nothing}
      </p>
      ${
        zaak.identificatie || zaak.behandelaar?.naam
          ? html`<p class="utrecht-paragraph kb-lopende-zaken__line kb-lopende-zaken__meta" part="item-meta">
            ${zaak.identificatie ? html`<span>${t.zaaknummer} ${zaak.identificatie}</span>` : nothing}
            ${zaak.behandelaar?.naam ? html`<span>${t.behandelaar} ${zaak.behandelaar.naam}</span>` : nothing}
          </p>`
          : nothing
      }
    </li>`;
  }

  #onLinkClick(event: MouseEvent, zaak: ZaakSummary): void {
    // Let the browser handle "open in new tab/window" and other modified clicks.
    if (!isPlainClick(event)) return;
    if (this.#select(zaak).defaultPrevented) event.preventDefault();
  }

  #select(zaak: ZaakSummary) {
    return this.emit('kb-zaak-select', { zaak }, { cancelable: true });
  }
}
