import { createContext } from '@lit/context';
import type { EmployeeSession, EmployeeSessionInfo, KlantbeeldClient, KlantContextInfo, OutageMonitor } from '@klantbeeld/core';

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

/**
 * The employee mode, provided by `<kb-provider mode="medewerker">`: the employee's session (profiles, the chosen klant
 * context) and the core object to search and choose a klant. Absent in resident mode. A new object each time the
 * session or the klant context changes, so that consumers re-render; the provider also creates a new client then, so
 * nothing of a previous klant stays cached.
 */
export interface EmployeeView {
  /** The session as last read, `undefined` while it loads. */
  readonly info: EmployeeSessionInfo | undefined;
  /** The chosen klant context, or null when none is chosen (data elements then show an idle state and fetch nothing). */
  readonly context: KlantContextInfo | null;
  /** The core object to search, choose and end a klant context (from `@klantbeeld/core`). */
  readonly session: EmployeeSession;
}
export const employeeContext = createContext<EmployeeView | undefined>(Symbol.for('klantbeeld-employee'));
