import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { dutchDayNumber, listTaken, type KlantbeeldClient, type Taak, type TaakPaths, type ZaakSummary } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dataListRow } from '../shared/data-list.js';
import { zakenByUrl } from '../shared/zaken-by-url.js';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStylesWith } from '../shared/styles.js';
import { nlDesignSystemButtonLinkStyles } from '../shared/nl-design-system-button-link.styles.js';
import { isSafeHref } from '../shared/url.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { isPlainClick } from '../shared/plain-click.js';
import { styles } from './taken.styles.js';
import { takenTexts } from './taken.texts.js';

addTexts(takenTexts);

/** Detail of `kb-taak-select`: the task whose action the resident chose. */
export interface KbTaakSelectDetail {
  readonly taak: Taak;
}

/** Fired when the resident activates a task's action link. Cancelable: `preventDefault()` stops the navigation. */
export type KbTaakSelectEvent = CustomEvent<KbTaakSelectDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-taak-select': KbTaakSelectEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-taak-select': KbTaakSelectEvent;
  }
}

/** What `<kb-taken>` loads: the tasks, and the resident's cases to name the case a task belongs to. */
export interface TakenData {
  readonly taken: readonly Taak[];
  /** Zaken by URL; empty when they could not be loaded (the tasks are shown without case names then). */
  readonly zaken: ReadonlyMap<string, ZaakSummary>;
}

/** The task arguments: the objecttype of the tasks (required) and the paths of their fields. */
type TakenArgs = readonly [objecttype: string | undefined, paths: TaakPaths | undefined];

/** How close a task's deadline is. */
export type TaakUrgentie = 'verlopen' | 'binnenkort' | 'later' | 'geen';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How urgent a task is at `now`: `verlopen` (deadline passed), `binnenkort` (due within `dueSoonDays` calendar days),
 * `later`, or `geen` (no readable deadline). Also the number of calendar days left (Dutch time).
 */
export function urgentie(verloopdatum: string | undefined, now: number, dueSoonDays: number): { urgentie: TaakUrgentie; dagen?: number } {
  if (!verloopdatum) return { urgentie: 'geen' };
  const day = dutchDayNumber(verloopdatum);
  if (Number.isNaN(day)) return { urgentie: 'geen' };
  const dagen = Math.round(day - dutchDayNumber(now));
  // A date lasts the whole day (Dutch time); a date-time ends at that moment.
  const verlopen = DATE_ONLY.test(verloopdatum) ? dagen < 0 : Date.parse(verloopdatum) < now;
  if (verlopen) return { urgentie: 'verlopen' };
  return { urgentie: dagen <= dueSoonDays ? 'binnenkort' : 'later', dagen };
}

/**
 * @summary The resident's tasks ("Mijn taken"): what they are asked to do, until when, for which case.
 *
 * Loads the tasks of `objecttype` from the Objects API (`listTaken`, the GZAC/Valtimo portaaltaak convention) and
 * the resident's cases (`listZaken`) to name the case a task belongs to; when the cases cannot be loaded, the tasks
 * are still shown. Open tasks come first, by deadline (earliest first, tasks without deadline last). Whether a
 * deadline has passed or is near is said in words ("Verlopen op 20 november 2026", "Nog 2 dagen"), never by colour
 * alone. A task with an http(s) action URL gets an NL DS button-like link (`utrecht-button-link`); otherwise a text
 * says it cannot be done here. Completed tasks are in a collapsible `<details>` section.
 *
 * `objecttype` is required: without it the element shows a configuration message, fires `kb-error` with a
 * `ConfigurationError` (`missing: ['objecttype']`) and, in development builds, warns once in the console.
 *
 * @fires kb-taak-select - The resident activated a task's action link (click or Enter). Cancelable:
 *   `preventDefault()` stops the navigation. `detail: { taak }`. Not fired for modified clicks (Ctrl/⌘/Shift/Alt).
 * @fires kb-error - The tasks could not be loaded. `detail: { error, retry }`.
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart list - Each list of tasks (`<ul>`); the completed list is also `list-afgerond`.
 * @csspart item - Each task (`<li>`); overdue ones also `item-verlopen`, due-soon ones `item-binnenkort`.
 * @csspart item-title - The task's title.
 * @csspart item-details - The data list of a task.
 * @csspart deadline-note - The words about the deadline ("Nog 2 dagen", "Verlopen op …").
 * @csspart action - The action link (`utrecht-button-link`).
 * @csspart no-action - The text shown when a task has no action link.
 * @csspart afgerond - The `<details>` with the completed tasks.
 * @csspart afgerond-summary - Its `<summary>`.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "no open tasks" message.
 *
 * @cssprop --kb-taken-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-taken-list-gap - Space between tasks.
 * @cssprop --kb-taken-item-background-color - Background of a task.
 * @cssprop --kb-taken-item-border-color - Border of a task. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-taken-item-border-width
 * @cssprop --kb-taken-item-border-radius
 * @cssprop --kb-taken-item-padding-block
 * @cssprop --kb-taken-item-padding-inline
 * @cssprop --kb-taken-item-title-font-size
 * @cssprop --kb-taken-item-title-font-weight
 * @cssprop --kb-taken-overdue-border-color - Border of an overdue task. Falls back to `--utrecht-alert-error-border-color`.
 * @cssprop --kb-taken-overdue-color - Text of the overdue note. Falls back to `--utrecht-alert-error-color`.
 * @cssprop --kb-taken-due-soon-border-color - Border of a due-soon task. Falls back to `--utrecht-alert-warning-border-color`.
 * @cssprop --kb-taken-note-font-weight - Font weight of the deadline note.
 */
export class KbTaken extends KlantbeeldDataElement<TakenData, TakenArgs, readonly [objecttype: string, paths: TaakPaths | undefined]> {
  static override styles = [baseStylesWith(nlDesignSystemButtonLinkStyles), styles];

  /** The URL of the taak objecttype in the Objects API. Required: without it the element stays idle. */
  @property() objecttype?: string;

  /** Where the fields of a taak are in a record's `data`, for other conventions (see `TaakPaths`). */
  @property({ attribute: false }) paths?: TaakPaths;

  /** Level (1–6) of the heading. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** A task is "due soon" (said in words) when its deadline is at most this many calendar days away. Default 7. */
  @property({ attribute: 'due-soon-days', type: Number }) dueSoonDays = 7;

  /** The current time (ms since epoch or a `Date`), for tests and previews. Default: the time of rendering. */
  @property({ attribute: false }) now?: number | Date;

  /** This element's texts: the language's, with `texts.taken` (partial) merged in. */
  get #texts(): Translation['taken'] {
    return this.t.taken;
  }

  protected taskArgs(): TakenArgs {
    return [this.objecttype?.trim() || undefined, this.paths];
  }

  /** Without `objecttype` there is nothing to load: the element says so (see the base class). */
  protected override missingConfiguration(): readonly string[] {
    return this.objecttype?.trim() ? [] : ['objecttype'];
  }

  protected override isConfigured(args: TakenArgs): args is readonly [string, TaakPaths | undefined] {
    return typeof args[0] === 'string' && args[0] !== '';
  }

  protected async load(client: KlantbeeldClient, [objecttype, paths]: readonly [string, TaakPaths | undefined], signal: AbortSignal): Promise<TakenData> {
    const [taken, zaken] = await Promise.all([
      listTaken(client, { objecttype, status: 'alle', ...(paths ? { paths } : {}), signal }),
      // A failure to name the cases must not hide the tasks.
      zakenByUrl(client, signal),
    ]);
    return { taken, zaken };
  }

  protected override isEmpty(data: TakenData): boolean {
    return data.taken.length === 0;
  }

  get #now(): number {
    const now = this.now instanceof Date ? this.now.getTime() : this.now;
    return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
  }

  get #dueSoonDays(): number {
    const days = Number(this.dueSoonDays);
    return Number.isFinite(days) && days >= 0 ? days : 7;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    return this.renderData({ loadingLabel: t.loading, before: heading(level, t.heading), empty: t.geenOpenTaken, ready: (data) => this.#renderReady(data) });
  }

  #renderReady(data: TakenData): TemplateResult {
    const t = this.#texts;
    const open = data.taken.filter((taak) => taak.status === 'open');
    const done = data.taken.filter((taak) => taak.status !== 'open');
    return html`
      ${open.length > 0 ? this.#renderList(open, data, false) : html`<p class="utrecht-paragraph" part="empty">${t.geenOpenTaken}</p>`}
      ${
        done.length > 0
          ? html`<details class="kb-taken__afgerond" part="afgerond">
            <summary class="kb-taken__summary" part="afgerond-summary">${t.afgerondeTaken(done.length)}</summary>
            ${this.#renderList(done, data, true)}
          </details>`
          : nothing
      }
    `;
  }

  #renderList(taken: readonly Taak[], data: TakenData, afgerond: boolean): TemplateResult {
    return html`<ul class="kb-taken__list" part=${afgerond ? 'list list-afgerond' : 'list'}>
      ${repeat(
        taken,
        (taak) => taak.url,
        (taak) => this.#renderItem(taak, data, afgerond),
      )}
    </ul>`;
  }

  #date(value: string | undefined): TemplateResult | undefined {
    const text = formatDate(value, this.language);
    return text ? html`<time datetime=${ifDefined(dateTimeAttribute(value))}>${text}</time>` : undefined;
  }

  #renderItem(taak: Taak, data: TakenData, afgerond: boolean): TemplateResult {
    const t = this.#texts;
    const u = afgerond ? { urgentie: 'geen' as const } : urgentie(taak.verloopdatum, this.#now, this.#dueSoonDays);
    const deadline = this.#date(taak.verloopdatum);
    const note =
      u.urgentie === 'verlopen'
        ? t.verlopenOp(formatDate(taak.verloopdatum, this.language) ?? '')
        : u.urgentie === 'binnenkort'
          ? t.nogDagen(u.dagen ?? 0)
          : undefined;
    const zaak = taak.koppeling?.url ? data.zaken.get(taak.koppeling.url) : undefined;
    const parts = ['item', u.urgentie === 'verlopen' ? 'item-verlopen' : '', u.urgentie === 'binnenkort' ? 'item-binnenkort' : ''].filter(Boolean).join(' ');
    return html`<li class="kb-taken__item kb-taken__item--${u.urgentie}" part=${parts} data-urgentie=${u.urgentie}>
      <p class="utrecht-paragraph kb-taken__title" part="item-title">${taak.titel}</p>
      ${note ? html`<p class="utrecht-paragraph kb-taken__note kb-taken__note--${u.urgentie}" part="deadline-note">${note}</p>` : nothing}
      <dl class="utrecht-data-list utrecht-data-list--rows" part="item-details">
        ${afgerond ? dataListRow(t.status, t.statussen[taak.status] ?? taak.status) : nothing}
        ${!afgerond ? dataListRow(t.uiterlijk, deadline ?? t.geenDeadline) : nothing}
        ${zaak ? dataListRow(t.zaak, `${zaak.omschrijving} (${zaak.identificatie})`) : nothing}
      </dl>
      ${afgerond ? nothing : this.#renderAction(taak)}
    </li>`;
  }

  #renderAction(taak: Taak): TemplateResult {
    const t = this.#texts;
    const url = taak.actie?.url;
    if (url && isSafeHref(url) && /^https?:/i.test(url)) {
      return html`<p class="utrecht-paragraph kb-taken__actions">
        <a
          class="utrecht-button-link utrecht-button-link--primary-action"
          part="action"
          href=${url}
          @click=${(e: MouseEvent) => this.#onActionClick(e, taak)}
          >${taak.actie?.soort === 'formulier' ? t.actieFormulier : t.actieUrl}<span class="kb-visually-hidden">: ${taak.titel}</span></a
        >
      </p>`;
    }
    return html`<p class="utrecht-paragraph kb-taken__no-action" part="no-action">${t.geenActie}</p>`;
  }

  #onActionClick(event: MouseEvent, taak: Taak): void {
    if (!isPlainClick(event)) return;
    if (this.emit('kb-taak-select', { taak }, { cancelable: true }).defaultPrevented) event.preventDefault();
  }
}
