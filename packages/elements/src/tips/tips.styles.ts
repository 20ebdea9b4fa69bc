import { css } from 'lit';

/**
 * Tips: a list of cards. Texts, links and buttons are NL DS components (`utrecht-paragraph`, `utrecht-link`,
 * `utrecht-button`); the cards read `--kb-tips-*` tokens with fallbacks to NL DS tokens.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-tips-gap, var(--kb-space-block, 1rem));
  }

  .kb-tips__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-tips-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-tips__tip {
    background-color: var(--kb-tips-item-background-color, transparent);
    border-color: var(--kb-tips-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-tips-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-tips-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: var(--kb-tips-item-padding-block, 1rem);
    padding-inline: var(--kb-tips-item-padding-inline, 1rem);
  }

  /* The reason says in words that a tip is personal; the border only repeats it. */
  .kb-tips__tip--personal {
    border-inline-start-color: var(--kb-tips-personal-border-color, var(--utrecht-alert-info-border-color, currentColor));
    border-inline-start-width: 0.25rem;
  }

  .kb-tips__title {
    margin-block: 0;
  }

  .kb-tips__reason {
    color: var(--kb-tips-reason-color, var(--utrecht-paragraph-small-color, inherit));
    font-size: var(--kb-tips-reason-font-size, var(--utrecht-paragraph-small-font-size, 0.875em));
    font-style: italic;
    margin-block: 0;
  }

  .kb-tips__actions {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
  }

  /* Hide sits at the end, with or without a link before it. */
  .kb-tips__dismiss {
    margin-inline-start: auto;
  }

  .kb-tips__personalize {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .utrecht-paragraph {
    margin-block: 0;
  }
`;
