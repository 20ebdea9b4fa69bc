/**
 * The search form of `<kb-klant-zoeken>`: the profile (when the employee holds several), the ways of searching that
 * profile allows, and the fields of the chosen way, with the error summary and inline errors of the NL DS form
 * guidance.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KlantSearchField, ProfileInfo } from '@klantbeeld/core';
import { errorSummary, textField, type FieldErrors } from '../klantvoorkeuren/form-fields.js';
import { radioGroup } from './klant-zoeken.fields.js';
import { FIELD_PROFIEL, FIELD_ZOEKWIJZE, fieldId, INPUTS_OF, inLanguage, type SearchDraft, type SearchInput } from './klant-zoeken.model.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** What the form shows and the actions it offers. */
export interface SearchFormView {
  readonly t: KlantZoekenTexts;
  readonly language: string;
  readonly profiles: readonly ProfileInfo[];
  readonly draft: SearchDraft;
  readonly errors: FieldErrors;
  readonly summary: boolean;
  readonly alert: string | undefined;
  readonly busy: boolean;
  readonly setProfile: (profile: ProfileInfo) => void;
  readonly setWay: (by: KlantSearchField) => void;
  readonly setInput: (input: SearchInput, value: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly focusField: (event: Event, id: string) => void;
}

/** How each input is typed and filled in automatically: never by the browser's memory (these are someone else's data). */
const KIND: Readonly<Record<SearchInput, { type: 'text' | 'email' | 'tel'; maxlength: number }>> = {
  bsn: { type: 'text', maxlength: 12 },
  surname: { type: 'text', maxlength: 200 },
  birthDate: { type: 'text', maxlength: 10 },
  kvk: { type: 'text', maxlength: 10 },
  email: { type: 'email', maxlength: 254 },
  telefoon: { type: 'tel', maxlength: 20 },
};

export function renderSearchForm(v: SearchFormView): TemplateResult {
  const t = v.t;
  const profile = v.profiles.find((p) => p.id === v.draft.profile);
  const ways = profile?.searchBy ?? [];
  return html`<form class="kb-klant-zoeken__form" part="search-form" novalidate @submit=${v.onSubmit}>
    ${v.summary ? errorSummary(t.foutenTitel(Object.keys(v.errors).length), v.errors, v.focusField) : nothing}
    ${
      v.alert
        ? html`<div class="utrecht-alert utrecht-alert--error" part="form-alert" tabindex="-1">
          <div class="utrecht-alert__message"><p class="utrecht-paragraph">${v.alert}</p></div>
        </div>`
        : nothing
    }
    ${
      v.profiles.length > 1
        ? radioGroup({
            id: FIELD_PROFIEL,
            name: 'profiel',
            legend: t.profiel,
            description: t.profielBeschrijving,
            error: v.errors[FIELD_PROFIEL],
            options: v.profiles.map((p) => ({ value: p.id, label: inLanguage(p.label, v.language) })),
            value: v.draft.profile,
            onChange: (id) => {
              const chosen = v.profiles.find((p) => p.id === id);
              if (chosen) v.setProfile(chosen);
            },
          })
        : nothing
    }
    ${
      ways.length > 1
        ? radioGroup({
            id: FIELD_ZOEKWIJZE,
            name: 'zoeken-op',
            legend: t.zoekenOp,
            error: v.errors[FIELD_ZOEKWIJZE],
            options: ways.map((way) => ({ value: way, label: t.zoekwijzen[way] })),
            value: v.draft.by,
            onChange: (way) => v.setWay(way as KlantSearchField),
          })
        : nothing
    }
    ${INPUTS_OF[v.draft.by].map((input) => renderInput(v, input))}
    <p class="utrecht-paragraph">
      <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button" aria-disabled=${v.busy ? 'true' : 'false'}>
        ${t.zoeken}
      </button>
    </p>
  </form>`;
}

function renderInput(v: SearchFormView, input: SearchInput): TemplateResult {
  const t = v.t;
  return textField({
    id: fieldId(input),
    label: t.veld[input],
    description: t.veldBeschrijving[input],
    value: v.draft.values[input],
    error: v.errors[fieldId(input)],
    onInput: (value: string) => v.setInput(input, value),
    ...KIND[input],
    autocomplete: 'off',
  });
}
