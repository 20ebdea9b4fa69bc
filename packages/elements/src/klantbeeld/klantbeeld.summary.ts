import { html, nothing, type TemplateResult } from 'lit';
import type { KlantOverzicht, LaatsteContact, OverzichtFigure } from '@klantbeeld/core';
import { formatDate } from '../shared/format.js';
import type { KlantbeeldTexts } from './klantbeeld.texts.js';

/** Whether the summary has nothing to tell: no open zaken, no contact, no preference (and nothing shielded or failed). */
export function isEmptyOverzicht(overzicht: KlantOverzicht): boolean {
  const { openZaken, laatsteContact, voorkeurskanaal } = overzicht;
  return (
    openZaken.state === 'ready' &&
    openZaken.value === 0 &&
    laatsteContact.state === 'ready' &&
    laatsteContact.value === undefined &&
    voorkeurskanaal.state === 'ready' &&
    voorkeurskanaal.value === undefined
  );
}

/** The figures that failed; when every figure that is not shielded failed, the summary is one error with a retry. */
export function failedFigures(overzicht: KlantOverzicht): { readonly failed: readonly unknown[]; readonly all: boolean } {
  const figures: OverzichtFigure<unknown>[] = [overzicht.openZaken, overzicht.laatsteContact, overzicht.voorkeurskanaal];
  const failed = figures.flatMap((figure) => (figure.state === 'error' ? [figure.error] : []));
  const shown = figures.filter((figure) => figure.state !== 'shielded');
  return { failed, all: failed.length > 0 && failed.length === shown.length };
}

/** A contact channel in words: the usual upstream names (`telefoon`, `e-mail`, …) translated, another as written. */
function kanaalInWords(kanaal: string, t: KlantbeeldTexts): string {
  const key = kanaal
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const known: Readonly<Record<string, string>> = { ...t.kanalen, post: t.kanalen.brief };
  return known[key] ?? kanaal;
}

function renderContact(contact: LaatsteContact | undefined, t: KlantbeeldTexts, lang: string): string {
  if (contact === undefined) return t.geenContact;
  const kanaal = kanaalInWords(contact.kanaal, t);
  const datum = formatDate(contact.plaatsgevondenOp, lang);
  return datum === undefined ? kanaal : t.laatsteContactOp(kanaal, datum);
}

/** One figure as a `<div>` of a data list: its label and its value, or "Afgeschermd voor uw rol", or "Kon niet worden geladen". */
function renderFigure<T>(id: string, label: string, figure: OverzichtFigure<T>, value: (v: T) => unknown, t: KlantbeeldTexts): TemplateResult {
  const shown =
    figure.state === 'ready'
      ? value(figure.value)
      : html`<span class="kb-klantbeeld__figure-note" part=${figure.state === 'shielded' ? 'figure-shielded' : 'figure-error'}
          >${figure.state === 'shielded' ? t.afgeschermd : t.nietGeladen}</span
        >`;
  return html`<div class="kb-klantbeeld__figure" part="figure figure-${id}" data-state=${figure.state}>
    <dt class="kb-klantbeeld__figure-label">${label}</dt>
    <dd class="kb-klantbeeld__figure-value">${shown}</dd>
  </div>`;
}

/** The ready summary: three figures, and a retry button when one of them failed. */
export function renderSummary(overzicht: KlantOverzicht, t: KlantbeeldTexts, lang: string, retry: { label: string; onClick: () => void }): TemplateResult {
  const someFailed = failedFigures(overzicht).failed.length > 0;
  return html`<dl class="kb-klantbeeld__figures" part="figures">
      ${renderFigure('open-zaken', t.openZaken, overzicht.openZaken, (n) => html`<span class="kb-klantbeeld__number">${n}</span>`, t)}
      ${renderFigure('laatste-contact', t.laatsteContact, overzicht.laatsteContact, (contact) => renderContact(contact, t, lang), t)}
      ${renderFigure('voorkeurskanaal', t.voorkeurskanaal, overzicht.voorkeurskanaal, (soort) => (soort === undefined ? t.geenVoorkeur : t.soorten[soort]), t)}
    </dl>
    ${
      someFailed
        ? html`<button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-button" @click=${retry.onClick}>${retry.label}</button>`
        : nothing
    }`;
}
