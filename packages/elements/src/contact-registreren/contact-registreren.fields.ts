/**
 * NL Design System form controls `<kb-contact-registreren>` needs beside the text field of `klantvoorkeuren`: a select,
 * a textarea, a fieldset (its legend, description and error tied to the group), and a radio button or checkbox with
 * its label. Values are live: what the employee typed is never overwritten by a re-render.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, description, errorMessage } from '../klantvoorkeuren/form-fields.js';

/** What every field has: its control's id, label, description and error. */
interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly error: string | undefined;
}

/** The form field around a control: label, description, error message, then the control. */
function field(kind: 'select' | 'textarea', f: FieldBase, control: TemplateResult): TemplateResult {
  return html`<div class="utrecht-form-field utrecht-form-field--${kind} ${f.error ? 'utrecht-form-field--invalid' : ''}">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for=${f.id}>${f.label}</label></div>
    ${description(f.id, f.description)} ${errorMessage(f.id, f.error)}
    <div class="utrecht-form-field__input">${control}</div>
  </div>`;
}

/** A select; `options` are rendered by the caller (options or optgroups). */
export function selectField(f: FieldBase & { readonly value: string; readonly onChange: (value: string) => void }, options: unknown): TemplateResult {
  const invalid = f.error !== undefined;
  return field(
    'select',
    f,
    html`<select
      class="utrecht-select utrecht-select--html-select ${invalid ? 'utrecht-select--invalid' : ''}"
      id=${f.id}
      name=${f.id}
      aria-describedby=${describedBy(f.id, invalid)}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${live(f.value)}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
    >
      ${options}
    </select>`,
  );
}

/** A textarea with a maximum length. */
export function textareaField(
  f: FieldBase & { readonly value: string; readonly maxlength: number; readonly onInput: (value: string) => void },
): TemplateResult {
  const invalid = f.error !== undefined;
  return field(
    'textarea',
    f,
    html`<textarea
      class="utrecht-textarea utrecht-textarea--html-textarea ${invalid ? 'utrecht-textarea--invalid' : ''}"
      id=${f.id}
      name=${f.id}
      rows="3"
      maxlength=${f.maxlength}
      aria-describedby=${describedBy(f.id, invalid)}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${live(f.value)}
      @input=${(e: InputEvent) => f.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

/** A group of options: `id` names its description and error (the first option's control has the id {@link FieldBase.id}). */
export function fieldset(f: FieldBase & { readonly part: string }, content: unknown): TemplateResult {
  const invalid = f.error !== undefined;
  const group = `${f.id}-group`;
  return html`<div class="utrecht-form-fieldset ${invalid ? 'utrecht-form-fieldset--invalid' : ''}" part=${f.part}>
    <fieldset
      class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby=${describedBy(group, invalid)}
      aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${f.label}</legend>
      ${description(group, f.description)} ${errorMessage(group, f.error)}
      ${content}
    </fieldset>
  </div>`;
}

/** A radio button or checkbox with its label. */
export function choice(c: {
  readonly kind: 'radio' | 'checkbox';
  readonly id: string;
  readonly name: string;
  readonly label: unknown;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly controls?: string;
}): TemplateResult {
  const control = c.kind === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return html`<div class="utrecht-form-field utrecht-form-field--${c.kind === 'radio' ? 'radio' : 'checkbox'}">
    <div class="utrecht-form-field__input">
      <input
        class=${control}
        type=${c.kind}
        id=${c.id}
        name=${c.name}
        aria-controls=${ifDefined(c.controls)}
        .checked=${live(c.checked)}
        @change=${(e: Event) => c.onChange((e.target as HTMLInputElement).checked)}
      />
    </div>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label utrecht-form-label--${c.kind === 'radio' ? 'radio' : 'checkbox'}" for=${c.id}>${c.label ?? nothing}</label>
    </div>
  </div>`;
}
