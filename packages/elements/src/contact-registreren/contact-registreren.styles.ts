import { css } from 'lit';
import { styles as formStyles } from '../klantvoorkeuren/klantvoorkeuren.styles.js';

/**
 * Contact registration: the form's layout, and the NL DS textarea (the shared NL DS CSS has no textarea yet), drawn
 * with the form-control tokens a textbox reads. The form-field fallbacks (error message, invalid marking, select,
 * radio buttons and checkboxes) are those of `<kb-klantvoorkeuren>`.
 */
export const styles = [
  formStyles,
  css`
    .kb-contact-registreren__form,
    .kb-contact-registreren__terugbellen,
    .kb-contact-registreren__terugbellen-velden {
      display: flex;
      flex-direction: column;
      gap: var(--kb-space-block, 1rem);
    }
    .kb-contact-registreren__terugbellen-velden[hidden] {
      display: none;
    }
    .kb-contact-registreren__status:empty {
      display: none;
    }
    .kb-contact-registreren__zaak-id {
      overflow-wrap: anywhere;
    }
    .utrecht-textarea {
      background-color: var(--utrecht-textarea-background-color, var(--utrecht-form-control-background-color, Field));
      border-color: var(--utrecht-textarea-border-color, var(--utrecht-form-control-border-color, currentColor));
      border-radius: var(--utrecht-textarea-border-radius, var(--utrecht-form-control-border-radius, 0));
      border-style: solid;
      border-width: var(--utrecht-textarea-border-width, var(--utrecht-form-control-border-width, 1px));
      box-sizing: border-box;
      color: var(--utrecht-textarea-color, var(--utrecht-form-control-color, FieldText));
      font-family: var(--utrecht-textarea-font-family, var(--utrecht-form-control-font-family, inherit));
      font-size: var(--utrecht-textarea-font-size, var(--utrecht-form-control-font-size, inherit));
      inline-size: 100%;
      max-inline-size: var(--utrecht-textarea-max-inline-size, var(--utrecht-form-control-max-inline-size, 100%));
      min-block-size: 6em;
      padding-block: var(--utrecht-textarea-padding-block-start, var(--utrecht-form-control-padding-block-start, 0.5em));
      padding-inline: var(--utrecht-textarea-padding-inline-start, var(--utrecht-form-control-padding-inline-start, 0.5em));
    }
    .utrecht-textarea--invalid {
      border-color: var(--utrecht-textarea-invalid-border-color, var(--utrecht-form-control-invalid-border-color, currentColor));
      border-width: var(--utrecht-textarea-invalid-border-width, var(--utrecht-form-control-invalid-border-width, 2px));
    }
  `,
];
