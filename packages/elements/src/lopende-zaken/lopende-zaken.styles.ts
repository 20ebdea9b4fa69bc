import { css } from 'lit';
import { linkButtonDeclarations } from '../shared/link-button.styles.js';

/**
 * Lopende zaken: a list of cases; NL DS has no case-card component in the shared set, so items read
 * `--kb-lopende-zaken-*`. Without a link template the omschrijving is a button that reads as a link-like title (also
 * when it wraps at 320 px) and keeps a button's target size.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-lopende-zaken-gap, var(--kb-space-block, 1rem));
  }

  .kb-lopende-zaken__controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .kb-lopende-zaken__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-lopende-zaken-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-lopende-zaken__item {
    background-color: var(--kb-lopende-zaken-item-background-color, transparent);
    border-color: var(--kb-lopende-zaken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-lopende-zaken-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-lopende-zaken-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: var(--kb-lopende-zaken-item-padding-block, 1rem);
    padding-inline: var(--kb-lopende-zaken-item-padding-inline, 1rem);
  }

  .kb-lopende-zaken__title {
    font-size: var(--kb-lopende-zaken-item-title-font-size, 1.125em);
    font-weight: var(--kb-lopende-zaken-item-title-font-weight, bold);
    overflow-wrap: break-word;
  }

  .kb-lopende-zaken__button {
    ${linkButtonDeclarations}
    font-size: inherit;
    font-weight: inherit;
  }

  .kb-lopende-zaken__more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--kb-lopende-zaken-list-gap, 0.75rem);
  }

  @media (forced-colors: active) {
    .kb-lopende-zaken__item {
      border-color: CanvasText;
    }
    .kb-lopende-zaken__button {
      background-color: transparent;
      border-color: transparent;
      color: LinkText;
    }
  }
`;
