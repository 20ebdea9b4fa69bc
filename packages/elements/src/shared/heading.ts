import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading level 1–6, as the host page's outline needs. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

type HeadingTemplate = (className: string, part: string, id: string | undefined, text: string) => TemplateResult;

/**
 * One template per level: a Lit template cannot bind a tag name, and `lit/static-html.js`, which can, would put 0.5 kB
 * gzip into every element's first load. The tag comes from this fixed table, never from input. The text is the
 * heading's `textContent`: one text node, without the marker a child binding adds.
 */
const TEMPLATES: Record<HeadingLevel, HeadingTemplate> = {
  1: (c, part, id, text) => html`<h1 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h1>`,
  2: (c, part, id, text) => html`<h2 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h2>`,
  3: (c, part, id, text) => html`<h3 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h3>`,
  4: (c, part, id, text) => html`<h4 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h4>`,
  5: (c, part, id, text) => html`<h5 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h5>`,
  6: (c, part, id, text) => html`<h6 class=${c} part=${part} id=${ifDefined(id)} .textContent=${text}></h6>`,
};

/** Reads a `heading-level` value: an integer 1–6, else `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** One level deeper than `level`, never beyond 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** Renders `<h{level} class="utrecht-heading-{level}">` with `text`. */
export function heading(level: HeadingLevel, text: string, options: { part?: string; id?: string; className?: string } = {}): TemplateResult {
  const className = `utrecht-heading-${level}${options.className ? ` ${options.className}` : ''}`;
  return TEMPLATES[level](className, options.part ?? 'heading', options.id, text);
}
