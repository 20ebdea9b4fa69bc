/**
 * The view of `<kb-contact-registreren>`: the form (NL Design System form guidance: a label and description per field,
 * errors tied to their field and listed in a summary that gets focus), the status line while saving, what was created,
 * and a failed save with its retry. It renders the {@link RegistratieFormController}'s state; the controller acts.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { KLANTCONTACT_KANALEN, KLANTCONTACT_MAX_LENGTH, type ActorView, type RegistratieOutcome } from '@klantbeeld/core';
import { errorSummary, textField } from '../klantvoorkeuren/form-fields.js';
import { choice, fieldset, selectField, textareaField } from './contact-registreren.fields.js';
import type { RegistratieFormController } from './contact-registreren.form.js';
import { FIELD_IDS, type ContactRegistrerenData } from './contact-registreren.model.js';
import type { ContactRegistrerenTexts } from './contact-registreren.texts.js';

/** The status line (a live region): saving, or nothing. */
export function renderStatus(t: ContactRegistrerenTexts, c: RegistratieFormController): TemplateResult | typeof nothing {
  return c.phase === 'saving' ? html`<p class="utrecht-paragraph">${t.bezig}</p>` : nothing;
}

export function renderReady(t: ContactRegistrerenTexts, c: RegistratieFormController, data: ContactRegistrerenData): TemplateResult {
  if (c.phase === 'saved' && c.outcome?.ok) return renderSaved(t, c, c.outcome, data);
  return html`${c.phase === 'failed' ? renderSaveError(t, c) : nothing}${renderForm(t, c, data)}`;
}

function renderForm(t: ContactRegistrerenTexts, c: RegistratieFormController, data: ContactRegistrerenData): TemplateResult {
  const f = c.form;
  const e = c.errors;
  const saving = c.phase === 'saving';
  return html`<form class="kb-contact-registreren__form" part="form" novalidate aria-busy=${saving ? 'true' : 'false'} @submit=${c.onSubmit}>
    ${c.summary ? errorSummary(t.foutenTitel(Object.keys(e).length), e, c.focusField) : nothing}
    ${selectField(
      { ...props(c, 'kanaal', t.kanaal, t.kanaalBeschrijving), onChange: (v) => c.set('kanaal', v) },
      KLANTCONTACT_KANALEN.map((kanaal) => html`<option value=${kanaal} ?selected=${f.kanaal === kanaal}>${t.kanalen[kanaal]}</option>`),
    )}
    ${textField({
      id: FIELD_IDS.onderwerp,
      label: t.onderwerp,
      description: t.onderwerpBeschrijving,
      value: f.onderwerp,
      error: e[FIELD_IDS.onderwerp],
      type: 'text',
      autocomplete: 'off',
      maxlength: KLANTCONTACT_MAX_LENGTH.onderwerp,
      onInput: (v) => c.set('onderwerp', v),
    })}
    ${noteField(c, 'notitie', t.notitie, t.notitieBeschrijving)}
    ${
      data.zaken.length > 0
        ? fieldset(
            { id: 'kb-zaken', part: 'zaken', label: t.zaken, description: t.zakenBeschrijving, error: e[FIELD_IDS.zaken] },
            data.zaken.map((zaak, index) =>
              choice({
                kind: 'checkbox',
                id: `kb-zaken-${index}`,
                name: 'zaken',
                label: html`${zaak.omschrijving} <span class="kb-contact-registreren__zaak-id">(${zaak.identificatie})</span>`,
                checked: f.zaken.includes(zaak.url),
                onChange: (checked) => c.toggleZaak(zaak.url, checked),
              }),
            ),
          )
        : html`<p class="utrecht-paragraph" part="geen-zaken">${t.geenZaken}</p>`
    }
    ${fieldset(
      { id: 'kb-beantwoord', part: 'beantwoord', label: t.beantwoord, description: t.beantwoordBeschrijving, error: e[FIELD_IDS.beantwoord] },
      [true, false].map((ja) =>
        choice({
          kind: 'radio',
          id: ja ? FIELD_IDS.beantwoord : 'kb-beantwoord-nee',
          name: 'beantwoord',
          label: ja ? t.ja : t.nee,
          checked: f.beantwoord === ja,
          onChange: (checked) => checked && c.set('beantwoord', ja),
        }),
      ),
    )}
    ${renderTerugbellen(t, c, data.actoren)}
    <p class="utrecht-paragraph">
      <button type="submit" class="utrecht-button utrecht-button--primary-action" part="submit-button" ?disabled=${saving} aria-disabled=${saving ? 'true' : 'false'}>
        ${t.registreren}
      </button>
    </p>
  </form>`;
}

/** What every text-valued field of the draft shows: its id, label, description, error and value. */
function props(c: RegistratieFormController, veld: 'kanaal' | 'notitie' | 'actor' | 'toelichting', label: string, description: string) {
  const id = FIELD_IDS[veld];
  return { id, label, description, error: c.errors[id], value: c.form[veld] };
}

/** A free-text field of the draft (the note, or the terugbelverzoek's toelichting). */
function noteField(c: RegistratieFormController, veld: 'notitie' | 'toelichting', label: string, description: string): TemplateResult {
  return textareaField({ ...props(c, veld, label, description), maxlength: KLANTCONTACT_MAX_LENGTH[veld], onInput: (value) => c.set(veld, value) });
}

function renderTerugbellen(t: ContactRegistrerenTexts, c: RegistratieFormController, actoren: readonly ActorView[]): TemplateResult {
  const f = c.form;
  const option = (actor: ActorView) =>
    html`<option value=${actor.url} ?selected=${f.actor === actor.url}>${actor.naam}${actor.omschrijving ? ` – ${actor.omschrijving}` : ''}</option>`;
  const teams = actoren.filter((actor) => actor.soort === 'organisatorische-eenheid');
  const mensen = actoren.filter((actor) => actor.soort === 'medewerker');
  return html`<div class="kb-contact-registreren__terugbellen" part="terugbellen">
    ${choice({
      kind: 'checkbox',
      id: 'kb-terugbellen',
      name: 'terugbellen',
      label: t.terugbellen,
      checked: f.terugbellen,
      controls: 'kb-terugbellen-velden',
      onChange: (checked) => c.set('terugbellen', checked),
    })}
    <div id="kb-terugbellen-velden" class="kb-contact-registreren__terugbellen-velden" ?hidden=${!f.terugbellen}>
      ${
        f.terugbellen
          ? html`${selectField(
              { ...props(c, 'actor', t.actor, t.actorBeschrijving), onChange: (v) => c.set('actor', v) },
              html`<option value="">${t.kiesActor}</option>
                ${teams.length > 0 ? html`<optgroup label=${t.teams}>${teams.map(option)}</optgroup>` : nothing}
                ${mensen.length > 0 ? html`<optgroup label=${t.medewerkers}>${mensen.map(option)}</optgroup>` : nothing}`,
            )}
            ${noteField(c, 'toelichting', t.toelichting, t.toelichtingBeschrijving)}`
          : nothing
      }
    </div>
  </div>`;
}

/** What was created, and a button to register another contact. */
function renderSaved(
  t: ContactRegistrerenTexts,
  c: RegistratieFormController,
  outcome: Extract<RegistratieOutcome, { ok: true }>,
  data: ContactRegistrerenData,
) {
  const created = outcome.created;
  const actor = data.actoren.find((a) => a.url === c.form.actor)?.naam ?? '';
  const items = [
    t.aangemaakt.klantcontact(outcome.contact.referentienummer ?? ''),
    ...(created.onderwerpobjecten.length > 0 ? [t.aangemaakt.zaken(created.onderwerpobjecten.length)] : []),
    ...(created.interneTaak ? [t.aangemaakt.terugbelverzoek(actor)] : []),
  ];
  return html`<div class="utrecht-alert utrecht-alert--info" part="saved" tabindex="-1" role="group" aria-labelledby="kb-saved-title">
    <div class="utrecht-alert__message">
      <p class="utrecht-paragraph" id="kb-saved-title"><strong>${t.opgeslagen}</strong></p>
      <ul class="utrecht-unordered-list" part="created">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>
  </div>
  <p class="utrecht-paragraph">
    <button type="button" class="utrecht-button utrecht-button--secondary-action" part="another-button" @click=${c.another}>${t.nogEen}</button>
  </p>`;
}

/** A save that failed without field errors: what exists (a partial save) and a retry that continues it. */
function renderSaveError(t: ContactRegistrerenTexts, c: RegistratieFormController): TemplateResult {
  const outcome = c.outcome;
  const partial = outcome && !outcome.ok && outcome.inHistory;
  const missing = partial ? missingParts(c) : [];
  return html`<div class="utrecht-alert utrecht-alert--error" part="save-error" tabindex="-1" role="group" aria-labelledby="kb-save-error-title">
    <div class="utrecht-alert__message">
      <p class="utrecht-paragraph" id="kb-save-error-title">${partial ? t.deelsOpgeslagen : t.nietOpgeslagen}</p>
      ${missing.length > 0 ? html`<ul class="utrecht-unordered-list">${missing.map((part) => html`<li>${t.ontbreekt[part]}</li>`)}</ul>` : nothing}
      <p class="utrecht-paragraph">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-save-button" @click=${c.retry}>${t.opnieuw}</button>
      </p>
    </div>
  </div>`;
}

/** The parts a partial save still lacks, from the step it stopped at. */
function missingParts(c: RegistratieFormController): ('onderwerpobject' | 'interne-taak')[] {
  const outcome = c.outcome;
  if (!outcome || outcome.ok) return [];
  const zakenMissing = c.form.zaken.length > outcome.created.onderwerpobjecten.length;
  const taakMissing = c.form.terugbellen && !outcome.created.interneTaak;
  return [...(zakenMissing ? (['onderwerpobject'] as const) : []), ...(taakMissing ? (['interne-taak'] as const) : [])];
}
