/**
 * The sections of `<kb-zaak-detail>` below its status: term, besluiten, documents and contact. Views of core's
 * `ZaakDetail` only (no API resource is read here); the element passes what they share as a {@link ZaakDetailView}.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  bezwaarStand,
  contactRouteOf,
  translateText,
  documentFileLabel,
  parseDuur,
  telHref,
  zaakTermijn,
  type BesluitView,
  type ContactRoute,
  type DocumentView,
  type ZaakDetail,
  type ZaakTermijn,
} from '@klantbeeld/core';
import { formatDate } from '../shared/format.js';
import type { ZaakDetailTexts } from './zaak-detail.texts.js';

/** Download state of a document. */
export type DownloadState = 'bezig' | 'klaar' | 'fout';

/** What the sections share with the element. */
export interface ZaakDetailView {
  readonly t: ZaakDetailTexts;
  readonly language: string;
  /** The moment the term and the bezwaar deadline are judged at (ms since the epoch). */
  readonly now: number;
  readonly contactRoutes: readonly ContactRoute[] | undefined;
  /** Whether the host page put content in the `contact` slot. */
  readonly slotted: boolean;
  readonly downloads: { state(url: string): DownloadState | undefined; start(document: DocumentView): Promise<void> };
  date(value: string | undefined): TemplateResult | undefined;
  /** A data-list row, left out when there is no value. */
  row(key: string, value: unknown): TemplateResult | typeof nothing;
  section(name: string, title: string, content: unknown): TemplateResult;
  /** The notice of a part that could not be loaded, with a retry. */
  notLoaded(): TemplateResult;
}

function standText(c: ZaakDetailView, { stand, datum }: ZaakTermijn): string | undefined {
  const { stand: s } = c.t;
  const date = formatDate(datum, c.language) ?? '';
  switch (stand) {
    case 'op-tijd':
      return s.opTijd(date);
    case 'later-dan-gepland':
      return s.laterDanGepland(date);
    case 'te-laat':
      return s.teLaat(date);
    case 'opgeschort':
      return s.opgeschort;
    case 'afgerond-op-tijd':
      return s.afgerondOpTijd;
    case 'afgerond-te-laat':
      return s.afgerondTeLaat;
    default:
      return undefined;
  }
}

/** An ISO 8601 duration in words ("42 dagen"); the duration as sent when it cannot be read. */
function duurText(c: ZaakDetailView, value: string): string {
  const duur = parseDuur(value);
  if (!duur) return value;
  const d = c.t.duur;
  const parts = [
    duur.jaren ? d.jaren(duur.jaren) : '',
    duur.maanden ? d.maanden(duur.maanden) : '',
    duur.weken ? d.weken(duur.weken) : '',
    duur.dagen ? d.dagen(duur.dagen) : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${d.en} ${parts.at(-1)}` : (parts[0] ?? value);
}

export function renderTermijn(c: ZaakDetailView, data: ZaakDetail): TemplateResult | typeof nothing {
  const t = c.t;
  const { timeline, verlenging, opschorting } = data;
  // Judged at render time: `now` may change without a reload.
  const termijn = zaakTermijn(data, c.now);
  const { stand, heeftDatums: hasDates } = termijn;
  const note = standText(c, termijn);
  const dates = hasDates
    ? [c.row(t.verwachteEinddatum, c.date(timeline.einddatumGepland)), c.row(t.uiterlijkeEinddatum, c.date(timeline.uiterlijkeEinddatum))]
    : [];
  if (!note && !hasDates && !verlenging && !opschorting) return nothing;
  const late = stand === 'te-laat' || stand === 'afgerond-te-laat';
  return c.section(
    'termijn',
    t.termijn,
    html`${
      note
        ? html`<p class="utrecht-paragraph kb-zaak-detail__note ${late ? 'kb-zaak-detail__note--late' : ''}" part="termijn-note termijn-${stand}">
            ${note}
          </p>`
        : nothing
    }
      ${hasDates ? html`<dl class="utrecht-data-list utrecht-data-list--rows">${dates}</dl>` : nothing}
      ${
        opschorting?.indicatie && opschorting.reden
          ? html`<p class="utrecht-paragraph" part="opschorting">${t.reden(opschorting.reden)}</p>`
          : opschorting?.eerdereOpschorting && !opschorting.indicatie
            ? html`<p class="utrecht-paragraph" part="opschorting">${t.eerderOpgeschort}</p>`
            : nothing
      }
      ${
        verlenging
          ? html`<div class="kb-zaak-detail__verlenging" part="verlenging">
            ${verlenging.duur ? html`<p class="utrecht-paragraph">${t.verlengd(duurText(c, verlenging.duur))}</p>` : nothing}
            ${verlenging.reden ? html`<p class="utrecht-paragraph">${t.reden(verlenging.reden)}</p>` : nothing}
          </div>`
          : nothing
      }`,
  );
}

export function renderBesluiten(c: ZaakDetailView, data: ZaakDetail): TemplateResult | typeof nothing {
  const t = c.t;
  if (data.shielded?.includes('besluiten')) return c.section('besluiten', t.besluiten, renderShieldedPart(c));
  if (data.besluiten === undefined) return c.section('besluiten', t.besluiten, c.notLoaded());
  if (data.besluiten.length === 0) return nothing;
  return c.section(
    'besluiten',
    t.besluiten,
    html`<ul class="kb-zaak-detail__list" part="besluiten">
      ${repeat(
        data.besluiten,
        (besluit) => besluit.url,
        (besluit) => renderBesluit(c, besluit),
      )}
    </ul>
    ${data.moreBesluiten ? html`<p class="utrecht-paragraph" part="meer-besluiten">${t.meerBesluiten(data.besluiten.length)}</p>` : nothing}`,
  );
}

function renderBesluit(c: ZaakDetailView, besluit: BesluitView): TemplateResult {
  const t = c.t;
  const reactiedatum = formatDate(besluit.uiterlijkeReactiedatum, c.language);
  const stand = bezwaarStand(besluit.uiterlijkeReactiedatum, c.now);
  const bezwaar =
    stand === undefined || reactiedatum === undefined ? undefined : stand === 'verstreken' ? t.bezwaarVerstreken(reactiedatum) : t.bezwaarTot(reactiedatum);
  return html`<li class="kb-zaak-detail__item" part="besluit">
    <p class="utrecht-paragraph kb-zaak-detail__title">${besluit.besluittype?.omschrijving ?? t.besluit}</p>
    ${bezwaar ? html`<p class="utrecht-paragraph kb-zaak-detail__note" part="bezwaar">${bezwaar}</p>` : nothing}
    <dl class="utrecht-data-list utrecht-data-list--rows">
      ${c.row(t.besluitdatum, c.date(besluit.datum))}
      ${c.row(t.ingangsdatum, c.date(besluit.ingangsdatum))}
      ${c.row(t.vervaldatum, c.date(besluit.vervaldatum))}
    </dl>
    ${besluit.toelichting ? html`<p class="utrecht-paragraph">${besluit.toelichting}</p>` : nothing}
    ${besluit.documenten.length > 0 ? renderDocumenten(c, besluit.documenten) : nothing}
  </li>`;
}

/** A part the employee's role does not grant (core's `ZaakDetail.shielded`): said calmly where it would be, no retry. */
export function renderShieldedPart(c: ZaakDetailView): TemplateResult {
  return html`<p class="utrecht-paragraph" part="shielded">${c.t.afgeschermd}</p>`;
}

export function renderDocumentenSection(c: ZaakDetailView, data: ZaakDetail): TemplateResult {
  if (data.shielded?.includes('documenten')) return renderShieldedPart(c);
  if (data.documenten === undefined) return c.notLoaded();
  if (data.documenten.length === 0) return html`<p class="utrecht-paragraph">${c.t.geenDocumenten}</p>`;
  return renderDocumenten(c, data.documenten);
}

function renderDocumenten(c: ZaakDetailView, documenten: readonly DocumentView[]): TemplateResult {
  return html`<ul class="kb-zaak-detail__list" part="documents">
    ${repeat(
      documenten,
      (document) => document.url,
      (document) => renderDocument(c, document),
    )}
  </ul>`;
}

/** "Titel (PDF, 120 kB)": what the download button says. */
function documentLabel(c: ZaakDetailView, document: DocumentView): string {
  const file = documentFileLabel(document, c.language);
  return file !== undefined ? `${document.titel} (${file})` : document.titel;
}

function renderDocument(c: ZaakDetailView, document: DocumentView): TemplateResult {
  const t = c.t;
  const state = c.downloads.state(document.url);
  return html`<li class="kb-zaak-detail__item" part="document">
    ${
      document.downloadUrl !== undefined
        ? html`<p class="utrecht-paragraph">
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle kb-zaak-detail__download"
            part="document-download"
            aria-disabled=${state === 'bezig' ? 'true' : 'false'}
            @click=${() => void c.downloads.start(document)}
          >
            ${documentLabel(c, document)}
          </button>
        </p>`
        : html`<p class="utrecht-paragraph kb-zaak-detail__title">${document.titel}</p>
          <p class="utrecht-paragraph" part="document-unavailable">${t.nietDigitaal}</p>`
    }
    ${state === 'fout' ? html`<p class="utrecht-paragraph kb-zaak-detail__error" part="download-error">${t.downloadFout(document.titel)}</p>` : nothing}
    <dl class="utrecht-data-list utrecht-data-list--rows">
      ${c.row(t.documentSoort, document.informatieobjecttype?.omschrijving)}
      ${c.row(t.documentDatum, c.date(document.creatiedatum))}
    </dl>
  </li>`;
}

export function renderContact(c: ZaakDetailView, data: ZaakDetail): TemplateResult | typeof nothing {
  const t = c.t;
  const { timeline } = data;
  const route = contactRouteOf(data, c.contactRoutes);
  const slotted = c.slotted;
  if (!timeline.behandelaar && !route && !slotted) return nothing;
  const tel = route?.telefoon ? telHref(route.telefoon) : undefined;
  const label = translateText(route?.label, c.language);
  const openingstijden = translateText(route?.openingstijden, c.language);
  return c.section(
    'contact',
    t.contact,
    html`${timeline.behandelaar ? html`<p class="utrecht-paragraph">${t.behandeldDoor(timeline.behandelaar.naam)}</p>` : nothing}
      ${
        route
          ? html`<div class="kb-zaak-detail__contact-route" part="contact-route">
            ${label ? html`<p class="utrecht-paragraph">${t.contactVia(label)}</p>` : nothing}
            ${
              route.telefoon
                ? html`<p class="utrecht-paragraph">
                  ${tel ? html`<a class="utrecht-link" href=${tel}>${t.bel(route.telefoon)}</a>` : t.bel(route.telefoon)}
                </p>`
                : nothing
            }
            ${route.url ? html`<p class="utrecht-paragraph"><a class="utrecht-link" href=${route.url}>${translateText(route.urlLabel, c.language) ?? t.contactLink}</a></p>` : nothing}
            ${openingstijden ? html`<p class="utrecht-paragraph">${t.openingstijden(openingstijden)}</p>` : nothing}
            ${timeline.zaak.identificatie ? html`<p class="utrecht-paragraph">${t.noemZaaknummer(timeline.zaak.identificatie)}</p>` : nothing}
          </div>`
          : nothing
      }
      <slot name="contact"></slot>`,
  );
}
