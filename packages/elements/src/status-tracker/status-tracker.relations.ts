/**
 * The related zaken of `<kb-status-tracker>` (hoofdzaak, deelzaken, relevante andere zaken, also at other
 * organisations), as core's `getZaakRelaties` gives them. Loaded on demand by the element, beside the request for them.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GerelateerdeZaak, ZaakRelaties } from '@klantbeeld/core';
import type { StatusTrackerTexts } from './status-tracker.texts.js';

/** The link of a related zaak (from the element's `zaak-href-template`); undefined: shown as text. */
export type RelatedHref = (url: string, identificatie: string) => string | undefined;

/** An RSIN (9 digits) means nothing to a resident: only a configured organisation name is shown. */
function organisationName(organisatie: string | undefined): string | undefined {
  const name = organisatie?.trim();
  return name && !/^\d{9}$/.test(name) ? name : undefined;
}

function renderRelated(zaak: GerelateerdeZaak, unreachable: string, t: StatusTrackerTexts, href: RelatedHref): TemplateResult {
  if (!zaak.bereikbaar) {
    return html`<li class="kb-status-tracker__related kb-status-tracker__related--unreachable" part="related related-unreachable">
      <p class="utrecht-paragraph">${unreachable}</p>
    </li>`;
  }
  const organisatie = organisationName(zaak.organisatie);
  const status = !zaak.open ? t.afgerond : zaak.status ? t.huidigeStatus(zaak.status.omschrijving) : t.geenStatus;
  const link = href(zaak.url, zaak.identificatie);
  const name = zaak.omschrijving || zaak.identificatie;
  return html`<li class="kb-status-tracker__related" part="related">
    <p class="utrecht-paragraph kb-status-tracker__related-name">
      ${link !== undefined ? html`<a class="utrecht-link" part="related-link" href=${link}>${name}</a>` : name}${
        organisatie ? html` <span class="kb-status-tracker__organisation" part="related-organisation">${t.bij(organisatie)}</span>` : nothing
      }
    </p>
    <p class="utrecht-paragraph kb-status-tracker__related-status" part="related-status">${status}</p>
  </li>`;
}

/** The related zaken as labelled lists; nothing when there are none. */
export function renderRelations(relaties: ZaakRelaties, t: StatusTrackerTexts, href: RelatedHref): TemplateResult | typeof nothing {
  const list = (label: string, zaken: readonly GerelateerdeZaak[], unreachable: string) =>
    zaken.length === 0
      ? nothing
      : html`<p class="utrecht-paragraph kb-status-tracker__relations-label" part="relations-label">${label}</p>
          <ul class="kb-status-tracker__relations-list" part="relations-list" aria-label=${label}>
            ${zaken.map((zaak) => renderRelated(zaak, unreachable, t, href))}
          </ul>`;
  const hoofdzaak = relaties.hoofdzaak ? [relaties.hoofdzaak] : [];
  if (hoofdzaak.length === 0 && relaties.deelzaken.length === 0 && relaties.relevanteAndereZaken.length === 0) return nothing;
  return html`<div class="kb-status-tracker__relations" part="relations">
    ${list(t.hoofdzaak, hoofdzaak, t.onbereikbareZaak)}
    ${list(t.onderdelen, relaties.deelzaken, t.onbereikbaarOnderdeel)}
    ${list(t.gerelateerd, relaties.relevanteAndereZaken, t.onbereikbareZaak)}
  </div>`;
}

/** The URLs of the related zaken that could be read (hoofdzaak, deelzaken, relevante andere zaken), to follow them live. */
export function relatedZaakUrls(relaties: ZaakRelaties | undefined): string[] {
  if (!relaties) return [];
  const all = [...(relaties.hoofdzaak ? [relaties.hoofdzaak] : []), ...relaties.deelzaken, ...relaties.relevanteAndereZaken];
  return all.filter((zaak) => zaak.bereikbaar).map((zaak) => zaak.url);
}
