/**
 * The compact "current klant" of `<kb-klant-zoeken>`: name, purpose and profile of the chosen klant context, and the
 * button that ends it to choose another klant.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KlantContextInfo, ProfileInfo } from '@klantbeeld/core';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { formatDate } from '../shared/format.js';
import { dataListRow } from '../shared/data-list.js';
import { inLanguage } from './klant-zoeken.model.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** What the summary shows and the action it offers. */
export interface SummaryView {
  readonly t: KlantZoekenTexts;
  readonly language: string;
  readonly level: HeadingLevel;
  readonly context: KlantContextInfo;
  readonly profiles: readonly ProfileInfo[];
  readonly ending: 'idle' | 'ending' | 'failed';
  readonly end: () => void;
}

export function renderSummary(v: SummaryView): TemplateResult {
  const t = v.t;
  const context = v.context;
  const profile = v.profiles.find((p) => p.id === context.profile);
  const purpose = profile?.purposes.find((p) => p.id === context.purpose);
  const born = formatDate(context.klant.birthDate, v.language);
  const purposeLabel = purpose ? inLanguage(purpose.label, v.language) : context.purpose;
  return html`<section class="kb-klant-zoeken__summary" part="summary" aria-labelledby="kb-huidige-klant">
    <div class="kb-klant-zoeken__focus" part="summary-heading" tabindex="-1">${heading(v.level, t.huidigeKlant, { part: 'section-heading', id: 'kb-huidige-klant' })}</div>
    <dl class="utrecht-data-list kb-klant-zoeken__data" part="summary-data">
      ${dataListRow(t.naam, context.klant.displayName, { translate: false })} ${born ? dataListRow(t.geboortedatum, born) : nothing}
      ${dataListRow(t.doelLabel, purposeLabel)} ${dataListRow(t.profielLabel, profile ? inLanguage(profile.label, v.language) : context.profile)}
      ${context.reference ? dataListRow(t.referentieLabel, context.reference, { translate: false }) : nothing}
    </dl>
    ${
      v.ending === 'failed'
        ? html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="end-error" tabindex="-1">
          <div class="utrecht-alert__message"><p class="utrecht-paragraph">${t.beeindigFout}</p></div>
        </div>`
        : nothing
    }
    <p class="utrecht-paragraph">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" part="end-button" aria-disabled=${v.ending === 'ending' ? 'true' : 'false'} @click=${v.end}>
        ${t.andereKlant}
      </button>
    </p>
  </section>`;
}
