/**
 * Missing configuration: an element without an attribute it cannot work without (`<kb-taken>` without `objecttype`)
 * says so on the page, fires `kb-error` with a {@link ConfigurationError}, and warns once in the console in
 * development builds.
 * @module
 */
import { LitElement } from 'lit';

/** The `error` of `kb-error` when an element misses required configuration. */
export class ConfigurationError extends Error {
  /** The element's tag, e.g. `kb-taken`. */
  readonly element: string;
  /** The attributes it misses, e.g. `['objecttype']`. */
  readonly missing: readonly string[];

  constructor(element: string, missing: readonly string[]) {
    super(`<${element}> needs ${missing.map((name) => `\`${name}\``).join(' and ')} to load its data.`);
    this.name = 'ConfigurationError';
    this.element = element;
    this.missing = missing;
  }
}

/** Set to `false` by the CDN build (`define`), so that its minifier drops the warning; absent everywhere else. */
declare const __KLANTBEELD_DEV__: boolean | undefined;

/**
 * Whether this is a development build. The CDN build says no at build time (`__KLANTBEELD_DEV__`). Elsewhere Lit
 * decides: its development build, which the `development` export condition selects (dev servers, test runners),
 * defines `enabledWarnings`; its production build (an app's production bundle) does not.
 */
function isDevelopment(): boolean {
  return typeof __KLANTBEELD_DEV__ === 'boolean' ? __KLANTBEELD_DEV__ : (LitElement as unknown as { enabledWarnings?: unknown }).enabledWarnings !== undefined;
}

const warned = new Set<string>();

/** Warns once per element and message, in development builds only: a web team sees it while building the page. */
export function warnOnceInDevelopment(error: ConfigurationError): void {
  if (!isDevelopment() || warned.has(error.message)) return;
  warned.add(error.message);
  console.warn(`[klantbeeld] ${error.message}`);
}
