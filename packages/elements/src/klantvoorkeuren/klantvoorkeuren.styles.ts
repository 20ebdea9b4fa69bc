import { css } from 'lit';
import { formControlStyles } from '../shared/form-controls.styles.js';

/**
 * Klantvoorkeuren: address lists and NL DS forms. The form components (form field, label, description, textbox,
 * select, radio button, checkbox, fieldset, button, alert, badge) come from the shared NL DS CSS; the rules below cover
 * the NL DS classes it does not include yet (form field error message, unordered list), fallbacks for a select in a
 * theme without select tokens, an invalid field marked by more than colour (a thick start border, as NL DS form fields
 * do), and the layout of this element (`--kb-klantvoorkeuren-*`). The radio buttons, checkboxes and select get the
 * shared {@link formControlStyles}.
 */
export const styles = css`
  ${formControlStyles}

  .kb-base,
  .kb-content {
    gap: var(--kb-klantvoorkeuren-gap, var(--kb-space-block, 1rem));
  }

  .kb-klantvoorkeuren__section,
  .kb-klantvoorkeuren__form {
    display: flex;
    flex-direction: column;
    gap: var(--kb-klantvoorkeuren-gap, var(--kb-space-block, 1rem));
  }

  .kb-klantvoorkeuren__status:empty {
    display: none;
  }
  .kb-klantvoorkeuren__message--success {
    font-weight: bold;
  }

  .kb-klantvoorkeuren__adressen {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }
  .kb-klantvoorkeuren__adres {
    border-color: var(--kb-klantvoorkeuren-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: 0.25rem;
    border-style: solid;
    border-width: 1px;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: var(--kb-klantvoorkeuren-item-padding, 1rem);
  }
  .kb-klantvoorkeuren__waarde {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .kb-klantvoorkeuren__adres-tekst {
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .kb-klantvoorkeuren__badge {
    background-color: var(--kb-klantvoorkeuren-badge-background-color, var(--utrecht-badge-status-neutral-background-color, color-mix(in srgb, currentColor 12%, transparent)));
    color: var(--kb-klantvoorkeuren-badge-color, var(--utrecht-badge-status-neutral-color, inherit));
    padding-inline: 0.5em;
  }
  .kb-klantvoorkeuren__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

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
    .kb-klantvoorkeuren__adres {
      border-color: CanvasText;
    }
    .utrecht-form-field-error-message {
      color: CanvasText;
    }
  }
`;
