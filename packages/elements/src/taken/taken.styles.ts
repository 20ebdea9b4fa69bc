import { css } from 'lit';

/**
 * Taken: a list of tasks. The action is an NL DS button link (`utrecht-button-link`, in the shared styles, reading the
 * `--utrecht-button-*` tokens); the task cards read `--kb-taken-*` tokens with fallbacks.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-taken-gap, var(--kb-space-block, 1rem));
  }

  .kb-taken__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-taken-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-taken__item {
    background-color: var(--kb-taken-item-background-color, transparent);
    border-color: var(--kb-taken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-taken-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-taken-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: var(--kb-taken-item-padding-block, 1rem);
    padding-inline: var(--kb-taken-item-padding-inline, 1rem);
  }

  /* Colour only repeats what the note says in words. */
  .kb-taken__item--verlopen {
    border-color: var(--kb-taken-overdue-border-color, var(--utrecht-alert-error-border-color, var(--kb-taken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)))));
    border-inline-start-width: 0.25rem;
  }
  .kb-taken__item--binnenkort {
    border-color: var(--kb-taken-due-soon-border-color, var(--utrecht-alert-warning-border-color, var(--kb-taken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)))));
    border-inline-start-width: 0.25rem;
  }

  .kb-taken__title {
    font-size: var(--kb-taken-item-title-font-size, 1.125em);
    font-weight: var(--kb-taken-item-title-font-weight, bold);
    overflow-wrap: break-word;
  }

  .kb-taken__note {
    font-weight: var(--kb-taken-note-font-weight, bold);
  }
  .kb-taken__note--verlopen {
    color: var(--kb-taken-overdue-color, var(--utrecht-alert-error-color, inherit));
  }

  .kb-taken__afgerond {
    display: flex;
    flex-direction: column;
    gap: var(--kb-taken-list-gap, 0.75rem);
  }
  .kb-taken__summary {
    cursor: pointer;
    font-weight: bold;
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.5rem;
  }
  .kb-taken__afgerond[open] > .kb-taken__summary {
    margin-block-end: 0.75rem;
  }

  @media (forced-colors: active) {
    .kb-taken__item {
      border-color: CanvasText;
    }
  }
`;
