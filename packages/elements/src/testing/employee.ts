/**
 * Test support (not published): employee mode without a gateway. A fake `EmployeeSession` and a container that
 * provides an `EmployeeView` to the elements rendered in it (as `<kb-provider mode="medewerker">` would).
 * @module
 */
import { fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { EmployeeSession, EmployeeSessionInfo, KlantContextInfo, KlantContextRequest, KlantSearchPage } from '@klantbeeld/core';
import { employeeContext, type EmployeeView } from '../shared/context.js';

/** A klant context of the `kcc` profile (documents, besluiten and verwerkingen shielded) for `displayName`. */
export function kccContext(displayName: string): KlantContextInfo {
  return {
    klant: { kind: 'persoon', displayName },
    profile: 'kcc',
    purpose: 'telefoon',
    reference: null,
    startedAt: new Date().toISOString(),
    access: { zaken: 'read', catalogi: 'read', klantinteracties: 'write', objecten: 'read', producten: 'read', brp: 'read' },
  };
}

/** An employee session that only holds a context: `choose` and `end` set it (and fire `context-change`), nothing is sent. */
export class FakeEmployeeSession extends EventTarget implements EmployeeSession {
  context: KlantContextInfo | null;

  constructor(context: KlantContextInfo | null = null) {
    super();
    this.context = context;
  }

  info(): Promise<EmployeeSessionInfo> {
    return Promise.resolve({ employee: { displayName: 'K. de Vries' }, profiles: [], context: this.context });
  }

  search(): Promise<KlantSearchPage> {
    return Promise.resolve({ results: [], page: 1, pageSize: 10, hasNext: false });
  }

  choose(request: KlantContextRequest): Promise<KlantContextInfo> {
    this.context = kccContext(request.ref);
    this.dispatchEvent(new Event('context-change'));
    return Promise.resolve(this.context);
  }

  end(): Promise<void> {
    this.context = null;
    this.dispatchEvent(new Event('context-change'));
    return Promise.resolve();
  }
}

/** A `<div lang>` (cleaned up after the test) that provides the employee view of `session` to what is rendered in it. */
export async function employeeContainer(session: EmployeeSession, lang = 'nl'): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const view: EmployeeView = { info: undefined, context: session.context, session };
  new ContextProvider(container, { context: employeeContext, initialValue: view });
  return container;
}
