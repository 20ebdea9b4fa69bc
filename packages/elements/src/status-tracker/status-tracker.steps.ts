/**
 * The steps of `<kb-status-tracker>`, in few DOM nodes (issue 16: at most 150 for a timeline of 8 steps): each a list
 * item, not a grid; texts set as `.textContent` and optional parts `hidden` where that spares a Lit marker comment
 * (each `${…}` between elements adds one, each list item two).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStep } from '@klantbeeld/core';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import type { StatusTrackerTexts } from './status-tracker.texts.js';

/** The visually hidden state of a step, for screen readers (", afgerond"). */
function stateText(step: TimelineStep, t: StatusTrackerTexts): string {
  return `, ${step.state === 'done' ? t.stapAfgerond : step.state === 'current' ? t.huidigeStap : t.nogNiet}`;
}

/**
 * One step: its name, the date it was reached; the current step also its texts for the resident, the `current-step`
 * slot and `relations` (the related zaken).
 */
export function renderStep(step: TimelineStep, t: StatusTrackerTexts, language: string, relations: unknown): TemplateResult {
  const reached = step.state !== 'upcoming' ? step.datum : undefined;
  const date = formatDate(reached, language) ?? '';
  const datetime = dateTimeAttribute(reached) ?? '';
  if (step.state !== 'current') {
    return html`<li class="kb-status-tracker__step kb-status-tracker__step--${step.state}" part="step step-${step.state}">
      <span class="kb-status-tracker__marker" part="marker" aria-hidden="true"></span>
      <p class="utrecht-paragraph kb-status-tracker__name">${step.omschrijving}<span class="kb-visually-hidden" .textContent=${stateText(step, t)}></span></p>
      ${date ? html`<p class="utrecht-paragraph kb-status-tracker__date"><time datetime=${datetime} .textContent=${date}></time></p>` : nothing}
    </li>`;
  }
  return html`<li class="kb-status-tracker__step kb-status-tracker__step--current" part="step step-current" aria-current="step">
    <span class="kb-status-tracker__marker" part="marker" aria-hidden="true"></span>
    <p class="utrecht-paragraph kb-status-tracker__name">${step.omschrijving}<span class="kb-visually-hidden" .textContent=${stateText(step, t)}></span></p>
    <p class="utrecht-paragraph kb-status-tracker__date" ?hidden=${!date}><time datetime=${datetime} .textContent=${date}></time></p>
    <p class="utrecht-paragraph kb-status-tracker__statustekst" ?hidden=${!step.statustekst} .textContent=${step.statustekst ?? ''}></p>
    <p class="utrecht-paragraph kb-status-tracker__toelichting" ?hidden=${!step.toelichting} .textContent=${step.toelichting ?? ''}></p>
    <slot name="current-step"></slot>
    ${relations}
  </li>`;
}
