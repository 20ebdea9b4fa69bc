import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  addDigitaalAdres,
  ADRES_VELDEN,
  applyOptimistically,
  checkAdres,
  draftOf,
  fieldErrorsOf,
  getNotificatievoorkeuren,
  getResidentPartij,
  isKlantbeeldError,
  MAX_ADRES,
  MAX_OMSCHRIJVING,
  normalizeAdres,
  NOTIFICATIE_DOMEINEN,
  planVoorkeuren,
  removeDigitaalAdres,
  setStandaardAdres,
  updateDigitaalAdres,
  voorkeurenOf,
  VOORKEUREN_VELDEN,
  withAdres,
  withoutAdres,
  withStandaard,
  type DigitaalAdresView,
  type FieldProblem,
  type KlantbeeldClient,
  type Klantvoorkeuren,
  type NotificatieCategorieen,
  type Notificatievoorkeuren,
  type SoortDigitaalAdres,
  type VoorkeurenDraft,
  type VoorkeurenState,
  type VoorkeurskanaalRule,
} from '@klantbeeld/core';
import { isAbortError, KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemBadgeStatusStyles } from '../shared/nl-design-system-badge-status.styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';
import { nlDesignSystemFormControlStyles } from '../shared/nl-design-system-form-controls.styles.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { describedBy, description, errorMessage, errorSummary, textField, type FieldErrors } from './form-fields.js';
import { styles } from './klantvoorkeuren.styles.js';
import { klantvoorkeurenTexts } from './klantvoorkeuren.texts.js';

addTexts(klantvoorkeurenTexts);

/** What a saved (or refused) change was. */
export type KlantvoorkeurWijziging =
  | { readonly type: 'add' | 'update' | 'remove' | 'default'; readonly adres: DigitaalAdresView }
  | { readonly type: 'preferences'; readonly voorkeurstaal?: string; readonly voorkeurskanaal?: SoortDigitaalAdres | null; readonly notificaties?: Notificatievoorkeuren };

/** Detail of `kb-voorkeur-change`: the change the server accepted, and the preferences now. */
export interface KbVoorkeurChangeDetail {
  readonly wijziging: KlantvoorkeurWijziging;
  readonly voorkeuren: Klantvoorkeuren;
  readonly notificaties: Notificatievoorkeuren;
}

/** Detail of `kb-voorkeur-error`: the change the server refused (it was rolled back), and why. */
export interface KbVoorkeurErrorDetail {
  readonly wijziging: KlantvoorkeurWijziging;
  readonly error: Error;
}

/** Fired when a change to the preferences was saved. */
export type KbVoorkeurChangeEvent = CustomEvent<KbVoorkeurChangeDetail>;
/** Fired when a change was refused and rolled back. */
export type KbVoorkeurErrorEvent = CustomEvent<KbVoorkeurErrorDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-voorkeur-change': KbVoorkeurChangeEvent;
    'kb-voorkeur-error': KbVoorkeurErrorEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-voorkeur-change': KbVoorkeurChangeEvent;
    'kb-voorkeur-error': KbVoorkeurErrorEvent;
  }
}

/** What `<kb-klantvoorkeuren>` loads: the partij and notification choices, or `null` when Open Klant has no partij. */
export type KlantvoorkeurenData = VoorkeurenState | null;

/** The soorten of address the resident manages here. */
type Soort = 'email' | 'telefoonnummer';
const SOORTEN: readonly Soort[] = ['email', 'telefoonnummer'];

/** The open add/edit form of an address: what the resident typed, and the problems per field. */
interface AdresForm {
  readonly soort: Soort;
  /** The address being edited; undefined when adding. */
  readonly url?: string;
  adres: string;
  omschrijving: string;
  errors: FieldErrors;
  /** A refusal that names no field (shown in the form's alert). */
  alert?: string;
}

/** The status line: a saved or refused change. */
interface Message {
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

const FIELD_ADRES = 'kb-adres';
const FIELD_OMSCHRIJVING = 'kb-omschrijving';
const FIELD_TAAL = 'kb-taal';
const FIELD_KANAAL = 'kb-kanaal';
const pendingUrl = (n: number) => `urn:klantbeeld:pending:${n}`;

/** Splits the `talen` attribute ("nld eng" or "nld,eng"). */
const talenConverter = {
  fromAttribute: (value: string | null): readonly string[] => (value ?? '').split(/[\s,]+/).filter((code) => code !== ''),
};

/**
 * @summary The resident's contact preferences: e-mail addresses and phone numbers, preferred channel, language and
 * notification choices, viewed and changed in Klantinteracties.
 *
 * Reads the partij (`getResidentPartij`) and derives the preferences with the configured rule (`voorkeurenOf`): the
 * preferred channel is the soort of the preferred address, by default the partij's `voorkeursDigitaalAdres`; with
 * `voorkeur-referentie="portaalvoorkeur"` (Den Haag) the address tagged with that referentie. Notification choices per
 * domain (zaken, berichten, taken) are categorie-relaties (see `getNotificatievoorkeuren` in `@klantbeeld/core`);
 * domains the municipality does not offer are not shown, and when they cannot be loaded the rest still is.
 *
 * Forms follow the NL Design System form guidance: every field has a label and a description, errors are tied to
 * their field (`aria-invalid`, `aria-describedby`) and listed in an error summary that gets focus and whose links move
 * focus to the field. Checks run before sending (Open Klant's phone pattern, e-mail shape, lengths); a 400 from the
 * server with `invalidParams` is shown at the same fields.
 *
 * Saving is optimistic: the change shows at once and is rolled back, with a message, when the server refuses it; what
 * the resident typed stays in the form. One change is saved at a time.
 *
 * @fires kb-voorkeur-change - A change was saved. `detail: { wijziging, voorkeuren, notificaties }`.
 * @fires kb-voorkeur-error - A change was refused and rolled back. `detail: { wijziging, error }`.
 * @fires kb-error - The preferences could not be loaded. `detail: { error, retry }`.
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading; the section headings are `section-heading`.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart status - The status line (saved / refused), a live region.
 * @csspart section - Each section (e-mail addresses, phone numbers, preferences).
 * @csspart section-heading - The heading of a section.
 * @csspart adressen - A list of addresses.
 * @csspart adres - An address (`<li>`); the default one also `adres-standaard`.
 * @csspart adres-actions - The buttons of an address.
 * @csspart standaard-badge - The "Standaard" label of the default address.
 * @csspart adres-form - The add/edit form of an address.
 * @csspart voorkeuren-form - The preferences form.
 * @csspart error-summary - The error summary of a form.
 * @csspart form-alert - A refusal shown inside a form.
 * @csspart add-button - The "add" button of a list.
 * @csspart submit-button - The submit buttons.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert (loading failed).
 * @csspart error-message - Its message.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The message when there are no contact details.
 *
 * @cssprop --kb-klantvoorkeuren-gap - Space between the sections. Falls back to `--kb-space-block`.
 * @cssprop --kb-klantvoorkeuren-item-border-color - Border of an address. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-klantvoorkeuren-item-padding - Padding of an address.
 * @cssprop --kb-klantvoorkeuren-badge-background-color - Background of the "Standaard" label.
 * @cssprop --kb-klantvoorkeuren-badge-color - Text of the "Standaard" label.
 */
export class KbKlantvoorkeuren extends KlantbeeldDataElement<KlantvoorkeurenData, readonly [categorieen: Partial<NotificatieCategorieen> | undefined]> {
  static override styles = [baseStylesWith(nlDesignSystemBadgeStatusStyles, nlDesignSystemFormFieldStyles, nlDesignSystemFormControlStyles), styles];

  /** Level (1–6) of the heading; sections use the next level. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /**
   * The `referentie` that marks the preferred address per soort (Den Haag: `portaalvoorkeur`). Unset: the partij's
   * `voorkeursDigitaalAdres` and `isStandaardAdres` decide.
   */
  @property({ attribute: 'voorkeur-referentie' }) voorkeurReferentie?: string;

  /** The languages offered (ISO 639-2/B codes). Default `nld eng`. The resident's current language is always offered. */
  @property({ converter: talenConverter }) talen: readonly string[] = ['nld', 'eng'];

  /** Categorie names of the notification domains, when the municipality named them otherwise (see core). */
  @property({ attribute: false }) notificatieCategorieen?: Partial<NotificatieCategorieen>;

  /** The working copy: the loaded preferences with the optimistic changes applied. */
  @state() private _state?: VoorkeurenState;
  @state() private _form?: AdresForm;
  @state() private _draft?: VoorkeurenDraft;
  @state() private _voorkeurenErrors: FieldErrors = {};
  @state() private _message?: Message;
  @state() private _saving = false;
  /** Which form shows its error summary (after a submit that failed). */
  @state() private _summary?: 'adres' | 'voorkeuren';

  #loadedFrom?: KlantvoorkeurenData;
  #pending = 0;

  get #texts(): Translation['klantvoorkeuren'] {
    return this.t.klantvoorkeuren;
  }

  get #rule(): VoorkeurskanaalRule {
    const referentie = this.voorkeurReferentie?.trim();
    return referentie ? { referentie } : 'voorkeursDigitaalAdres';
  }

  protected taskArgs(): readonly [Partial<NotificatieCategorieen> | undefined] {
    return [this.notificatieCategorieen];
  }

  protected override isConfigured(_args: readonly [Partial<NotificatieCategorieen> | undefined]): _args is readonly [Partial<NotificatieCategorieen> | undefined] {
    return true;
  }

  protected async load(client: KlantbeeldClient, [categorieen]: readonly [Partial<NotificatieCategorieen> | undefined], signal: AbortSignal): Promise<KlantvoorkeurenData> {
    const partij = await getResidentPartij(client, { signal });
    if (!partij) return null;
    // Notification choices are an extra: when they cannot be loaded, the rest is still shown.
    const notificaties = await getNotificatievoorkeuren(client, partij, { ...(categorieen ? { categorieen } : {}), signal }).catch(
      (error: unknown) => {
        if (isAbortError(error)) throw error;
        return {};
      },
    );
    return { partij, notificaties };
  }

  protected override isEmpty(data: KlantvoorkeurenData): boolean {
    return data === null;
  }

  protected override willUpdate(): void {
    const data = this.dataTask.value;
    if (data !== undefined && data !== this.#loadedFrom) {
      this.#loadedFrom = data;
      this._state = data ?? undefined;
      this._form = undefined;
      this._summary = undefined;
      this._voorkeurenErrors = {};
      this._draft = data ? this.#draftOf(data) : undefined;
    }
  }

  /** The preferences shown: the working copy through the rule. */
  get #voorkeuren(): Klantvoorkeuren | undefined {
    return this._state ? voorkeurenOf(this._state.partij, this.#rule) : undefined;
  }

  #draftOf(state: VoorkeurenState): VoorkeurenDraft {
    return draftOf(state, this.#rule);
  }

  // -------------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const t = this.#texts;
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${heading(toHeadingLevel(this.headingLevel), t.heading)}
        <div part="status" role="status" class="kb-klantvoorkeuren__status">${this.#renderMessage()}</div>`,
      empty: () => html`<p class="utrecht-paragraph" part="empty">${t.geenGegevens}</p>`,
      ready: () => this.#renderReady(),
    });
  }

  #renderMessage(): TemplateResult | typeof nothing {
    const message = this._message;
    if (!message) return nothing;
    return message.kind === 'error'
      ? html`<div class="utrecht-alert utrecht-alert--error"><div class="utrecht-alert__message"><p class="utrecht-paragraph">${message.text}</p></div></div>`
      : html`<p class="utrecht-paragraph kb-klantvoorkeuren__message kb-klantvoorkeuren__message--${message.kind}">${message.text}</p>`;
  }

  #renderReady(): TemplateResult {
    const voorkeuren = this.#voorkeuren;
    if (!voorkeuren) return html``;
    return html`${SOORTEN.map((soort) => this.#renderAdressen(soort, voorkeuren))} ${this.#renderVoorkeuren(voorkeuren)}`;
  }

  #renderAdressen(soort: Soort, voorkeuren: Klantvoorkeuren): TemplateResult {
    const t = this.#texts;
    const level = subLevel(toHeadingLevel(this.headingLevel));
    const adressen = voorkeuren.adressen[soort];
    const standaard = voorkeuren.standaard[soort];
    const form = this._form;
    const adding = form && form.soort === soort && form.url === undefined;
    return html`<section class="kb-klantvoorkeuren__section" part="section" data-soort=${soort} aria-labelledby="kb-section-${soort}">
      ${heading(level, t.adressenHeading[soort], { part: 'section-heading', id: `kb-section-${soort}` })}
      ${adressen.length === 0
        ? html`<p class="utrecht-paragraph">${t.geenAdressen[soort]}</p>`
        : html`<ul class="kb-klantvoorkeuren__adressen" part="adressen">
            ${adressen.map((adres) =>
              form && form.url === adres.url ? html`<li class="kb-klantvoorkeuren__adres">${this.#renderForm(form)}</li>` : this.#renderAdres(adres, adres.url === standaard?.url),
            )}
          </ul>`}
      ${adding
        ? this.#renderForm(form)
        : html`<p class="utrecht-paragraph">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" part="add-button" data-add=${soort} @click=${() => this.#open(soort)}>
              ${t.toevoegen[soort]}
            </button>
          </p>`}
    </section>`;
  }

  #renderAdres(adres: DigitaalAdresView, isStandaard: boolean): TemplateResult {
    const t = this.#texts;
    return html`<li class="kb-klantvoorkeuren__adres" part=${isStandaard ? 'adres adres-standaard' : 'adres'} data-url=${adres.url}>
      <p class="utrecht-paragraph kb-klantvoorkeuren__waarde">
        <span class="kb-klantvoorkeuren__adres-tekst">${adres.adres}</span>
        ${isStandaard ? html`<span class="utrecht-badge-status utrecht-badge-status--neutral kb-klantvoorkeuren__badge" part="standaard-badge">${t.standaard}</span>` : nothing}
      </p>
      ${adres.omschrijving ? html`<p class="utrecht-paragraph kb-klantvoorkeuren__omschrijving">${adres.omschrijving}</p>` : nothing}
      <p class="utrecht-paragraph kb-klantvoorkeuren__actions" part="adres-actions">
        <button type="button" class="utrecht-button utrecht-button--subtle" data-action="edit" @click=${() => this.#open(adres.soort as Soort, adres)}>
          ${t.wijzigen}<span class="kb-visually-hidden">: ${adres.adres}</span>
        </button>
        ${isStandaard
          ? nothing
          : html`<button type="button" class="utrecht-button utrecht-button--subtle" data-action="default" @click=${() => void this.#makeStandaard(adres)}>
              ${t.maakStandaard}<span class="kb-visually-hidden">: ${adres.adres}</span>
            </button>`}
        <button type="button" class="utrecht-button utrecht-button--subtle" data-action="remove" @click=${() => void this.#remove(adres)}>
          ${t.verwijderen}<span class="kb-visually-hidden">: ${adres.adres}</span>
        </button>
      </p>
    </li>`;
  }

  #renderForm(form: AdresForm): TemplateResult {
    const t = this.#texts;
    const soort = form.soort;
    return html`<form class="kb-klantvoorkeuren__form" part="adres-form" novalidate @submit=${this.#onAdresSubmit}>
      ${this._summary === 'adres' ? this.#renderSummary(form.errors) : nothing}
      ${form.alert ? this.#renderFormAlert(form.alert) : nothing}
      ${textField({
        id: FIELD_ADRES,
        label: t.veld[soort],
        description: t.veldBeschrijving[soort],
        value: form.adres,
        error: form.errors[FIELD_ADRES],
        type: soort === 'email' ? 'email' : 'tel',
        autocomplete: soort === 'email' ? 'email' : 'tel',
        maxlength: MAX_ADRES + 20,
        onInput: (value) => (form.adres = value),
      })}
      ${textField({
        id: FIELD_OMSCHRIJVING,
        label: t.omschrijving,
        description: t.omschrijvingBeschrijving,
        value: form.omschrijving,
        error: form.errors[FIELD_OMSCHRIJVING],
        type: 'text',
        autocomplete: 'off',
        onInput: (value) => (form.omschrijving = value),
      })}
      <p class="utrecht-paragraph kb-klantvoorkeuren__actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button">${t.opslaan}</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="cancel" @click=${this.#cancel}>${t.annuleren}</button>
      </p>
    </form>`;
  }

  #renderSummary(errors: FieldErrors): TemplateResult {
    return errorSummary(this.#texts.foutenTitel(Object.keys(errors).length), errors, (event, id) => this.#focusField(event, id));
  }

  #renderFormAlert(text: string): TemplateResult {
    return html`<div class="utrecht-alert utrecht-alert--error" part="form-alert" tabindex="-1">
      <div class="utrecht-alert__message"><p class="utrecht-paragraph">${text}</p></div>
    </div>`;
  }

  #renderVoorkeuren(voorkeuren: Klantvoorkeuren): TemplateResult {
    const t = this.#texts;
    const draft = this._draft;
    if (!draft) return html``;
    const level = subLevel(toHeadingLevel(this.headingLevel));
    const kanalen: (SoortDigitaalAdres | 'geen')[] = [...SOORTEN.filter((soort) => voorkeuren.adressen[soort].length > 0), ...(draft.kanaal === 'overig' ? ['overig' as const] : []), 'geen'];
    const talen = [...new Set([...this.talen, ...(draft.taal ? [draft.taal] : [])])];
    const domeinen = NOTIFICATIE_DOMEINEN.filter((domein) => this._state?.notificaties[domein] !== undefined);
    const errors = this._voorkeurenErrors;
    const kanaalError = errors[FIELD_KANAAL];
    const taalError = errors[FIELD_TAAL];
    return html`<section class="kb-klantvoorkeuren__section" part="section" aria-labelledby="kb-section-voorkeuren">
      ${heading(level, t.voorkeurenHeading, { part: 'section-heading', id: 'kb-section-voorkeuren' })}
      <form class="kb-klantvoorkeuren__form" part="voorkeuren-form" novalidate @submit=${this.#onVoorkeurenSubmit}>
        ${this._summary === 'voorkeuren' ? this.#renderSummary(errors) : nothing}
        <div class="utrecht-form-fieldset ${kanaalError ? 'utrecht-form-fieldset--invalid' : ''}">
          <fieldset
            class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
            aria-describedby=${describedBy(FIELD_KANAAL, kanaalError !== undefined)}
            aria-invalid=${ifDefined(kanaalError ? 'true' : undefined)}
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.kanaal}</legend>
            ${description(FIELD_KANAAL, t.kanaalBeschrijving)} ${errorMessage(FIELD_KANAAL, kanaalError)}
            ${kanalen.map(
              (kanaal, index) => html`<div class="utrecht-form-field utrecht-form-field--radio">
                <div class="utrecht-form-field__input">
                  <input
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    type="radio"
                    name="kanaal"
                    id=${index === 0 ? FIELD_KANAAL : `${FIELD_KANAAL}-${kanaal}`}
                    value=${kanaal}
                    .checked=${live(draft.kanaal === kanaal)}
                    @change=${() => (draft.kanaal = kanaal)}
                  />
                </div>
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label utrecht-form-label--radio" for=${index === 0 ? FIELD_KANAAL : `${FIELD_KANAAL}-${kanaal}`}
                    >${t.kanalen[kanaal]}</label
                  >
                </div>
              </div>`,
            )}
          </fieldset>
        </div>
        <div class="utrecht-form-field utrecht-form-field--select ${taalError ? 'utrecht-form-field--invalid' : ''}">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=${FIELD_TAAL}>${t.taal}</label></div>
          ${description(FIELD_TAAL, t.taalBeschrijving)} ${errorMessage(FIELD_TAAL, taalError)}
          <div class="utrecht-form-field__input">
            <select
              class="utrecht-select utrecht-select--html-select ${taalError ? 'utrecht-select--invalid' : ''}"
              id=${FIELD_TAAL}
              name="taal"
              aria-describedby=${describedBy(FIELD_TAAL, taalError !== undefined)}
              aria-invalid=${taalError ? 'true' : 'false'}
              @change=${(e: Event) => (draft.taal = (e.target as HTMLSelectElement).value)}
            >
              ${draft.taal ? nothing : html`<option value="" ?selected=${true}>${t.geenTaal}</option>`}
              ${talen.map((code) => html`<option value=${code} ?selected=${draft.taal === code}>${t.talen[code] ?? code}</option>`)}
            </select>
          </div>
        </div>
        ${domeinen.length > 0
          ? html`<div class="utrecht-form-fieldset">
              <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="kb-notificaties-description">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.notificaties}</legend>
                ${description('kb-notificaties', t.notificatiesBeschrijving)}
                ${domeinen.map(
                  (domein) => html`<div class="utrecht-form-field utrecht-form-field--checkbox">
                    <div class="utrecht-form-field__input">
                      <input
                        class="utrecht-checkbox utrecht-checkbox--html-input"
                        type="checkbox"
                        id="kb-notificatie-${domein}"
                        name="notificatie-${domein}"
                        .checked=${live(draft.notificaties[domein] === true)}
                        @change=${(e: Event) => (draft.notificaties = { ...draft.notificaties, [domein]: (e.target as HTMLInputElement).checked })}
                      />
                    </div>
                    <div class="utrecht-form-field__label">
                      <label class="utrecht-form-label utrecht-form-label--checkbox" for="kb-notificatie-${domein}">${t.domeinen[domein]}</label>
                    </div>
                  </div>`,
                )}
              </fieldset>
            </div>`
          : nothing}
        <p class="utrecht-paragraph">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button">${t.voorkeurenOpslaan}</button>
        </p>
      </form>
    </section>`;
  }

  // -------------------------------------------------------------------------------------------------
  // Focus

  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #focusField(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Focus on the "change" button of the address at `index` of its soort's list, else on the list's add button. */
  #focusAdres(soort: Soort, url: string | undefined): void {
    void this.updateComplete.then(() => {
      const item = url ? this.renderRoot.querySelector<HTMLElement>(`[data-soort="${soort}"] li[data-url="${CSS.escape(url)}"] [data-action="edit"]`) : null;
      (item ?? this.renderRoot.querySelector<HTMLElement>(`[data-add="${soort}"]`))?.focus();
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Address forms

  #open(soort: Soort, adres?: DigitaalAdresView): void {
    this._form = adres ? { soort, url: adres.url, adres: adres.adres, omschrijving: adres.omschrijving ?? '', errors: {} } : { soort, adres: '', omschrijving: '', errors: {} };
    this._summary = undefined;
    this._message = undefined;
    this.#focus(`#${FIELD_ADRES}`);
  }

  #cancel = (): void => {
    const form = this._form;
    if (!form) return;
    this._form = undefined;
    this._summary = undefined;
    this.#focusAdres(form.soort, form.url);
  };

  #problemText(soort: Soort, problem: FieldProblem, max: number): string {
    const fouten = this.#texts.fouten;
    return problem === 'leeg' ? fouten.leeg[soort] : problem === 'ongeldig' ? fouten.ongeldig[soort] : fouten.teLang(max);
  }

  #onAdresSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = this._form;
    const current = this._state;
    if (!form || !current) return;
    if (this.#busy()) return;
    const problems = checkAdres(form.soort, form.adres, form.omschrijving);
    const errors: FieldErrors = {};
    if (problems.adres) errors[FIELD_ADRES] = this.#problemText(form.soort, problems.adres, MAX_ADRES);
    if (problems.omschrijving) errors[FIELD_OMSCHRIJVING] = this.#problemText(form.soort, problems.omschrijving, MAX_OMSCHRIJVING);
    if (Object.keys(errors).length > 0) {
      this.#showFormErrors({ ...form, errors, alert: undefined });
      return;
    }
    void this.#saveAdres(form, current);
  };

  /** Re-opens `form` with its errors and focuses its summary (or its alert). */
  #showFormErrors(form: AdresForm): void {
    this._form = form;
    this._summary = Object.keys(form.errors).length > 0 ? 'adres' : undefined;
    this.#focus(this._summary ? '[part="adres-form"] [part="error-summary"]' : '[part="adres-form"] [part="form-alert"]');
  }

  async #saveAdres(form: AdresForm, before: VoorkeurenState): Promise<void> {
    const client = this.client;
    if (!client) return;
    const adres = normalizeAdres(form.soort, form.adres);
    const omschrijving = form.omschrijving.trim();
    const existing = form.url ? before.partij.digitaleAdressen.find((other) => other.url === form.url) : undefined;
    const isFirst = !before.partij.digitaleAdressen.some((other) => other.soort === form.soort);
    const optimistic: DigitaalAdresView = existing
      ? { ...existing, adres, ...(omschrijving ? { omschrijving } : { omschrijving: '' }) }
      : { url: pendingUrl(++this.#pending), uuid: '', soort: form.soort, adres, omschrijving, isStandaardAdres: isFirst, isVoorkeursAdres: false };
    const wijziging: KlantvoorkeurWijziging = { type: existing ? 'update' : 'add', adres: optimistic };
    this._state = withAdres(before, optimistic);
    this._form = undefined;
    this._summary = undefined;
    this.#focusAdres(form.soort, optimistic.url);
    await this.#save(wijziging, before, async () => {
      const saved = existing
        ? await updateDigitaalAdres(client, existing, { adres, omschrijving })
        : await addDigitaalAdres(client, before.partij, { soort: form.soort, adres, omschrijving, ...(isFirst ? { isStandaardAdres: true } : {}) });
      // The list is rendered by position, so the focused button stays where it is when the URL changes.
      this._state = withAdres(this._state ?? before, saved, optimistic.url);
      return { ...wijziging, adres: saved };
    }, (error) => {
      // Rolled back: the form opens again with what the resident typed, and why it was refused.
      const { fields, rest } = this.#fieldErrors(error, form.soort);
      const hasFields = Object.keys(fields).length > 0;
      this.#showFormErrors({ ...form, errors: fields, alert: hasFields ? rest : this.#refusalText(error, rest) });
      return rest;
    });
  }

  async #remove(adres: DigitaalAdresView): Promise<void> {
    const client = this.client;
    const before = this._state;
    if (!client || !before || this.#busy()) return;
    this._state = withoutAdres(before, adres.url);
    this._form = undefined;
    this.#focusAdres(adres.soort as Soort, undefined);
    await this.#save({ type: 'remove', adres }, before, async () => {
      await removeDigitaalAdres(client, adres);
      return { type: 'remove', adres };
    }, undefined, this.#texts.verwijderd(adres.adres));
  }

  async #makeStandaard(adres: DigitaalAdresView): Promise<void> {
    const client = this.client;
    const before = this._state;
    if (!client || !before || this.#busy()) return;
    this._state = withStandaard(before, adres.url, this.#rule);
    this.#focusAdres(adres.soort as Soort, adres.url);
    await this.#save({ type: 'default', adres }, before, async () => {
      const saved = await setStandaardAdres(client, before.partij, adres, { voorkeurskanaalRule: this.#rule });
      return { type: 'default', adres: saved };
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Preferences form

  #onVoorkeurenSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this._draft;
    const before = this._state;
    if (!draft || !before || this.#busy()) return;
    void this.#saveVoorkeuren({ ...draft, notificaties: { ...draft.notificaties } }, before);
  };

  async #saveVoorkeuren(draft: VoorkeurenDraft, before: VoorkeurenState): Promise<void> {
    const client = this.client;
    if (!client) return;
    const categorieen = this.notificatieCategorieen;
    const { wijziging, steps } = planVoorkeuren(client, before, draft, { rule: this.#rule, ...(categorieen ? { categorieen } : {}) });
    this._voorkeurenErrors = {};
    this._summary = undefined;
    if (steps.length === 0) {
      this._message = { kind: 'success', text: this.#texts.opgeslagen };
      return;
    }
    // What the server accepted so far: a refusal halfway rolls back only the steps after it.
    let committed: VoorkeurenState = before;
    await this.#save(
      wijziging,
      before,
      async () => {
        const outcome = await applyOptimistically(before, steps, (state) => (this._state = state));
        committed = outcome.state;
        if (!outcome.ok) throw outcome.error;
        return wijziging;
      },
      (error) => {
        this._state = committed;
        const { fields, rest } = this.#fieldErrors(error, undefined);
        this._voorkeurenErrors = fields;
        if (Object.keys(fields).length > 0) {
          this._summary = 'voorkeuren';
          this.#focus('[part="voorkeuren-form"] [part="error-summary"]');
        }
        return rest;
      },
    );
  }

  // -------------------------------------------------------------------------------------------------
  // Saving

  /** Whether a save is still running (then the new one is refused with a message). */
  #busy(): boolean {
    if (this._saving) this._message = { kind: 'info', text: this.#texts.wachten };
    return this._saving;
  }

  /**
   * Runs `write` for an optimistic change already applied. On success: the status says so and `kb-voorkeur-change`
   * fires. On refusal: the state from `before` comes back, `onRefused` may show field errors (and return the text
   * for errors that name no field), the status explains, and `kb-voorkeur-error` fires.
   */
  async #save(
    wijziging: KlantvoorkeurWijziging,
    before: VoorkeurenState,
    write: () => Promise<KlantvoorkeurWijziging>,
    onRefused?: (error: unknown) => string | undefined | void,
    successText?: string,
  ): Promise<void> {
    const t = this.#texts;
    this._saving = true;
    this._message = { kind: 'info', text: t.bezig };
    try {
      const saved = await write();
      this._message = { kind: 'success', text: successText ?? t.opgeslagen };
      const state = this._state ?? before;
      this.emit('kb-voorkeur-change', { wijziging: saved, voorkeuren: voorkeurenOf(state.partij, this.#rule), notificaties: state.notificaties });
    } catch (error) {
      this._state = before;
      const rest = onRefused?.(error);
      this._message = { kind: 'error', text: this.#refusalText(error, rest ?? undefined) };
      this.emit('kb-voorkeur-error', { wijziging, error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      this._saving = false;
    }
  }

  /** "Not saved", the server's reasons that name no field, and what to do. */
  #refusalText(error: unknown, rest: string | undefined): string {
    const t = this.#texts;
    return [t.nietOpgeslagen, rest, t.reden[this.#reason(error)]].filter(Boolean).join(' ');
  }

  #reason(error: unknown): keyof Translation['klantvoorkeuren']['reden'] {
    if (!isKlantbeeldError(error)) return 'other';
    if (error.kind === 'validation' || error.kind === 'not-authenticated' || error.kind === 'forbidden') return error.kind;
    return error.kind === 'network' || error.kind === 'timeout' ? 'network' : 'other';
  }

  /** A 400's `invalidParams` as messages at the fields of the open form (core maps them); the other reasons as `rest`. */
  #fieldErrors(error: unknown, soort: Soort | undefined): { fields: FieldErrors; rest?: string } {
    const fields: FieldErrors = {};
    let rest: readonly string[];
    if (soort) {
      const mapped = fieldErrorsOf(error, ADRES_VELDEN);
      const { adres, omschrijving } = mapped.fields;
      if (adres) fields[FIELD_ADRES] = adres.problem ? this.#problemText(soort, adres.problem, MAX_ADRES) : adres.reason;
      if (omschrijving) fields[FIELD_OMSCHRIJVING] = omschrijving.problem ? this.#problemText(soort, omschrijving.problem, MAX_OMSCHRIJVING) : omschrijving.reason;
      rest = mapped.rest;
    } else {
      const mapped = fieldErrorsOf(error, VOORKEUREN_VELDEN);
      if (mapped.fields.voorkeurstaal) fields[FIELD_TAAL] = mapped.fields.voorkeurstaal.reason;
      if (mapped.fields.voorkeursDigitaalAdres) fields[FIELD_KANAAL] = mapped.fields.voorkeursDigitaalAdres.reason;
      rest = mapped.rest;
    }
    return { fields, ...(rest.length > 0 ? { rest: rest.join(' ') } : {}) };
  }
}
