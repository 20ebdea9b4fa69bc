/**
 * The view of `<kb-klantvoorkeuren>`: the address lists and forms and the preferences form, following the NL Design
 * System form guidance. It renders the state the element passes as a {@link KlantvoorkeurenView}; the element acts.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  MAX_ADRES,
  NOTIFICATIE_DOMEINEN,
  type DigitaalAdresView,
  type Klantvoorkeuren,
  type SoortDigitaalAdres,
  type VoorkeurenDraft,
  type VoorkeurenState,
} from '@klantbeeld/core';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { describedBy, description, errorMessage, errorSummary, textField, type FieldErrors } from './form-fields.js';
import { FIELD_ADRES, FIELD_KANAAL, FIELD_OMSCHRIJVING, FIELD_TAAL, SOORTEN, type AdresForm, type Message, type Soort } from './klantvoorkeuren.model.js';
import type { KlantvoorkeurenTexts } from './klantvoorkeuren.texts.js';
import { renderReadOnlyNote, renderVoorkeurenText } from './klantvoorkeuren.read-only.js';

/** The state the view shows and the actions it offers. */
export interface KlantvoorkeurenView {
  readonly t: KlantvoorkeurenTexts;
  readonly headingLevel: HeadingLevel;
  readonly talen: readonly string[];
  /** Employee mode: the preferences as text, without controls (the gateway refuses an employee's writes to them). */
  readonly readOnly?: boolean;
  readonly state: VoorkeurenState | undefined;
  readonly voorkeuren: Klantvoorkeuren | undefined;
  readonly form: AdresForm | undefined;
  readonly draft: VoorkeurenDraft | undefined;
  readonly voorkeurenErrors: FieldErrors;
  readonly message: Message | undefined;
  /** Which form shows its error summary. */
  readonly summary: 'adres' | 'voorkeuren' | undefined;
  open(soort: Soort, adres?: DigitaalAdresView): void;
  makeStandaard(adres: DigitaalAdresView): Promise<void>;
  remove(adres: DigitaalAdresView): Promise<void>;
  // Properties, not methods: the templates pass them on as listeners (Lit calls them with the host as `this`).
  readonly cancel: () => void;
  readonly onAdresSubmit: (event: SubmitEvent) => void;
  readonly onVoorkeurenSubmit: (event: SubmitEvent) => void;
  focusField(event: Event, id: string): void;
}

export function renderMessage(c: KlantvoorkeurenView): TemplateResult | typeof nothing {
  const message = c.message;
  if (!message) return nothing;
  return message.kind === 'error'
    ? html`<div class="utrecht-alert utrecht-alert--error"><div class="utrecht-alert__message"><p class="utrecht-paragraph">${message.text}</p></div></div>`
    : html`<p class="utrecht-paragraph kb-klantvoorkeuren__message kb-klantvoorkeuren__message--${message.kind}">${message.text}</p>`;
}

export function renderReady(c: KlantvoorkeurenView): TemplateResult {
  const voorkeuren = c.voorkeuren;
  if (!voorkeuren) return html``;
  const adressen = SOORTEN.map((soort) => renderAdressen(c, soort, voorkeuren));
  if (c.readOnly) return html`${renderReadOnlyNote(c.t)} ${adressen} ${renderVoorkeurenText(c, voorkeuren)}`;
  return html`${adressen} ${renderVoorkeuren(c, voorkeuren)}`;
}

function renderAdressen(c: KlantvoorkeurenView, soort: Soort, voorkeuren: Klantvoorkeuren): TemplateResult {
  const t = c.t;
  const level = subLevel(toHeadingLevel(c.headingLevel));
  const adressen = voorkeuren.adressen[soort];
  const standaard = voorkeuren.standaard[soort];
  const form = c.form;
  const adding = form && form.soort === soort && form.url === undefined;
  return html`<section class="kb-klantvoorkeuren__section" part="section" data-soort=${soort} aria-labelledby="kb-section-${soort}">
    ${heading(level, t.adressenHeading[soort], { part: 'section-heading', id: `kb-section-${soort}` })}
    ${
      adressen.length === 0
        ? html`<p class="utrecht-paragraph">${t.geenAdressen[soort]}</p>`
        : html`<ul class="kb-klantvoorkeuren__adressen" part="adressen">
          ${adressen.map((adres) =>
            form && form.url === adres.url
              ? html`<li class="kb-klantvoorkeuren__adres">${renderForm(c, form)}</li>`
              : renderAdres(c, adres, adres.url === standaard?.url),
          )}
        </ul>`
    }
    ${
      c.readOnly
        ? nothing
        : adding
          ? renderForm(c, form)
          : html`<p class="utrecht-paragraph">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" part="add-button" data-add=${soort} @click=${() => c.open(soort)}>
            ${t.toevoegen[soort]}
          </button>
        </p>`
    }
  </section>`;
}

function renderAdres(c: KlantvoorkeurenView, adres: DigitaalAdresView, isStandaard: boolean): TemplateResult {
  const t = c.t;
  return html`<li class="kb-klantvoorkeuren__adres" part=${isStandaard ? 'adres adres-standaard' : 'adres'} data-url=${adres.url}>
    <p class="utrecht-paragraph kb-klantvoorkeuren__waarde">
      <span class="kb-klantvoorkeuren__adres-tekst">${adres.adres}</span>
      ${isStandaard ? html`<span class="utrecht-badge-status utrecht-badge-status--neutral kb-klantvoorkeuren__badge" part="standaard-badge">${t.standaard}</span>` : nothing}
    </p>
    ${adres.omschrijving ? html`<p class="utrecht-paragraph kb-klantvoorkeuren__omschrijving">${adres.omschrijving}</p>` : nothing}
    ${c.readOnly ? nothing : renderAdresActions(c, adres, isStandaard)}
  </li>`;
}

function renderAdresActions(c: KlantvoorkeurenView, adres: DigitaalAdresView, isStandaard: boolean): TemplateResult {
  const t = c.t;
  return html`<p class="utrecht-paragraph kb-klantvoorkeuren__actions" part="adres-actions">
      <button type="button" class="utrecht-button utrecht-button--subtle" data-action="edit" @click=${() => c.open(adres.soort as Soort, adres)}>
        ${t.wijzigen}<span class="kb-visually-hidden">: ${adres.adres}</span>
      </button>
      ${
        isStandaard
          ? nothing
          : html`<button type="button" class="utrecht-button utrecht-button--subtle" data-action="default" @click=${() => void c.makeStandaard(adres)}>
            ${t.maakStandaard}<span class="kb-visually-hidden">: ${adres.adres}</span>
          </button>`
      }
      <button type="button" class="utrecht-button utrecht-button--subtle" data-action="remove" @click=${() => void c.remove(adres)}>
        ${t.verwijderen}<span class="kb-visually-hidden">: ${adres.adres}</span>
      </button>
    </p>`;
}

function renderForm(c: KlantvoorkeurenView, form: AdresForm): TemplateResult {
  const t = c.t;
  const soort = form.soort;
  return html`<form class="kb-klantvoorkeuren__form" part="adres-form" novalidate @submit=${c.onAdresSubmit}>
    ${c.summary === 'adres' ? renderSummary(c, form.errors) : nothing}
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
      <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="cancel" @click=${c.cancel}>${t.annuleren}</button>
    </p>
  </form>`;
}

function renderSummary(c: KlantvoorkeurenView, errors: FieldErrors): TemplateResult {
  return errorSummary(c.t.foutenTitel(Object.keys(errors).length), errors, (event, id) => c.focusField(event, id));
}

function renderFormAlert(text: string): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--error" part="form-alert" tabindex="-1">
    <div class="utrecht-alert__message"><p class="utrecht-paragraph">${text}</p></div>
  </div>`;
}

function renderVoorkeuren(c: KlantvoorkeurenView, voorkeuren: Klantvoorkeuren): TemplateResult {
  const t = c.t;
  const draft = c.draft;
  if (!draft) return html``;
  const level = subLevel(toHeadingLevel(c.headingLevel));
  const kanalen: (SoortDigitaalAdres | 'geen')[] = [
    ...SOORTEN.filter((soort) => voorkeuren.adressen[soort].length > 0),
    ...(draft.kanaal === 'overig' ? ['overig' as const] : []),
    'geen',
  ];
  const talen = [...new Set([...c.talen, ...(draft.taal ? [draft.taal] : [])])];
  const domeinen = NOTIFICATIE_DOMEINEN.filter((domein) => c.state?.notificaties[domein] !== undefined);
  const errors = c.voorkeurenErrors;
  const kanaalError = errors[FIELD_KANAAL];
  const taalError = errors[FIELD_TAAL];
  return html`<section class="kb-klantvoorkeuren__section" part="section" aria-labelledby="kb-section-voorkeuren">
    ${heading(level, t.voorkeurenHeading, { part: 'section-heading', id: 'kb-section-voorkeuren' })}
    <form class="kb-klantvoorkeuren__form" part="voorkeuren-form" novalidate @submit=${c.onVoorkeurenSubmit}>
      ${c.summary === 'voorkeuren' ? renderSummary(c, errors) : nothing}
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
