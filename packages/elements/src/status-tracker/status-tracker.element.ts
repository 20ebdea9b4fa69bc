import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  getStatusTimeline,
  getZaak,
  getZaakRelaties,
  isKlantbeeldError,
  lastPathSegment,
  namesRelatedZaken,
  type KlantbeeldClient,
  type StatusTimeline,
  type Zaak,
  type ZaakRelaties,
} from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { LiveData } from '../shared/live-data.js';
import { LinkTemplate } from '../shared/url.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import type * as RelationsCode from './status-tracker.relations.js';
import { renderSteps, renderWithSummary, type StepsParts } from './status-tracker.summary.js';
import { renderStep } from './status-tracker.steps.js';
import { styles } from './status-tracker.styles.js';
import { addTexts, mergeTexts, type Translation, type TranslationOverrides } from '../shared/i18n.js';
import { withRenamedTextsOnDemand } from '../shared/renamed-texts-on-demand.js';
import { statusTrackerTexts } from './status-tracker.texts.js';

addTexts(statusTrackerTexts);

/** What the status tracker loaded: the timeline, or `null` when the zaak does not exist (for this resident). */
export type StatusTrackerData = StatusTimeline | null;

export type { KbZaakChangeDetail, KbZaakChangeEvent } from './status-tracker.events.js';

/** Converter of the `live` attribute: on unless the attribute is `"false"` (or `"off"`/`"0"`). */
const liveConverter = {
  fromAttribute: (value: string | null): boolean => value === null || !['false', 'off', '0'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

/** The name of the current step, if any. */
function currentStepName(data: StatusTrackerData | undefined): string | undefined {
  return data?.steps.find((step) => step.state === 'current')?.omschrijving;
}

/**
 * @summary The status of one case as a list of steps (ProductDienstStatus): where it is, what is done, what comes next.
 *
 * Loads the zaak (`getZaak`) and its status timeline (`getStatusTimeline`) with the client from `<kb-provider>`.
 * Shows the case's omschrijving as a heading, its zaaktype and number, an ordered list of steps (the current one
 * marked with `aria-current="step"`, each step's state in words for screen readers), the date of each reached step,
 * the explanation of the current step, the outcome of a closed case, who handles it and the expected end date.
 * Under the current step: the related zaken (`getZaakRelaties`): the hoofdzaak of a deelzaak, its deelzaken and
 * relevante andere zaken, also at other organisations. Updates live while connected (`subscribe`); a new status is
 * announced in words in a polite live region ("… gewijzigd van Ontvangen naar In behandeling."). Until the case is
 * shown (loading, error, not found, no `zaak`: "Er is geen zaak om te tonen.") a general heading names the element.
 *
 * @fires kb-error - The status could not be loaded. `detail: { error, retry }`.
 * @fires kb-zaak-change - A live update of the zaak was loaded and is shown (e.g. to refresh other views of the
 *   zaak). `detail: { zaak, status, previousStatus }` (URL and step names).
 *
 * @slot current-step - Shown under the current step, after its explanation: e.g. the messages about where the case
 *   stands now (`<kb-zaak-detail>` puts the resident's substatussen here). Not shown while the case has no status.
 *
 * @csspart base - The outer container.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart heading - The heading (the case's omschrijving).
 * @csspart meta - The data list with zaaktype and zaaknummer.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step (`<li>`); also `step-done`, `step-current` or `step-upcoming`.
 * @csspart marker - The marker of each step.
 * @csspart result - The outcome of a closed case.
 * @csspart details - Behandelaar and expected end date.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "not found" / "no status" message.
 * @csspart live-region - The visually hidden polite live region announcing status changes.
 * @csspart relations - The container of the related zaken (hoofdzaak, deelzaken, relevante andere zaken).
 * @csspart relations-label - The label of a list of related zaken.
 * @csspart relations-list - A list of related zaken.
 * @csspart related - A related zaak (`<li>`); also `related-unreachable` for one at an unreachable organisation.
 * @csspart related-link - The link of a related zaak (with `zaak-href-template`).
 * @csspart related-organisation - "bij <organisatie>".
 * @csspart related-status - The current status of a related zaak.
 *
 * @cssprop --kb-status-tracker-gap - Space between the parts.
 * @cssprop --kb-status-tracker-step-gap - Space between steps.
 * @cssprop --kb-status-tracker-marker-size - Size of a step's marker.
 * @cssprop --kb-status-tracker-marker-border-width - Border width of a marker.
 * @cssprop --kb-status-tracker-marker-done-background-color - Marker of a done step.
 * @cssprop --kb-status-tracker-marker-done-border-color
 * @cssprop --kb-status-tracker-marker-done-color - The check mark of a done step.
 * @cssprop --kb-status-tracker-marker-current-background-color - Marker of the current step.
 * @cssprop --kb-status-tracker-marker-current-border-color
 * @cssprop --kb-status-tracker-marker-upcoming-background-color - Marker of an upcoming step.
 * @cssprop --kb-status-tracker-marker-upcoming-border-color
 * @cssprop --kb-status-tracker-connector-color - The line between steps.
 * @cssprop --kb-status-tracker-connector-width
 * @cssprop --kb-status-tracker-step-current-font-weight - Font weight of the current step's name.
 * @cssprop --kb-status-tracker-step-upcoming-color - Text colour of upcoming steps.
 * @cssprop --kb-status-tracker-date-color - Colour of a step's date.
 * @cssprop --kb-status-tracker-related-gap - Space between related zaken.
 * @cssprop --kb-status-tracker-related-indent - Indent of the list of related zaken.
 */
export class KbStatusTracker extends KlantbeeldDataElement<StatusTrackerData, readonly [zaak: string | undefined], readonly [zaak: string]> {
  static override styles = [baseStyles, styles];

  /** The case: its URL, or its identificatie (e.g. `ZAAK-2026-0000123`). */
  @property() zaak?: string;

  /** Level (1–6) of the heading, so the element fits the host page's outline. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /**
   * Live updates while connected (default on). Attribute: present or any value but `"false"`/`"off"`/`"0"` is on;
   * `live="false"` turns them off (as does `no-live`).
   */
  @property({ reflect: false, converter: liveConverter }) live = true;

  /** Turns live updates off (same as `live="false"`). */
  @property({ type: Boolean, attribute: 'no-live' }) noLive = false;

  /**
   * Shows only the steps (and the related zaken): leaves out the heading, zaaktype and number, outcome, behandelaar
   * and dates, for a view that shows those itself (such as `<kb-zaak-detail>`).
   */
  @property({ type: Boolean, attribute: 'steps-only' }) stepsOnly = false;

  /** Leaves out the related zaken (hoofdzaak, deelzaken, relevante andere zaken), and does not load them. */
  @property({ type: Boolean, attribute: 'no-relations' }) noRelations = false;

  /**
   * Link for a related zaak: an `http(s)` or relative URL with `{uuid}` and `{identificatie}` filled in
   * (URL-encoded). Without it, related zaken are text. Unreachable ones are never links.
   */
  @property({ attribute: 'zaak-href-template' }) zaakHrefTemplate?: string;

  /** The URL of the loaded zaak, for the subscription and the relations. */
  #zaakUrl: string | undefined;
  #announcement = '';
  /** The related zaken shown (kept while they reload after a live change); undefined: none, or not loaded. */
  #relaties: ZaakRelaties | undefined;
  /** The code that shows related zaken: loaded beside their first request (most zaken name none: not in the first load). */
  #relationsCode: typeof RelationsCode | undefined;
  #relationsLoad: AbortController | undefined;
  /** The zaak resource last read, for its relations. */
  #zaakResource: Zaak | undefined;
  readonly #linkTemplate = new LinkTemplate('<kb-status-tracker> zaak-href-template');

  /** The zaak followed live: a change reloads the timeline in the background (the previous one stays shown). */
  readonly #live = new LiveData<StatusTrackerData>(this, {
    target: () => (this.live && !this.noLive && this.#zaakUrl !== undefined ? { key: this.#zaakUrl, matches: this.#zaakUrl } : undefined),
    shown: () => this.shown,
    refresh: (client, signal) => this.#read(client, this.#zaakUrl ?? '', signal),
    onRefreshed: (next, previous) => this.#onRefreshed(next, previous),
  });

  /**
   * The related zaken followed live too (a partner organisation's deelzaak changes status): a message about one of
   * them reloads the relations (the ones shown stay meanwhile). Only streamed messages reach it; polling follows the
   * zaak itself.
   */
  protected readonly relatedLive = new LiveData<undefined>(this, {
    target: () => {
      const urls = this.live && !this.noLive ? (this.#relationsCode?.relatedZaakUrls(this.#relaties) ?? []) : [];
      return urls.length > 0 ? { key: urls.join(' '), matches: (message) => urls.includes(message.hoofdObject) } : undefined;
    },
    shown: () => undefined,
    refresh: (client) => {
      this.#loadRelations(client);
      return Promise.resolve(undefined);
    },
  });

  /** The text of the polite live region: the last status change announced. */
  get announcement(): string {
    return this.#announcement;
  }

  /** Whether a live refresh is running now (the previous timeline is shown meanwhile). */
  get refreshing(): boolean {
    return this.#live.refreshing;
  }

  /** Whether live updates are on for the zaak shown (from the moment their code starts loading). */
  get subscribed(): boolean {
    return this.#live.subscribed;
  }

  protected override get shown(): StatusTrackerData | undefined {
    return this.#live.value !== undefined ? this.#live.value : super.shown;
  }

  /** As the base class, but the keys of 0.1 (in overrides and in a registered translation) still count (their layer loads when one is used). */
  protected override localize(overrides?: TranslationOverrides): Translation {
    const base = withRenamedTextsOnDemand(this.translation, 'statusTracker', this);
    return overrides ? mergeTexts(base, withRenamedTextsOnDemand(overrides, 'statusTracker', this)) : base;
  }

  /** Its zaak comes from the page: another zaak's timeline stays until the new one is there (or the delay passed). */
  protected override get keepsShownWhileLoading(): boolean {
    return true;
  }

  protected taskArgs(): readonly [string | undefined] {
    return [this.zaak?.trim()];
  }

  protected async load(client: KlantbeeldClient, [zaak]: readonly [string], signal: AbortSignal): Promise<StatusTrackerData> {
    // Another zaak (or client): forget what belonged to the previous one.
    this.#live.reset();
    this.#stopRelations();
    this.#zaakUrl = undefined;
    this.#zaakResource = undefined;
    this.#relaties = undefined;
    this.#announcement = '';
    // The old zaak's subscription ends now, not at the next render (which waits for the new data).
    this.#live.sync();
    const data = await this.#read(client, zaak, signal);
    this.#zaakUrl = data?.zaak.url;
    this.#loadRelations(client);
    return data;
  }

  /** The timeline of a zaak (URL or identificatie); `null` when it does not exist (for this resident). */
  async #read(client: KlantbeeldClient, zaak: string, signal: AbortSignal): Promise<StatusTrackerData> {
    try {
      const resource = await getZaak(client, zaak, { signal });
      const timeline = await getStatusTimeline(client, resource, { signal });
      this.#zaakResource = resource;
      return timeline;
    } catch (error) {
      if (isKlantbeeldError(error) && error.kind === 'not-found') return null;
      throw error;
    }
  }

  /**
   * Loads the related zaken of the zaak read last, beside the timeline: only when it names any (most zaken name
   * none, and then cost no request and no further render). Errors are tolerated: nothing is shown.
   */
  #loadRelations(client: KlantbeeldClient): void {
    this.#stopRelations();
    const zaak = this.#zaakResource;
    const url = this.#zaakUrl;
    if (this.noRelations || !zaak || url === undefined || !namesRelatedZaken(zaak)) {
      this.#relaties = undefined;
      return;
    }
    const controller = new AbortController();
    this.#relationsLoad = controller;
    Promise.all([import('./status-tracker.relations.js'), getZaakRelaties(client, url, { signal: controller.signal })]).then(
      ([code, relaties]) => {
        if (controller.signal.aborted) return;
        this.#relationsCode = code;
        this.#relaties = relaties;
        this.requestUpdate();
      },
      () => {
        if (controller.signal.aborted) return;
        this.#relaties = undefined;
        this.requestUpdate();
      },
    );
  }

  #stopRelations(): void {
    this.#relationsLoad?.abort(new DOMException('Superseded.', 'AbortError'));
    this.#relationsLoad = undefined;
  }

  protected override isEmpty(data: StatusTrackerData): boolean {
    return data === null;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Relations turned on again for the zaak shown: load them.
    if (changed.has('noRelations') && changed.get('noRelations') !== undefined && !this.noRelations && this.client && !this.#relaties) {
      this.#loadRelations(this.client);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopRelations();
  }

  /** A live refresh is shown: announce a new step, tell the page (`kb-zaak-change`), and reload the relations. */
  #onRefreshed(next: StatusTrackerData, previous: StatusTrackerData | undefined): void {
    const status = currentStepName(next);
    const previousStatus = currentStepName(previous);
    if (status !== undefined && status !== previousStatus) {
      const t = this.t.statusTracker;
      this.#announcement = previousStatus !== undefined ? t.statusGewijzigd(previousStatus, status) : t.statusGezet(status);
    }
    if (next) {
      this.emit('kb-zaak-change', {
        zaak: next.zaak.url,
        ...(status !== undefined ? { status } : {}),
        ...(previousStatus !== undefined ? { previousStatus } : {}),
      });
    }
    if (this.client) this.#loadRelations(this.client);
  }

  /** Without a zaak: say so, rather than leave a gap. */
  protected override renderIdle(): unknown {
    return this.zaak?.trim() ? nothing : html`<p class="utrecht-paragraph" part="empty">${this.t.noCase}</p>`;
  }

  protected override render(): TemplateResult {
    // Until the case can name itself, a general heading keeps a failed or empty tracker identifiable.
    const named = this.dataState === 'ready' || this.stepsOnly;
    const liveRegion = html`<div class="kb-visually-hidden" part="live-region" aria-live="polite" aria-atomic="true" .textContent=${this.#announcement}></div>`;
    return this.renderData({
      loadingLabel: this.t.statusTracker.loading,
      // Two templates rather than one with an optional part: a named timeline carries no marker node for a heading.
      before: named ? liveRegion : html`${heading(toHeadingLevel(this.headingLevel), this.t.statusTracker.heading)}${liveRegion}`,
      empty: this.t.statusTracker.notFound,
      ready: (timeline) => this.#renderTimeline(timeline as StatusTimeline),
    });
  }

  #renderTimeline(timeline: StatusTimeline): TemplateResult {
    const t = this.t.statusTracker;
    const hasCurrent = timeline.steps.some((step) => step.state === 'current');
    const message = !timeline.started ? t.nogGeenStatus : timeline.steps.length === 0 ? t.geenStappen : undefined;
    const parts: StepsParts = {
      message: message !== undefined ? html`<p class="utrecht-paragraph" part="empty">${message}</p>` : nothing,
      label: t.stappen,
      items: timeline.steps.map((step) => renderStep(step, t, this.language, step.state === 'current' ? this.#renderRelations() : nothing)),
      after: hasCurrent ? nothing : this.#renderRelations(),
    };
    if (this.stepsOnly) return renderSteps(parts);
    return renderWithSummary(timeline, { t, language: this.language, headingLevel: toHeadingLevel(this.headingLevel) }, parts);
  }

  /** The related zaken: the loaded ones (or, while they reload, the previous ones); nothing on error. */
  #renderRelations(): TemplateResult | typeof nothing {
    const relaties = this.#relaties;
    if (this.noRelations || !relaties) return nothing;
    const href = (url: string, identificatie: string) => this.#linkTemplate.fill(this.zaakHrefTemplate, { uuid: lastPathSegment(url) ?? '', identificatie });
    return this.#relationsCode?.renderRelations(relaties, this.t.statusTracker, href) ?? nothing;
  }
}
