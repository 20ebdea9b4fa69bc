import { css } from 'lit';

/**
 * Shared shadow-DOM styles: the subset of NL Design System component CSS the elements use (Utrecht BEM classes,
 * reading the same `--utrecht-*` tokens, so any NL DS theme class on an ancestor applies), plus the
 * Klantbeeld helpers (visually hidden text, skeleton, focus ring). Only custom properties with fallbacks,
 * logical properties, and `forced-colors` support.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    color: var(--utrecht-document-color, inherit);
    display: block;
    font-family: var(--utrecht-document-font-family, inherit);
    font-size: var(--utrecht-document-font-size, inherit);
    line-height: var(--utrecht-document-line-height, inherit);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* --- Heading (utrecht-heading-1…6) --- */
  .utrecht-heading-1,
  .utrecht-heading-2,
  .utrecht-heading-3,
  .utrecht-heading-4,
  .utrecht-heading-5,
  .utrecht-heading-6 {
    color: var(--_kb-heading-color, var(--utrecht-heading-color, inherit));
    font-family: var(--_kb-heading-font-family, var(--utrecht-heading-font-family, inherit));
    font-size: var(--_kb-heading-font-size);
    font-weight: var(--_kb-heading-font-weight, var(--utrecht-heading-font-weight, bold));
    line-height: var(--_kb-heading-line-height, 1.25);
    margin-block-end: var(--_kb-heading-margin-block-end, 0);
    margin-block-start: var(--_kb-heading-margin-block-start, 0);
    overflow-wrap: break-word;
  }
  .utrecht-heading-1 {
    --_kb-heading-color: var(--utrecht-heading-1-color);
    --_kb-heading-font-family: var(--utrecht-heading-1-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-1-font-size, 2em);
    --_kb-heading-font-weight: var(--utrecht-heading-1-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-1-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-1-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-1-margin-block-start);
  }
  .utrecht-heading-2 {
    --_kb-heading-color: var(--utrecht-heading-2-color);
    --_kb-heading-font-family: var(--utrecht-heading-2-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-2-font-size, 1.5em);
    --_kb-heading-font-weight: var(--utrecht-heading-2-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-2-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-2-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-2-margin-block-start);
  }
  .utrecht-heading-3 {
    --_kb-heading-color: var(--utrecht-heading-3-color);
    --_kb-heading-font-family: var(--utrecht-heading-3-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-3-font-size, 1.25em);
    --_kb-heading-font-weight: var(--utrecht-heading-3-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-3-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-3-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-3-margin-block-start);
  }
  .utrecht-heading-4 {
    --_kb-heading-color: var(--utrecht-heading-4-color);
    --_kb-heading-font-family: var(--utrecht-heading-4-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-4-font-size, 1.125em);
    --_kb-heading-font-weight: var(--utrecht-heading-4-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-4-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-4-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-4-margin-block-start);
  }
  .utrecht-heading-5 {
    --_kb-heading-color: var(--utrecht-heading-5-color);
    --_kb-heading-font-family: var(--utrecht-heading-5-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-5-font-size, 1em);
    --_kb-heading-font-weight: var(--utrecht-heading-5-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-5-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-5-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-5-margin-block-start);
  }
  .utrecht-heading-6 {
    --_kb-heading-color: var(--utrecht-heading-6-color);
    --_kb-heading-font-family: var(--utrecht-heading-6-font-family);
    --_kb-heading-font-size: var(--utrecht-heading-6-font-size, 1em);
    --_kb-heading-font-weight: var(--utrecht-heading-6-font-weight);
    --_kb-heading-line-height: var(--utrecht-heading-6-line-height);
    --_kb-heading-margin-block-end: var(--utrecht-heading-6-margin-block-end);
    --_kb-heading-margin-block-start: var(--utrecht-heading-6-margin-block-start);
  }

  /* --- Paragraph --- */
  .utrecht-paragraph {
    color: var(--utrecht-paragraph-color, inherit);
    font-family: var(--utrecht-paragraph-font-family, inherit);
    font-size: var(--utrecht-paragraph-font-size, inherit);
    font-weight: var(--utrecht-paragraph-font-weight, inherit);
    line-height: var(--utrecht-paragraph-line-height, inherit);
    margin-block-end: 0;
    margin-block-start: 0;
  }

  /* --- Link --- */
  .utrecht-link {
    color: var(--utrecht-link-color, LinkText);
    text-decoration-line: var(--utrecht-link-text-decoration, underline);
    text-decoration-thickness: var(--utrecht-link-text-decoration-thickness, auto);
    text-underline-offset: var(--utrecht-link-text-underline-offset, auto);
  }
  .utrecht-link:visited {
    color: var(--utrecht-link-visited-color, var(--utrecht-link-color, VisitedText));
  }
  .utrecht-link:hover {
    color: var(--utrecht-link-hover-color, var(--utrecht-link-color, LinkText));
    text-decoration-line: var(--utrecht-link-hover-text-decoration, underline);
    text-decoration-thickness: var(--utrecht-link-hover-text-decoration-thickness, max(2px, 0.1em));
  }
  .utrecht-link:focus-visible {
    color: var(--utrecht-link-focus-color, var(--utrecht-link-color, LinkText));
  }

  /* --- Button --- */
  .utrecht-button {
    --_kb-button-background-color: var(--_kb-button-appearance-background-color, var(--utrecht-button-background-color, ButtonFace));
    --_kb-button-border-color: var(--_kb-button-appearance-border-color, var(--utrecht-button-border-color, ButtonBorder));
    --_kb-button-color: var(--_kb-button-appearance-color, var(--utrecht-button-color, ButtonText));

    align-items: center;
    background-color: var(--_kb-button-background-color);
    border-color: var(--_kb-button-border-color);
    border-radius: var(--utrecht-button-border-radius, 0.25em);
    border-style: solid;
    border-width: var(--_kb-button-appearance-border-width, var(--utrecht-button-border-width, 1px));
    color: var(--_kb-button-color);
    cursor: var(--utrecht-action-activate-cursor, pointer);
    display: inline-flex;
    font-family: var(--utrecht-button-font-family, inherit);
    font-size: var(--utrecht-button-font-size, inherit);
    font-weight: var(--_kb-button-appearance-font-weight, var(--utrecht-button-font-weight, inherit));
    gap: var(--utrecht-button-icon-gap, 0.5em);
    justify-content: center;
    line-height: var(--utrecht-button-line-height, inherit);
    min-block-size: var(--utrecht-button-min-block-size, 44px);
    min-inline-size: var(--utrecht-button-min-inline-size, 44px);
    padding-block-end: var(--utrecht-button-padding-block-end, 0.5em);
    padding-block-start: var(--utrecht-button-padding-block-start, 0.5em);
    padding-inline-end: var(--utrecht-button-padding-inline-end, 1em);
    padding-inline-start: var(--utrecht-button-padding-inline-start, 1em);
    text-align: start;
  }
  /* A link that looks like a primary button (NL DS utrecht-button-link), e.g. a task's action. */
  .utrecht-button-link {
    align-items: center;
    background-color: var(--utrecht-button-primary-action-background-color, var(--utrecht-button-background-color, ButtonFace));
    border-color: var(--utrecht-button-primary-action-border-color, var(--utrecht-button-border-color, ButtonBorder));
    border-radius: var(--utrecht-button-border-radius, 0.25em);
    border-style: solid;
    border-width: var(--utrecht-button-primary-action-border-width, var(--utrecht-button-border-width, 1px));
    color: var(--utrecht-button-primary-action-color, var(--utrecht-button-color, ButtonText));
    display: inline-flex;
    font-family: var(--utrecht-button-font-family, inherit);
    font-size: var(--utrecht-button-font-size, inherit);
    font-weight: var(--utrecht-button-primary-action-font-weight, var(--utrecht-button-font-weight, inherit));
    line-height: var(--utrecht-button-line-height, inherit);
    min-block-size: var(--utrecht-button-min-block-size, 44px);
    min-inline-size: var(--utrecht-button-min-inline-size, 44px);
    padding-block-end: var(--utrecht-button-padding-block-end, 0.5em);
    padding-block-start: var(--utrecht-button-padding-block-start, 0.5em);
    padding-inline-end: var(--utrecht-button-padding-inline-end, 1em);
    padding-inline-start: var(--utrecht-button-padding-inline-start, 1em);
    text-decoration: none;
  }
  .utrecht-button-link:hover {
    background-color: var(--utrecht-button-primary-action-hover-background-color, var(--utrecht-button-hover-background-color, ButtonFace));
    border-color: var(--utrecht-button-primary-action-hover-border-color, var(--utrecht-button-hover-border-color, ButtonBorder));
    color: var(--utrecht-button-primary-action-hover-color, var(--utrecht-button-hover-color, ButtonText));
  }

  .utrecht-button--secondary-action {
    --_kb-button-appearance-background-color: var(--utrecht-button-secondary-action-background-color);
    --_kb-button-appearance-border-color: var(--utrecht-button-secondary-action-border-color);
    --_kb-button-appearance-border-width: var(--utrecht-button-secondary-action-border-width);
    --_kb-button-appearance-color: var(--utrecht-button-secondary-action-color);
    --_kb-button-appearance-font-weight: var(--utrecht-button-secondary-action-font-weight);
    --_kb-button-appearance-hover-background-color: var(--utrecht-button-secondary-action-hover-background-color);
    --_kb-button-appearance-hover-border-color: var(--utrecht-button-secondary-action-hover-border-color);
    --_kb-button-appearance-hover-color: var(--utrecht-button-secondary-action-hover-color);
    --_kb-button-appearance-pressed-background-color: var(--utrecht-button-secondary-action-pressed-background-color);
    --_kb-button-appearance-pressed-border-color: var(--utrecht-button-secondary-action-pressed-border-color);
    --_kb-button-appearance-pressed-color: var(--utrecht-button-secondary-action-pressed-color);
  }
  .utrecht-button--subtle {
    --_kb-button-appearance-background-color: var(--utrecht-button-subtle-background-color, transparent);
    --_kb-button-appearance-border-color: var(--utrecht-button-subtle-border-color, transparent);
    --_kb-button-appearance-border-width: var(--utrecht-button-subtle-border-width);
    --_kb-button-appearance-color: var(--utrecht-button-subtle-color, var(--utrecht-link-color, LinkText));
    --_kb-button-appearance-font-weight: var(--utrecht-button-subtle-font-weight);
    --_kb-button-appearance-hover-background-color: var(--utrecht-button-subtle-hover-background-color);
    --_kb-button-appearance-hover-border-color: var(--utrecht-button-subtle-hover-border-color);
    --_kb-button-appearance-hover-color: var(--utrecht-button-subtle-hover-color);
    --_kb-button-appearance-pressed-background-color: var(--utrecht-button-subtle-pressed-background-color);
    --_kb-button-appearance-pressed-border-color: var(--utrecht-button-subtle-pressed-border-color);
    --_kb-button-appearance-pressed-color: var(--utrecht-button-subtle-pressed-color);
  }
  .utrecht-button:hover {
    background-color: var(--_kb-button-appearance-hover-background-color, var(--utrecht-button-hover-background-color, var(--_kb-button-background-color)));
    border-color: var(--_kb-button-appearance-hover-border-color, var(--utrecht-button-hover-border-color, var(--_kb-button-border-color)));
    color: var(--_kb-button-appearance-hover-color, var(--utrecht-button-hover-color, var(--_kb-button-color)));
  }
  .utrecht-button--pressed,
  .utrecht-button[aria-pressed='true'] {
    background-color: var(--_kb-button-appearance-pressed-background-color, var(--utrecht-button-pressed-background-color, var(--_kb-button-background-color)));
    border-color: var(--_kb-button-appearance-pressed-border-color, var(--utrecht-button-pressed-border-color, var(--_kb-button-border-color)));
    color: var(--_kb-button-appearance-pressed-color, var(--utrecht-button-pressed-color, var(--_kb-button-color)));
  }

  /* --- Alert --- */
  .utrecht-alert {
    background-color: var(--_kb-alert-background-color, var(--utrecht-alert-background-color, Canvas));
    border-color: var(--_kb-alert-border-color, var(--utrecht-alert-border-color, currentColor));
    border-radius: var(--utrecht-alert-border-radius, 0);
    border-style: solid;
    border-width: var(--_kb-alert-border-width, var(--utrecht-alert-border-width, 2px));
    color: var(--_kb-alert-color, var(--utrecht-alert-color, CanvasText));
    display: flex;
    flex-direction: column;
    gap: var(--utrecht-alert-content-row-gap, 0.75em);
    padding-block-end: var(--utrecht-alert-padding-block-end, 1em);
    padding-block-start: var(--utrecht-alert-padding-block-start, 1em);
    padding-inline-end: var(--utrecht-alert-padding-inline-end, 1em);
    padding-inline-start: var(--utrecht-alert-padding-inline-start, 1em);
  }
  .utrecht-alert--error {
    --_kb-alert-background-color: var(--utrecht-alert-error-background-color);
    --_kb-alert-border-color: var(--utrecht-alert-error-border-color);
    --_kb-alert-border-width: var(--utrecht-alert-error-border-width);
    --_kb-alert-color: var(--utrecht-alert-error-color);
  }
  .utrecht-alert__message {
    display: flex;
    flex-direction: column;
    gap: var(--utrecht-alert-message-row-gap, 0.25em);
  }

  /* --- Data list --- */
  .utrecht-data-list {
    display: block;
    margin-block-end: 0;
    margin-block-start: 0;
  }
  .utrecht-data-list__item {
    break-inside: avoid-page;
  }
  .utrecht-data-list__item-key {
    color: var(--utrecht-data-list-item-key-color, inherit);
    font-size: var(--utrecht-data-list-item-key-font-size, inherit);
    font-weight: var(--utrecht-data-list-item-key-font-weight, bold);
    line-height: var(--utrecht-data-list-item-key-line-height, inherit);
  }
  .utrecht-data-list__item-value {
    color: var(--utrecht-data-list-item-value-color, inherit);
    font-size: var(--utrecht-data-list-item-value-font-size, inherit);
    font-weight: var(--utrecht-data-list-item-value-font-weight, inherit);
    line-height: var(--utrecht-data-list-item-value-line-height, inherit);
    margin-inline-start: 0;
  }
  .utrecht-data-list--rows .utrecht-data-list__item {
    column-gap: var(--utrecht-data-list-rows-gap, 1em);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--utrecht-data-list-rows-column-min-inline-size, 12ch)), max-content));
    margin-block-start: var(--utrecht-data-list-rows-item-margin-block-start, 0.25em);
  }
  .utrecht-data-list--rows .utrecht-data-list__item:first-of-type {
    margin-block-start: 0;
  }

  /* --- Focus ring (utrecht-focus-visible) --- */
  :is(a, button, [tabindex]):focus-visible {
    box-shadow: 0 0 0 var(--utrecht-focus-box-shadow-spread-radius, 0) var(--utrecht-focus-box-shadow-color, transparent);
    outline-color: var(--utrecht-focus-outline-color, Highlight);
    outline-offset: var(--utrecht-focus-outline-offset, 2px);
    outline-style: var(--utrecht-focus-outline-style, solid);
    outline-width: var(--utrecht-focus-outline-width, 2px);
    z-index: 1;
  }

  /* --- Klantbeeld helpers --- */
  /* The state container is focused after a retry; it needs no ring of its own (its content is announced). */
  .kb-content:focus {
    outline: none;
  }

  .kb-visually-hidden {
    block-size: 1px !important;
    border: 0 !important;
    clip-path: inset(50%) !important;
    inline-size: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    padding: 0 !important;
    position: absolute !important;
    white-space: nowrap !important;
  }

  .kb-stack {
    display: flex;
    flex-direction: column;
    gap: var(--kb-space-block, var(--utrecht-space-row-md, 1em));
  }

  .kb-skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--kb-skeleton-gap, 0.75em);
  }
  .kb-skeleton__line {
    background-color: var(--kb-skeleton-background-color, color-mix(in srgb, currentColor 12%, transparent));
    block-size: var(--kb-skeleton-line-block-size, 1em);
    border-radius: var(--kb-skeleton-border-radius, 0.25em);
    inline-size: 100%;
  }
  .kb-skeleton__line:first-child {
    block-size: var(--kb-skeleton-heading-block-size, 1.5em);
    inline-size: 60%;
  }
  .kb-skeleton__line:last-child {
    inline-size: 40%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .kb-skeleton__line {
      animation: kb-skeleton-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes kb-skeleton-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .utrecht-button-link {
      background-color: ButtonFace;
      border-color: ButtonBorder;
      color: LinkText;
    }
    .utrecht-button {
      background-color: ButtonFace;
      border-color: ButtonBorder;
      color: ButtonText;
    }
    .utrecht-button[aria-pressed='true'] {
      background-color: Highlight;
      color: HighlightText;
    }
    .utrecht-alert {
      border-color: CanvasText;
    }
    .kb-skeleton__line {
      background-color: GrayText;
    }
    :is(a, button, [tabindex]):focus-visible {
      outline-color: Highlight;
    }
  }
`;

