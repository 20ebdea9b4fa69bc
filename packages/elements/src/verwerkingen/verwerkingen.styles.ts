import { css } from 'lit';

/**
 * Verwerkingen: a range form of NL DS form fields (`utrecht-form-fieldset`, `utrecht-form-field`, `utrecht-textbox`
 * from the shared NL DS CSS), then a paged list of actions, each a bordered block with an NL DS data list. Only the
 * layout is the element's own.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-verwerkingen-gap, var(--kb-space-block, 1rem));
  }

  .kb-verwerkingen__form {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }

  .kb-verwerkingen__fields {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
  }

  .kb-verwerkingen__fields .utrecht-form-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-inline-size: 100%;
  }

  /*
   * The NL DS tokens decide how an error looks; a theme without them must still show it clearly (not by colour alone:
   * the bar and the weight say it too).
   */
  .kb-verwerkingen__fields .utrecht-form-field-description--invalid {
    color: var(--utrecht-form-field-description-invalid-color, var(--utrecht-feedback-invalid-color, var(--utrecht-feedback-danger-color, #b00020)));
    font-weight: var(--utrecht-form-field-description-invalid-font-weight, bold);
  }
  .kb-verwerkingen__fields .utrecht-form-field--invalid {
    border-inline-start-color: var(--utrecht-form-field-invalid-border-inline-start-color, var(--utrecht-feedback-invalid-color, var(--utrecht-feedback-danger-color, #b00020)));
    border-inline-start-width: var(--utrecht-form-field-invalid-border-inline-start-width, 4px);
    padding-inline-start: var(--utrecht-form-field-invalid-padding-inline-start, 0.75rem);
  }

  /* Room for "31-12-2026", and no more. */
  .kb-verwerkingen__input {
    inline-size: 12ch;
    max-inline-size: 100%;
  }

  .kb-verwerkingen__summary:focus {
    outline: none;
  }

  .kb-verwerkingen__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-verwerkingen-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-verwerkingen__item {
    border-color: var(--kb-verwerkingen-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-style: solid;
    border-width: var(--kb-verwerkingen-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block: var(--kb-verwerkingen-item-padding-block, 1rem);
    padding-inline: var(--kb-verwerkingen-item-padding-inline, 1rem);
  }

  .kb-verwerkingen__title {
    font-weight: var(--kb-verwerkingen-item-title-font-weight, bold);
    overflow-wrap: break-word;
  }

  .kb-verwerkingen__pagination {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }

  @media (forced-colors: active) {
    .kb-verwerkingen__item {
      border-color: CanvasText;
    }
    .kb-verwerkingen__fields .utrecht-form-field--invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
