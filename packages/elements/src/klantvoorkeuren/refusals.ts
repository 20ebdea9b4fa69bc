/**
 * What `<kb-klantvoorkeuren>` says about a refused or unchecked change: the problem of a field in words, Open Klant's
 * refusal at the fields of the open form (core maps `invalidParams`), and the status line for the rest.
 * @module
 */
import { ADRES_VELDEN, fieldErrorsOf, isKlantbeeldError, MAX_ADRES, MAX_OMSCHRIJVING, VOORKEUREN_VELDEN, type FieldProblem } from '@klantbeeld/core';
import type { FieldErrors } from './form-fields.js';
import { FIELD_ADRES, FIELD_KANAAL, FIELD_OMSCHRIJVING, FIELD_TAAL, type Soort } from './klantvoorkeuren.model.js';
import type { KlantvoorkeurenTexts } from './klantvoorkeuren.texts.js';

export function problemText(t: KlantvoorkeurenTexts, soort: Soort, problem: FieldProblem, max: number): string {
  const fouten = t.fouten;
  return problem === 'leeg' ? fouten.leeg[soort] : problem === 'ongeldig' ? fouten.ongeldig[soort] : fouten.teLang(max);
}

/** "Not saved", the server's reasons that name no field, and what to do. */
export function refusalText(t: KlantvoorkeurenTexts, error: unknown, rest: string | undefined): string {
  return [t.nietOpgeslagen, rest, t.reden[reason(error)]].filter(Boolean).join(' ');
}

function reason(error: unknown): keyof KlantvoorkeurenTexts['reden'] {
  if (!isKlantbeeldError(error)) return 'other';
  if (error.kind === 'validation' || error.kind === 'not-authenticated' || error.kind === 'forbidden') return error.kind;
  return error.kind === 'network' || error.kind === 'timeout' ? 'network' : 'other';
}

/** A 400's `invalidParams` as messages at the fields of the open form (core maps them); the other reasons as `rest`. */
export function fieldErrors(t: KlantvoorkeurenTexts, error: unknown, soort: Soort | undefined): { fields: FieldErrors; rest?: string } {
  const fields: FieldErrors = {};
  let rest: readonly string[];
  if (soort) {
    const mapped = fieldErrorsOf(error, ADRES_VELDEN);
    const { adres, omschrijving } = mapped.fields;
    if (adres) fields[FIELD_ADRES] = adres.problem ? problemText(t, soort, adres.problem, MAX_ADRES) : adres.reason;
    if (omschrijving) fields[FIELD_OMSCHRIJVING] = omschrijving.problem ? problemText(t, soort, omschrijving.problem, MAX_OMSCHRIJVING) : omschrijving.reason;
    rest = mapped.rest;
  } else {
    const mapped = fieldErrorsOf(error, VOORKEUREN_VELDEN);
    if (mapped.fields.voorkeurstaal) fields[FIELD_TAAL] = mapped.fields.voorkeurstaal.reason;
    if (mapped.fields.voorkeursDigitaalAdres) fields[FIELD_KANAAL] = mapped.fields.voorkeursDigitaalAdres.reason;
    rest = mapped.rest;
  }
  return { fields, ...(rest.length > 0 ? { rest: rest.join(' ') } : {}) };
}
