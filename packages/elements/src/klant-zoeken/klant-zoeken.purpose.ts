/**
 * The purpose step of `<kb-klant-zoeken>`: the chosen klant, a radio group of the profile's purposes and an optional
 * reference; confirming chooses the klant context.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProfileInfo } from '@klantbeeld/core';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { formatDate } from '../shared/format.js';
import { dataListRow } from '../shared/data-list.js';
import { errorSummary, textField } from '../klantvoorkeuren/form-fields.js';
import type { PurposeStep } from './klant-zoeken.model.js';
import { radioGroup } from './klant-zoeken.fields.js';
import { FIELD_DOEL, FIELD_REFERENTIE, inLanguage, MAX_REFERENTIE } from './klant-zoeken.model.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** What the purpose step shows and the actions it offers. */
export interface PurposeView {
  readonly t: KlantZoekenTexts;
  readonly language: string;
  readonly level: HeadingLevel;
  readonly step: PurposeStep;
  readonly profile: ProfileInfo | undefined;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly back: () => void;
  readonly retry: () => void;
  readonly focusField: (event: Event, id: string) => void;
}

export function renderPurpose(v: PurposeView): TemplateResult {
  const t = v.t;
  const step = v.step;
  const klant = step.result;
  const born = formatDate(klant.birthDate, v.language);
  const choosing = step.status === 'choosing';
  return html`<section class="kb-klant-zoeken__purpose" part="purpose" aria-labelledby="kb-doel-heading" aria-busy=${choosing ? 'true' : 'false'}>
    <div class="kb-klant-zoeken__focus" part="purpose-heading" tabindex="-1">${heading(v.level, t.doelHeading, { part: 'section-heading', id: 'kb-doel-heading' })}</div>
    <dl class="utrecht-data-list kb-klant-zoeken__klant" part="chosen-klant">
      ${dataListRow(t.doelGekozenKlant, [klant.displayName, born ? t.geboren(born) : undefined, klant.address].filter(Boolean).join(', '), { translate: false })}
    </dl>
    <form class="kb-klant-zoeken__form" part="purpose-form" novalidate @submit=${v.onSubmit}>
      ${Object.keys(step.errors).length > 0 ? errorSummary(t.foutenTitel(Object.keys(step.errors).length), step.errors, v.focusField) : nothing}
      ${step.status === 'failed' ? renderFailure(v) : nothing}
      ${radioGroup({
        id: FIELD_DOEL,
        name: 'doel',
        legend: t.doel,
        description: t.doelBeschrijving,
        error: step.errors[FIELD_DOEL],
        options: (v.profile?.purposes ?? []).map((purpose) => ({ value: purpose.id, label: inLanguage(purpose.label, v.language) })),
        value: step.purpose,
        onChange: (id) => (step.purpose = id),
      })}
      ${textField({
        id: FIELD_REFERENTIE,
        label: t.referentie,
        description: t.referentieBeschrijving,
        value: step.reference,
        error: step.errors[FIELD_REFERENTIE],
        type: 'text',
        autocomplete: 'off',
        maxlength: MAX_REFERENTIE + 20,
        onInput: (value) => (step.reference = value),
      })}
      <p class="utrecht-paragraph kb-klant-zoeken__actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" part="confirm-button" aria-disabled=${choosing ? 'true' : 'false'}>
          ${t.bevestigen}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" part="back-button" @click=${v.back}>${t.terug}</button>
      </p>
    </form>
  </section>`;
}

function renderFailure(v: PurposeView): TemplateResult {
  const t = v.t;
  const failure = v.step.failure ?? 'other';
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="purpose-error" tabindex="-1">
    <div class="utrecht-alert__message"><p class="utrecht-paragraph">${t.kiesFout[failure]}</p></div>
    ${
      failure === 'expired'
        ? nothing
        : html`<div class="utrecht-alert__actions">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-button" @click=${v.retry}>${t.opnieuw}</button>
        </div>`
    }
  </div>`;
}
