import { css } from 'lit';

/**
 * Lopende zaken: compact case cards in the manner of Den Haag's case card (NL DS has no shared component, so items
 * read `--kb-lopende-zaken-*`). The title's `::after` stretches over the card: the whole card is one target while the
 * link's name stays the title, and its focus ring is drawn around the card. The title is never an NL DS button (some
 * themes fill those, Den Haag in green). Separators and the chevron are CSS, not text a screen reader reads; in a
 * narrow list (320 px) the parts of a line stack instead, so that no separator starts a line.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-lopende-zaken-gap, var(--kb-space-block, 1rem));
  }

  .kb-lopende-zaken__controls,
  .kb-lopende-zaken__more {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: var(--kb-lopende-zaken-list-gap, 0.75rem);
  }

  .kb-lopende-zaken__list {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--kb-lopende-zaken-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-lopende-zaken__item {
    align-items: center;
    background-color: var(--kb-lopende-zaken-item-background-color, transparent);
    border-color: var(--kb-lopende-zaken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-lopende-zaken-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-lopende-zaken-item-border-width, 1px);
    column-gap: 1rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    padding-block: var(--kb-lopende-zaken-item-padding-block, 0.75rem);
    padding-inline: var(--kb-lopende-zaken-item-padding-inline, 1rem);
    position: relative;
    row-gap: 0.25rem;
  }
  .kb-lopende-zaken__item > p {
    grid-column: 1;
    margin: 0;
  }
  .kb-lopende-zaken__item::after {
    block-size: 0.5em;
    border-block-start: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    content: '';
    grid-column: 2;
    grid-row: 1 / span 3;
    inline-size: 0.5em;
    margin-inline-end: 0.25em;
    rotate: 45deg;
  }
  .kb-lopende-zaken__item:hover {
    background-color: var(--kb-lopende-zaken-item-hover-background-color, color-mix(in srgb, currentColor 5%, transparent));
  }
  [part~='list-afgerond'] .kb-lopende-zaken__item {
    border-style: dashed;
  }

  .kb-lopende-zaken__title {
    font-size: var(--kb-lopende-zaken-item-title-font-size, 1.125em);
    font-weight: var(--kb-lopende-zaken-item-title-font-weight, bold);
    overflow-wrap: break-word;
  }

  .kb-lopende-zaken__link {
    background: none;
    border: 0;
    color: var(--utrecht-link-color, LinkText);
    cursor: pointer;
    font: inherit;
    padding: 0;
    text-align: start;
    text-decoration-line: underline;
    text-underline-offset: var(--utrecht-link-text-underline-offset, 0.2em);
  }
  .kb-lopende-zaken__link::after {
    border-radius: inherit;
    content: '';
    inset: 0;
    position: absolute;
  }
  .kb-lopende-zaken__link:focus-visible {
    box-shadow: none;
    outline: none;
  }
  .kb-lopende-zaken__link:focus-visible::after {
    box-shadow: 0 0 0 var(--utrecht-focus-box-shadow-spread-radius, 0) var(--utrecht-focus-box-shadow-color, transparent);
    outline: var(--utrecht-focus-outline-width, 2px) var(--utrecht-focus-outline-style, solid) var(--utrecht-focus-outline-color, Highlight);
    outline-offset: var(--utrecht-focus-outline-offset, 2px);
  }
  .kb-lopende-zaken__item:hover .kb-lopende-zaken__link {
    color: var(--utrecht-link-hover-color, var(--utrecht-link-color, LinkText));
    text-decoration-thickness: 2px;
  }

  .kb-lopende-zaken__line {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .kb-lopende-zaken__line > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5rem;
  }
  .kb-lopende-zaken__meta {
    color: var(--kb-lopende-zaken-meta-color, color-mix(in srgb, currentColor 75%, transparent));
    font-size: var(--utrecht-paragraph-small-font-size, 0.875em);
  }
  .kb-lopende-zaken__status {
    background-color: var(--kb-lopende-zaken-status-background-color, var(--utrecht-badge-status-neutral-background-color, color-mix(in srgb, currentColor 10%, transparent)));
    border-radius: var(--utrecht-badge-border-radius, 0.25em);
    color: var(--kb-lopende-zaken-status-color, var(--utrecht-badge-status-neutral-color, inherit));
    display: inline-block;
    font-size: var(--utrecht-badge-font-size, 0.875em);
    font-weight: var(--utrecht-badge-font-weight, bold);
    padding-block: var(--utrecht-badge-padding-block, 0.125em);
    padding-inline: var(--utrecht-badge-padding-inline, 0.5em);
  }

  @container (max-width: 30rem) {
    .kb-lopende-zaken__line {
      align-items: start;
      flex-direction: column;
      gap: 0.25rem;
    }
    .kb-lopende-zaken__line > * + *::before {
      content: none;
    }
  }

  @media (forced-colors: active) {
    .kb-lopende-zaken__item {
      border-color: CanvasText;
    }
    .kb-lopende-zaken__link {
      color: LinkText;
    }
    .kb-lopende-zaken__status {
      border: 1px solid CanvasText;
    }
  }
`;
