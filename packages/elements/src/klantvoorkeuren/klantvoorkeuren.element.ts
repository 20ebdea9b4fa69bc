import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  getNotificatievoorkeuren,
  getResidentPartij,
  voorkeurenOf,
  type KlantbeeldClient,
  type NotificatieCategorieen,
  type VoorkeurskanaalRule,
} from '@klantbeeld/core';
import { isAbortError, KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemBadgeStatusStyles } from '../shared/nl-design-system-badge-status.styles.js';
import { addTexts } from '../shared/i18n.js';
import { talenConverter, type KlantvoorkeurenData } from './klantvoorkeuren.model.js';
import type { VoorkeurenForms } from './klantvoorkeuren.forms.js';
import { loadEditing } from './klantvoorkeuren.editing-on-demand.js';
import { renderMessage, renderReady, type KlantvoorkeurenView } from './klantvoorkeuren.view.js';
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
 * In employee mode (`<kb-provider mode="medewerker">`) the preferences are shown as text, without controls, with a
 * note that only the klant can change them: the gateway refuses an employee's writes to them.
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
 * @csspart read-only-note - Employee mode: the note that only the klant can change these preferences.
 * @csspart voorkeuren - Employee mode: the preferences as a data list (instead of `voorkeuren-form`).
 *
 * @cssprop --kb-klantvoorkeuren-gap - Space between the sections. Falls back to `--kb-space-block`.
 * @cssprop --kb-klantvoorkeuren-item-border-color - Border of an address. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-klantvoorkeuren-item-padding - Padding of an address.
 * @cssprop --kb-klantvoorkeuren-badge-background-color - Background of the "Standaard" label.
 * @cssprop --kb-klantvoorkeuren-badge-color - Text of the "Standaard" label.
 */
export class KbKlantvoorkeuren extends KlantbeeldDataElement<KlantvoorkeurenData, readonly [categorieen: Partial<NotificatieCategorieen> | undefined]> {
  static override styles = [baseStylesWith(nlDesignSystemBadgeStatusStyles), styles];

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

  /**
   * The forms: the working copy of the preferences, what is being edited, and saving. Loaded on demand with a
   * resident's data (see {@link load}); never in employee mode.
   */
  #forms?: VoorkeurenForms;

  /** Loads the forms module, and on its first load starts the forms: they adopt their CSS and render from the next update. */
  async #loadForms(): Promise<void> {
    const { VoorkeurenForms } = await loadEditing();
    if (this.#forms) return;
    this.#forms = new VoorkeurenForms(this, {
      data: () => this.dataTask.value,
      texts: () => this.t.klantvoorkeuren,
      rule: () => this.#rule,
      categorieen: () => this.notificatieCategorieen,
      formStylesAfter: nlDesignSystemBadgeStatusStyles,
      onSaved: (detail) => this.emit('kb-voorkeur-change', detail),
      onRefused: (detail) => this.emit('kb-voorkeur-error', detail),
    });
  }

  get #rule(): VoorkeurskanaalRule {
    const referentie = this.voorkeurReferentie?.trim();
    return referentie ? { referentie } : 'voorkeursDigitaalAdres';
  }

  protected taskArgs(): readonly [Partial<NotificatieCategorieen> | undefined] {
    return [this.notificatieCategorieen];
  }

  protected override isConfigured(
    _args: readonly [Partial<NotificatieCategorieen> | undefined],
  ): _args is readonly [Partial<NotificatieCategorieen> | undefined] {
    return true;
  }

  protected async load(
    client: KlantbeeldClient,
    [categorieen]: readonly [Partial<NotificatieCategorieen> | undefined],
    signal: AbortSignal,
  ): Promise<KlantvoorkeurenData> {
    // A resident's ready state shows the preferences form: its module loads beside the data, and a failed load is
    // this load's error (shown with a retry, which loads it again). An employee sees text only and never loads it.
    const forms = this.employee === undefined ? this.#loadForms() : undefined;
    // Awaited below; handled here too, so that a failed data load first leaves no unhandled rejection behind.
    void forms?.catch(() => undefined);
    const partij = await getResidentPartij(client, { signal });
    if (!partij) return null;
    // Notification choices are an extra: when they cannot be loaded, the rest is still shown.
    const notificaties = await getNotificatievoorkeuren(client, partij, { ...(categorieen ? { categorieen } : {}), signal }).catch((error: unknown) => {
      if (isAbortError(error)) throw error;
      return {};
    });
    await forms;
    return { partij, notificaties };
  }

  protected override isEmpty(data: KlantvoorkeurenData): boolean {
    return data === null;
  }

  protected override render(): TemplateResult {
    const t = this.t.klantvoorkeuren;
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${heading(toHeadingLevel(this.headingLevel), t.heading)}
        <div part="status" role="status" class="kb-klantvoorkeuren__status">${renderMessage(this.#view)}</div>`,
      empty: t.geenGegevens,
      ready: () => renderReady(this.#view),
    });
  }

  /** What the view shows, and the actions it offers. */
  get #view(): KlantvoorkeurenView {
    // Employee mode: read-only, as the gateway refuses an employee's writes to the klant's own preferences.
    const base = { t: this.t.klantvoorkeuren, headingLevel: this.headingLevel, talen: this.talen };
    if (this.#forms && this.employee === undefined) return { ...base, ...this.#forms.view() };
    const state = this.dataTask.value ?? undefined;
    return { ...base, state, voorkeuren: state ? voorkeurenOf(state.partij, this.#rule) : undefined, message: undefined, forms: undefined };
  }
}
