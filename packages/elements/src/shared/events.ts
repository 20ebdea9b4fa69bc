import type { KlantbeeldError, ZaakSummary } from '@klantbeeld/core';
import type { ConfigurationError } from './configuration.js';

/** Detail of `kb-zaak-select`: the case the resident chose. */
export interface KbZaakSelectDetail {
  readonly zaak: ZaakSummary;
}

/**
 * Fired when the resident chooses a case in a list. Cancelable: call `preventDefault()` to stop the
 * link's navigation (e.g. to route inside a single-page app).
 */
export type KbZaakSelectEvent = CustomEvent<KbZaakSelectDetail>;

/** Detail of `kb-error`: what went wrong, and a function that tries again. */
export interface KbErrorDetail {
  /**
   * A `KlantbeeldError` (see `kind`) for every failure the core client knows; a {@link ConfigurationError} (see
   * `missing`) when the element misses required configuration; another `Error` otherwise.
   */
  readonly error: KlantbeeldError | ConfigurationError | Error;
  /** Re-runs the failed request(s); the element shows its loading state meanwhile. */
  readonly retry?: () => void;
}

/**
 * Fired when a data element could not load its data (it then shows an error message with a retry button, or a short
 * note when `<kb-provider>` shows one message for the page), or misses required configuration (no `retry` then).
 */
export type KbErrorEvent = CustomEvent<KbErrorDetail>;

/** Every event the Klantbeeld elements fire, by name. */
export interface KlantbeeldEventMap {
  'kb-zaak-select': KbZaakSelectEvent;
  'kb-error': KbErrorEvent;
}

declare global {
  interface HTMLElementEventMap {
    'kb-zaak-select': KbZaakSelectEvent;
    'kb-error': KbErrorEvent;
  }
}
