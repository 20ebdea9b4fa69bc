import { css } from 'lit';

/**
 * What the elements add to the NL DS select, checkbox and radio button (`nl-design-system-form-controls.styles.ts`), so
 * that they hold up in every theme, including themes that set none of their tokens:
 * - radio buttons and checkboxes are one visual family: the same box (at least 24 × 24 CSS px, WCAG 2.2 target size),
 *   border and checked colour, a dot for the radio and a tick for the checkbox (the box's colour showing through a
 *   tick-shaped `clip-path` layer);
 * - each control sits next to its label, whose first line is centred on it (the NL DS grid reads
 *   `--utrecht-checkbox-size` and `--utrecht-radio-button-size` without a fallback: a theme without them centred the
 *   label far from its control);
 * - the select shows a caret when the theme gives no `--utrecht-select-background-image`: a wedge (conic gradient)
 *   whose top a band of the select's background covers, in currentColor, so that it follows the theme, dark mode and
 *   forced colours;
 * - in forced colours the controls are drawn in system colours (the browser drops gradients there, and with them the
 *   radio's dot), the checked ones in Highlight.
 *
 * The comments stay out of the template: they would ship in every bundle.
 */
export const formControlStyles = css`
  .utrecht-form-field--radio,
  .utrecht-form-field--checkbox {
    align-items: start;
    column-gap: var(--utrecht-checkbox-margin-inline-end, 0.75rem);
    grid-template-columns: max-content minmax(0, 1fr);
    justify-items: start;
  }
  :is(.utrecht-form-field--radio, .utrecht-form-field--checkbox) + :is(.utrecht-form-field--radio, .utrecht-form-field--checkbox) {
    margin-block-start: 0.5rem;
  }
  :is(.utrecht-form-field--radio, .utrecht-form-field--checkbox) .utrecht-form-field__label {
    align-self: center;
  }

  .utrecht-radio-button--html-input,
  .utrecht-checkbox--html-input {
    --_kb-size: max(24px, var(--utrecht-radio-button-size, var(--utrecht-checkbox-size, 1.5rem)));
    --_kb-checked: var(--utrecht-radio-button-checked-background-color, var(--utrecht-checkbox-checked-background-color, currentColor));
    appearance: none;
    background-color: var(--utrecht-form-control-background-color, Field);
    block-size: var(--_kb-size);
    border: var(--utrecht-radio-button-border-width, var(--utrecht-form-control-border-width, 2px)) solid
      var(--utrecht-radio-button-border-color, var(--utrecht-form-control-border-color, currentColor));
    inline-size: var(--_kb-size);
    margin: 0;
  }
  .utrecht-checkbox--html-input {
    border-radius: var(--utrecht-checkbox-border-radius, var(--utrecht-form-control-border-radius, 4px));
  }
  :is(.utrecht-radio-button--html-input, .utrecht-checkbox--html-input):checked {
    border-color: var(--_kb-checked);
  }
  .utrecht-radio-button--html-input:checked {
    background-image: radial-gradient(circle, var(--_kb-checked) 45%, transparent 50%);
  }
  .utrecht-checkbox--html-input:checked {
    background-color: var(--_kb-checked);
  }
  .utrecht-checkbox--html-input:checked::before {
    background-color: var(--utrecht-form-control-background-color, Field);
    block-size: 100%;
    clip-path: polygon(14% 52%, 26% 40%, 42% 56%, 76% 22%, 88% 34%, 42% 80%);
    content: '';
    display: block;
  }

  .utrecht-select--html-select:not([multiple]) {
    --_kb-bg: var(--utrecht-select-background-color, var(--utrecht-form-control-background-color, Field));
    background-image: var(
      --utrecht-select-background-image,
      linear-gradient(var(--_kb-bg) 40%, transparent 40%),
      conic-gradient(from -45deg at 50% 64%, currentColor 90deg, transparent 90deg)
    );
    background-position: calc(100% - 0.5em) 50%;
    padding-inline-end: 2.25em;
  }

  @media (forced-colors: active) {
    .utrecht-radio-button--html-input,
    .utrecht-checkbox--html-input,
    .utrecht-select--html-select:not([multiple]) {
      --_kb-bg: Field;
      --_kb-checked: Highlight;
      forced-color-adjust: none;
      background-color: Field;
      border-color: FieldText;
      color: FieldText;
    }
    .utrecht-checkbox--html-input:checked::before {
      background-color: HighlightText;
    }
  }
`;
