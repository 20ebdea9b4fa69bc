import { css } from 'lit';

/** Contact history: a timeline of entries; NL DS has no timeline component in the shared set, so it reads `--kb-contact-history-*`. */
export const styles = css`
  .kb-base,
  .kb-content {
    gap: var(--kb-contact-history-gap, var(--kb-space-block, 1rem));
  }

  .kb-contact-history__group {
    display: flex;
    flex-direction: column;
    gap: var(--kb-contact-history-group-gap, 0.5rem);
  }

  .kb-contact-history__list {
    display: flex;
    flex-direction: column;
    gap: var(--kb-contact-history-list-gap, 0.75rem);
    list-style: none;
    margin-block: 0;
    padding-inline-start: 0;
  }

  .kb-contact-history__article {
    background-color: var(--kb-contact-history-item-background-color, transparent);
    border-color: var(--kb-contact-history-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)));
    border-radius: var(--kb-contact-history-item-border-radius, 0.25rem);
    border-style: solid;
    border-width: var(--kb-contact-history-item-border-width, 1px);
    display: flex;
    flex-direction: column;
    gap: var(--kb-contact-history-item-gap, 0.25rem);
    padding-block: var(--kb-contact-history-item-padding-block, 1rem);
    padding-inline: var(--kb-contact-history-item-padding-inline, 1rem);
  }

  .kb-contact-history__item--afspraak .kb-contact-history__article {
    background-color: var(--kb-contact-history-afspraak-background-color, var(--kb-contact-history-item-background-color, transparent));
    border-color: var(
      --kb-contact-history-afspraak-border-color,
      var(--kb-contact-history-item-border-color, var(--utrecht-border-color, color-mix(in srgb, currentColor 30%, transparent)))
    );
  }

  /* Focused programmatically after "Toon eerdere contacten": a visible ring, so keyboard users see where they are. */
  .kb-contact-history__article:focus-visible,
  .kb-contact-history__article:focus {
    outline-color: var(--utrecht-focus-outline-color, Highlight);
    outline-offset: var(--utrecht-focus-outline-offset, 2px);
    outline-style: var(--utrecht-focus-outline-style, solid);
    outline-width: var(--utrecht-focus-outline-width, 2px);
  }

  /* A contact's title is one level below the month, but reads as small as a level-4 heading at any level. */
  .kb-contact-history__title {
    font-size: var(--utrecht-heading-4-font-size, 1.125em);
    line-height: var(--utrecht-heading-4-line-height, inherit);
  }
  /* Nested deeper (e.g. in <kb-klantbeeld>: months at h4), it is never larger than the month's level-4 heading above it. */
  .utrecht-heading-5.kb-contact-history__title,
  .utrecht-heading-6.kb-contact-history__title {
    font-size: min(
      var(--utrecht-heading-4-font-size, 1em),
      var(--utrecht-heading-3-font-size, 1.17em),
      var(--utrecht-heading-2-font-size, 1.5em),
      var(--utrecht-heading-1-font-size, 2em)
    );
  }

  .kb-contact-history__meta {
    color: var(--kb-contact-history-meta-color, var(--utrecht-paragraph-color, inherit));
  }

  .kb-contact-history__vertrouwelijk {
    color: var(--kb-contact-history-vertrouwelijk-color, inherit);
    font-style: italic;
  }

  .kb-contact-history__text {
    overflow-wrap: break-word;
    white-space: pre-line;
  }

  .kb-contact-history__more {
    align-items: flex-start;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    .kb-contact-history__article {
      border-color: CanvasText;
    }
    .kb-contact-history__article:focus {
      outline-color: Highlight;
    }
  }
`;
