import { html, nothing, type CSSResultGroup, type CSSResultOrNative, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { EmployeeSessionInfo } from '@klantbeeld/core';
import { KlantbeeldElement } from '../shared/klantbeeld-element.js';
import { employeeContext, type EmployeeView } from '../shared/context.js';
import { textsConverter, type DataState } from '../shared/data-element.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { hostResetStyles } from '../shared/host-reset.styles.js';
import { addTexts } from '../shared/i18n.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';
import { nlDesignSystemFormControlStyles } from '../shared/nl-design-system-form-controls.styles.js';
import { styles as formStyles } from '../klantvoorkeuren/klantvoorkeuren.styles.js';
import { KlantZoekenFlow } from './klant-zoeken.flow.js';
import { renderSearchForm } from './klant-zoeken.form.js';
import { renderPurpose } from './klant-zoeken.purpose.js';
import { renderResults } from './klant-zoeken.results.js';
import { renderSummary } from './klant-zoeken.summary.js';
import { styles } from './klant-zoeken.styles.js';
import { klantZoekenTexts, type KlantZoekenOverrides, type KlantZoekenTexts } from './klant-zoeken.texts.js';

addTexts(klantZoekenTexts);

export type { KbKlantChangeDetail, KbKlantChangeEvent } from './klant-zoeken.model.js';
export type { KlantZoekenOverrides, KlantZoekenTexts } from './klant-zoeken.texts.js';

/**
 * @summary For employees (`<kb-provider mode="medewerker">`): find a klant, state the purpose of the look, and see
 * which klant is chosen.
 *
 * The employee chooses the profile (when they hold several) and a way of searching that profile allows: BSN (checked
 * with the 11-proef before sending), surname and date of birth (BRP), KvK number, or e-mail address or phone number
 * (Klantinteracties). Results show name, date of birth and a short address to tell namesakes apart, ten to a page;
 * each is chosen by its button. The purpose step asks the purpose of the look from the profile's list and an optional
 * reference; confirming chooses the klant context (`EmployeeSession.choose` of `@klantbeeld/core`): from then on
 * every element in the provider shows that klant, within the profile. The summary names the klant, purpose and
 * profile; "Andere klant kiezen" ends the context.
 *
 * Forms follow the NL Design System form guidance: errors in a summary that gets focus and at each field; the
 * gateway's `invalidParams` show at the same fields. Focus moves to the results, the purpose step and the summary in
 * turn, and a live region says how many klanten were found and what changed. Every failure is a state with a message
 * (the search source down, no connection, not signed in, no profile), never an exception.
 *
 * @fires kb-klant-change - A klant was chosen or the klant context ended. `detail: { context }` (null when ended).
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The element's heading; the sections' headings are `section-heading`.
 * @csspart status - The live region (visually hidden) that announces results and changes.
 * @csspart content - The container of the current state.
 * @csspart search-form - The search form.
 * @csspart error-summary - The error summary of a form.
 * @csspart form-alert - A refusal of the search that names no field.
 * @csspart submit-button - The search button.
 * @csspart results - The results section; `results-heading` is its focus target.
 * @csspart count - The number of klanten found on the page.
 * @csspart no-match - The message when nothing was found.
 * @csspart result-list - The list of results; each is a `result` with a `choose-button`.
 * @csspart pager - The paging navigation: `previous-button`, `page`, `next-button`.
 * @csspart search-error - The alert when a search failed; `retry-button` tries again.
 * @csspart purpose - The purpose step; `purpose-heading` is its focus target, `purpose-form` its form.
 * @csspart confirm-button - Confirms klant and purpose; `back-button` goes back to the results.
 * @csspart purpose-error - The alert when choosing failed.
 * @csspart summary - The current klant; `summary-heading` is its focus target, `summary-data` its data list.
 * @csspart end-button - "Andere klant kiezen"; `end-error` says when ending failed.
 *
 * @cssprop --kb-klant-zoeken-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-klant-zoeken-item-border-color - Border of a result. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-klant-zoeken-item-padding - Padding of a result.
 */
export class KbKlantZoeken extends KlantbeeldElement {
  /** Keeps host page CSS out, as every data element does. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [hostResetStyles, ...super.finalizeStyles(styles)];
  }

  static override styles = [baseStylesWith(nlDesignSystemFormFieldStyles, nlDesignSystemFormControlStyles), formStyles, styles];

  /** The employee's session and klant context, from `<kb-provider mode="medewerker">` (or set directly). */
  @consume({ context: employeeContext, subscribe: true })
  @property({ attribute: false })
  employee?: EmployeeView;

  /** Level (1–6) of the heading; sections use the next level. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Overrides of any text (partial), on top of the language's texts (`{ klantZoeken: { … } }`). As attribute: a JSON object. */
  @property({ attribute: 'texts', converter: textsConverter })
  texts?: KlantZoekenOverrides;

  readonly #flow = new KlantZoekenFlow(this, {
    view: () => this.employee,
    texts: () => this.#t,
    changed: (context) => this.emit('kb-klant-change', { context }),
  });

  /**
   * The state as the data elements name theirs: `idle` outside employee mode, `loading` while the session is read,
   * `error` when it cannot be (or the employee is not signed in), `empty` without a profile, else `ready`.
   */
  get dataState(): DataState {
    const view = this.employee;
    if (!view) return 'idle';
    const session = this.#flow.session(view);
    if (session.status === 'loading') return 'loading';
    if (session.status !== 'ready') return 'error';
    return session.info.profiles.length === 0 ? 'empty' : 'ready';
  }

  get #t(): KlantZoekenTexts {
    return this.localize(this.texts).klantZoeken ?? klantZoekenTexts.nl.klantZoeken;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const level = toHeadingLevel(this.headingLevel);
    return html`<div part="base" class="kb-base">
      ${heading(level, t.heading)}
      <div part="status" role="status" class="kb-visually-hidden">${this.#flow.values.announcement}</div>
      <div part="content" class="kb-content">${this.#renderState(t, subLevel(level))}</div>
    </div>`;
  }

  #renderState(t: KlantZoekenTexts, level: HeadingLevel): TemplateResult | typeof nothing {
    const view = this.employee;
    if (!view) return this.#note(t.geenMedewerkerModus, 'configuration');
    const session = this.#flow.session(view);
    if (session.status === 'loading') return html`<p class="utrecht-paragraph" part="loading" aria-busy="true">${t.loading}</p>`;
    if (session.status === 'failed') {
      return html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="session-error">
        <div class="utrecht-alert__message"><p class="utrecht-paragraph">${t.sessieFout}</p></div>
        <div class="utrecht-alert__actions">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-button" @click=${this.#flow.retrySession}>${t.opnieuw}</button>
        </div>
      </div>`;
    }
    if (session.status !== 'ready') return this.#note(t.nietIngelogd, 'not-signed-in');
    return this.#renderSession(t, level, view, session.info);
  }

  #renderSession(t: KlantZoekenTexts, level: HeadingLevel, view: EmployeeView, info: EmployeeSessionInfo): TemplateResult | typeof nothing {
    const flow = this.#flow;
    const values = flow.values;
    const profiles = info.profiles;
    const draft = flow.draft(profiles);
    if (!draft) return this.#note(t.geenProfielen, 'no-profiles');
    const context = flow.context(view, info);
    const language = this.language;
    if (context) return renderSummary({ t, language, level, context, profiles, ending: values.ending, end: () => void flow.end() });
    const profile = profiles.find((p) => p.id === draft.profile);
    return html`${renderSearchForm({
      t,
      language,
      profiles,
      draft,
      errors: values.errors,
      summary: values.summary,
      alert: values.alert,
      busy: values.search.kind === 'searching',
      setProfile: (p) => flow.setProfile(p),
      setWay: (way) => flow.setWay(way),
      setInput: (input, value) => flow.setInput(input, value),
      onSubmit: flow.onSearchSubmit,
      focusField: flow.focusField,
    })}
    ${
      values.purpose
        ? renderPurpose({
            t,
            language,
            level,
            step: values.purpose,
            profile,
            onSubmit: flow.onPurposeSubmit,
            back: flow.back,
            retry: flow.retryChoose,
            focusField: flow.focusField,
          })
        : renderResults({
            t,
            language,
            level,
            search: values.search,
            choose: (result) => flow.choose(result, profile),
            goToPage: (page) => flow.goToPage(page),
            retry: flow.retrySearch,
          })
    }`;
  }

  /** A calm note for a state the employee cannot change here (no session, no profile, wrong mode). */
  #note(text: string, part: string): TemplateResult {
    return html`<div class="utrecht-alert utrecht-alert--info" part=${part}>
      <div class="utrecht-alert__message"><p class="utrecht-paragraph">${text}</p></div>
    </div>`;
  }
}
