import { html, type TemplateResult } from 'lit';
import { heading, toHeadingLevel, type HeadingLevel } from './heading.js';

/** What `renderData` needs of an element whose every state stands under its heading. */
export interface HeadedStates<T> {
  loadingLabel: string;
  before: TemplateResult;
  empty: () => TemplateResult;
  ready: (data: T) => unknown;
}

/** The paragraph a list element shows when it has nothing to list. */
export function emptyParagraph(text: string): TemplateResult {
  return html`<p class="utrecht-paragraph" part="empty">${text}</p>`;
}

/**
 * The states of a list element with nothing above its content but its heading: the heading at the host's
 * `heading-level`, the loading label, {@link emptyParagraph} when there is nothing, and `ready` with the level read
 * once, for the sub-headings of its groups.
 */
export function headedStates<T>(
  headingLevel: unknown,
  texts: { readonly loading: string; readonly heading: string },
  emptyText: string,
  ready: (data: T, level: HeadingLevel) => unknown,
): HeadedStates<T> {
  const level = toHeadingLevel(headingLevel);
  return {
    loadingLabel: texts.loading,
    before: heading(level, texts.heading),
    empty: () => emptyParagraph(emptyText),
    ready: (data) => ready(data, level),
  };
}
