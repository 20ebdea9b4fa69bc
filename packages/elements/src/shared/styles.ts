import { css, type CSSResult, type CSSResultGroup } from 'lit';
import { nlDesignSystemStyles } from './nl-design-system.styles.js';

/**
 * What the elements add to the NL Design System CSS: the host's document typography, the few rules that adapt NL DS
 * classes to shadow-DOM markup, and the Klantbeeld helpers (visually hidden text, stack, skeleton). Only tokens with
 * fallbacks and logical properties. Why each rule is there (here, not in the template: a comment there ships in every
 * bundle):
 * - long Dutch compounds in API data (a case type, a street) wrap at 320 CSS px rather than scroll sideways;
 * - no heading is larger than the one above it, whatever the theme's scale (Rotterdam: h2 > h3 > h1): each level is at
 *   most the levels above it, each `min()` falling back to the browser's own size as NL DS's `revert` does;
 * - NL DS marks a `<dd>` with a modifier (`…__item-value--html-dd`); here every value is a `<dd>`;
 * - data-list keys stand apart from values and pairs from each other also in themes without data-list tokens
 *   (Rotterdam, voorbeeld: NL DS reads them without a fallback);
 * - an alert's retry button sits beside the message, below it when there is no room, never broken over two lines;
 * - a focus ring for what NL DS has no component for (summary, programmatically focused items);
 * - the state container is focused after a retry and needs no ring of its own (its content is announced);
 * - in forced colours a pressed toggle is drawn in Highlight: the browser forces every button to ButtonFace, so pressed
 *   and not pressed looked the same (the selector outweighs NL DS's hover rule).
 */
const klantbeeldStyles = css`
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

  :is(.utrecht-heading-1, .utrecht-heading-2, .utrecht-heading-3, .utrecht-heading-4, .utrecht-heading-5, .utrecht-heading-6),
  .utrecht-paragraph,
  .utrecht-data-list__item-value {
    overflow-wrap: break-word;
  }

  .utrecht-heading-2 {
    font-size: min(var(--utrecht-heading-2-font-size, 1.5em), var(--utrecht-heading-1-font-size, 2em));
  }
  .utrecht-heading-3 {
    font-size: min(var(--utrecht-heading-3-font-size, 1.17em), var(--utrecht-heading-2-font-size, 1.5em), var(--utrecht-heading-1-font-size, 2em));
  }
  .utrecht-heading-4 {
    font-size: min(
      var(--utrecht-heading-4-font-size, 1em),
      var(--utrecht-heading-3-font-size, 1.17em),
      var(--utrecht-heading-2-font-size, 1.5em),
      var(--utrecht-heading-1-font-size, 2em)
    );
  }

  .utrecht-data-list__item-value {
    margin-inline-start: 0;
  }
  .utrecht-data-list__item-key {
    font-weight: var(--utrecht-data-list-item-key-font-weight, bold);
  }
  .utrecht-data-list__item + .utrecht-data-list__item {
    margin-block-start: var(--utrecht-data-list-rows-item-margin-block-start, 0.5em);
  }

  .utrecht-alert {
    flex-wrap: wrap;
    gap: 0.5rem var(--utrecht-alert-column-gap, 1rem);
  }
  .utrecht-alert__message {
    flex: 1 1 20ch;
  }
  .utrecht-alert__actions {
    align-self: center;
    white-space: nowrap;
  }

  :is(summary, [tabindex]):focus-visible {
    box-shadow: 0 0 0 var(--utrecht-focus-box-shadow-spread-radius, 0) var(--utrecht-focus-box-shadow-color, transparent);
    outline-color: var(--utrecht-focus-outline-color, Highlight);
    outline-offset: var(--utrecht-focus-outline-offset, 2px);
    outline-style: var(--utrecht-focus-outline-style, solid);
    outline-width: var(--utrecht-focus-outline-width, 2px);
  }

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
    gap: var(--kb-space-block, 1rem);
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
    .kb-skeleton__line {
      background-color: GrayText;
    }
    :is(summary, [tabindex]):focus-visible {
      outline-color: Highlight;
    }
    button.utrecht-button[aria-pressed='true']:not(:disabled) {
      forced-color-adjust: none;
      background-color: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * {@link baseStyles} with the CSS of NL DS components that only some elements render (`nl-design-system-*.styles.ts`,
 * given in the order scripts/generate-styles.mjs lists them), so that the other elements do not carry it.
 */
export function baseStylesWith(...components: CSSResult[]): CSSResultGroup {
  return [nlDesignSystemStyles, ...components, klantbeeldStyles];
}

/**
 * Shared shadow-DOM styles of every element: the adopted NL Design System component CSS (Utrecht BEM classes reading
 * `--utrecht-*` tokens, so any NL DS theme class on an ancestor applies), then the Klantbeeld additions.
 */
export const baseStyles: CSSResultGroup = baseStylesWith();
