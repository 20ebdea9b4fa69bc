import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  getPersoon,
  getResidentPartij,
  SOORTEN_DIGITAAL_ADRES,
  type BrpDatum,
  type DigitaalAdresView,
  type KlantbeeldClient,
  type PersoonGegevens,
  type PersoonVerblijfplaats,
} from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dataListRow } from '../shared/data-list.js';
import { formatDate } from '../shared/format.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { isSafeHref } from '../shared/url.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { isPlainClick } from '../shared/plain-click.js';
import { styles } from './persoonsgegevens.styles.js';
import { persoonsgegevensTexts } from './persoonsgegevens.texts.js';

addTexts(persoonsgegevensTexts);

/** The registers the element shows data from. */
export type PersoonsgegevensBron = 'brp' | 'klantinteracties';

/** Detail of `kb-correction-select`: which register's correction link the resident chose. Never personal data. */
export interface KbCorrectionSelectDetail {
  readonly bron: PersoonsgegevensBron;
  readonly href: string;
}

/** Fired when the resident activates a correction link. Cancelable: `preventDefault()` stops the navigation. */
export type KbCorrectionSelectEvent = CustomEvent<KbCorrectionSelectDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-correction-select': KbCorrectionSelectEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-correction-select': KbCorrectionSelectEvent;
  }
}

/**
 * How the BSN is shown: `hidden` (default: not at all), `masked` (only the last three digits) or `visible`.
 * The BSN is a key to much of a person's data; showing it invites shoulder-surfing and copying, so a host must opt in.
 */
export type BsnDisplay = 'hidden' | 'masked' | 'visible';

const BSN_DISPLAYS: readonly BsnDisplay[] = ['hidden', 'masked', 'visible'];

/** What `<kb-persoonsgegevens>` loads. */
export interface PersoonsgegevensData {
  /** The BRP person; undefined when the BRP does not know the resident or no BSN is known for them. */
  readonly persoon?: PersoonGegevens;
  /** The resident's digital addresses in Klantinteracties. */
  readonly digitaleAdressen: readonly DigitaalAdresView[];
  /** The resident's BSN, rendered only when `bsn-display` asks for it. */
  readonly bsn?: string;
}

/** A BRP date in `lang`: as precise as the BRP is (day, month or year); the BRP's Dutch text when it has no date. */
export function formatBrpDatum(datum: BrpDatum | undefined, lang: string, onbekend: string): string | undefined {
  if (!datum) return undefined;
  const iso = datum.iso;
  if (iso === undefined) return onbekend;
  if (iso.length === 10) return formatDate(iso, lang) ?? datum.tekst;
  if (iso.length === 7) {
    try {
      return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`));
    } catch {
      return datum.tekst;
    }
  }
  return iso;
}

/** The lines of a verblijfplaats without a postal address (`adressering`), e.g. a houseboat or a foreign address. */
function verblijfplaatsRegels(plaats: PersoonVerblijfplaats, onbekend: string): string[] {
  switch (plaats.type) {
    case 'Adres': {
      const nummer = [plaats.huisnummer, plaats.huisletter, plaats.huisnummertoevoeging].filter((part) => part !== undefined).join(' ');
      return [[plaats.straat, nummer].filter(Boolean).join(' '), [plaats.postcode, plaats.woonplaats].filter(Boolean).join(' ')].filter(Boolean);
    }
    case 'VerblijfplaatsBuitenland':
      return [...(plaats.regels ?? []), ...(plaats.land ? [plaats.land] : [])];
    case 'Locatie':
      return [plaats.locatiebeschrijving, plaats.woonplaats].filter((line): line is string => Boolean(line));
    default:
      return [onbekend];
  }
}

/**
 * @summary The resident's personal data ("Mijn gegevens"): name, birth date and address from the BRP, and the
 * contact details the resident gave the municipality (Klantinteracties), each part naming its source and where to
 * have it corrected.
 *
 * Loads the resident's partij from Klantinteracties (`getResidentPartij`: digital addresses, and the BSN that the
 * gateway's session scoped it to) and then the person from the BRP (`getPersoon`; the BSN goes only in the request
 * body, never in a URL). Asks the BRP only for the fields it shows.
 *
 * **Geheimhouding.** When the BRP marks the person with `geheimhoudingPersoonsgegevens`, the element explains what
 * it means (the municipality gives the data to no third parties). The resident still sees their own address: the
 * restriction concerns others, not the person concerned. The data never leaves the element: no event carries it,
 * values are marked `translate="no"` (so browser translation services are not sent them), and nothing is logged.
 *
 * **BSN.** Not shown unless the host sets `bsn-display="masked"` (last three digits) or `"visible"`.
 *
 * @fires kb-correction-select - The resident activated a correction link (click or Enter). Cancelable:
 *   `preventDefault()` stops the navigation. `detail: { bron, href }` (no personal data). Not fired for modified clicks.
 * @fires kb-error - The data could not be loaded. `detail: { error, retry }`.
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart geheimhouding - The notice about geheimhouding.
 * @csspart section - Each part (`<section>`); also `section-brp` or `section-contact`.
 * @csspart section-heading - The heading of each part.
 * @csspart details - The data list of each part.
 * @csspart bsn - The BSN value (when shown).
 * @csspart source - The "Bron: …" line of each part.
 * @csspart correction - The text about where to correct the data of each part.
 * @csspart correction-link - The correction link (when the host gave one).
 * @csspart address-hidden - The text shown when the address was left out because of geheimhouding (not in resident mode).
 * @csspart not-found - The text shown when the BRP does not know the resident.
 * @csspart no-contact - The text shown when the resident gave no contact details.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "nothing found" message.
 *
 * @cssprop --kb-persoonsgegevens-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-persoonsgegevens-section-border-color - Border of a part. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-persoonsgegevens-section-border-width
 * @cssprop --kb-persoonsgegevens-section-padding-block
 * @cssprop --kb-persoonsgegevens-section-padding-inline
 * @cssprop --kb-persoonsgegevens-source-color - Colour of the "Bron" line. Falls back to `--utrecht-document-color`.
 * @cssprop --kb-persoonsgegevens-source-font-size
 */
export class KbPersoonsgegevens extends KlantbeeldDataElement<PersoonsgegevensData, readonly []> {
  static override styles = [baseStyles, styles];

  /** Level (1–6) of the heading; the parts get the next level. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Where the resident can have BRP data corrected or report a move (http(s) or relative). Without it, a text says so. */
  @property({ attribute: 'brp-correction-href' }) brpCorrectionHref?: string;

  /** Where the resident can change their contact details, e.g. the page with `<kb-klantvoorkeuren>` (http(s) or relative). */
  @property({ attribute: 'contact-correction-href' }) contactCorrectionHref?: string;

  /** Whether and how to show the BSN: `hidden` (default), `masked` (last three digits) or `visible`. */
  @property({ attribute: 'bsn-display' }) bsnDisplay: BsnDisplay = 'hidden';

  get #texts(): Translation['persoonsgegevens'] {
    return this.t.persoonsgegevens;
  }

  protected taskArgs(): readonly [] {
    return [];
  }

  protected async load(client: KlantbeeldClient, _args: readonly [], signal: AbortSignal): Promise<PersoonsgegevensData> {
    const partij = await getResidentPartij(client, { signal });
    const bsn = partij?.bsn;
    // The BSN is the resident's own (from the session-scoped partij): they may see their own address despite geheimhouding.
    const persoon = bsn ? await getPersoon(client, { bsn, toonAdresBijGeheimhouding: true, signal }) : undefined;
    return {
      ...(persoon ? { persoon } : {}),
      digitaleAdressen: partij?.digitaleAdressen ?? [],
      ...(bsn && persoon ? { bsn } : {}),
    };
  }

  protected override isEmpty(data: PersoonsgegevensData): boolean {
    return !data.persoon && data.digitaleAdressen.length === 0;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    return this.renderData({ loadingLabel: t.loading, before: heading(level, t.heading), empty: t.empty, ready: (data) => this.#renderReady(data) });
  }

  #renderReady(data: PersoonsgegevensData): TemplateResult {
    const t = this.#texts;
    return html`
      ${
        data.persoon?.geheimhouding
          ? html`<div class="utrecht-alert utrecht-alert--info" part="geheimhouding">
            <div class="utrecht-alert__message">
              <p class="utrecht-paragraph"><strong>${t.geheimhoudingTitel}</strong></p>
              <p class="utrecht-paragraph">${t.geheimhouding}</p>
            </div>
          </div>`
          : nothing
      }
      ${this.#renderSection('brp', t.brpHeading, t.brpBron, this.#renderBrp(data), this.brpCorrectionHref, t.brpCorrigerenLink, t.brpCorrigeren)}
      ${this.#renderSection(
        'klantinteracties',
        t.contactHeading,
        t.contactBron,
        this.#renderContact(data.digitaleAdressen),
        this.contactCorrectionHref,
        t.contactCorrigerenLink,
        t.contactCorrigeren,
      )}
    `;
  }

  #renderSection(
    bron: PersoonsgegevensBron,
    title: string,
    source: string,
    content: TemplateResult,
    href: string | undefined,
    linkText: string,
    fallback: string,
  ): TemplateResult {
    const id = `kb-persoonsgegevens-${bron}`;
    const safe = href?.trim() && isSafeHref(href.trim()) ? href.trim() : undefined;
    return html`<section class="kb-persoonsgegevens__section kb-stack" part="section section-${bron === 'brp' ? 'brp' : 'contact'}" aria-labelledby=${id}>
      ${heading(subLevel(toHeadingLevel(this.headingLevel)), title, { part: 'section-heading', id })}
      ${content}
      <p class="utrecht-paragraph kb-persoonsgegevens__source" part="source">${this.#texts.bron(source)}</p>
      ${
        safe
          ? html`<p class="utrecht-paragraph" part="correction">
            <a class="utrecht-link" part="correction-link" href=${safe} @click=${(e: MouseEvent) => this.#onCorrectionClick(e, bron, safe)}>${linkText}</a>
          </p>`
          : html`<p class="utrecht-paragraph" part="correction">${fallback}</p>`
      }
    </section>`;
  }

  #renderBrp(data: PersoonsgegevensData): TemplateResult {
    const t = this.#texts;
    const persoon = data.persoon;
    if (!persoon) return html`<p class="utrecht-paragraph" part="not-found">${t.brpNietGevonden}</p>`;
    const adres = persoon.adres
      ? [...persoon.adres.regels, ...(persoon.adres.land && persoon.adres.land !== 'Nederland' ? [persoon.adres.land] : [])]
      : persoon.verblijfplaats
        ? verblijfplaatsRegels(persoon.verblijfplaats, t.onbekend)
        : [];
    const sinds = formatBrpDatum(persoon.verblijfplaats?.sinds, this.language, t.onbekend);
    return html`<dl class="utrecht-data-list utrecht-data-list--rows" part="details">
      ${persoon.naam.volledigeNaam ? this.#row(t.naam, persoon.naam.volledigeNaam) : nothing}
      ${persoon.geboortedatum ? this.#row(t.geboortedatum, formatBrpDatum(persoon.geboortedatum, this.language, t.onbekend)) : nothing}
      ${data.bsn ? this.#renderBsn(data.bsn) : nothing}
      ${adres.length > 0 ? this.#row(t.adres, this.#lines(adres)) : nothing}
      ${sinds && adres.length > 0 ? this.#row(t.woontHierSinds, sinds) : nothing}
    </dl>
    ${persoon.adresVerborgen ? html`<p class="utrecht-paragraph" part="address-hidden">${t.adresVerborgen}</p>` : nothing}`;
  }

  #renderBsn(bsn: string): TemplateResult | typeof nothing {
    const display = BSN_DISPLAYS.includes(this.bsnDisplay) ? this.bsnDisplay : 'hidden';
    if (display === 'hidden') return nothing;
    if (display === 'visible') return this.#row(this.#texts.bsn, html`<span part="bsn">${bsn}</span>`);
    const last = bsn.slice(-3);
    return this.#row(
      this.#texts.bsn,
      html`<span part="bsn"><span aria-hidden="true">${'•'.repeat(Math.max(bsn.length - 3, 0))}${last}</span><span class="kb-visually-hidden"
          >${this.#texts.bsnEindigtOp(last)}</span
        ></span>`,
    );
  }

  #renderContact(adressen: readonly DigitaalAdresView[]): TemplateResult {
    const t = this.#texts;
    if (adressen.length === 0) return html`<p class="utrecht-paragraph" part="no-contact">${t.geenContactgegevens}</p>`;
    const sorted = [...adressen].sort((a, b) => SOORTEN_DIGITAAL_ADRES.indexOf(a.soort) - SOORTEN_DIGITAAL_ADRES.indexOf(b.soort));
    return html`<dl class="utrecht-data-list utrecht-data-list--rows" part="details">
      ${repeat(
        sorted,
        (adres) => adres.url,
        (adres) => {
          const notes = [adres.omschrijving, adres.isVoorkeursAdres ? t.voorkeur : undefined].filter(Boolean).join(', ');
          return this.#row(t.soorten[adres.soort], html`${adres.adres}${notes ? html` <span class="kb-persoonsgegevens__note">(${notes})</span>` : nothing}`);
        },
      )}
    </dl>`;
  }

  /** Address lines as one text with line breaks (`white-space: pre-line`), so that copying keeps them apart. */
  #lines(lines: readonly string[]): TemplateResult {
    return html`<span class="kb-persoonsgegevens__lines">${lines.join('\n')}</span>`;
  }

  /** A data-list row; the value is the resident's data, which translation services must not be sent. */
  #row(key: string, value: unknown): TemplateResult {
    return dataListRow(key, value, { translate: false });
  }

  #onCorrectionClick(event: MouseEvent, bron: PersoonsgegevensBron, href: string): void {
    if (!isPlainClick(event)) return;
    if (this.emit('kb-correction-select', { bron, href }, { cancelable: true }).defaultPrevented) event.preventDefault();
  }
}
