import { css } from 'lit';
import { linkButtonDeclarations } from '../shared/link-button.styles.js';

/**
 * Zaak detail: sections of NL DS paragraphs, data lists and buttons (shared styles, `--utrecht-*` tokens); the
 * lists of documents and besluiten and the messages under the current step read `--kb-zaak-detail-*` tokens. A
 * besluit's own documents end where the besluit ends (one rule, not two); a download reads as a link in every theme,
 * in line with the data list under it; colour only repeats what a late note says in words.
 */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-zaak-detail-gap, var(--kb-space-block, 1rem));
  }

  .kb-zaak-detail__section,
  .kb-zaak-detail__contact-route,
  .kb-zaak-detail__verlenging,
  .kb-zaak-detail__not-loaded {
    display: flex;
    flex-direction: column;
    gap: var(--kb-zaak-detail-section-gap, 0.5rem);
  }

  .kb-zaak-detail__not-loaded {
    align-items: start;
  }

  .kb-zaak-detail__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-zaak-detail-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-zaak-detail__item {
    border-color: var(--kb-zaak-detail-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-style: solid;
    border-width: var(--kb-zaak-detail-item-border-width, 0 0 1px);
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block: var(--kb-zaak-detail-item-padding-block, 0.5rem);
    padding-inline: var(--kb-zaak-detail-item-padding-inline, 0);
  }

  .kb-zaak-detail__item .kb-zaak-detail__item:last-child {
    border-block-end-width: 0;
    padding-block-end: 0;
  }

  .kb-zaak-detail__title {
    font-weight: bold;
    overflow-wrap: break-word;
  }

  .kb-zaak-detail__download {
    ${linkButtonDeclarations}
    overflow-wrap: anywhere;
  }

  .kb-zaak-detail__note {
    font-weight: var(--kb-zaak-detail-note-font-weight, bold);
  }
  .kb-zaak-detail__note--late,
  .kb-zaak-detail__error {
    color: var(--kb-zaak-detail-late-color, var(--utrecht-alert-error-color, inherit));
  }

  .kb-zaak-detail__toelichting {
    display: block;
  }

  .kb-zaak-detail__berichten {
    border-inline-start: 2px solid var(--kb-zaak-detail-bericht-border-color, var(--utrecht-border-color, currentColor));
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    list-style: none;
    margin-block: 0.25em 0;
    padding-inline-start: 0.75em;
  }

  .kb-zaak-detail__date {
    font-size: 0.875em;
  }
`;
