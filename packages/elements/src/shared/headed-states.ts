import { html, type TemplateResult } from 'lit';
import { heading, toHeadingLevel, type HeadingLevel } from './heading.js';

/**
 * The `renderData` options of a list element with a heading over every state and one sentence when the list is empty
 * (contact history, products, tasks): the element names its texts and how it shows the data, at which heading level.
 */
export function headedStates<T>(
  headingLevel: unknown,
  texts: { readonly loading: string; readonly heading: string },
  empty: string,
  ready: (data: T, level: HeadingLevel) => unknown,
): { loadingLabel: string; before: TemplateResult; empty: () => TemplateResult; ready: (data: T) => unknown } {
  const level = toHeadingLevel(headingLevel);
  return {
    loadingLabel: texts.loading,
    before: heading(level, texts.heading),
    empty: () => html`<p class="utrecht-paragraph" part="empty">${empty}</p>`,
    ready: (data) => ready(data, level),
  };
}
