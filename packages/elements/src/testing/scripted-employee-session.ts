/**
 * Test support (not published): an `EmployeeSession` whose answers the test scripts, and the dev stack's profiles
 * (STAFF-CONTRACT.md), for elements tested without a gateway. Provide it with {@link provideEmployee}.
 * @module
 */
import { ContextProvider } from '@lit/context';
import type {
  EmployeeSession,
  EmployeeSessionInfo,
  KlantContextInfo,
  KlantContextRequest,
  KlantSearchPage,
  KlantSearchRequest,
  KlantSearchResult,
  ProfileInfo,
} from '@klantbeeld/core';
import { employeeContext, type EmployeeView } from '../shared/context.js';

/** The dev stack's `kcc` profile. */
export const KCC: ProfileInfo = {
  id: 'kcc',
  label: { nl: 'Klantcontactcentrum', en: 'Customer contact centre' },
  purposes: [
    { id: 'telefoon', label: { nl: 'Vraag van de klant aan de telefoon', en: 'Question of the customer on the phone' } },
    { id: 'balie', label: { nl: 'Vraag van de klant aan de balie', en: 'Question of the customer at the desk' } },
    { id: 'terugbellen', label: { nl: 'Terugbellen', en: 'Calling back' } },
  ],
  searchBy: ['bsn', 'naam', 'kvk', 'email', 'telefoon'],
};

/** The dev stack's `sociaal-domein` profile. */
export const SOCIAAL_DOMEIN: ProfileInfo = {
  id: 'sociaal-domein',
  label: { nl: 'Sociaal domein', en: 'Social domain' },
  purposes: [{ id: 'behandeling-aanvraag', label: { nl: 'Behandeling van een aanvraag', en: 'Handling an application' } }],
  searchBy: ['bsn', 'naam'],
};

/** `count` namesakes, as BRP finds them by surname and birth date. */
export function namesakes(count: number): KlantSearchResult[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: `ref-${i + 1}`,
    kind: 'persoon' as const,
    displayName: i === 0 ? 'F. Jansen-El Amrani' : `${String.fromCharCode(65 + (i % 26))}. Jansen`,
    birthDate: '1980-02-01',
    address: `Burgemeester van Walsum-Bisschopsweg ${i + 1}, 's-Gravenhage`,
  }));
}

/** The klant context `choose` answers with, for `request`. */
export function contextFor(request: KlantContextRequest, result: KlantSearchResult | undefined): KlantContextInfo {
  return {
    klant: { kind: 'persoon', displayName: result?.displayName ?? 'F. Jansen-El Amrani', birthDate: result?.birthDate ?? '1980-02-01' },
    profile: request.profile,
    purpose: request.purpose,
    reference: request.reference ?? null,
    startedAt: '2026-12-07T10:00:00Z',
    access: { zaken: 'read', klantinteracties: 'write' },
  };
}

/** An `EmployeeSession` that answers from `results` (ten to a page) unless a test replaces an answer. */
export class ScriptedEmployeeSession extends EventTarget implements EmployeeSession {
  context: KlantContextInfo | null = null;
  results: KlantSearchResult[] = namesakes(1);
  readonly calls = { info: 0, search: [] as KlantSearchRequest[], choose: [] as KlantContextRequest[], end: 0 };

  infoAnswer: () => Promise<EmployeeSessionInfo> = () => Promise.resolve({ employee: { displayName: 'K. de Vries' }, profiles: [KCC], context: this.context });
  searchAnswer: (request: KlantSearchRequest) => Promise<KlantSearchPage> = (request) => {
    const page = request.page ?? 1;
    return Promise.resolve({ results: this.results.slice((page - 1) * 10, page * 10), page, pageSize: 10, hasNext: this.results.length > page * 10 });
  };
  chooseAnswer: (request: KlantContextRequest) => Promise<KlantContextInfo> = (request) =>
    Promise.resolve(
      contextFor(
        request,
        this.results.find((r) => r.ref === request.ref),
      ),
    );
  endAnswer: () => Promise<void> = () => Promise.resolve();

  info(): Promise<EmployeeSessionInfo> {
    this.calls.info++;
    return this.infoAnswer();
  }

  search(request: KlantSearchRequest): Promise<KlantSearchPage> {
    this.calls.search.push(request);
    return this.searchAnswer(request);
  }

  async choose(request: KlantContextRequest): Promise<KlantContextInfo> {
    this.calls.choose.push(request);
    const context = await this.chooseAnswer(request);
    this.context = context;
    this.dispatchEvent(new Event('context-change'));
    return context;
  }

  async end(): Promise<void> {
    this.calls.end++;
    await this.endAnswer();
    this.context = null;
    this.dispatchEvent(new Event('context-change'));
  }
}

/** Provides `employeeContext` on `host` as `<kb-provider mode="medewerker">` would; `set` replaces the view. */
export function provideEmployee(host: HTMLElement, view: EmployeeView): { set: (next: EmployeeView) => void } {
  const provider = new ContextProvider(host, { context: employeeContext, initialValue: view });
  return { set: (next) => provider.setValue(next) };
}

/** The view of a signed-in employee with `profiles` (the session's context as it is now). */
export function signedIn(session: ScriptedEmployeeSession, profiles: readonly ProfileInfo[] = [KCC]): EmployeeView {
  return { info: { employee: { displayName: 'K. de Vries' }, profiles, context: session.context }, context: session.context, session };
}
