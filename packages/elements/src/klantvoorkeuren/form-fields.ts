/**
 * NL Design System form markup for `<kb-klantvoorkeuren>`: a text field with label, description and error message
 * tied to the input, and the error summary whose links move focus to the fields (inside the shadow root, where a
 * fragment link cannot reach).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** Field id → message. */
export type FieldErrors = Record<string, string>;

/** The `aria-describedby` of a field: its error message (when invalid) first, then its description. */
export function describedBy(id: string, invalid: boolean): string {
  return `${invalid ? `${id}-error ` : ''}${id}-description`;
}

/** The error message of a field, with the id {@link describedBy} names. */
export function errorMessage(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message === undefined
    ? nothing
    : html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${id}-error">${message}</div>`;
}

/** The description of a field, with the id {@link describedBy} names. */
export function description(id: string, text: string): TemplateResult {
  return html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-description">${text}</div>`;
}

/** Options of {@link textField}. */
export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly type: 'email' | 'tel' | 'text';
  readonly autocomplete: 'email' | 'tel' | 'off';
  readonly maxlength?: number;
  readonly onInput: (value: string) => void;
}

/** An NL DS form field with a textbox. The value is live: what the resident typed is never overwritten by a re-render. */
export function textField(field: TextFieldOptions): TemplateResult {
  const invalid = field.error !== undefined;
  return html`<div class="utrecht-form-field utrecht-form-field--text ${invalid ? 'utrecht-form-field--invalid' : ''}">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=${field.id}>${field.label}</label></div>
    ${description(field.id, field.description)} ${errorMessage(field.id, field.error)}
    <div class="utrecht-form-field__input">
      <input
        class="utrecht-textbox utrecht-textbox--html-input ${invalid ? 'utrecht-textbox--invalid' : ''}"
        id=${field.id}
        name=${field.id}
        type=${field.type}
        autocomplete=${field.autocomplete}
        maxlength=${ifDefined(field.maxlength)}
        aria-describedby=${describedBy(field.id, invalid)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(field.value)}
        @input=${(e: InputEvent) => field.onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  </div>`;
}

/**
 * The error summary: a focusable group (focused after a failed submit) titled with the number of errors, each error a
 * link that calls `focusField` with the field's id.
 */
export function errorSummary(title: string, errors: FieldErrors, focusField: (event: Event, id: string) => void): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--error kb-klantvoorkeuren__summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="kb-summary-title">
    <div class="utrecht-alert__message">
      <p class="utrecht-paragraph" id="kb-summary-title"><strong>${title}</strong></p>
      <ul class="utrecht-unordered-list">
        ${Object.entries(errors).map(([id, message]) => html`<li><a class="utrecht-link" href="#${id}" @click=${(e: Event) => focusField(e, id)}>${message}</a></li>`)}
      </ul>
    </div>
  </div>`;
}
