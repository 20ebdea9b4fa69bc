import { css } from 'lit';

/**
 * What the elements add to the NL DS select, checkbox and radio button (`nl-design-system-form-controls.styles.ts`), so
 * that they hold up in every theme, including themes that set none of their tokens:
 * - radio buttons and checkboxes are one visual family: the same box size (at least 24 × 24 CSS px, WCAG 2.2 target
 *   size), border and checked colour, a dot for the radio and a tick for the checkbox;
 * - the control and its label sit next to each other (the NL DS grid reads `--utrecht-checkbox-size` and
 *   `--utrecht-radio-button-size` without a fallback: a theme without them centred the label far from its control);
 * - the select shows a chevron when the theme gives no `--utrecht-select-background-image`;
 * - in forced colours the checked state is drawn in system colours (a gradient is dropped there, so the radio's dot
 *   vanished).
 */
export const formControlStyles = css`
  .utrecht-form-field--radio,
  .utrecht-form-field--checkbox {
    align-items: start;
    column-gap: var(--utrecht-checkbox-margin-inline-end, 0.75rem);
    grid-template-columns: max-content minmax(0, 1fr);
    justify-items: start;
  }
  .utrecht-form-field--radio + .utrecht-form-field--radio,
  .utrecht-form-field--checkbox + .utrecht-form-field--checkbox {
    margin-block-start: 0.5rem;
  }
  :is(.utrecht-form-field--radio, .utrecht-form-field--checkbox) .utrecht-form-field__label {
    /* The label's first line centred on the control, whatever the theme's line height. */
    align-self: center;
    text-align: start;
  }

  .utrecht-radio-button--html-input,
  .utrecht-checkbox--html-input {
    --_kb-control-size: max(24px, var(--utrecht-radio-button-size, var(--utrecht-checkbox-size, 1.5rem)));
    --_kb-control-checked-color: var(
      --utrecht-radio-button-checked-background-color,
      var(--utrecht-checkbox-checked-background-color, var(--utrecht-form-control-focus-border-color, currentColor))
    );
    appearance: none;
    background-color: var(--utrecht-form-control-background-color, Field);
    block-size: var(--_kb-control-size);
    border-color: var(--utrecht-radio-button-border-color, var(--utrecht-checkbox-border-color, var(--utrecht-form-control-border-color, currentColor)));
    border-style: solid;
    border-width: var(--utrecht-radio-button-border-width, var(--utrecht-checkbox-border-width, var(--utrecht-form-control-border-width, 2px)));
    flex: none;
    inline-size: var(--_kb-control-size);
    margin: 0;
    min-block-size: 24px;
    min-inline-size: 24px;
    vertical-align: top;
  }
  .utrecht-checkbox--html-input {
    border-radius: var(--utrecht-checkbox-border-radius, var(--utrecht-form-control-border-radius, 4px));
  }
  .utrecht-radio-button--html-input:checked,
  .utrecht-checkbox--html-input:checked {
    border-color: var(--_kb-control-checked-color);
  }
  .utrecht-radio-button--html-input:checked {
    background-color: var(--utrecht-form-control-background-color, Field);
    background-image: radial-gradient(circle, var(--_kb-control-checked-color) 45%, transparent 50%);
  }
  .utrecht-checkbox--html-input:checked {
    background-color: var(--_kb-control-checked-color);
  }
  /* The tick: the box's background colour shows through a check-mark-shaped hole in a second layer. */
  .utrecht-checkbox--html-input:checked::before {
    background-color: var(--utrecht-checkbox-checked-color, var(--utrecht-form-control-background-color, Field));
    block-size: 100%;
    clip-path: polygon(14% 52%, 26% 40%, 42% 56%, 76% 22%, 88% 34%, 42% 80%);
    content: '';
    display: block;
    inline-size: 100%;
  }
  :is(.utrecht-radio-button--html-input, .utrecht-checkbox--html-input):disabled {
    opacity: 0.5;
  }
  :is(.utrecht-radio-button--html-input, .utrecht-checkbox--html-input):focus-visible {
    outline-color: var(--utrecht-focus-outline-color, Highlight);
    outline-offset: var(--utrecht-focus-outline-offset, 2px);
    outline-style: var(--utrecht-focus-outline-style, solid);
    outline-width: var(--utrecht-focus-outline-width, 2px);
  }

  .utrecht-select--html-select:not([multiple]) {
    --_kb-select-background-color: var(--utrecht-select-background-color, var(--utrecht-form-control-background-color, Field));
    /*
     * A caret in the text colour when the theme has no image of its own: a wedge (conic gradient) whose top is covered
     * by a band of the select's background, in the 1.4em box at the end that NL DS gives the theme's image. Gradients
     * and currentColor: it follows the theme's colours, dark mode and forced colours.
     */
    background-image: var(
      --utrecht-select-background-image,
      linear-gradient(var(--_kb-select-background-color) 40%, transparent 40%),
      conic-gradient(from -45deg at 50% 64%, currentColor 90deg, transparent 90deg)
    );
    background-position: calc(100% - 0.5em) 50%;
    padding-inline-end: max(2.25em, var(--utrecht-select-padding-inline-end, var(--utrecht-form-control-padding-inline-end, 0px)));
  }

  @media (forced-colors: active) {
    .utrecht-radio-button--html-input,
    .utrecht-checkbox--html-input {
      forced-color-adjust: none;
      background-color: Field;
      border-color: FieldText;
    }
    .utrecht-radio-button--html-input:checked,
    .utrecht-checkbox--html-input:checked {
      border-color: Highlight;
    }
    .utrecht-radio-button--html-input:checked {
      background-image: radial-gradient(circle, Highlight 45%, transparent 50%);
    }
    .utrecht-checkbox--html-input:checked {
      background-color: Highlight;
    }
    .utrecht-checkbox--html-input:checked::before {
      background-color: HighlightText;
    }
    :is(.utrecht-radio-button--html-input, .utrecht-checkbox--html-input):disabled {
      border-color: GrayText;
      opacity: 1;
    }
    .utrecht-select--html-select:not([multiple]) {
      --_kb-select-background-color: Field;
      forced-color-adjust: none;
      background-color: Field;
      border-color: FieldText;
      color: FieldText;
    }
  }
`;
