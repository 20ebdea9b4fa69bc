import { css } from 'lit';

/**
 * Status tracker: NL DS has no "status steps" component, so the steps read `--kb-status-tracker-*` tokens, each
 * falling back to NL DS common tokens and then to a sane default.
 */
export const styles = css`
  :host {
    --_kb-marker-size: var(--kb-status-tracker-marker-size, 1.25rem);
    --_kb-marker-border-width: var(--kb-status-tracker-marker-border-width, 2px);
    --_kb-connector-width: var(--kb-status-tracker-connector-width, 2px);
    --_kb-step-gap: var(--kb-status-tracker-step-gap, 1.5rem);
    /* Done reads as success, current as the theme's primary action, upcoming as a neutral border. */
    --_kb-done-color: var(--kb-status-tracker-marker-done-background-color, var(--utrecht-feedback-success-color, #39870c));
    --_kb-current-color: var(
      --kb-status-tracker-marker-current-background-color,
      var(--utrecht-button-primary-action-background-color, var(--utrecht-link-color, #01689b))
    );
    --_kb-upcoming-border: var(--kb-status-tracker-marker-upcoming-border-color, var(--utrecht-border-color, #6f6f6f));
  }

  .kb-content {
    gap: var(--kb-status-tracker-gap, var(--kb-space-block, 1rem));
  }

  .kb-status-tracker__steps {
    display: flex;
    flex-direction: column;
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  /* A step is a column of its texts beside its marker (positioned, so no grid per step is laid out). */
  .kb-status-tracker__step {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    /* At least as tall as its marker (and the marker's offset), as when the marker was a grid item beside the texts. */
    min-block-size: calc(var(--_kb-marker-size) + 0.125em + var(--_kb-step-gap));
    min-inline-size: 0;
    padding-block-end: var(--_kb-step-gap);
    padding-inline-start: calc(var(--_kb-marker-size) + var(--kb-status-tracker-marker-gap, 0.75rem));
    position: relative;
  }
  /* Optional parts are hidden rather than left out (a left-out part costs a marker node): keep them hidden. */
  [hidden] {
    display: none !important;
  }
  .kb-status-tracker__step:last-child {
    min-block-size: calc(var(--_kb-marker-size) + 0.125em);
    padding-block-end: 0;
  }

  /* The connector line from this marker to the next. */
  .kb-status-tracker__step:not(:last-child)::before {
    background-color: var(--kb-status-tracker-connector-color, var(--_kb-upcoming-border));
    content: '';
    inline-size: var(--_kb-connector-width);
    inset-block: var(--_kb-marker-size) 0;
    inset-inline-start: calc((var(--_kb-marker-size) - var(--_kb-connector-width)) / 2);
    position: absolute;
  }
  .kb-status-tracker__step--done:not(:last-child)::before {
    background-color: var(--kb-status-tracker-connector-done-color, var(--_kb-done-color));
  }

  .kb-status-tracker__marker {
    background-color: var(--kb-status-tracker-marker-upcoming-background-color, transparent);
    block-size: var(--_kb-marker-size);
    border: var(--_kb-marker-border-width) solid var(--_kb-upcoming-border);
    border-radius: 50%;
    inline-size: var(--_kb-marker-size);
    inset-block-start: 0.125em;
    inset-inline-start: 0;
    position: absolute;
  }
  .kb-status-tracker__step--done .kb-status-tracker__marker {
    background-color: var(--_kb-done-color);
    border-color: var(--kb-status-tracker-marker-done-border-color, var(--_kb-done-color));
  }
  /* A check mark drawn with borders: no icon font, no image. */
  .kb-status-tracker__step--done .kb-status-tracker__marker::after {
    block-size: 45%;
    border-block-end: 2px solid var(--kb-status-tracker-marker-done-color, #fff);
    border-inline-end: 2px solid var(--kb-status-tracker-marker-done-color, #fff);
    content: '';
    inline-size: 25%;
    inset-block-start: 18%;
    inset-inline-start: 36%;
    position: absolute;
    rotate: 45deg;
  }
  .kb-status-tracker__step--current .kb-status-tracker__marker {
    background-color: var(--_kb-current-color);
    border-color: var(--kb-status-tracker-marker-current-border-color, var(--_kb-current-color));
    box-shadow: 0 0 0 3px var(--kb-status-tracker-marker-current-ring-color, color-mix(in srgb, var(--_kb-current-color) 25%, transparent));
  }

  .kb-status-tracker__name {
    overflow-wrap: break-word;
  }
  .kb-status-tracker__step--current .kb-status-tracker__name {
    font-weight: var(--kb-status-tracker-step-current-font-weight, bold);
  }
  .kb-status-tracker__step--upcoming .kb-status-tracker__name {
    color: var(--kb-status-tracker-step-upcoming-color, inherit);
  }
  .kb-status-tracker__date {
    color: var(--kb-status-tracker-date-color, inherit);
    font-size: var(--kb-status-tracker-date-font-size, 0.875em);
  }
  .kb-status-tracker__toelichting {
    display: block;
  }

  .kb-status-tracker__result,
  .kb-status-tracker__details {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  .kb-status-tracker__relations {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-start: 0.5em;
  }
  .kb-status-tracker__relations-label {
    font-weight: bold;
  }
  .kb-status-tracker__relations-list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-status-tracker-related-gap, 0.5em);
    margin: 0;
    padding-inline-start: var(--kb-status-tracker-related-indent, 1.25em);
  }
  .kb-status-tracker__related-name {
    overflow-wrap: break-word;
  }
  .kb-status-tracker__related-status {
    font-size: var(--kb-status-tracker-date-font-size, 0.875em);
  }

  @media (forced-colors: active) {
    .kb-status-tracker__marker {
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .kb-status-tracker__step--done .kb-status-tracker__marker {
      background-color: CanvasText;
      border-color: CanvasText;
    }
    .kb-status-tracker__step--done .kb-status-tracker__marker::after {
      border-color: Canvas;
    }
    .kb-status-tracker__step--current .kb-status-tracker__marker {
      background-color: Highlight;
      border-color: Highlight;
      box-shadow: none;
    }
    .kb-status-tracker__step:not(:last-child)::before {
      background-color: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
