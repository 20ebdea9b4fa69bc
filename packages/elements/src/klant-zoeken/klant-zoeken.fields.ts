/**
 * The NL DS form control `<kb-klant-zoeken>` needs besides a text field (`klantvoorkeuren/form-fields.ts`): a radio
 * group in a fieldset, with legend, description and an error message tied to it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, description, errorMessage } from '../klantvoorkeuren/form-fields.js';

/** Options of {@link radioGroup}. */
export interface RadioGroupOptions {
  /** Id of the first radio button (the error summary links to it); the others get `<id>-<value>`. */
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly description?: string;
  readonly error: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A fieldset of radio buttons; the error, when there is one, is tied to the fieldset. */
export function radioGroup(group: RadioGroupOptions): TemplateResult {
  const invalid = group.error !== undefined;
  const describe = group.description !== undefined || invalid;
  return html`<div class="utrecht-form-fieldset ${invalid ? 'utrecht-form-fieldset--invalid' : ''}">
    <fieldset
      class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby=${ifDefined(describe ? (group.description === undefined ? `${group.id}-error` : describedBy(group.id, invalid)) : undefined)}
      aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${group.legend}</legend>
      ${group.description === undefined ? nothing : description(group.id, group.description)} ${errorMessage(group.id, group.error)}
      ${group.options.map((option, index) => {
        const id = index === 0 ? group.id : `${group.id}-${option.value}`;
        return html`<div class="utrecht-form-field utrecht-form-field--radio">
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name=${group.name}
              id=${id}
              value=${option.value}
              .checked=${live(group.value === option.value)}
              @change=${() => group.onChange(option.value)}
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--radio" for=${id}>${option.label}</label>
          </div>
        </div>`;
      })}
    </fieldset>
  </div>`;
}
