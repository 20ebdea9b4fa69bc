/**
 * Links built from API data: only `http:`/`https:` URLs or relative ones (which resolve to the page's own scheme).
 * @module
 */

const PROBE_BASE = 'http://relative.invalid/';

/**
 * `true` when `href` is an absolute `http(s)` URL or a relative reference. Parsed with the URL parser (as the
 * browser parses `href`), so `java\tscript:` or ` javascript:` tricks are caught.
 */
export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href, PROBE_BASE);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Fills `{name}` placeholders of `template` with URL-encoded values; unknown placeholders stay as they are.
 * Returns `undefined` when the result is not a safe link (see {@link isSafeHref}).
 */
export function fillHrefTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string | undefined {
  const href = template.replace(/\{([a-zA-Z]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? encodeURIComponent(values[name] ?? '') : placeholder,
  );
  return isSafeHref(href) ? href : undefined;
}

/**
 * An element's link template attribute (`href-template`, `zaak-href-template`): fills it, and tells the web team once
 * per template, in the console, when it gives no safe link (the template is page configuration, never personal data).
 */
export class LinkTemplate {
  readonly #attribute: string;
  #warned?: string;

  /** `attribute` names the template in the warning, e.g. `<kb-lopende-zaken> href-template`. */
  constructor(attribute: string) {
    this.#attribute = attribute;
  }

  /** The link for `values`; `undefined` when `template` is empty or gives no safe link. */
  fill(template: string | undefined, values: Readonly<Record<string, string | undefined>>): string | undefined {
    const trimmed = template?.trim();
    if (!trimmed) return undefined;
    const href = fillHrefTemplate(trimmed, values);
    if (href === undefined && this.#warned !== trimmed) {
      this.#warned = trimmed;
      console.warn(`[klantbeeld] ${this.#attribute} "${trimmed}" does not give an http(s) or relative URL; no links are shown.`);
    }
    return href;
  }
}
