import { css } from 'lit';

/**
 * Klant zoeken: the search form, result list, purpose step and summary. The NL DS form rules the preferences element
 * adds (error message, invalid field, select, list) are reused from its stylesheet; these rules lay out this element
 * (`--kb-klant-zoeken-*`): results as rows with their button beside the text, below it at 320 px; the pager on one line
 * that wraps; a focus target around a section heading that shows its ring only for keyboard focus.
 */
export const styles = css`
  .kb-base,
  .kb-content,
  .kb-klant-zoeken__form,
  .kb-klant-zoeken__results,
  .kb-klant-zoeken__purpose,
  .kb-klant-zoeken__summary {
    display: flex;
    flex-direction: column;
    gap: var(--kb-klant-zoeken-gap, var(--kb-space-block, 1rem));
  }

  .kb-klant-zoeken__focus:focus:not(:focus-visible) {
    outline: none;
  }
  .kb-klant-zoeken__focus > * {
    margin-block: 0;
  }

  .kb-klant-zoeken__list {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }
  .kb-klant-zoeken__result {
    align-items: center;
    border-color: var(--kb-klant-zoeken-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: 0.25rem;
    border-style: solid;
    border-width: 1px;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
    padding: var(--kb-klant-zoeken-item-padding, 0.75rem 1rem);
  }
  .kb-klant-zoeken__result-text {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .kb-klant-zoeken__result-text > p {
    margin-block: 0;
  }
  .kb-klant-zoeken__name {
    font-weight: bold;
  }

  .kb-klant-zoeken__pager,
  .kb-klant-zoeken__actions {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }

  @media (forced-colors: active) {
    .kb-klant-zoeken__result {
      border-color: CanvasText;
    }
  }
`;
