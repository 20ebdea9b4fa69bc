import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  getStatusTimeline,
  getZaak,
  isKlantbeeldError,
  type KlantbeeldClient,
  type StatusTimeline,
  type TimelineStep,
} from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { styles } from './status-tracker.styles.js';

/** What the status tracker loaded: the timeline, or `null` when the zaak does not exist (for this resident). */
export type StatusTrackerData = StatusTimeline | null;

/**
 * @summary The status of one case as a list of steps (ProductDienstStatus): where it is, what is done, what comes next.
 *
 * Loads the zaak (`getZaak`) and its status timeline (`getStatusTimeline`) with the client from `<kb-provider>`.
 * Shows the case's omschrijving as a heading, its zaaktype and number, an ordered list of steps (the current one
 * marked with `aria-current="step"`, each step's state in words for screen readers), the date of each reached step,
 * the explanation of the current step, the outcome of a closed case, who handles it and the expected end date.
 *
 * @fires kb-error - The status could not be loaded. `detail: { error, retry }`.
 *
 * @csspart base - The outer container.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart heading - The heading (the case's omschrijving).
 * @csspart meta - The data list with zaaktype and zaaknummer.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step (`<li>`); also `step-done`, `step-current` or `step-upcoming`.
 * @csspart marker - The marker of each step.
 * @csspart result - The outcome of a closed case.
 * @csspart details - Behandelaar and expected end date.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "not found" / "no status" message.
 *
 * @cssprop --kb-status-tracker-gap - Space between the parts.
 * @cssprop --kb-status-tracker-step-gap - Space between steps.
 * @cssprop --kb-status-tracker-marker-size - Size of a step's marker.
 * @cssprop --kb-status-tracker-marker-border-width - Border width of a marker.
 * @cssprop --kb-status-tracker-marker-done-background-color - Marker of a done step.
 * @cssprop --kb-status-tracker-marker-done-border-color
 * @cssprop --kb-status-tracker-marker-done-color - The check mark of a done step.
 * @cssprop --kb-status-tracker-marker-current-background-color - Marker of the current step.
 * @cssprop --kb-status-tracker-marker-current-border-color
 * @cssprop --kb-status-tracker-marker-upcoming-background-color - Marker of an upcoming step.
 * @cssprop --kb-status-tracker-marker-upcoming-border-color
 * @cssprop --kb-status-tracker-connector-color - The line between steps.
 * @cssprop --kb-status-tracker-connector-width
 * @cssprop --kb-status-tracker-step-current-font-weight - Font weight of the current step's name.
 * @cssprop --kb-status-tracker-step-upcoming-color - Text colour of upcoming steps.
 * @cssprop --kb-status-tracker-date-color - Colour of a step's date.
 */
export class KbStatusTracker extends KlantbeeldDataElement<StatusTrackerData> {
  static override styles = [baseStyles, styles];

  /** The case: its URL, or its identificatie (e.g. `ZAAK-2026-0000123`). */
  @property() zaak?: string;

  /** Level (1–6) of the heading, so the element fits the host page's outline. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  protected taskArgs(): readonly unknown[] {
    return [this.zaak?.trim()];
  }

  protected async load(client: KlantbeeldClient, [zaak]: readonly unknown[], signal: AbortSignal): Promise<StatusTrackerData> {
    try {
      const found = await getZaak(client, String(zaak), { signal });
      return await getStatusTimeline(client, found, { signal });
    } catch (error) {
      if (isKlantbeeldError(error) && error.kind === 'not-found') return null;
      throw error;
    }
  }

  protected override isEmpty(data: StatusTrackerData): boolean {
    return data === null;
  }

  protected override render(): TemplateResult {
    return this.renderData({
      loadingLabel: this.t.statusTrackerLoading,
      empty: () => html`<p class="utrecht-paragraph" part="empty">${this.t.zaakNotFound}</p>`,
      ready: (timeline) => this.#renderTimeline(timeline as StatusTimeline),
    });
  }

  #date(value: string | undefined): TemplateResult | typeof nothing {
    const text = formatDate(value, this.language);
    return text ? html`<time datetime=${ifDefined(dateTimeAttribute(value))}>${text}</time>` : nothing;
  }

  #renderTimeline(timeline: StatusTimeline): TemplateResult {
    const t = this.t;
    const level = toHeadingLevel(this.headingLevel);
    const { zaak } = timeline;
    const einddatum = formatDate(timeline.einddatum, this.language);
    return html`
      ${heading(level, zaak.omschrijving || zaak.identificatie)}
      <dl class="utrecht-data-list utrecht-data-list--rows" part="meta">
        ${zaak.zaaktype?.omschrijving
          ? html`<div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">${t.zaaktype}</dt>
              <dd class="utrecht-data-list__item-value">${zaak.zaaktype.omschrijving}</dd>
            </div>`
          : nothing}
        ${zaak.identificatie
          ? html`<div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">${t.zaakIdentificatie}</dt>
              <dd class="utrecht-data-list__item-value">${zaak.identificatie}</dd>
            </div>`
          : nothing}
      </dl>
      ${!timeline.open
        ? html`<div class="kb-status-tracker__result" part="result">
            ${einddatum ? html`<p class="utrecht-paragraph">${t.afgerondOp(einddatum)}</p>` : nothing}
            ${timeline.resultaat
              ? html`<dl class="utrecht-data-list utrecht-data-list--rows">
                  <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">${t.resultaat}</dt>
                    <dd class="utrecht-data-list__item-value">
                      ${timeline.resultaat.omschrijving}
                      ${timeline.resultaat.toelichting
                        ? html`<span class="kb-status-tracker__toelichting">${timeline.resultaat.toelichting}</span>`
                        : nothing}
                    </dd>
                  </div>
                </dl>`
              : nothing}
          </div>`
        : nothing}
      ${!timeline.started ? html`<p class="utrecht-paragraph" part="empty">${t.noStatusYet}</p>` : nothing}
      ${timeline.steps.length > 0
        ? html`<ol class="kb-status-tracker__steps" part="steps" aria-label=${t.steps}>
            ${timeline.steps.map((step) => this.#renderStep(step))}
          </ol>`
        : timeline.started
          ? html`<p class="utrecht-paragraph">${t.noSteps}</p>`
          : nothing}
      ${this.#renderDetails(timeline)}
    `;
  }

  #renderStep(step: TimelineStep): TemplateResult {
    const t = this.t;
    const stateText = step.state === 'done' ? t.stepDone : step.state === 'current' ? t.stepCurrent : t.stepUpcoming;
    const current = step.state === 'current';
    return html`<li
      class="kb-status-tracker__step kb-status-tracker__step--${step.state}"
      part="step step-${step.state}"
      aria-current=${ifDefined(current ? 'step' : undefined)}
    >
      <span class="kb-status-tracker__marker" part="marker" aria-hidden="true"></span>
      <div class="kb-status-tracker__content">
        <p class="utrecht-paragraph kb-status-tracker__name">
          ${step.omschrijving}<span class="kb-visually-hidden">, ${stateText}</span>
        </p>
        ${step.state !== 'upcoming' && step.datum
          ? html`<p class="utrecht-paragraph kb-status-tracker__date">${this.#date(step.datum)}</p>`
          : nothing}
        ${current && step.statustekst
          ? html`<p class="utrecht-paragraph kb-status-tracker__statustekst">${step.statustekst}</p>`
          : nothing}
        ${current && step.toelichting
          ? html`<p class="utrecht-paragraph kb-status-tracker__toelichting">${step.toelichting}</p>`
          : nothing}
      </div>
    </li>`;
  }

  #renderDetails(timeline: StatusTimeline): TemplateResult | typeof nothing {
    const t = this.t;
    const gepland = timeline.open ? formatDate(timeline.einddatumGepland, this.language) : undefined;
    const uiterlijk = timeline.open ? formatDate(timeline.uiterlijkeEinddatum, this.language) : undefined;
    const startdatum = formatDate(timeline.startdatum, this.language);
    if (!timeline.behandelaar && !gepland && !uiterlijk && !startdatum) return nothing;
    return html`<div class="kb-status-tracker__details" part="details">
      ${timeline.behandelaar?.naam
        ? html`<p class="utrecht-paragraph kb-status-tracker__behandelaar">${t.behandeldDoor(timeline.behandelaar.naam)}</p>`
        : nothing}
      ${startdatum || gepland || uiterlijk
        ? html`<dl class="utrecht-data-list utrecht-data-list--rows">
            ${startdatum
              ? html`<div class="utrecht-data-list__item">
                  <dt class="utrecht-data-list__item-key">${t.startdatum}</dt>
                  <dd class="utrecht-data-list__item-value">${this.#date(timeline.startdatum)}</dd>
                </div>`
              : nothing}
            ${gepland
              ? html`<div class="utrecht-data-list__item">
                  <dt class="utrecht-data-list__item-key">${t.verwachteEinddatum}</dt>
                  <dd class="utrecht-data-list__item-value">${this.#date(timeline.einddatumGepland)}</dd>
                </div>`
              : nothing}
            ${uiterlijk
              ? html`<div class="utrecht-data-list__item">
                  <dt class="utrecht-data-list__item-key">${t.uiterlijkeEinddatum}</dt>
                  <dd class="utrecht-data-list__item-value">${this.#date(timeline.uiterlijkeEinddatum)}</dd>
                </div>`
              : nothing}
          </dl>`
        : nothing}
    </div>`;
  }
}
