/**
 * The view of `<kb-klantvoorkeuren>`: the address lists, following the NL Design System guidance. It renders the state
 * the element passes as a {@link KlantvoorkeurenView}; the element acts. The forms (the address form and the
 * preferences form) are rendered by the forms module, which loads on demand (`klantvoorkeuren.editing-on-demand.ts`).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DigitaalAdresView, Klantvoorkeuren, VoorkeurenDraft, VoorkeurenState } from '@klantbeeld/core';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import type { FieldErrors } from './form-fields.js';
import { SOORTEN, type AdresForm, type Message, type Soort } from './klantvoorkeuren.model.js';
import type { KlantvoorkeurenTexts } from './klantvoorkeuren.texts.js';
import { renderReadOnlyNote, renderVoorkeurenText } from './klantvoorkeuren.read-only.js';

/** The state the view shows, and the forms when the resident can change it. */
export interface KlantvoorkeurenView {
  readonly t: KlantvoorkeurenTexts;
  readonly headingLevel: HeadingLevel;
  readonly talen: readonly string[];
  readonly state: VoorkeurenState | undefined;
  readonly voorkeuren: Klantvoorkeuren | undefined;
  readonly message: Message | undefined;
  /**
   * The forms and their actions (a resident's page, once loaded). Undefined in employee mode: the preferences as text,
   * without controls (the gateway refuses an employee's writes to them).
   */
  readonly forms: FormsView | undefined;
}

/** What the forms show and the actions they offer (the forms module provides it). */
export interface FormsView {
  readonly form: AdresForm | undefined;
  readonly draft: VoorkeurenDraft | undefined;
  readonly voorkeurenErrors: FieldErrors;
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
  /** The add/edit form of an address. */
  renderForm(c: KlantvoorkeurenView, f: FormsView, form: AdresForm): TemplateResult;
  /** The preferences form. */
  renderVoorkeuren(c: KlantvoorkeurenView, f: FormsView, voorkeuren: Klantvoorkeuren): TemplateResult;
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
  const f = c.forms;
  const adressen = SOORTEN.map((soort) => renderAdressen(c, f, soort, voorkeuren));
  if (!f) return html`${renderReadOnlyNote(c.t)} ${adressen} ${renderVoorkeurenText(c, voorkeuren)}`;
  return html`${adressen} ${f.renderVoorkeuren(c, f, voorkeuren)}`;
}

function renderAdressen(c: KlantvoorkeurenView, f: FormsView | undefined, soort: Soort, voorkeuren: Klantvoorkeuren): TemplateResult {
  const t = c.t;
  const level = subLevel(toHeadingLevel(c.headingLevel));
  const adressen = voorkeuren.adressen[soort];
  const standaard = voorkeuren.standaard[soort];
  const form = f?.form;
  const adding = form && form.soort === soort && form.url === undefined;
  return html`<section class="kb-klantvoorkeuren__section" part="section" data-soort=${soort} aria-labelledby="kb-section-${soort}">
    ${heading(level, t.adressenHeading[soort], { part: 'section-heading', id: `kb-section-${soort}` })}
    ${
      adressen.length === 0
        ? html`<p class="utrecht-paragraph">${t.geenAdressen[soort]}</p>`
        : html`<ul class="kb-klantvoorkeuren__adressen" part="adressen">
          ${adressen.map((adres) =>
            f && form && form.url === adres.url
              ? html`<li class="kb-klantvoorkeuren__adres">${f.renderForm(c, f, form)}</li>`
              : renderAdres(c, f, adres, adres.url === standaard?.url),
          )}
        </ul>`
    }
    ${
      !f
        ? nothing
        : adding
          ? f.renderForm(c, f, form)
          : html`<p class="utrecht-paragraph">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" part="add-button" data-add=${soort} @click=${() => f.open(soort)}>
            ${t.toevoegen[soort]}
          </button>
        </p>`
    }
  </section>`;
}

function renderAdres(c: KlantvoorkeurenView, f: FormsView | undefined, adres: DigitaalAdresView, isStandaard: boolean): TemplateResult {
  const t = c.t;
  return html`<li class="kb-klantvoorkeuren__adres" part=${isStandaard ? 'adres adres-standaard' : 'adres'} data-url=${adres.url}>
    <p class="utrecht-paragraph kb-klantvoorkeuren__waarde">
      <span class="kb-klantvoorkeuren__adres-tekst">${adres.adres}</span>
      ${isStandaard ? html`<span class="utrecht-badge-status utrecht-badge-status--neutral kb-klantvoorkeuren__badge" part="standaard-badge">${t.standaard}</span>` : nothing}
    </p>
    ${adres.omschrijving ? html`<p class="utrecht-paragraph kb-klantvoorkeuren__omschrijving">${adres.omschrijving}</p>` : nothing}
    ${f ? renderAdresActions(c, f, adres, isStandaard) : nothing}
  </li>`;
}

function renderAdresActions(c: KlantvoorkeurenView, f: FormsView, adres: DigitaalAdresView, isStandaard: boolean): TemplateResult {
  const t = c.t;
  return html`<p class="utrecht-paragraph kb-klantvoorkeuren__actions" part="adres-actions">
      <button type="button" class="utrecht-button utrecht-button--subtle" data-action="edit" @click=${() => f.open(adres.soort as Soort, adres)}>
        ${t.wijzigen}<span class="kb-visually-hidden">: ${adres.adres}</span>
      </button>
      ${
        isStandaard
          ? nothing
          : html`<button type="button" class="utrecht-button utrecht-button--subtle" data-action="default" @click=${() => void f.makeStandaard(adres)}>
            ${t.maakStandaard}<span class="kb-visually-hidden">: ${adres.adres}</span>
          </button>`
      }
      <button type="button" class="utrecht-button utrecht-button--subtle" data-action="remove" @click=${() => void f.remove(adres)}>
        ${t.verwijderen}<span class="kb-visually-hidden">: ${adres.adres}</span>
      </button>
    </p>`;
}
