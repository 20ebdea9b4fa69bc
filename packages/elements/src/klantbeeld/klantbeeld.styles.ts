import { css } from 'lit';

/**
 * Klantbeeld: a "Mijn omgeving" overview in the manner of Mijn Den Haag and Mijn Amsterdam: the heading, a summary of
 * three figures as tiles, an in-page navigation, then the sections in a grid that is two columns at 1280 px and one at
 * 320 px (the zaken span the whole width: they are the heart of it). A shielded section is a quiet note, not an alert.
 */
export const styles = css`
  .kb-klantbeeld {
    display: flex;
    flex-direction: column;
    gap: var(--kb-klantbeeld-gap, calc(1.5 * var(--kb-space-block, 1rem)));
  }

  .kb-klantbeeld__figures {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    margin-block: 0;
  }

  .kb-klantbeeld__figure {
    background-color: var(--kb-klantbeeld-figure-background-color, transparent);
    border: 1px solid var(--kb-klantbeeld-figure-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: 0.25rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
  }

  .kb-klantbeeld__figure-label {
    font-weight: normal;
  }

  .kb-klantbeeld__figure-value {
    font-size: 1.125em;
    font-weight: bold;
    margin-inline-start: 0;
    overflow-wrap: break-word;
  }

  .kb-klantbeeld__number {
    font-size: 1.75em;
    line-height: 1.1;
  }

  .kb-klantbeeld__figure-note {
    font-size: 1rem;
    font-style: italic;
    font-weight: normal;
  }

  .kb-klantbeeld__summary .utrecht-button {
    align-self: start;
  }

  .kb-klantbeeld__nav-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-klantbeeld__nav-link {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.25rem;
  }

  .kb-klantbeeld__sections {
    align-items: start;
    display: grid;
    gap: calc(2 * var(--kb-space-block, 1rem)) 2rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--kb-klantbeeld-section-min-inline-size, 24rem)), 1fr));
  }

  .kb-klantbeeld__section {
    border-block-start: 1px solid var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent));
    min-inline-size: 0;
    padding-block-start: var(--kb-space-block, 1rem);
    scroll-margin-block-start: 1rem;
  }

  .kb-klantbeeld__section--zaken {
    grid-column: 1 / -1;
  }

  .kb-klantbeeld__shielded {
    border-inline-start: 4px solid color-mix(in srgb, currentColor 30%, transparent);
    margin-block-start: 0.75rem;
    padding-inline-start: 0.75rem;
  }

  @media (forced-colors: active) {
    .kb-klantbeeld__figure,
    .kb-klantbeeld__section {
      border-color: CanvasText;
    }
    .kb-klantbeeld__shielded {
      border-color: GrayText;
    }
  }
`;
