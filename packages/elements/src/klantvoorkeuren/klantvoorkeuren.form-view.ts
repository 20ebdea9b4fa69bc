/**
 * The forms of `<kb-klantvoorkeuren>`, following the NL Design System form guidance: the add/edit form of an address
 * and the preferences form (channel, language, notifications). Part of the forms module that loads on demand.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_ADRES, NOTIFICATIE_DOMEINEN, type Klantvoorkeuren, type SoortDigitaalAdres } from '@klantbeeld/core';
import { subLevel, toHeadingLevel, heading } from '../shared/heading.js';
import { describedBy, description, errorMessage, errorSummary, textField, type FieldErrors } from './form-fields.js';
import { FIELD_ADRES, FIELD_KANAAL, FIELD_OMSCHRIJVING, FIELD_TAAL, SOORTEN, type AdresForm } from './klantvoorkeuren.model.js';
import type { FormsView, KlantvoorkeurenView } from './klantvoorkeuren.view.js';

export function renderForm(c: KlantvoorkeurenView, f: FormsView, form: AdresForm): TemplateResult {
  const t = c.t;
  const soort = form.soort;
  return html`<form class="kb-klantvoorkeuren__form" part="adres-form" novalidate @submit=${f.onAdresSubmit}>
    ${f.summary === 'adres' ? renderSummary(c, f, form.errors) : nothing}
    ${form.alert ? renderFormAlert(form.alert) : nothing}
    ${textField({
      id: FIELD_ADRES,
      label: t.veld[soort],
      description: t.veldBeschrijving[soort],
      value: form.adres,
      error: form.errors[FIELD_ADRES],
      type: soort === 'email' ? 'email' : 'tel',
      autocomplete: soort === 'email' ? 'email' : 'tel',
      maxlength: MAX_ADRES + 20,
      onInput: (value) => (form.adres = value),
    })}
    ${textField({
      id: FIELD_OMSCHRIJVING,
      label: t.omschrijving,
      description: t.omschrijvingBeschrijving,
      value: form.omschrijving,
      error: form.errors[FIELD_OMSCHRIJVING],
      type: 'text',
      autocomplete: 'off',
      onInput: (value) => (form.omschrijving = value),
    })}
    <p class="utrecht-paragraph kb-klantvoorkeuren__actions">
      <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button">${t.opslaan}</button>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="cancel" @click=${f.cancel}>${t.annuleren}</button>
    </p>
  </form>`;
}

function renderSummary(c: KlantvoorkeurenView, f: FormsView, errors: FieldErrors): TemplateResult {
  return errorSummary(c.t.foutenTitel(Object.keys(errors).length), errors, (event, id) => f.focusField(event, id));
}

function renderFormAlert(text: string): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--error" part="form-alert" tabindex="-1">
    <div class="utrecht-alert__message"><p class="utrecht-paragraph">${text}</p></div>
  </div>`;
}

export function renderVoorkeuren(c: KlantvoorkeurenView, f: FormsView, voorkeuren: Klantvoorkeuren): TemplateResult {
  const t = c.t;
  const draft = f.draft;
  if (!draft) return html``;
  const level = subLevel(toHeadingLevel(c.headingLevel));
  const kanalen: (SoortDigitaalAdres | 'geen')[] = [
    ...SOORTEN.filter((soort) => voorkeuren.adressen[soort].length > 0),
    ...(draft.kanaal === 'overig' ? ['overig' as const] : []),
    'geen',
  ];
  const talen = [...new Set([...c.talen, ...(draft.taal ? [draft.taal] : [])])];
  const domeinen = NOTIFICATIE_DOMEINEN.filter((domein) => c.state?.notificaties[domein] !== undefined);
  const errors = f.voorkeurenErrors;
  const kanaalError = errors[FIELD_KANAAL];
  const taalError = errors[FIELD_TAAL];
  return html`<section class="kb-klantvoorkeuren__section" part="section" aria-labelledby="kb-section-voorkeuren">
    ${heading(level, t.voorkeurenHeading, { part: 'section-heading', id: 'kb-section-voorkeuren' })}
    <form class="kb-klantvoorkeuren__form" part="voorkeuren-form" novalidate @submit=${f.onVoorkeurenSubmit}>
      ${f.summary === 'voorkeuren' ? renderSummary(c, f, errors) : nothing}
      <div class="utrecht-form-fieldset ${kanaalError ? 'utrecht-form-fieldset--invalid' : ''}">
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby=${describedBy(FIELD_KANAAL, kanaalError !== undefined)}
          aria-invalid=${ifDefined(kanaalError ? 'true' : undefined)}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.kanaal}</legend>
          ${description(FIELD_KANAAL, t.kanaalBeschrijving)} ${errorMessage(FIELD_KANAAL, kanaalError)}
          ${kanalen.map(
            (kanaal, index) => html`<div class="utrecht-form-field utrecht-form-field--radio">
              <div class="utrecht-form-field__input">
                <input
                  class="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  name="kanaal"
                  id=${index === 0 ? FIELD_KANAAL : `${FIELD_KANAAL}-${kanaal}`}
                  value=${kanaal}
                  .checked=${live(draft.kanaal === kanaal)}
                  @change=${() => (draft.kanaal = kanaal)}
                />
              </div>
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label utrecht-form-label--radio" for=${index === 0 ? FIELD_KANAAL : `${FIELD_KANAAL}-${kanaal}`}
                  >${t.kanalen[kanaal]}</label
                >
              </div>
            </div>`,
          )}
        </fieldset>
      </div>
      <div class="utrecht-form-field utrecht-form-field--select ${taalError ? 'utrecht-form-field--invalid' : ''}">
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=${FIELD_TAAL}>${t.taal}</label></div>
        ${description(FIELD_TAAL, t.taalBeschrijving)} ${errorMessage(FIELD_TAAL, taalError)}
        <div class="utrecht-form-field__input">
          <select
            class="utrecht-select utrecht-select--html-select ${taalError ? 'utrecht-select--invalid' : ''}"
            id=${FIELD_TAAL}
            name="taal"
            aria-describedby=${describedBy(FIELD_TAAL, taalError !== undefined)}
            aria-invalid=${taalError ? 'true' : 'false'}
            @change=${(e: Event) => (draft.taal = (e.target as HTMLSelectElement).value)}
          >
            ${draft.taal ? nothing : html`<option value="" ?selected=${true}>${t.geenTaal}</option>`}
            ${talen.map((code) => html`<option value=${code} ?selected=${draft.taal === code}>${t.talen[code] ?? code}</option>`)}
          </select>
        </div>
      </div>
      ${
        domeinen.length > 0
          ? html`<div class="utrecht-form-fieldset">
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="kb-notificaties-description">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.notificaties}</legend>
              ${description('kb-notificaties', t.notificatiesBeschrijving)}
              ${domeinen.map(
                (domein) => html`<div class="utrecht-form-field utrecht-form-field--checkbox">
                  <div class="utrecht-form-field__input">
                    <input
                      class="utrecht-checkbox utrecht-checkbox--html-input"
                      type="checkbox"
                      id="kb-notificatie-${domein}"
                      name="notificatie-${domein}"
                      .checked=${live(draft.notificaties[domein] === true)}
                      @change=${(e: Event) => (draft.notificaties = { ...draft.notificaties, [domein]: (e.target as HTMLInputElement).checked })}
                    />
                  </div>
                  <div class="utrecht-form-field__label">
                    <label class="utrecht-form-label utrecht-form-label--checkbox" for="kb-notificatie-${domein}">${t.domeinen[domein]}</label>
                  </div>
                </div>`,
              )}
            </fieldset>
          </div>`
          : nothing
      }
      <p class="utrecht-paragraph">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button">${t.voorkeurenOpslaan}</button>
      </p>
    </form>
  </section>`;
}
