import { css } from 'lit';
import { linkButtonDeclarations } from '../shared/link-button.styles.js';

/** Producten: products grouped by phase; NL DS has no product-card component, so items read `--kb-producten-*`. */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-producten-gap, var(--kb-space-block, 1rem));
  }

  .kb-producten__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-producten-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-producten__item {
    background-color: var(--kb-producten-item-background-color, transparent);
    border-color: var(--kb-producten-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-producten-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-producten-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: var(--kb-producten-item-padding-block, 1rem);
    padding-inline: var(--kb-producten-item-padding-inline, 1rem);
  }

  .kb-producten__title {
    font-size: var(--kb-producten-item-title-font-size, 1.125em);
    font-weight: var(--kb-producten-item-title-font-weight, bold);
    overflow-wrap: break-word;
  }

  .kb-producten__zaak-button {
    ${linkButtonDeclarations}
    font-size: inherit;
  }

  .kb-producten__summary {
    cursor: pointer;
    display: list-item;
    font-weight: bold;
    min-block-size: 44px;
    padding-block: 0.5rem;
  }
  .kb-producten__beeindigd[open] > .kb-producten__summary {
    margin-block-end: 0.75rem;
  }

  @media (forced-colors: active) {
    .kb-producten__item {
      border-color: CanvasText;
    }
    .kb-producten__zaak-button {
      background-color: transparent;
      border-color: transparent;
      color: LinkText;
    }
  }
`;
