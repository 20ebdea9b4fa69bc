import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Verwerking } from '@klantbeeld/core';
import { dataListRow } from '../shared/data-list.js';
import { dateFormatter, dateTimeAttribute, formatDate } from '../shared/format.js';
import type { Translation } from '../shared/i18n.js';

/** The time of day (Dutch time) of a date-time, e.g. "08:13". */
function formatTime(value: string, lang: string): string | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : dateFormatter(lang, 'time', { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** One action of the processing log: why, when, by whom, what was done, which kinds of data, to whom. */
export function renderVerwerking(verwerking: Verwerking, t: Translation['verwerkingen'], language: string): TemplateResult {
  const datum = formatDate(verwerking.tijdstip, language);
  const tijd = formatTime(verwerking.tijdstip, language);
  const organisatie = verwerking.uitvoerder ? (verwerking.uitvoerder.naam ?? t.onbekendeOrganisatie(verwerking.uitvoerder.oin)) : undefined;
  const afnemer = verwerking.afnemer
    ? verwerking.afnemer.soort === 'persoon'
      ? t.eenPersoon
      : (verwerking.afnemer.naam ?? t.onbekendeOrganisatie(verwerking.afnemer.oin))
    : undefined;
  const handeling = [verwerking.handelingNaam, verwerking.actieNaam].filter(Boolean).join(': ');
  const title = verwerking.verwerkingNaam ?? verwerking.handelingNaam ?? verwerking.actieNaam;
  return html`<li class="kb-verwerkingen__item" part="item">
    ${
      title
        ? html`<p class="utrecht-paragraph kb-verwerkingen__title" part="item-title"><span class="kb-visually-hidden">${t.doel}: </span>${title}</p>`
        : nothing
    }
    <dl class="utrecht-data-list utrecht-data-list--rows" part="item-details">
      ${dataListRow(
        t.wanneer,
        html`<time datetime=${ifDefined(dateTimeAttribute(verwerking.tijdstip))}>${datum && tijd ? t.tijdstip(datum, tijd) : verwerking.tijdstip}</time>`,
      )}
      ${organisatie ? dataListRow(t.organisatie, organisatie) : nothing}
      ${handeling ? dataListRow(t.handeling, handeling) : nothing}
      ${dataListRow(t.gegevens, verwerking.soortenGegevens.length > 0 ? verwerking.soortenGegevens.join(', ') : t.geenGegevens)}
      ${afnemer ? dataListRow(t.verstrektAan, afnemer) : nothing}
    </dl>
    ${verwerking.vertrouwelijkheid === 'opgeheven' ? html`<p class="utrecht-paragraph" part="opgeheven">${t.opgeheven}</p>` : nothing}
  </li>`;
}
