import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getZaakDetail, instant } from '@klantbeeld/core';
import type { ContactRoute, DocumentView, KlantbeeldClient, Vertrouwelijkheidaanduiding, ZaakDetail } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dateTimeAttribute, formatDate } from '../shared/format.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { dataListRow } from '../shared/data-list.js';
import { LiveData } from '../shared/live-data.js';
import { contactRoutesConverter } from './contact-routes-attribute.js';
import { DocumentDownloads } from './document-downloads.js';
import { renderBesluiten, renderContact, renderDocumentenSection, renderTermijn, type ZaakDetailView } from './zaak-detail.sections.js';
import { styles } from './zaak-detail.styles.js';
import { zaakDetailTexts } from './zaak-detail.texts.js';

addTexts(zaakDetailTexts);

export type { ContactRoute, ZaakDetail } from '@klantbeeld/core';

/** Detail of `kb-document-download`: the document the resident asked for. */
export interface KbDocumentDownloadDetail {
  readonly document: DocumentView;
}

/**
 * Fired when the resident activates a document's download button, before the download. Cancelable:
 * `preventDefault()` stops it (e.g. to show the document in the host page's own viewer).
 */
export type KbDocumentDownloadEvent = CustomEvent<KbDocumentDownloadDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-document-download': KbDocumentDownloadEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-document-download': KbDocumentDownloadEvent;
  }
}

/** What the element loaded: the case, or `null` when it does not exist (for this resident). */
export type ZaakDetailData = ZaakDetail | null;

/** The task arguments: the zaak (URL or identificatie) and the most confidential documents to show. */
type ZaakDetailArgs = readonly [zaak: string | undefined, max: Vertrouwelijkheidaanduiding | undefined];

/**
 * @summary One case as a resident needs it: what it is about, where it stands, until when, what was decided, its
 * documents and whom to contact.
 *
 * Loads the zaak (`getZaak`, by URL or identificatie) and its status timeline (`getStatusTimeline`), and next to it
 * the documents (`listZaakDocumenten`), besluiten (`listBesluiten`) and the resident's Open Zaak substatussen
 * (`listSubstatussen`). A part that cannot be loaded is left out with a short notice and a retry button; only when
 * the case itself cannot be loaded does the element show its error state.
 *
 * Shows, under the case's omschrijving as a heading:
 * - zaaktype, zaaknummer, start date, and for a closed case the end date and the outcome (resultaat);
 * - **Status**: the steps, by an embedded `<kb-status-tracker steps-only>` (live updates, related zaken), with the
 *   resident's substatussen as messages under the current step. After a live update of the steps the rest of the
 *   case is reloaded in the background (the element never falls back to its loading state for it);
 * - **Termijn**: the expected and the final end date, and in words whether the case is on time or late at `now`;
 *   a verlenging (duration and reason) and an opschorting (reason; the term is then never called late);
 * - **Besluiten**: each with its date, validity, the last day to object (`uiterlijkeReactiedatum`) and documents;
 * - **Documenten**: title, kind, date; a button whose text names the file type and size ("Besluit dakkapel (PDF,
 *   120 kB)") downloads the file through the configured source with the client's credentials and saves it from a
 *   blob URL (works under a strict CSP);
 * - **Contact**: the behandelaar, and the contact route configured for the case (`contactRoutes`).
 *
 * Contact routes (`contactRoutes`, or the `contact-routes` JSON attribute) are a list of {@link ContactRoute}:
 * ```json
 * [
 *   { "zaaktype": "ZT-PRK-BEWONER", "label": { "nl": "Team Parkeren", "en": "Parking team" }, "telefoon": "14 030",
 *     "url": "https://www.voorbeeldstad.nl/parkeren/vraag", "openingstijden": { "nl": "werkdagen 8.30–17.00 uur", "en": "weekdays 8:30–17:00" } },
 *   { "organisatie": "123456782", "label": "Omgevingsdienst", "telefoon": "030 123 45 67" },
 *   { "label": "Klantcontactcentrum", "telefoon": "14 030", "url": "https://www.voorbeeldstad.nl/contact" }
 * ]
 * ```
 * A route is matched by zaaktype (URL, identificatie or omschrijving), else by organisation (RSIN of the zaak's
 * `bronorganisatie`), else the route without either is the default. Only `http(s)` URLs become links; a phone
 * number becomes a `tel:` link of its digits. `label`, `urlLabel` and `openingstijden` are one text for every
 * language, or one per language (`{ "nl": …, "en": … }`; the element's language, else its primary tag, else Dutch).
 * Without `zaak` the element says there is no case to show.
 *
 * @fires kb-document-download - The resident activated a document's download button. Cancelable: `preventDefault()`
 *   stops the download. `detail: { document }`.
 * @fires kb-error - The case could not be loaded, or a document could not be downloaded. `detail: { error, retry }`.
 *
 * @slot contact - Extra content at the end of the contact section (e.g. a link to the municipality's contact page).
 *
 * @csspart base - The outer container.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart heading - The heading (the case's omschrijving); the sections' headings are `section-heading`.
 * @csspart meta - The data list with zaaktype, zaaknummer, dates and outcome.
 * @csspart section - Each section; also `section-status`, `section-termijn`, `section-besluiten`, `section-documenten`, `section-contact`.
 * @csspart section-heading - The heading of a section.
 * @csspart tracker - The embedded `<kb-status-tracker>` (its own parts are reachable through it).
 * @csspart berichten - The list of messages under the current step.
 * @csspart bericht - Each message (`<li>`).
 * @csspart termijn-note - The term in words; also `termijn-te-laat`, `termijn-opgeschort`, … (the stand).
 * @csspart verlenging - The verlenging (duration and reason).
 * @csspart opschorting - The reason of the opschorting, or that the case was suspended before.
 * @csspart besluiten - The list of besluiten.
 * @csspart besluit - Each besluit (`<li>`).
 * @csspart meer-besluiten - The note under the besluiten when the case has more than are shown.
 * @csspart bezwaar - The last day to object, in words.
 * @csspart documents - Each list of documents (`<ul>`).
 * @csspart document - Each document (`<li>`).
 * @csspart document-download - The download button of a document.
 * @csspart document-unavailable - The text of a document without digital content.
 * @csspart download-error - The message when a download failed.
 * @csspart contact-route - The configured contact route.
 * @csspart section-error - The notice of a part that could not be loaded.
 * @csspart section-retry - Its retry button.
 * @csspart live-region - The visually hidden polite live region announcing downloads.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "not found" message.
 *
 * @cssprop --kb-zaak-detail-gap - Space between the sections. Falls back to `--kb-space-block`.
 * @cssprop --kb-zaak-detail-section-gap - Space within a section.
 * @cssprop --kb-zaak-detail-list-gap - Space between documents and besluiten.
 * @cssprop --kb-zaak-detail-item-border-color - Border of a document or besluit. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-zaak-detail-item-border-width
 * @cssprop --kb-zaak-detail-item-padding-block
 * @cssprop --kb-zaak-detail-item-padding-inline
 * @cssprop --kb-zaak-detail-bericht-border-color - The line beside the messages under the current step.
 * @cssprop --kb-zaak-detail-late-color - Text of a "late" term note. Falls back to `--utrecht-alert-error-color`.
 * @cssprop --kb-zaak-detail-note-font-weight - Font weight of the term note and the bezwaar line.
 */
export class KbZaakDetail extends KlantbeeldDataElement<ZaakDetailData, ZaakDetailArgs, readonly [zaak: string, max: Vertrouwelijkheidaanduiding | undefined]> {
  static override styles = [baseStyles, styles];

  /** The case: its URL, or its identificatie (e.g. `ZAAK-2026-0000123`). */
  @property() zaak?: string;

  /** Level (1–6) of the heading; the sections' headings are one level deeper. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Contact routes per zaaktype or organisation, with a default (see the class description). As attribute: JSON. */
  @property({ attribute: 'contact-routes', converter: contactRoutesConverter }) contactRoutes?: readonly ContactRoute[];

  /** The most confidential documents to show (default `openbaar`, as the core default). */
  @property({ attribute: 'max-vertrouwelijkheid' }) maxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;

  /** The current time (ms since epoch or a `Date`), for tests and previews. Default: the time of rendering. */
  @property({ attribute: false }) now?: number | Date;

  /** Turns the status steps' live updates off. */
  @property({ type: Boolean, attribute: 'no-live' }) noLive = false;

  /** Link for a related zaak in the steps (passed to `<kb-status-tracker zaak-href-template>`). */
  @property({ attribute: 'zaak-href-template' }) zaakHrefTemplate?: string;

  /** Download state per document URL. */
  readonly #downloads = new DocumentDownloads({
    client: () => this.client,
    texts: () => this.#texts,
    prevented: (document) => this.emit('kb-document-download', { document }, { cancelable: true }).defaultPrevented,
    failed: (error, retry) => this.emit('kb-error', { error, retry }),
    announce: (text) => this.#announce(text),
    root: () => this.renderRoot,
  });
  #announcement = '';
  /** The case reloaded in the background after a live update of its steps (the embedded tracker follows the zaak). */
  readonly #live = new LiveData<ZaakDetail>(this, {
    target: () => undefined,
    shown: () => this.shown ?? undefined,
    refresh: async (client, signal) => {
      const zaak = this.shown?.timeline.zaak.url;
      const data = zaak === undefined ? null : await this.#fetch(client, zaak, this.maxVertrouwelijkheid, signal);
      // A case that is gone now keeps showing what was loaded: the next load says so.
      if (!data) throw new DOMException('The case could not be reloaded.', 'NotFoundError');
      return data;
    },
  });

  get #texts(): Translation['zaakDetail'] {
    return this.t.zaakDetail;
  }

  protected taskArgs(): ZaakDetailArgs {
    return [this.zaak?.trim() || undefined, this.maxVertrouwelijkheid || undefined];
  }

  protected override isConfigured(args: ZaakDetailArgs): args is readonly [string, Vertrouwelijkheidaanduiding | undefined] {
    return typeof args[0] === 'string' && args[0] !== '';
  }

  protected async load(
    client: KlantbeeldClient,
    [zaak, max]: readonly [string, Vertrouwelijkheidaanduiding | undefined],
    signal: AbortSignal,
  ): Promise<ZaakDetailData> {
    this.#live.reset();
    this.#announcement = '';
    this.#downloads.clear();
    return this.#fetch(client, zaak, max, signal);
  }

  #fetch(client: KlantbeeldClient, zaak: string, max: Vertrouwelijkheidaanduiding | undefined, signal: AbortSignal): Promise<ZaakDetailData> {
    return getZaakDetail(client, zaak, { signal, ...(max ? { maxVertrouwelijkheid: max } : {}) });
  }

  protected override isEmpty(data: ZaakDetailData): boolean {
    return data === null;
  }

  protected override get shown(): ZaakDetailData | undefined {
    return this.#live.value ?? super.shown;
  }

  /** The steps were updated live (`kb-zaak-change`): reload the rest in the background to match (what is shown stays). */
  #onZaakChange = (): void => {
    if (this.dataState === 'ready') void this.#live.refresh();
  };

  protected override renderIdle(): unknown {
    return this.zaak?.trim() ? nothing : html`<p class="utrecht-paragraph" part="empty">${this.t.noCase}</p>`;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    return this.renderData({
      loadingLabel: t.loading,
      before: html`${this.dataState === 'ready' ? nothing : heading(toHeadingLevel(this.headingLevel), t.heading)}
        <div class="kb-visually-hidden" part="live-region" aria-live="polite" aria-atomic="true">${this.#announcement}</div>`,
      empty: t.notFound,
      ready: (data) => this.#renderDetail(data as ZaakDetail),
    });
  }

  #date(value: string | undefined): TemplateResult | undefined {
    const text = formatDate(value, this.language);
    return text ? html`<time datetime=${ifDefined(dateTimeAttribute(value))}>${text}</time>` : undefined;
  }

  /** A data-list row, left out when there is no value. */
  #row(key: string, value: unknown): TemplateResult | typeof nothing {
    return value === undefined || value === '' ? nothing : dataListRow(key, value);
  }

  #section(name: string, title: string, content: unknown): TemplateResult {
    return html`<section class="kb-zaak-detail__section" part="section section-${name}" aria-labelledby="kb-zaak-detail-${name}">
      ${heading(subLevel(toHeadingLevel(this.headingLevel)), title, { part: 'section-heading', id: `kb-zaak-detail-${name}` })}
      ${content}
    </section>`;
  }

  /** The notice of a part that could not be loaded, with a retry of the whole case. */
  #notLoaded(): TemplateResult {
    return html`<div class="kb-zaak-detail__not-loaded" part="section-error">
      <p class="utrecht-paragraph">${this.#texts.nietGeladen}</p>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" part="section-retry" @click=${() => this.retry()}>
        ${this.t.retry}
      </button>
    </div>`;
  }

  /** What the sections below the status share with the element. */
  get #view(): ZaakDetailView {
    return {
      t: this.#texts,
      language: this.language,
      now: instant(this.now),
      contactRoutes: this.contactRoutes,
      slotted: this.querySelector(':scope > [slot="contact"]') !== null,
      downloads: this.#downloads,
      date: (value) => this.#date(value),
      row: (key, value) => this.#row(key, value),
      section: (name, title, content) => this.#section(name, title, content),
      notLoaded: () => this.#notLoaded(),
    };
  }

  #renderDetail(data: ZaakDetail): TemplateResult {
    const t = this.#texts;
    const view = this.#view;
    const { timeline } = data;
    const { zaak } = timeline;
    return html`
      ${heading(toHeadingLevel(this.headingLevel), zaak.omschrijving || zaak.identificatie)}
      <dl class="utrecht-data-list utrecht-data-list--rows" part="meta">
        ${this.#row(t.zaaktype, zaak.zaaktype?.omschrijving)}
        ${this.#row(t.zaaknummer, zaak.identificatie)}
        ${this.#row(t.startdatum, this.#date(timeline.startdatum))}
        ${timeline.open ? nothing : this.#row(t.einddatum, this.#date(timeline.einddatum))}
        ${
          timeline.resultaat
            ? this.#row(
                t.resultaat,
                html`${timeline.resultaat.omschrijving}
              ${timeline.resultaat.toelichting ? html`<span class="kb-zaak-detail__toelichting">${timeline.resultaat.toelichting}</span>` : nothing}`,
              )
            : nothing
        }
      </dl>
      ${this.#section('status', t.status, this.#renderStatus(data))}
      ${renderTermijn(view, data)}
      ${renderBesluiten(view, data)}
      ${this.#section('documenten', t.documenten, renderDocumentenSection(view, data))}
      ${renderContact(view, data)}
    `;
  }

  #renderStatus(data: ZaakDetail): TemplateResult {
    const t = this.#texts;
    const berichten = data.berichten ?? [];
    return html`<kb-status-tracker
        part="tracker"
        steps-only
        .client=${this.client}
        .texts=${this.texts}
        zaak=${data.timeline.zaak.url}
        ?no-live=${this.noLive}
        zaak-href-template=${ifDefined(this.zaakHrefTemplate)}
        @kb-zaak-change=${this.#onZaakChange}
      >
        ${
          berichten.length > 0
            ? html`<ul slot="current-step" class="kb-zaak-detail__berichten" part="berichten" aria-label=${t.berichten}>
              ${berichten.map(
                (bericht) =>
                  html`<li class="kb-zaak-detail__bericht" part="bericht">
                    <p class="utrecht-paragraph">${bericht.omschrijving}</p>
                    ${bericht.tijdstip ? html`<p class="utrecht-paragraph kb-zaak-detail__date">${this.#date(bericht.tijdstip)}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
            : nothing
        }
      </kb-status-tracker>
      ${data.berichten === undefined && !data.shielded?.includes('berichten') ? this.#notLoaded() : nothing}`;
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }
}
