/**
 * The parts of `<kb-status-tracker>` around its steps (left out with `steps-only`): heading, zaaktype and number,
 * the outcome of a closed case, the behandelaar and the dates.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StatusTimeline } from '@klantbeeld/core';
import { dataListRow } from '../shared/data-list.js';
import { formatDate } from '../shared/format.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { StatusTrackerTexts } from './status-tracker.texts.js';

/** What these parts share with the element. */
export interface SummaryView {
  readonly t: StatusTrackerTexts;
  readonly language: string;
  readonly headingLevel: HeadingLevel;
  date(value: string | undefined): TemplateResult | typeof nothing;
}

/** Heading, zaaktype and number, and the outcome of a closed case. */
export function renderSummary(timeline: StatusTimeline, c: SummaryView): TemplateResult {
  const { t, language } = c;
  const level = c.headingLevel;
  const { zaak } = timeline;
  const einddatum = formatDate(timeline.einddatum, language);
  return html`
    ${heading(level, zaak.omschrijving || zaak.identificatie)}
    <dl class="utrecht-data-list utrecht-data-list--rows" part="meta">
      ${zaak.zaaktype?.omschrijving
        ? dataListRow(t.zaaktype, zaak.zaaktype.omschrijving)
        : nothing}
      ${zaak.identificatie
        ? dataListRow(t.zaaknummer, zaak.identificatie)
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
  `;
}

export function renderDetails(timeline: StatusTimeline, c: SummaryView): TemplateResult | typeof nothing {
  const { t, language } = c;
  const gepland = timeline.open ? formatDate(timeline.einddatumGepland, language) : undefined;
  const uiterlijk = timeline.open ? formatDate(timeline.uiterlijkeEinddatum, language) : undefined;
  const startdatum = formatDate(timeline.startdatum, language);
  if (!timeline.behandelaar && !gepland && !uiterlijk && !startdatum) return nothing;
  return html`<div class="kb-status-tracker__details" part="details">
    ${timeline.behandelaar?.naam
      ? html`<p class="utrecht-paragraph kb-status-tracker__behandelaar">${t.behandeldDoor(timeline.behandelaar.naam)}</p>`
      : nothing}
    ${startdatum || gepland || uiterlijk
      ? html`<dl class="utrecht-data-list utrecht-data-list--rows">
          ${startdatum
            ? dataListRow(t.startdatum, c.date(timeline.startdatum))
            : nothing}
          ${gepland
            ? dataListRow(t.verwachteEinddatum, c.date(timeline.einddatumGepland))
            : nothing}
          ${uiterlijk
            ? dataListRow(t.uiterlijkeEinddatum, c.date(timeline.uiterlijkeEinddatum))
            : nothing}
        </dl>`
      : nothing}
  </div>`;
}
