/**
 * The flow of `<kb-klant-zoeken>` as a reactive controller: the employee's session (read once when the provider has
 * not yet), the search form and its problems, the pages of results, the purpose step, choosing and ending the klant
 * context, the live region's message and where focus goes after each step. Everything goes through the core
 * `EmployeeSession` of the provided {@link EmployeeView}; every failure becomes a state, never an exception.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  EMPLOYEE_PROBLEM_CODES,
  isKlantbeeldError,
  type EmployeeSession,
  type EmployeeSessionInfo,
  type KlantContextInfo,
  type KlantSearchField,
  type KlantSearchRequest,
  type KlantSearchResult,
  type ProfileInfo,
  type ValidationError,
  validateKlantQuery,
} from '@klantbeeld/core';
import { isAbortError } from '../shared/data-element.js';
import type { EmployeeView } from '../shared/context.js';
import type { FieldErrors } from '../klantvoorkeuren/form-fields.js';
import {
  emptyDraft,
  FIELD_DOEL,
  FIELD_PROFIEL,
  FIELD_REFERENTIE,
  MAX_REFERENTIE,
  queryOf,
  searchErrors,
  withProfile,
  type PurposeStep,
  type SearchDraft,
  type SearchFailure,
  type SearchInput,
  type SearchState,
  type SessionState,
} from './klant-zoeken.model.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** The element the flow belongs to: it renders the flow (focus moves inside it). */
export type KlantZoekenFlowHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the flow reads from its element, and how it reports a changed klant context. */
export interface KlantZoekenFlowOptions {
  readonly view: () => EmployeeView | undefined;
  readonly texts: () => KlantZoekenTexts;
  /** The klant context changed by this element (it fires `kb-klant-change`). */
  readonly changed: (context: KlantContextInfo | null) => void;
}

interface FlowValues {
  draft?: SearchDraft | undefined;
  errors: FieldErrors;
  /** Problems of a refused search that name no field. */
  alert?: string | undefined;
  summary: boolean;
  search: SearchState;
  purpose?: PurposeStep | undefined;
  ending: 'idle' | 'ending' | 'failed';
  /** The last thing to tell a screen reader user (the live region's text). */
  announcement: string;
}

const failureOf = (error: unknown): 'network' | 'not-authenticated' | 'other' => {
  if (!isKlantbeeldError(error)) return 'other';
  if (error.kind === 'network' || error.kind === 'timeout') return 'network';
  return error.kind === 'not-authenticated' ? 'not-authenticated' : 'other';
};

/** Owns the state of the search, the purpose step and the klant context this element changed. */
export class KlantZoekenFlow implements ReactiveController {
  readonly #host: KlantZoekenFlowHost;
  readonly #options: KlantZoekenFlowOptions;
  readonly #values: FlowValues = { errors: {}, summary: false, search: { kind: 'idle' }, ending: 'idle', announcement: '' };
  /** The session this element read itself (when the provider had not), and what it learnt. */
  #read?: { readonly session: EmployeeSession; state: SessionState };
  /** The klant context as this element last changed it, for the view it changed it under (newer views know it). */
  #changed?: { readonly view: EmployeeView; readonly context: KlantContextInfo | null };
  #search?: AbortController;
  /** The session the state below belongs to. */
  #seen?: EmployeeSession;
  /** The profiles the employee holds, as last rendered. */
  #profiles: readonly ProfileInfo[] = [];

  constructor(host: KlantZoekenFlowHost, options: KlantZoekenFlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#search?.abort();
  }

  #set(values: Partial<FlowValues>): void {
    Object.assign(this.#values, values);
    this.#host.requestUpdate();
  }

  get values(): Readonly<FlowValues> {
    return this.#values;
  }

  // -------------------------------------------------------------------------------------------------
  // The session

  /** The session's state: the provider's info, else what this element read. Starts that read when needed. */
  session(view: EmployeeView): SessionState {
    if (this.#seen !== view.session) this.#forget(view.session);
    if (view.info) return { status: 'ready', info: view.info };
    if (this.#read?.session !== view.session) this.#readSession(view.session);
    return this.#read?.state ?? { status: 'loading' };
  }

  /** Another session (another employee, or signed in anew): nothing found or typed under the previous one stays. */
  #forget(session: EmployeeSession): void {
    this.#seen = session;
    this.#search?.abort();
    this.#changed = undefined;
    Object.assign(this.#values, {
      draft: undefined,
      errors: {},
      alert: undefined,
      summary: false,
      search: { kind: 'idle' },
      purpose: undefined,
      ending: 'idle',
    });
  }

  #readSession(session: EmployeeSession): void {
    const read: { session: EmployeeSession; state: SessionState } = { session, state: { status: 'loading' } };
    this.#read = read;
    session.info().then(
      (info) => {
        read.state = { status: 'ready', info };
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        read.state = { status: failureOf(error) === 'not-authenticated' ? 'not-signed-in' : 'failed' };
        this.#host.requestUpdate();
      },
    );
  }

  retrySession = (): void => {
    const session = this.#options.view()?.session;
    if (session) this.#readSession(session);
    this.#host.requestUpdate();
  };

  /** The klant context now: as this element changed it, else as the provider says. */
  context(view: EmployeeView, info: EmployeeSessionInfo): KlantContextInfo | null {
    if (this.#changed?.view === view) return this.#changed.context;
    return view.info ? view.context : info.context;
  }

  /** The draft of the search form, for the profiles the employee holds (a new one when its profile is gone). */
  draft(profiles: readonly ProfileInfo[]): SearchDraft | undefined {
    this.#profiles = profiles;
    const first = profiles[0];
    if (!first) return undefined;
    if (!this.#values.draft || !profiles.some((p) => p.id === this.#values.draft?.profile)) this.#values.draft = emptyDraft(first);
    return this.#values.draft;
  }

  // -------------------------------------------------------------------------------------------------
  // Focus

  #focus(selector: string): void {
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  focusField = (event: Event, id: string): void => {
    event.preventDefault();
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  // -------------------------------------------------------------------------------------------------
  // The search form

  setProfile(profile: ProfileInfo): void {
    const draft = this.#values.draft;
    if (draft) this.#set({ draft: withProfile(draft, profile) });
  }

  setWay(by: KlantSearchField): void {
    const draft = this.#values.draft;
    if (draft) this.#set({ draft: { ...draft, by }, errors: {}, summary: false, alert: undefined });
  }

  setInput(input: SearchInput, value: string): void {
    // No re-render: the field's value is live, and a message stays until the next submit.
    const draft = this.#values.draft;
    if (draft) draft.values[input] = value;
  }

  onSearchSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#values.draft;
    if (!draft) return;
    const request: KlantSearchRequest = { ...queryOf(draft), profile: draft.profile, page: 1 };
    const profile = this.#profiles.find((p) => p.id === draft.profile);
    const { fields, rest } = searchErrors(this.#options.texts(), validateKlantQuery(request, profile ? { profile } : {}), draft);
    if (Object.keys(fields).length > 0 || rest.length > 0) {
      this.#showSearchErrors(fields, rest);
      return;
    }
    void this.#run(request);
  };

  #showSearchErrors(shown: FieldErrors, others: readonly string[]): void {
    // With one profile there is no profile field to show its problem at.
    const { [FIELD_PROFIEL]: profile, ...rest } = shown;
    const onProfile = this.#profiles.length > 1 && profile !== undefined;
    const fields = onProfile ? shown : rest;
    const alerts = profile !== undefined && !onProfile ? [...others, profile] : others;
    this.#setSearchErrors(fields, alerts);
  }

  #setSearchErrors(fields: FieldErrors, rest: readonly string[]): void {
    const hasFields = Object.keys(fields).length > 0;
    this.#set({ errors: fields, summary: hasFields, alert: rest.length > 0 ? rest.join(' ') : undefined, search: { kind: 'idle' }, purpose: undefined });
    this.#focus(hasFields ? '[part="search-form"] [part="error-summary"]' : '[part="search-form"] [part="form-alert"]');
  }

  /** Shows page `page` of the current results. */
  goToPage(page: number): void {
    const search = this.#values.search;
    if (search.kind === 'results') void this.#run({ ...search.request, page });
  }

  retrySearch = (): void => {
    const search = this.#values.search;
    if (search.kind === 'failed') void this.#run(search.request);
  };

  async #run(request: KlantSearchRequest): Promise<void> {
    const session = this.#options.view()?.session;
    if (!session) return;
    const t = this.#options.texts();
    this.#search?.abort();
    const abort = new AbortController();
    this.#search = abort;
    this.#set({ search: { kind: 'searching', request }, errors: {}, summary: false, alert: undefined, purpose: undefined, announcement: t.bezig });
    try {
      const page = await session.search(request, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const count = page.results.length;
      this.#set({ search: { kind: 'results', request, page }, announcement: count > 0 ? t.aantal(count, page.page, page.hasNext) : t.geenResultaat });
      this.#focus('[part~="results-heading"]');
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      const draft = this.#values.draft;
      if (isKlantbeeldError(error) && error.kind === 'validation' && draft) {
        const { fields, rest } = searchErrors(t, (error as ValidationError).invalidParams, draft);
        this.#showSearchErrors(fields, rest.length > 0 || Object.keys(fields).length > 0 ? rest : [t.zoekFout.other]);
        return;
      }
      const unavailable = isKlantbeeldError(error) && (error.problem?.code === EMPLOYEE_PROBLEM_CODES.searchSourceUnavailable || error.status === 503);
      const reason: SearchFailure = unavailable ? 'unavailable' : failureOf(error);
      this.#set({ search: { kind: 'failed', request, reason }, announcement: '' });
      this.#focus('[part="search-error"]');
    }
  }

  // -------------------------------------------------------------------------------------------------
  // The purpose step

  choose(result: KlantSearchResult, profile: ProfileInfo | undefined): void {
    const only = profile?.purposes.length === 1 ? (profile.purposes[0]?.id ?? '') : '';
    this.#set({ purpose: { result, purpose: only, reference: '', errors: {}, status: 'editing' } });
    this.#focus('[part~="purpose-heading"]');
  }

  back = (): void => {
    const step = this.#values.purpose;
    this.#set({ purpose: undefined });
    if (step) this.#focus(`[data-ref="${CSS.escape(step.result.ref)}"]`);
  };

  onPurposeSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const step = this.#values.purpose;
    if (!step || step.status === 'choosing') return;
    const t = this.#options.texts();
    const errors: FieldErrors = {};
    if (step.purpose === '') errors[FIELD_DOEL] = t.fouten.doel;
    if (step.reference.trim().length > MAX_REFERENTIE) errors[FIELD_REFERENTIE] = t.fouten.teLang(MAX_REFERENTIE);
    if (Object.keys(errors).length > 0) {
      this.#set({ purpose: { ...step, errors, status: 'editing' } });
      this.#focus('[part="purpose-form"] [part="error-summary"]');
      return;
    }
    void this.#confirm(step);
  };

  retryChoose = (): void => {
    const step = this.#values.purpose;
    if (step) void this.#confirm(step);
  };

  async #confirm(step: PurposeStep): Promise<void> {
    const view = this.#options.view();
    const profile = this.#values.draft?.profile;
    if (!view || !profile) return;
    this.#set({ purpose: { ...step, errors: {}, status: 'choosing' } });
    const reference = step.reference.trim();
    try {
      const context = await view.session.choose({ ref: step.result.ref, profile, purpose: step.purpose, ...(reference ? { reference } : {}) });
      this.#changed = { view, context };
      this.#set({ purpose: undefined, search: { kind: 'idle' }, announcement: this.#options.texts().gekozen(context.klant.displayName) });
      this.#options.changed(context);
      this.#focus('[part~="summary-heading"]');
    } catch (error) {
      const failure = isKlantbeeldError(error) && error.kind === 'validation' ? 'expired' : failureOf(error) === 'network' ? 'network' : 'other';
      this.#set({ purpose: { ...step, status: 'failed', failure } });
      this.#focus('[part="purpose-error"]');
    }
  }

  // -------------------------------------------------------------------------------------------------
  // The klant context

  end = async (): Promise<void> => {
    const view = this.#options.view();
    if (!view || this.#values.ending === 'ending') return;
    this.#set({ ending: 'ending' });
    try {
      await view.session.end();
      this.#changed = { view, context: null };
      // Nothing typed about the previous klant stays in the form.
      this.#set({ ending: 'idle', draft: undefined, errors: {}, summary: false, alert: undefined, announcement: this.#options.texts().beeindigd });
      this.#options.changed(null);
      this.#focus('[part="search-form"] :is(input:checked, input:not([type="radio"]))');
    } catch {
      this.#set({ ending: 'failed' });
      this.#focus('[part="end-error"]');
    }
  };
}
