import { adoptStyles, css, type CSSResultOrNative, type ReactiveElement } from 'lit';
import { formControlStyles } from '../shared/form-controls.styles.js';
import { nlDesignSystemFormControlStyles } from '../shared/nl-design-system-form-controls.styles.js';
import { nlDesignSystemFormFieldStyles } from '../shared/nl-design-system-form-field.styles.js';

/**
 * The forms of `<kb-klantvoorkeuren>`: the form components (form field, label, description, textbox, select, radio
 * button, checkbox, fieldset) come from the shared NL DS CSS; the rules below cover the NL DS classes it does not
 * include yet (form field error message, unordered list), fallbacks for a select in a theme without select tokens, and
 * an invalid field marked by more than colour (a thick start border, as NL DS form fields do). The radio buttons,
 * checkboxes and select get the shared {@link formControlStyles}.
 */
const formsStyles = css`
  ${formControlStyles}

  .utrecht-form-field-error-message {
    color: var(--utrecht-form-field-error-message-color, var(--utrecht-feedback-invalid-color, #d52b1e));
    font-family: var(--utrecht-form-field-error-message-font-family, inherit);
    font-size: var(--utrecht-form-field-error-message-font-size, inherit);
    font-weight: var(--utrecht-form-field-error-message-font-weight, bold);
    margin-block: 0.25em;
  }
  .utrecht-form-field--invalid,
  .utrecht-form-fieldset--invalid {
    border-inline-start: var(--utrecht-form-field-invalid-border-inline-start-width, 4px) solid
      var(--utrecht-form-field-invalid-border-inline-start-color, var(--utrecht-feedback-invalid-color, #d52b1e));
    padding-inline-start: var(--utrecht-form-field-invalid-padding-inline-start, 1em);
  }

  .utrecht-select {
    background-color: var(--utrecht-select-background-color, var(--utrecht-form-control-background-color, Field));
    border-color: var(--utrecht-select-border-color, var(--utrecht-form-control-border-color, currentColor));
    border-radius: var(--utrecht-select-border-radius, var(--utrecht-form-control-border-radius, 0));
    border-style: solid;
    border-width: var(--utrecht-select-border-width, var(--utrecht-form-control-border-width, 1px));
    color: var(--utrecht-select-color, var(--utrecht-form-control-color, FieldText));
    font-family: var(--utrecht-select-font-family, var(--utrecht-form-control-font-family, inherit));
    font-size: var(--utrecht-select-font-size, var(--utrecht-form-control-font-size, inherit));
    max-inline-size: var(--utrecht-select-max-inline-size, var(--utrecht-form-control-max-inline-size, 100%));
    min-block-size: 44px;
    padding-block: var(--utrecht-select-padding-block-start, var(--utrecht-form-control-padding-block-start, 0.5em));
    padding-inline: var(--utrecht-select-padding-inline-start, var(--utrecht-form-control-padding-inline-start, 0.5em));
  }
  .utrecht-select--invalid {
    border-color: var(--utrecht-select-invalid-border-color, var(--utrecht-form-control-invalid-border-color, currentColor));
    border-width: var(--utrecht-select-invalid-border-width, var(--utrecht-form-control-invalid-border-width, 2px));
  }

  .utrecht-unordered-list {
    margin-block: 0.5em 0;
    padding-inline-start: var(--utrecht-unordered-list-padding-inline-start, 2ch);
  }

  @media (forced-colors: active) {
    .utrecht-form-field-error-message {
      color: CanvasText;
    }
  }
`;

/**
 * Adopts the forms' CSS into `element`'s shadow root (constructable style sheets: allowed under a strict CSP): the NL DS
 * form CSS where `static styles` had it, right after `after` (one of the element's static styles), the forms' own rules
 * last.
 */
export function adoptFormStyles(element: ReactiveElement, after: CSSResultOrNative): void {
  const own = (element.constructor as typeof ReactiveElement).elementStyles;
  const at = own.indexOf(after) + 1;
  adoptStyles(element.renderRoot as ShadowRoot, [
    ...own.slice(0, at),
    nlDesignSystemFormFieldStyles,
    nlDesignSystemFormControlStyles,
    ...own.slice(at),
    formsStyles,
  ]);
}
