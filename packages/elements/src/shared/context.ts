import { createContext } from '@lit/context';
import type { KlantbeeldClient, OutageMonitor } from '@klantbeeld/core';

/**
 * The one client of a page, provided by `<kb-provider>` (or `new ContextProvider(document.body, { context: clientContext })`)
 * and consumed by every data element. `Symbol.for` makes two copies of this package share the context.
 */
export const clientContext = createContext<KlantbeeldClient | undefined>(Symbol.for('klantbeeld-client'));
export type { KlantbeeldClient };

/**
 * The page's outage monitor, provided by `<kb-provider>`: data elements report their failures to it and show a short
 * note instead of their own message when it says the failure is the page's (see core's `OutageMonitor`). A new
 * object each time the outage changes, so that the elements re-render.
 */
export interface OutageView {
  /** What elements use of the monitor: the provider loads the monitor itself only once a first failure is reported. */
  readonly monitor: Pick<OutageMonitor<Element>, 'report' | 'resolve' | 'covers'>;
}
export const outageContext = createContext<OutageView | undefined>(Symbol.for('klantbeeld-outage'));
