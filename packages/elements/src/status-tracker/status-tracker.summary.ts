/**
 * The parts of `<kb-status-tracker>` around its steps (left out with `steps-only`): heading, zaaktype and number,
 * the outcome of a closed case, the behandelaar and the dates.
 *
 * Few DOM nodes (issue 16: ≤ 150 per timeline): texts are set as `.textContent` and optional rows are `hidden` (and
 * empty, so that the element's text holds only what is shown), so they need no Lit marker comments; each `${…}`
 * between elements would add one.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StatusTimeline } from '@klantbeeld/core';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { StatusTrackerTexts } from './status-tracker.texts.js';

/** What these parts share with the element. */
export interface SummaryView {
  readonly t: StatusTrackerTexts;
  readonly language: string;
  readonly headingLevel: HeadingLevel;
}

/** A date as text and as `<time datetime>` value ('' when missing or unreadable: the row is hidden). */
function dateParts(value: string | undefined, language: string): { readonly text: string; readonly datetime: string } {
  return { text: formatDate(value, language) ?? '', datetime: dateTimeAttribute(value) ?? '' };
}

/** The outcome of a closed case. */
function renderResult(timeline: StatusTimeline, c: SummaryView): TemplateResult | typeof nothing {
  if (timeline.open) return nothing;
  const { t } = c;
  const einddatum = formatDate(timeline.einddatum, c.language);
  return html`<div class="kb-status-tracker__result" part="result">
    ${einddatum ? html`<p class="utrecht-paragraph">${t.afgerondOp(einddatum)}</p>` : nothing}
    ${
      timeline.resultaat
        ? html`<dl class="utrecht-data-list utrecht-data-list--rows">
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">${t.resultaat}</dt>
            <dd class="utrecht-data-list__item-value">
              ${timeline.resultaat.omschrijving}
              ${timeline.resultaat.toelichting ? html`<span class="kb-status-tracker__toelichting">${timeline.resultaat.toelichting}</span>` : nothing}
            </dd>
          </div>
        </dl>`
        : nothing
    }
  </div>`;
}

/** Behandelaar and dates; nothing without any. Rows are written out (not a helper's template) to need no markers. */
function renderDetails(timeline: StatusTimeline, c: SummaryView): TemplateResult | typeof nothing {
  const { t, language } = c;
  const start = dateParts(timeline.startdatum, language);
  const gepland = dateParts(timeline.open ? timeline.einddatumGepland : undefined, language);
  const uiterlijk = dateParts(timeline.open ? timeline.uiterlijkeEinddatum : undefined, language);
  const behandelaar = timeline.behandelaar?.naam;
  const dates = Boolean(start.text || gepland.text || uiterlijk.text);
  if (!behandelaar && !dates) return nothing;
  return html`<div class="kb-status-tracker__details" part="details">
    <p class="utrecht-paragraph kb-status-tracker__behandelaar" ?hidden=${!behandelaar} .textContent=${behandelaar ? t.behandeldDoor(behandelaar) : ''}></p>
    <dl class="utrecht-data-list utrecht-data-list--rows" ?hidden=${!dates}>
      <div class="utrecht-data-list__item" ?hidden=${!start.text}>
        <dt class="utrecht-data-list__item-key" .textContent=${start.text ? t.startdatum : ''}></dt>
        <dd class="utrecht-data-list__item-value"><time datetime=${start.datetime} .textContent=${start.text}></time></dd>
      </div>
      <div class="utrecht-data-list__item" ?hidden=${!gepland.text}>
        <dt class="utrecht-data-list__item-key" .textContent=${gepland.text ? t.verwachteEinddatum : ''}></dt>
        <dd class="utrecht-data-list__item-value"><time datetime=${gepland.datetime} .textContent=${gepland.text}></time></dd>
      </div>
      <div class="utrecht-data-list__item" ?hidden=${!uiterlijk.text}>
        <dt class="utrecht-data-list__item-key" .textContent=${uiterlijk.text ? t.uiterlijkeEinddatum : ''}></dt>
        <dd class="utrecht-data-list__item-value"><time datetime=${uiterlijk.datetime} .textContent=${uiterlijk.text}></time></dd>
      </div>
    </dl>
  </div>`;
}

/** The steps part of a timeline: a message before the list, the list's label and items, and what follows it. */
export interface StepsParts {
  readonly message: unknown;
  readonly label: string;
  readonly items: readonly unknown[];
  readonly after: unknown;
}

/** The list of steps (hidden when there are none), with what goes before and after it. */
export function renderSteps(p: StepsParts): TemplateResult {
  return html`${p.message}<ol class="kb-status-tracker__steps" part="steps" aria-label=${p.label} ?hidden=${p.items.length === 0}>${p.items}</ol>${p.after}`;
}

/**
 * The whole timeline with its summary: heading, zaaktype and number, the outcome of a closed case, then the steps
 * (written into this template, not nested as one, which would cost a marker node), then behandelaar and dates.
 */
export function renderWithSummary(timeline: StatusTimeline, c: SummaryView, p: StepsParts): TemplateResult {
  const { t } = c;
  const { zaak } = timeline;
  const zaaktype = zaak.zaaktype?.omschrijving ?? '';
  return html`${heading(c.headingLevel, zaak.omschrijving || zaak.identificatie)}
    <dl class="utrecht-data-list utrecht-data-list--rows" part="meta">
      <div class="utrecht-data-list__item" ?hidden=${!zaaktype}>
        <dt class="utrecht-data-list__item-key" .textContent=${zaaktype ? t.zaaktype : ''}></dt>
        <dd class="utrecht-data-list__item-value" .textContent=${zaaktype}></dd>
      </div>
      <div class="utrecht-data-list__item" ?hidden=${!zaak.identificatie}>
        <dt class="utrecht-data-list__item-key" .textContent=${zaak.identificatie ? t.zaaknummer : ''}></dt>
        <dd class="utrecht-data-list__item-value" .textContent=${zaak.identificatie}></dd>
      </div>
    </dl>
    ${renderResult(timeline, c)}${p.message}<ol class="kb-status-tracker__steps" part="steps" aria-label=${p.label} ?hidden=${p.items.length === 0}>${p.items}</ol>${p.after}${renderDetails(timeline, c)}`;
}
