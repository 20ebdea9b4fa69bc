/**
 * The forms of `<kb-klantvoorkeuren>` as a reactive controller: the working copy of the preferences, the open address
 * form, the preferences draft, errors and the status line, and the actions that change them. Every change is applied
 * at once and saved through core's preferences editor (`planVoorkeuren`, `applyOptimistically`, the address writes),
 * and rolled back when the server refuses it. Loaded on demand (klantvoorkeuren.editing-on-demand.ts, a chunk of its
 * own in the CDN build) with its templates, core's preferences editor and its CSS; employee mode never loads it.
 * @module
 */
import type { ReactiveController } from 'lit';
import {
  addDigitaalAdres,
  applyOptimistically,
  checkAdres,
  draftOf,
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
  type VoorkeurenDraft,
  type VoorkeurenState,
} from '@klantbeeld/core';
import type { FieldErrors } from './form-fields.js';
import {
  FIELD_ADRES,
  FIELD_OMSCHRIJVING,
  pendingUrl,
  type AdresForm,
  type KlantvoorkeurenData,
  type KlantvoorkeurWijziging,
  type Message,
  type Soort,
} from './klantvoorkeuren.model.js';
import type { KlantvoorkeurenView } from './klantvoorkeuren.view.js';
import { renderForm, renderVoorkeuren } from './klantvoorkeuren.form-view.js';
import { adoptFormStyles } from './klantvoorkeuren.forms.styles.js';
import { fieldErrors, problemText, refusalText } from './refusals.js';
import type { VoorkeurenFormsHost, VoorkeurenFormsOptions } from './klantvoorkeuren.forms-host.js';

interface FormsState {
  /** The working copy: the loaded preferences with the optimistic changes applied. */
  state?: VoorkeurenState | undefined;
  form?: AdresForm | undefined;
  draft?: VoorkeurenDraft | undefined;
  voorkeurenErrors: FieldErrors;
  message?: Message | undefined;
  saving: boolean;
  /** Which form shows its error summary (after a submit that failed). */
  summary?: 'adres' | 'voorkeuren' | undefined;
}

/** The state of the forms and the actions of the view: what {@link VoorkeurenForms.view} returns. */
export type VoorkeurenFormsView = Pick<KlantvoorkeurenView, 'state' | 'voorkeuren' | 'message' | 'forms'>;

/**
 * Owns the working copy and the forms of the preferences; the element renders {@link view}. One change is saved at a
 * time; each state change renders the host again.
 */
export class VoorkeurenForms implements ReactiveController {
  readonly #host: VoorkeurenFormsHost;
  readonly #options: VoorkeurenFormsOptions;
  #loadedFrom?: KlantvoorkeurenData;
  #pending = 0;
  readonly #values: FormsState = { voorkeurenErrors: {}, saving: false };

  constructor(host: VoorkeurenFormsHost, options: VoorkeurenFormsOptions) {
    this.#host = host;
    this.#options = options;
    adoptFormStyles(host, options.formStylesAfter);
    host.addController(this);
  }

  /** Sets part of the state and renders the host again. */
  #set(values: Partial<FormsState>): void {
    Object.assign(this.#values, values);
    this.#host.requestUpdate();
  }

  /** Before each render: starts over from freshly loaded data (`null`: no partij); the same data changes nothing. */
  hostUpdate(): void {
    const data = this.#options.data();
    if (data === undefined || data === this.#loadedFrom) return;
    this.#loadedFrom = data;
    Object.assign(this.#values, {
      state: data ?? undefined,
      form: undefined,
      summary: undefined,
      voorkeurenErrors: {},
      draft: data ? draftOf(data, this.#options.rule()) : undefined,
    });
  }

  /** What the view shows, and the actions it offers. */
  view(): VoorkeurenFormsView {
    const { state, form, draft, voorkeurenErrors, message, summary } = this.#values;
    return {
      state,
      voorkeuren: state ? voorkeurenOf(state.partij, this.#options.rule()) : undefined,
      message,
      forms: {
        form,
        draft,
        voorkeurenErrors,
        summary,
        open: (soort, adres) => this.open(soort, adres),
        cancel: this.cancel,
        makeStandaard: (adres) => this.makeStandaard(adres),
        remove: (adres) => this.remove(adres),
        onAdresSubmit: this.onAdresSubmit,
        onVoorkeurenSubmit: this.onVoorkeurenSubmit,
        focusField: (event, id) => this.focusField(event, id),
        renderForm,
        renderVoorkeuren,
      },
    };
  }

  // -------------------------------------------------------------------------------------------------
  // Focus

  #focus(selector: string): void {
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  focusField(event: Event, id: string): void {
    event.preventDefault();
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Focus on the "change" button of the address `url` in its soort's list, else on the list's add button. */
  #focusAdres(soort: Soort, url: string | undefined): void {
    void this.#host.updateComplete.then(() => {
      const item = url
        ? this.#host.renderRoot.querySelector<HTMLElement>(`[data-soort="${soort}"] li[data-url="${CSS.escape(url)}"] [data-action="edit"]`)
        : null;
      (item ?? this.#host.renderRoot.querySelector<HTMLElement>(`[data-add="${soort}"]`))?.focus();
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Address forms

  open(soort: Soort, adres?: DigitaalAdresView): void {
    this.#set({
      form: adres
        ? { soort, url: adres.url, adres: adres.adres, omschrijving: adres.omschrijving ?? '', errors: {} }
        : { soort, adres: '', omschrijving: '', errors: {} },
      summary: undefined,
      message: undefined,
    });
    this.#focus(`#${FIELD_ADRES}`);
  }

  cancel = (): void => {
    const form = this.#values.form;
    if (!form) return;
    this.#set({ form: undefined, summary: undefined });
    this.#focusAdres(form.soort, form.url);
  };

  onAdresSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = this.#values.form;
    const current = this.#values.state;
    if (!form || !current) return;
    if (this.#busy()) return;
    const problems = checkAdres(form.soort, form.adres, form.omschrijving);
    const errors: FieldErrors = {};
    if (problems.adres) errors[FIELD_ADRES] = problemText(this.#options.texts(), form.soort, problems.adres, MAX_ADRES);
    if (problems.omschrijving) errors[FIELD_OMSCHRIJVING] = problemText(this.#options.texts(), form.soort, problems.omschrijving, MAX_OMSCHRIJVING);
    if (Object.keys(errors).length > 0) {
      this.#showFormErrors({ ...form, errors, alert: undefined });
      return;
    }
    void this.#saveAdres(form, current);
  };

  /** Re-opens `form` with its errors and focuses its summary (or its alert). */
  #showFormErrors(form: AdresForm): void {
    this.#set({ form, summary: Object.keys(form.errors).length > 0 ? 'adres' : undefined });
    this.#focus(this.#values.summary ? '[part="adres-form"] [part="error-summary"]' : '[part="adres-form"] [part="form-alert"]');
  }

  async #saveAdres(form: AdresForm, before: VoorkeurenState): Promise<void> {
    const client = this.#host.client;
    if (!client) return;
    const adres = normalizeAdres(form.soort, form.adres);
    const omschrijving = form.omschrijving.trim();
    const existing = form.url ? before.partij.digitaleAdressen.find((other) => other.url === form.url) : undefined;
    const isFirst = !before.partij.digitaleAdressen.some((other) => other.soort === form.soort);
    const optimistic: DigitaalAdresView = existing
      ? { ...existing, adres, ...(omschrijving ? { omschrijving } : { omschrijving: '' }) }
      : { url: pendingUrl(++this.#pending), uuid: '', soort: form.soort, adres, omschrijving, isStandaardAdres: isFirst, isVoorkeursAdres: false };
    const wijziging: KlantvoorkeurWijziging = { type: existing ? 'update' : 'add', adres: optimistic };
    this.#set({ state: withAdres(before, optimistic), form: undefined, summary: undefined });
    this.#focusAdres(form.soort, optimistic.url);
    await this.#save(
      wijziging,
      before,
      async () => {
        const saved = existing
          ? await updateDigitaalAdres(client, existing, { adres, omschrijving })
          : await addDigitaalAdres(client, before.partij, { soort: form.soort, adres, omschrijving, ...(isFirst ? { isStandaardAdres: true } : {}) });
        // The list is rendered by position, so the focused button stays where it is when the URL changes.
        this.#set({ state: withAdres(this.#values.state ?? before, saved, optimistic.url) });
        return { ...wijziging, adres: saved };
      },
      (error) => {
        // Rolled back: the form opens again with what the resident typed, and why it was refused.
        const { fields, rest } = fieldErrors(this.#options.texts(), error, form.soort);
        const hasFields = Object.keys(fields).length > 0;
        this.#showFormErrors({ ...form, errors: fields, alert: hasFields ? rest : refusalText(this.#options.texts(), error, rest) });
        return rest;
      },
    );
  }

  async remove(adres: DigitaalAdresView): Promise<void> {
    const client = this.#host.client;
    const before = this.#values.state;
    if (!client || !before || this.#busy()) return;
    this.#set({ state: withoutAdres(before, adres.url), form: undefined });
    this.#focusAdres(adres.soort as Soort, undefined);
    await this.#save(
      { type: 'remove', adres },
      before,
      async () => {
        await removeDigitaalAdres(client, adres);
        return { type: 'remove', adres };
      },
      undefined,
      this.#options.texts().verwijderd(adres.adres),
    );
  }

  async makeStandaard(adres: DigitaalAdresView): Promise<void> {
    const client = this.#host.client;
    const before = this.#values.state;
    if (!client || !before || this.#busy()) return;
    this.#set({ state: withStandaard(before, adres.url, this.#options.rule()) });
    this.#focusAdres(adres.soort as Soort, adres.url);
    await this.#save({ type: 'default', adres }, before, async () => {
      const saved = await setStandaardAdres(client, before.partij, adres, { voorkeurskanaalRule: this.#options.rule() });
      return { type: 'default', adres: saved };
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Preferences form

  onVoorkeurenSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#values.draft;
    const before = this.#values.state;
    if (!draft || !before || this.#busy()) return;
    void this.#saveVoorkeuren({ ...draft, notificaties: { ...draft.notificaties } }, before);
  };

  async #saveVoorkeuren(draft: VoorkeurenDraft, before: VoorkeurenState): Promise<void> {
    const client = this.#host.client;
    if (!client) return;
    const categorieen = this.#options.categorieen();
    const { wijziging, steps } = planVoorkeuren(client, before, draft, { rule: this.#options.rule(), ...(categorieen ? { categorieen } : {}) });
    this.#set({ voorkeurenErrors: {}, summary: undefined });
    if (steps.length === 0) {
      this.#set({ message: { kind: 'success', text: this.#options.texts().opgeslagen } });
      return;
    }
    // What the server accepted so far: a refusal halfway rolls back only the steps after it.
    let committed: VoorkeurenState = before;
    await this.#save(
      wijziging,
      before,
      async () => {
        const outcome = await applyOptimistically(before, steps, (state) => this.#set({ state }));
        committed = outcome.state;
        if (!outcome.ok) throw outcome.error;
        return wijziging;
      },
      (error) => {
        this.#set({ state: committed });
        const { fields, rest } = fieldErrors(this.#options.texts(), error, undefined);
        this.#set({ voorkeurenErrors: fields });
        if (Object.keys(fields).length > 0) {
          this.#set({ summary: 'voorkeuren' });
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
    if (this.#values.saving) this.#set({ message: { kind: 'info', text: this.#options.texts().wachten } });
    return this.#values.saving;
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
    const t = this.#options.texts();
    this.#set({ saving: true, message: { kind: 'info', text: t.bezig } });
    try {
      const saved = await write();
      this.#set({ message: { kind: 'success', text: successText ?? t.opgeslagen } });
      const state = this.#values.state ?? before;
      this.#options.onSaved({ wijziging: saved, voorkeuren: voorkeurenOf(state.partij, this.#options.rule()), notificaties: state.notificaties });
    } catch (error) {
      this.#set({ state: before });
      const rest = onRefused?.(error);
      this.#set({ message: { kind: 'error', text: refusalText(this.#options.texts(), error, rest ?? undefined) } });
      this.#options.onRefused({ wijziging, error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      this.#set({ saving: false });
    }
  }
}
