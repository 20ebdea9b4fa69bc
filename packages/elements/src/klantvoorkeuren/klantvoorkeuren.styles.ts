import { css } from 'lit';

/**
 * Klantvoorkeuren: the address lists and the layout of this element and its forms (`--kb-klantvoorkeuren-*`). The
 * forms' own CSS (NL DS form field and form controls, and the rules in `klantvoorkeuren.forms.styles.ts`) is adopted
 * when the forms load.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-klantvoorkeuren-gap, var(--kb-space-block, 1rem));
  }

  .kb-klantvoorkeuren__section,
  .kb-klantvoorkeuren__form {
    display: flex;
    flex-direction: column;
    gap: var(--kb-klantvoorkeuren-gap, var(--kb-space-block, 1rem));
  }

  .kb-klantvoorkeuren__status:empty {
    display: none;
  }
  .kb-klantvoorkeuren__message--success {
    font-weight: bold;
  }

  .kb-klantvoorkeuren__adressen {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }
  .kb-klantvoorkeuren__adres {
    border-color: var(--kb-klantvoorkeuren-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: 0.25rem;
    border-style: solid;
    border-width: 1px;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: var(--kb-klantvoorkeuren-item-padding, 1rem);
  }
  .kb-klantvoorkeuren__waarde {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .kb-klantvoorkeuren__adres-tekst {
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .kb-klantvoorkeuren__badge {
    background-color: var(--kb-klantvoorkeuren-badge-background-color, var(--utrecht-badge-status-neutral-background-color, color-mix(in srgb, currentColor 12%, transparent)));
    color: var(--kb-klantvoorkeuren-badge-color, var(--utrecht-badge-status-neutral-color, inherit));
    padding-inline: 0.5em;
  }
  .kb-klantvoorkeuren__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    .kb-klantvoorkeuren__adres {
      border-color: CanvasText;
    }
  }
`;
