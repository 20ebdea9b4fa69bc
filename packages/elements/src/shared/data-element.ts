import { html, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { KlantbeeldClient } from '@klantbeeld/core';
import { clientContext, employeeContext, outageContext, type EmployeeView, type OutageView } from './context.js';
import type { ConfigurationError } from './configuration.js';
import { failureStates, FailureStatesWait } from './states-on-demand.js';
import { KlantbeeldElement } from './klantbeeld-element.js';
import { hostResetStyles } from './host-reset.styles.js';
import { LoadingDelay } from './loading-delay.js';
import { prepareDateFormatters } from './format.js';
import { errorKind, isAbortError, toError } from './load-errors.js';
import { textsConverter } from './texts-attribute.js';
import type { Translation, TranslationOverrides } from './i18n.js';

/**
 * The four states every data element renders (plus `idle`: not configured yet, e.g. no client or no `zaak`, or in
 * employee mode no klant chosen; and `shielded`: the employee's role does not grant this data).
 */
export type DataState = 'idle' | 'loading' | 'error' | 'empty' | 'ready' | 'shielded';

export { errorKind, isAbortError } from './load-errors.js';
export { textsConverter } from './texts-attribute.js';

/**
 * Base class of the elements that load data through the core client (from `@lit/context`, or set as `client`).
 *
 * Wraps a `@lit/task` Task: its arguments are the client plus {@link taskArgs}; a new run aborts the previous one,
 * and disconnecting aborts a pending run (which runs again when the element is connected again). Renders four
 * states through {@link renderData}: loading (`aria-busy` + skeleton), error (NL DS alert with a message per
 * error kind, a retry button, and a `kb-error` event), empty and ready.
 *
 * In employee mode (inside `<kb-provider mode="medewerker">`, see `employeeContext`) it also renders an idle note
 * "Kies eerst een klant" and requests nothing while no klant is chosen, and a calm note "Afgeschermd voor uw rol"
 * (no alert, no retry, no `kb-error`, nothing reported to the page's outage monitor) when the gateway shields the
 * data for the employee's role.
 *
 * Typed by its data `T` and its task arguments `Args` (a tuple, e.g. `readonly [zaak: string | undefined]`); `Ready`
 * is `Args` once {@link isConfigured} has said yes (e.g. `readonly [zaak: string]`), which is what {@link load} gets.
 *
 * @fires kb-error - The data could not be loaded. `detail: { error, retry }`. Not fired for data shielded for the employee's role.
 * @csspart no-klant - Employee mode: the note "Kies eerst een klant" while no klant is chosen (nothing is requested).
 * @csspart shielded - Employee mode: the note "Afgeschermd voor uw rol" where the data (or a part of it) is shielded for the employee's role.
 */
export abstract class KlantbeeldDataElement<T, Args extends readonly unknown[] = readonly unknown[], Ready extends Args = Args> extends KlantbeeldElement {
  /** Puts {@link hostResetStyles} before every element's own styles: host page CSS stays out. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [hostResetStyles, ...super.finalizeStyles(styles)];
  }

  /** The core client. Provided by an ancestor `<kb-provider>` through context, or set directly. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  client?: KlantbeeldClient;

  /**
   * The page's outage monitor from `<kb-provider>`: failures are reported to it, and a failure it reports once for the
   * whole page is shown here as a short note instead of a second alert.
   */
  @consume({ context: outageContext, subscribe: true })
  @state()
  protected outage?: OutageView;

  /** The employee mode from `<kb-provider mode="medewerker">`; undefined on a resident's page. */
  @consume({ context: employeeContext, subscribe: true })
  @state()
  protected employee?: EmployeeView;

  /** Whether the element waits for the employee to choose a klant (employee mode without a klant context). */
  protected get awaitsKlant(): boolean {
    return this.employee !== undefined && this.employee.context === null;
  }

  /** The client to load with: none while the employee has chosen no klant, so that nothing is requested. */
  #activeClient(): KlantbeeldClient | undefined {
    return this.awaitsKlant ? undefined : this.client;
  }

  /** Overrides of any text (partial), on top of the language's texts. As attribute: a JSON object. */
  @property({ attribute: 'texts', converter: textsConverter })
  texts?: TranslationOverrides;

  /** Task arguments besides the client; the task re-runs (aborting the previous run) when one changes (`===`). */
  protected abstract taskArgs(): Args;

  /** Loads the data. Pass `signal` to every core call. */
  protected abstract load(client: KlantbeeldClient, args: Ready, signal: AbortSignal): Promise<T>;

  /** Whether the loaded data means "nothing to show" (rendered as the empty state). */
  protected isEmpty(_data: T): boolean {
    return false;
  }

  /**
   * The attributes the element cannot work without that are missing (default: none). While there are any, the element
   * shows a configuration message, fires `kb-error` with a `ConfigurationError` once, and warns in development builds.
   */
  protected missingConfiguration(): readonly string[] {
    return [];
  }

  /** What the idle state shows when no configuration is missing (default: nothing; e.g. "no case chosen"). */
  protected renderIdle(): unknown {
    return nothing;
  }

  #configurationError: ConfigurationError | undefined;
  #configurationReported = false;

  /** Whether the element has what it needs to load (default: every task argument is set and non-empty). */
  protected isConfigured(args: Args): args is Ready {
    return args.every((a) => a !== undefined && a !== null && a !== '');
  }

  /**
   * How long (ms) a first load may take before the loading state (skeleton, `aria-busy`) is shown. Until then the
   * element does not render: data that arrives in time (from the client's cache, or a fast server) is rendered ready
   * in one update, without a skeleton that flashes. Later loads do the same when {@link keepsShownWhileLoading}.
   */
  static loadingDelay = 150;

  /**
   * Whether a later load (its arguments changed) keeps what is shown (e.g. another zaak) for up to
   * {@link loadingDelay} instead of rendering the loading state at once. Only for elements whose arguments come from
   * the page, not from controls of their own: a control must show its new state at once (e.g. `aria-pressed`).
   */
  protected get keepsShownWhileLoading(): boolean {
    return false;
  }

  #abortedOnDisconnect = false;
  readonly #loadingDelay = new LoadingDelay(() => this.requestUpdate());
  /** The language whose date formatters were built while a load was on its way. */
  #preparedLanguage: string | undefined;

  /** The data task. `taskComplete` resolves or rejects when the current run ends (tests may await it). */
  protected readonly dataTask = new Task<readonly [KlantbeeldClient | undefined, ...Args], T>(this, {
    task: async ([client, ...args], { signal }) => {
      if (!client || !this.isConfigured(args)) return initialState;
      return this.load(client, args, signal);
    },
    args: () => [this.#activeClient(), ...this.taskArgs()],
    onError: (error) => {
      // A shielded part is the role's limit, not a failure: nothing to report or retry.
      if (isAbortError(error) || errorKind(error) === 'shielded') return;
      // After the task has settled in its error state, so that a listener may call `retry()` synchronously.
      queueMicrotask(() => {
        if (this.dataTask.status !== TaskStatus.ERROR || this.dataTask.error !== error || !this.isConnected) return;
        this.emit('kb-error', { error: toError(error), retry: () => this.retry() });
        this.outage?.monitor.report(this, error, () => this.retry());
      });
    },
    onComplete: () => this.outage?.monitor.resolve(this),
  });

  /**
   * The data shown: the task's value, unless a subclass shows newer data (a live refresh, see `LiveData`) meanwhile.
   */
  protected get shown(): T | undefined {
    return this.dataTask.value;
  }

  /** The state the element shows now. */
  get dataState(): DataState {
    switch (this.dataTask.status) {
      case TaskStatus.INITIAL:
        return 'idle';
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.dataTask.error) ? 'loading' : errorKind(this.dataTask.error) === 'shielded' ? 'shielded' : 'error';
      default:
        return this.isEmpty(this.shown as T) ? 'empty' : 'ready';
    }
  }

  /**
   * Starts a due load before the update rather than in it, so that a pending load can skip rendering (see
   * {@link loadingDelay}); a skipped update's changes count in the next one.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    // The task's own controller hook: it runs the task when its arguments changed (a no-op again in the update).
    this.dataTask.hostUpdate();
    if (this.dataTask.status === TaskStatus.PENDING) this.#prepareFormatters();
    // Texts of the language still loading (see KlantbeeldElement): they load beside the data, not after it.
    const textsReady = super.shouldUpdate(changed);
    if (this.dataTask.status !== TaskStatus.PENDING) {
      this.#loadingDelay.reset();
    } else if (!this.#loadingDelay.due && (!this.hasUpdated || (this.keepsShownWhileLoading && !this.employee))) {
      // (In employee mode a new load may be another klant's: never keep the previous one's data on screen.)
      this.#loadingDelay.start((this.constructor as typeof KlantbeeldDataElement).loadingDelay);
      return this.skipUpdate(changed);
    }
    if (!textsReady) return false;
    return this.#awaitsFailureStates() ? this.skipUpdate(changed) : true;
  }

  readonly #failureStatesWait = new FailureStatesWait(() => this.requestUpdate());
  /** Whether this update shows a failure (an error, missing configuration, an employee-mode note) whose templates are still loading. */
  #awaitsFailureStates(): boolean {
    const state = this.dataState;
    return this.#failureStatesWait.waits(
      state === 'error' || state === 'shielded' || (state === 'idle' && this.awaitsKlant) || this.missingConfiguration().length > 0,
    );
  }

  /** An update skipped until the failure states loaded is not complete yet: the one after it is. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.#failureStatesWait.loading;
    return loading ? loading.then(() => this.getUpdateComplete()) : done;
  }

  /** Builds the date formatters of the element's language after the load's requests have gone out (a task later). */
  #prepareFormatters(): void {
    const language = this.language;
    if (this.#preparedLanguage === language) return;
    this.#preparedLanguage = language;
    setTimeout(() => prepareDateFormatters(language), 0);
  }

  /**
   * Moves focus to the element's heading once what it loads now is shown: e.g. when the page opens a case chosen in
   * `<kb-lopende-zaken>` (`kb-zaak-select`), so that keyboard and screen-reader users continue there instead of on a
   * list item scrolled out of view. Call it after setting the new attributes.
   */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    await this.dataTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  /** Loads the data again (the retry button does this). */
  retry(): void {
    void this.dataTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abortedOnDisconnect) {
      this.#abortedOnDisconnect = false;
      void this.dataTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadingDelay.stop();
    this.outage?.monitor.resolve(this);
    if (this.dataTask.status === TaskStatus.PENDING) {
      this.#abortedOnDisconnect = true;
      this.dataTask.abort(new DOMException('The element was disconnected.', 'AbortError'));
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const missing = this.missingConfiguration();
    if (missing.join() === (this.#configurationError?.missing.join() ?? '')) return;
    const states = failureStates(); // loaded by now: shouldUpdate waits for them while configuration is missing
    this.#configurationError = missing.length > 0 && states ? new states.ConfigurationError(this.localName, missing) : undefined;
    this.#configurationReported = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.#configurationError;
    if (!error || this.#configurationReported) return;
    this.#configurationReported = true;
    failureStates()?.warnOnceInDevelopment(error);
    this.emit('kb-error', { error });
  }

  /** Texts in the resolved language with the `texts` overrides applied. */
  protected get t(): Translation {
    return this.localize(this.texts);
  }

  /**
   * Renders `<div part="base">` with `before` (e.g. a heading or a control, shown in every state) and the current
   * state inside `<div part="content">`, which carries `aria-busy` while loading. `empty` is what the empty state
   * shows: a text (rendered as a paragraph, `part="empty"`) or a template.
   */
  protected renderData(options: {
    loadingLabel: string;
    ready: (data: T) => unknown;
    empty: string | ((data: T) => unknown);
    before?: unknown;
  }): TemplateResult {
    const state = this.dataState;
    return html`<div part="base" class="kb-base kb-stack">
      ${options.before ?? nothing}
      <div
        part="content"
        class="kb-content kb-stack"
        tabindex="-1"
        data-state=${state}
        aria-busy=${state === 'loading' ? 'true' : 'false'}
      >
        ${
          state === 'loading'
            ? this.renderLoading(options.loadingLabel)
            : state === 'error'
              ? this.renderError(this.dataTask.error)
              : state === 'shielded'
                ? failureStates()?.renderShieldedNote(this.t)
                : state === 'empty'
                  ? typeof options.empty === 'string'
                    ? html`<p class="utrecht-paragraph" part="empty">${options.empty}</p>`
                    : options.empty(this.shown as T)
                  : state === 'ready'
                    ? options.ready(this.shown as T)
                    : this.#configurationError
                      ? failureStates()?.renderConfigurationMessage(this.t, this.#configurationError)
                      : this.awaitsKlant
                        ? failureStates()?.renderNoKlantNote(this.t)
                        : this.renderIdle()
        }
      </div>
    </div>`;
  }

  #onRetryClick = (): void => {
    this.retry();
    // The button disappears: keep focus in the element (on the state container) instead of losing it to <body>.
    this.renderRoot.querySelector<HTMLElement>('[part="content"]')?.focus({ preventScroll: true });
  };

  protected renderLoading(label: string): TemplateResult {
    return html`<div class="kb-skeleton" part="skeleton">
      <span class="kb-visually-hidden">${label}</span>
      <div class="kb-skeleton__line" aria-hidden="true"></div>
      <div class="kb-skeleton__line" aria-hidden="true"></div>
      <div class="kb-skeleton__line" aria-hidden="true"></div>
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult | undefined {
    const states = failureStates();
    return this.outage?.monitor.covers(error) ? states?.renderOutageNote(this.t) : states?.renderErrorAlert(this.t, errorKind(error), this.#onRetryClick);
  }
}
