/**
 * The read-only parts of `<kb-klantvoorkeuren>` in employee mode: the gateway refuses an employee's writes to the
 * klant's own preferences (403 `shielded`), so an employee sees them as text, with a calm note why there is nothing to
 * change, instead of controls that could only fail.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NOTIFICATIE_DOMEINEN, type Klantvoorkeuren } from '@klantbeeld/core';
import { dataListRow } from '../shared/data-list.js';
import { heading, subLevel, toHeadingLevel } from '../shared/heading.js';
import type { KlantvoorkeurenTexts } from './klantvoorkeuren.texts.js';
import type { KlantvoorkeurenView } from './klantvoorkeuren.view.js';

/** The note that only the klant can change these preferences (not an alert: nothing went wrong). */
export function renderReadOnlyNote(t: KlantvoorkeurenTexts): TemplateResult {
  return html`<p class="utrecht-paragraph" part="read-only-note">${t.alleenDeKlant}</p>`;
}

/** The preferred channel, language and notification choices as a data list. */
export function renderVoorkeurenText(c: KlantvoorkeurenView, voorkeuren: Klantvoorkeuren): TemplateResult {
  const t = c.t;
  const level = subLevel(toHeadingLevel(c.headingLevel));
  const taal = voorkeuren.voorkeurstaal;
  const notificaties = c.state?.notificaties ?? {};
  // Only the domains the municipality offers (as in the form); of those, the ones the klant chose.
  const offered = NOTIFICATIE_DOMEINEN.filter((domein) => notificaties[domein] !== undefined);
  const chosen = offered.filter((domein) => notificaties[domein] === true);
  return html`<section class="kb-klantvoorkeuren__section" part="section" aria-labelledby="kb-section-voorkeuren">
    ${heading(level, t.voorkeurenHeading, { part: 'section-heading', id: 'kb-section-voorkeuren' })}
    <dl class="utrecht-data-list utrecht-data-list--rows" part="voorkeuren">
      ${dataListRow(t.voorkeurskanaal, t.kanalen[voorkeuren.voorkeurskanaal ?? 'geen'])}
      ${dataListRow(t.taal, taal ? (t.talen[taal] ?? taal) : t.geenTaal)}
      ${
        offered.length > 0
          ? dataListRow(
              t.notificaties,
              chosen.length > 0
                ? html`<ul class="kb-klantvoorkeuren__notificaties">
                    ${chosen.map((domein) => html`<li>${t.domeinen[domein]}</li>`)}
                  </ul>`
                : t.geenNotificaties,
            )
          : nothing
      }
    </dl>
  </section>`;
}
