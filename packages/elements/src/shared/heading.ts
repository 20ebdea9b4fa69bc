import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading level 1–6, as the host page's outline needs. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAGS: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The static tag of a heading level, for a template that writes its heading itself (`<${headingTag(level)}>`). */
export function headingTag(level: HeadingLevel): StaticValue {
  return TAGS[level];
}

/** Reads a `heading-level` value: an integer 1–6, else `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** One level deeper than `level`, never beyond 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * Renders `<h{level} class="utrecht-heading-{level}">` with `content` as text (or a template).
 * The tag comes from a fixed table of static literals, never from input.
 */
export function heading(level: HeadingLevel, content: unknown, options: { part?: string; id?: string; className?: string } = {}): TemplateResult {
  const tag = TAGS[level];
  const className = `utrecht-heading-${level}${options.className ? ` ${options.className}` : ''}`;
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- lit/static-html.js: the tag is a static literal
  return html`<${tag} class=${className} part=${options.part ?? 'heading'} id=${ifDefined(options.id)}>${content}</${tag}>`;
}
