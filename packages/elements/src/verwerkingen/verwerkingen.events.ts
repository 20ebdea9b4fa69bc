/**
 * The event of `<kb-verwerkingen>`, in the typed event maps.
 * @module
 */

/** Detail of `kb-period-change`: the range the resident asked for (ISO dates, both inclusive). */
export interface KbPeriodChangeDetail {
  readonly van: string;
  readonly tot: string;
}

/** Fired when the resident shows the log of another date range. */
export type KbPeriodChangeEvent = CustomEvent<KbPeriodChangeDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-period-change': KbPeriodChangeEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-period-change': KbPeriodChangeEvent;
  }
}
