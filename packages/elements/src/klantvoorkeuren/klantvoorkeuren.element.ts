import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDigitaalAdres,
  applyOptimistically,
  checkAdres,
  draftOf,
  getNotificatievoorkeuren,
  getResidentPartij,
  MAX_ADRES,
  MAX_OMSCHRIJVING,
  normalizeAdres,
  planVoorkeuren,
  removeDigitaalAdres,
  setStandaardAdres,
  updateDigitaalAdres,
  voorkeurenOf,
  withAdres,
  withoutAdres,
  withStandaard,
  type DigitaalAdresView,
  type KlantbeeldClient,
  type Klantvoorkeuren,
  type NotificatieCategorieen,
  type VoorkeurenDraft,
  type VoorkeurenState,
  type VoorkeurskanaalRule,
} from '@klantbeeld/core';
import { isAbortError, KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemBadgeStatusStyles } from '../shared/nl-design-system-badge-status.styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';
import { nlDesignSystemFormControlStyles } from '../shared/nl-design-system-form-controls.styles.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import type { FieldErrors } from './form-fields.js';
import {
  FIELD_ADRES,
  FIELD_OMSCHRIJVING,
  pendingUrl,
  talenConverter,
  type AdresForm,
  type KlantvoorkeurenData,
  type KlantvoorkeurWijziging,
  type Message,
  type Soort,
} from './klantvoorkeuren.model.js';
import { renderMessage, renderReady, type KlantvoorkeurenView } from './klantvoorkeuren.view.js';
import { fieldErrors, problemText, refusalText } from './refusals.js';
import { styles } from './klantvoorkeuren.styles.js';
import { klantvoorkeurenTexts } from './klantvoorkeuren.texts.js';

addTexts(klantvoorkeurenTexts);

export type {
  KbVoorkeurChangeDetail,
  KbVoorkeurChangeEvent,
  KbVoorkeurErrorDetail,
  KbVoorkeurErrorEvent,
  KlantvoorkeurenData,
  KlantvoorkeurWijziging,
} from './klantvoorkeuren.model.js';

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
        <div part="status" role="status" class="kb-klantvoorkeuren__status">${renderMessage(this.#view)}</div>`,
      empty: () => html`<p class="utrecht-paragraph" part="empty">${t.geenGegevens}</p>`,
      ready: () => renderReady(this.#view),
    });
  }

  /** What the view shows, and the actions it offers. */
  get #view(): KlantvoorkeurenView {
    return {
      t: this.#texts,
      headingLevel: this.headingLevel,
      talen: this.talen,
      state: this._state,
      voorkeuren: this.#voorkeuren,
      form: this._form,
      draft: this._draft,
      voorkeurenErrors: this._voorkeurenErrors,
      message: this._message,
      summary: this._summary,
      open: (soort, adres) => this.#open(soort, adres),
      cancel: this.#cancel,
      makeStandaard: (adres) => this.#makeStandaard(adres),
      remove: (adres) => this.#remove(adres),
      onAdresSubmit: this.#onAdresSubmit,
      onVoorkeurenSubmit: this.#onVoorkeurenSubmit,
      focusField: (event, id) => this.#focusField(event, id),
    };
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

  #onAdresSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = this._form;
    const current = this._state;
    if (!form || !current) return;
    if (this.#busy()) return;
    const problems = checkAdres(form.soort, form.adres, form.omschrijving);
    const errors: FieldErrors = {};
    if (problems.adres) errors[FIELD_ADRES] = problemText(this.#texts, form.soort, problems.adres, MAX_ADRES);
    if (problems.omschrijving) errors[FIELD_OMSCHRIJVING] = problemText(this.#texts, form.soort, problems.omschrijving, MAX_OMSCHRIJVING);
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
      const { fields, rest } = fieldErrors(this.#texts, error, form.soort);
      const hasFields = Object.keys(fields).length > 0;
      this.#showFormErrors({ ...form, errors: fields, alert: hasFields ? rest : refusalText(this.#texts, error, rest) });
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
        const { fields, rest } = fieldErrors(this.#texts, error, undefined);
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
      this._message = { kind: 'error', text: refusalText(this.#texts, error, rest ?? undefined) };
      this.emit('kb-voorkeur-error', { wijziging, error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      this._saving = false;
    }
  }


}
