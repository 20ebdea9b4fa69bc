import { createContext } from '@lit/context';
import type { KlantbeeldClient } from '@klantbeeld/core';

/**
 * The one client of a page, provided by `<kb-provider>` (or `new ContextProvider(document.body, { context: clientContext })`)
 * and consumed by every data element. `Symbol.for` makes two copies of this package share the context.
 */
export const clientContext = createContext<KlantbeeldClient | undefined>(Symbol.for('klantbeeld-client'));
export type { KlantbeeldClient };
