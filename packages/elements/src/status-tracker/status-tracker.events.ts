/**
 * The event `<kb-status-tracker>` fires after a live update, in the typed event maps.
 * @module
 */

/** Detail of `kb-zaak-change`: what a live update changed. */
export interface KbZaakChangeDetail {
  /** The zaak URL. */
  readonly zaak: string;
  /** Name of the current step after the update; undefined while the zaak has no status. */
  readonly status?: string;
  /** Name of the current step before the update (the same as `status` when something else changed). */
  readonly previousStatus?: string;
}

/** Fired after a live update of the zaak was loaded and shown (not for the first load). */
export type KbZaakChangeEvent = CustomEvent<KbZaakChangeDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-zaak-change': KbZaakChangeEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-zaak-change': KbZaakChangeEvent;
  }
}
