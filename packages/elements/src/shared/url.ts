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
