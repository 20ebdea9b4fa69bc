import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { listActoren, listZaken, type KlantbeeldClient, type KlantContextInfo } from '@klantbeeld/core';
import { isAbortError, KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { addTexts } from '../shared/i18n.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';
import { nlDesignSystemFormControlStyles } from '../shared/nl-design-system-form-controls.styles.js';
import { RegistratieFormController } from './contact-registreren.form.js';
import type { ContactRegistrerenData } from './contact-registreren.model.js';
import { styles } from './contact-registreren.styles.js';
import { contactRegistrerenTexts, type ContactRegistrerenTexts } from './contact-registreren.texts.js';
import { renderReady, renderStatus } from './contact-registreren.view.js';

addTexts(contactRegistrerenTexts);

export type { ContactRegistrerenData } from './contact-registreren.model.js';
export type { KbContactRegisteredDetail, KbContactRegisteredEvent } from './contact-registreren.model.js';
export type { ContactRegistrerenTexts };

/** The task arguments: the klant context, when the employee may register contacts in it. */
type RegistrerenArgs = readonly [context: KlantContextInfo | undefined];

/**
 * @summary Registers the contact a KCC employee is handling: kanaal, onderwerp, a short note, the zaken it was about,
 * whether the question was answered, and optionally a terugbelverzoek for a team or colleague.
 *
 * For employee mode (`<kb-provider mode="medewerker">`): it works once a klant is chosen whose context grants
 * `klantinteracties: 'write'`; before that it says "Kies eerst een klant", and without that right (or outside employee
 * mode) it shows a calm note that it is hidden for the role. It loads the klant's zaken (`listZaken`; when they cannot be
 * read the form works without) and who can call back (`listActoren`: teams, then colleagues).
 *
 * The form follows the NL Design System form guidance: every field has a label and a description, errors are tied to
 * their field (`aria-invalid`, `aria-describedby`) and listed in an error summary that gets focus and whose links move
 * focus to the field. The draft is checked before anything is sent; Open Klant's refusals are shown at the same
 * fields (core's `registerKlantcontact` maps them).
 *
 * Saving writes a klantcontact, its betrokkene (the klant), an onderwerpobject per zaak and, when asked, an interne
 * taak. The contact shows in `<kb-contact-history>` (same client) at once, then as the server returned it. After saving
 * the element says what was created and moves focus there; a save that failed says so (and, when it stopped half-way,
 * what is still missing) with a retry that writes only the rest.
 *
 * @fires kb-contact-registered - A contact was registered completely. `detail: { contact, created }`.
 * @fires kb-error - The zaken or actoren could not be loaded. `detail: { error, retry }`.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart status - The status line while saving, a live region.
 * @csspart note - The "choose a klant first" or "hidden for your role" note.
 * @csspart form - The form; carries `aria-busy` while saving.
 * @csspart error-summary - The error summary.
 * @csspart zaken - The group of zaken to link.
 * @csspart geen-zaken - The message when the klant has no zaken to link.
 * @csspart beantwoord - The answered yes/no group.
 * @csspart terugbellen - The terugbelverzoek checkbox and its fields.
 * @csspart submit-button - The register button.
 * @csspart saved - What was created (focused after saving).
 * @csspart created - The list of what was created.
 * @csspart another-button - The button that starts a new form.
 * @csspart save-error - A failed save (focused), with its retry.
 * @csspart retry-save-button - The button that tries the save again.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert (loading failed).
 * @csspart error-message - Its message.
 * @csspart retry-button - Its retry button.
 */
export class KbContactRegistreren extends KlantbeeldDataElement<ContactRegistrerenData, RegistrerenArgs, readonly [KlantContextInfo]> {
  static override styles = [baseStylesWith(nlDesignSystemFormFieldStyles, nlDesignSystemFormControlStyles), styles];

  /** Level (1–6) of the heading. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  readonly #form = new RegistratieFormController(this, {
    texts: () => this.#texts,
    onRegistered: (detail) => this.emit('kb-contact-registered', detail),
  });

  /** The klant context when it lets the employee register contacts. */
  get #writableContext(): KlantContextInfo | undefined {
    const context = this.employee?.context ?? undefined;
    return context?.access.klantinteracties === 'write' ? context : undefined;
  }

  protected taskArgs(): RegistrerenArgs {
    return [this.#writableContext];
  }

  protected async load(client: KlantbeeldClient, _args: readonly [KlantContextInfo], signal: AbortSignal): Promise<ContactRegistrerenData> {
    const [zaken, actoren] = await Promise.all([
      // The profile may shield zaken: the contact is registered without a link then.
      listZaken(client, { signal }).catch((error: unknown) => {
        if (isAbortError(error)) throw error;
        return [];
      }),
      listActoren(client, { signal }),
    ]);
    return { zaken, actoren };
  }

  /** The element's texts, with partial `texts.contactRegistreren` overrides applied. */
  get #texts(): ContactRegistrerenTexts {
    return this.t.contactRegistreren ?? contactRegistrerenTexts.nl.contactRegistreren;
  }

  protected override renderIdle(): unknown {
    // Employee mode without a klant is the base class's "Kies eerst een klant"; idle here means no right to write.
    return html`<p class="utrecht-paragraph kb-contact-registreren__note" part="note">${this.#texts.afgeschermd}</p>`;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${heading(toHeadingLevel(this.headingLevel), t.heading)}
        <div part="status" role="status" class="kb-contact-registreren__status">${renderStatus(t, this.#form)}</div>`,
      empty: () => html``,
      ready: (data) => renderReady(t, this.#form, data),
    });
  }
}
