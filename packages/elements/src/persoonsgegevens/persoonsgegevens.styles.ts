import { css } from 'lit';

/**
 * Persoonsgegevens: two parts (BRP, Klantinteracties), each a bordered block with an NL DS data list, the source and
 * where to correct it. The geheimhouding notice is an informative NL DS alert (`utrecht-alert--info`).
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-persoonsgegevens-gap, var(--kb-space-block, 1rem));
  }

  .kb-persoonsgegevens__section {
    border-color: var(--kb-persoonsgegevens-section-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-style: solid;
    border-width: var(--kb-persoonsgegevens-section-border-width, 1px);
    gap: 0.75rem;
    padding-block: var(--kb-persoonsgegevens-section-padding-block, 1rem);
    padding-inline: var(--kb-persoonsgegevens-section-padding-inline, 1rem);
  }

  .kb-persoonsgegevens__lines {
    white-space: pre-line;
  }

  .kb-persoonsgegevens__source {
    color: var(--kb-persoonsgegevens-source-color, var(--utrecht-document-color, inherit));
    font-size: var(--kb-persoonsgegevens-source-font-size, 0.875em);
  }

  /* Long e-mail addresses must wrap at 200 % zoom. */
  .utrecht-data-list__item-value {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .kb-persoonsgegevens__section {
      border-color: CanvasText;
    }
  }
`;
