import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { listVerwerkingen, verwerkingenPeriode, type KlantbeeldClient, type Verwerking } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { formatDate } from '../shared/format.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { checkPeriod, toInvoer, type PeriodFieldError } from './period.js';
import { styles } from './verwerkingen.styles.js';
import { organisatiesConverter } from './organisaties-attribute.js';
import { verwerkingenTexts } from './verwerkingen.texts.js';
import { renderVerwerking } from './verwerkingen.item.js';

addTexts(verwerkingenTexts);

export type { KbPeriodChangeDetail, KbPeriodChangeEvent } from './verwerkingen.events.js';

type Field = 'van' | 'tot';

/** The task arguments: the period (`van`, `tot`: ISO dates) and the names of organisations by RSIN. */
type VerwerkingenArgs = readonly [van: string, tot: string, organisaties: Readonly<Record<string, string>> | undefined];

/**
 * @summary The processing log for the resident ("Wie heeft mijn gegevens gebruikt?"): per action the organisation,
 * the purpose, what happened, the kinds of data and when, in a date range the resident chooses.
 *
 * Loads the actions from the Verwerkingenlogging inzage API (`listVerwerkingen`; the gateway fills in the resident,
 * no BSN is sent) for the range van–tot (both inclusive; default the three months up to today, computed from `now`).
 * `vertrouwelijk` actions are never shown, as the standard prescribes — also when the gateway fails to hide them. The
 * list is paged in the browser (`page-size` actions per page), so the DOM stays small however long the log is.
 *
 * The range form has two text fields (day-month-year, e.g. `1-9-2026`), which work the same in every browser and
 * with every assistive technology. On submit both are checked (filled in, a real date, "Van" not after "Tot en
 * met"); a message is tied to its field (`aria-describedby`, `aria-invalid`) and focus moves to the first wrong
 * field.
 *
 * @fires kb-period-change - The resident showed another range. `detail: { van, tot }` (ISO dates).
 * @fires kb-error - The log could not be loaded. `detail: { error, retry }`.
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart intro - The text under the heading.
 * @csspart form - The range form.
 * @csspart field - Each date field (NL DS form field); also `field-van` / `field-tot`, and `field-invalid` when wrong.
 * @csspart label - Each field's label.
 * @csspart hint - Each field's description of the format.
 * @csspart field-error - Each field's error message.
 * @csspart input - Each date input (`utrecht-textbox`).
 * @csspart submit - The submit button.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart summary - The range and the number of actions (focused after paging).
 * @csspart live-region - The visually hidden polite live region announcing the result of a search (focus stays on
 *   the control that started it).
 * @csspart list - The list of actions on this page.
 * @csspart item - Each action.
 * @csspart item-title - The action's purpose (the verwerking).
 * @csspart item-details - The action's data list.
 * @csspart opgeheven - The note on an action that used to be confidential.
 * @csspart pagination - The paging navigation.
 * @csspart previous - The "previous page" button.
 * @csspart next - The "next page" button.
 * @csspart page-status - "Pagina 2 van 3".
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "nothing in this range" message.
 *
 * @cssprop --kb-verwerkingen-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-verwerkingen-list-gap - Space between actions.
 * @cssprop --kb-verwerkingen-item-border-color - Border of an action. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-verwerkingen-item-border-width
 * @cssprop --kb-verwerkingen-item-padding-block
 * @cssprop --kb-verwerkingen-item-padding-inline
 * @cssprop --kb-verwerkingen-item-title-font-weight
 */
export class KbVerwerkingen extends KlantbeeldDataElement<readonly Verwerking[], VerwerkingenArgs> {
  static override styles = [baseStylesWith(nlDesignSystemFormFieldStyles), styles];

  /** Level (1–6) of the heading. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /**
   * First day of the range (ISO date, inclusive). Default: three months before `tot`. Set by the form when the resident
   * chooses a range. An unreadable value, or one after `tot`, is ignored (the default range is shown).
   */
  @property() van?: string;

  /** Last day of the range (ISO date, inclusive). Default: today (of `now`). */
  @property() tot?: string;

  /** The current time (ms since epoch or a `Date`) for the default range, for tests and previews. Default: now. */
  @property({ attribute: false }) now?: number | Date;

  /** Display names of organisations by OIN (the log holds only OINs). As attribute: a JSON object. */
  @property({ converter: organisatiesConverter }) organisaties?: Readonly<Record<string, string>>;

  /** Actions per page (1–100). Default 10. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** The page shown (1-based). */
  @state() private page = 1;

  /** What the resident typed, per field; undefined shows the range in use. */
  @state() private invoer: { van?: string; tot?: string } = {};

  @state() private fieldErrors: { van?: PeriodFieldError; tot?: PeriodFieldError } = {};

  /** Whether the resident searched: from then on the live region announces each result. */
  @state() private searched = false;

  get #texts(): Translation['verwerkingen'] {
    return this.t.verwerkingen;
  }

  /** The range in use: `van`/`tot` when readable, else the default (the last three months up to the day of `now`). */
  get periode(): { readonly van: string; readonly tot: string } {
    const now = this.now instanceof Date ? this.now : typeof this.now === 'number' && Number.isFinite(this.now) ? new Date(this.now) : new Date();
    try {
      const { van, tot } = verwerkingenPeriode({ now, ...(this.van ? { van: this.van } : {}), ...(this.tot ? { tot: this.tot } : {}) });
      return { van, tot };
    } catch {
      const { van, tot } = verwerkingenPeriode({ now });
      return { van, tot };
    }
  }

  protected taskArgs(): VerwerkingenArgs {
    const { van, tot } = this.periode;
    return [van, tot, this.organisaties];
  }

  /** The period is always set (a default one without attributes). */
  protected override isConfigured(_args: VerwerkingenArgs): _args is VerwerkingenArgs {
    return true;
  }

  protected load(client: KlantbeeldClient, [van, tot, organisaties]: VerwerkingenArgs, signal: AbortSignal): Promise<readonly Verwerking[]> {
    return listVerwerkingen(client, { van, tot, ...(organisaties ? { organisaties } : {}), signal });
  }

  protected override isEmpty(data: readonly Verwerking[]): boolean {
    return data.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('van') || changed.has('tot') || changed.has('now')) this.page = 1;
  }

  get #pageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 100) : 10;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${heading(toHeadingLevel(this.headingLevel), t.heading)}
        <p class="utrecht-paragraph" part="intro">${t.intro}</p>
        ${this.#renderForm()}
        <p class="kb-visually-hidden" part="live-region" aria-live="polite" aria-atomic="true">${this.searched ? this.#result() : ''}</p>`,
      empty: `${this.#bereik()}: ${t.empty}`,
      ready: (data) => this.#renderReady(data),
    });
  }

  /** The result in words, empty while loading: the change from empty to this text is what is announced. */
  #result(): string {
    const state = this.dataState;
    const data = this.shown ?? [];
    return state === 'ready'
      ? `${this.#bereik()}: ${this.#texts.aantal(data.length)}`
      : state === 'empty'
        ? `${this.#bereik()}: ${this.#texts.empty}`
        : state === 'error'
          ? this.t.errorTitle
          : '';
  }

  #bereik(): string {
    const { van, tot } = this.periode;
    return this.#texts.bereik(formatDate(van, this.language) ?? van, formatDate(tot, this.language) ?? tot);
  }

  #renderForm(): TemplateResult {
    const t = this.#texts;
    return html`<form class="kb-verwerkingen__form" part="form" novalidate @submit=${this.#onSubmit}>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.periode}</legend>
        <div class="kb-verwerkingen__fields">${this.#renderField('van', t.van)} ${this.#renderField('tot', t.tot)}</div>
      </fieldset>
      <div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit">${t.toon}</button>
      </div>
    </form>`;
  }

  #renderField(field: Field, label: string): TemplateResult {
    const t = this.#texts;
    const error = this.fieldErrors[field];
    const message =
      error === 'leeg' ? (field === 'van' ? t.vanLeeg : t.totLeeg) : error === 'ongeldig' ? t.ongeldig : error === 'vanNaTot' ? t.vanNaTot : undefined;
    const id = `kb-verwerkingen-${field}`;
    const value = this.invoer[field] ?? toInvoer(this.periode[field]);
    return html`<div
      class="utrecht-form-field utrecht-form-field--text ${message ? 'utrecht-form-field--invalid' : ''}"
      part="field field-${field}${message ? ' field-invalid' : ''}"
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" part="label" for=${id}>${label}</label>
      </div>
      <div class="utrecht-form-field-description" part="hint" id="${id}-hint">${t.datumHint}</div>
      ${
        message
          ? html`<div class="utrecht-form-field-description utrecht-form-field-description--invalid" part="field-error" id="${id}-error">
            ${message}
          </div>`
          : nothing
      }
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input kb-verwerkingen__input ${message ? 'utrecht-textbox--invalid' : ''}"
          part="input"
          id=${id}
          name=${field}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          size="10"
          aria-describedby=${message ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid=${message ? 'true' : 'false'}
          .value=${live(value)}
          @input=${(e: Event) => (this.invoer = { ...this.invoer, [field]: (e.target as HTMLInputElement).value })}
        />
      </div>
    </div>`;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (field: Field) => this.renderRoot.querySelector<HTMLInputElement>(`#kb-verwerkingen-${field}`)?.value ?? '';
    const { van, tot, errors } = checkPeriod(input('van'), input('tot'));
    this.fieldErrors = errors;
    if (errors.van || errors.tot || !van || !tot) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#kb-verwerkingen-${errors.van ? 'van' : 'tot'}`)?.focus();
      return;
    }
    const same = van === this.periode.van && tot === this.periode.tot;
    this.invoer = {};
    this.van = van;
    this.tot = tot;
    this.page = 1;
    this.searched = true;
    // The same range again: show it afresh (e.g. after an error).
    if (same) this.retry();
    this.emit('kb-period-change', { van, tot });
  }

  #renderReady(data: readonly Verwerking[]): TemplateResult {
    const t = this.#texts;
    const size = this.#pageSize;
    const pages = Math.max(1, Math.ceil(data.length / size));
    const page = Math.min(Math.max(this.page, 1), pages);
    const shown = data.slice((page - 1) * size, page * size);
    return html`
      <p class="utrecht-paragraph kb-verwerkingen__summary" part="summary" tabindex="-1">
        ${this.#bereik()}: ${t.aantal(data.length)}${pages > 1 ? html`. ${t.pagina(page, pages)}` : nothing}
      </p>
      <ul class="kb-verwerkingen__list" part="list">
        ${repeat(
          shown,
          (verwerking) => verwerking.actieId,
          (verwerking) => renderVerwerking(verwerking, this.#texts, this.language),
        )}
      </ul>
      ${
        pages > 1
          ? html`<nav class="kb-verwerkingen__pagination" part="pagination" aria-label=${t.paginering}>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              part="previous"
              ?disabled=${page === 1}
              @click=${() => this.#goTo(page - 1)}
            >
              ${t.vorige}
            </button>
            <span part="page-status">${t.pagina(page, pages)}</span>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              part="next"
              ?disabled=${page === pages}
              @click=${() => this.#goTo(page + 1)}
            >
              ${t.volgende}
            </button>
          </nav>`
          : nothing
      }
    `;
  }

  async #goTo(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    // The button pressed may now be disabled: move focus to the top of the new page, which also announces it.
    this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }
}
