/**
 * Client-side checks of `<kb-klantvoorkeuren>`'s address forms, before anything is sent. They mirror Open Klant's
 * rules (its phone number pattern, a plain e-mail shape, its lengths), so that most mistakes get a message at the
 * field at once; the server still has the last word (its 400 is shown at the same fields).
 * @module
 */
import type { SoortDigitaalAdres } from '@klantbeeld/core';

/** Open Klant's phone number pattern (Klantinteracties `DigitaalAdres.adres` for `telefoonnummer`). */
const TELEFOONNUMMER = /^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$/;
/** Something@domain.tld without spaces: the shape people get wrong; the server checks the rest. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** Open Klant's maximum lengths. */
export const MAX_ADRES = 80;
export const MAX_OMSCHRIJVING = 40;

/** Why a field is not accepted. */
export type FieldProblem = 'leeg' | 'ongeldig' | 'te-lang';

/** The problems of an address form, per field. */
export interface AdresProblems {
  adres?: FieldProblem;
  omschrijving?: FieldProblem;
}

/**
 * The value to send for what the resident typed: trimmed; a phone number without the spaces, dashes, dots and
 * parentheses people write in it ("06-12 34 56 78" → "0612345678").
 */
export function normalizeAdres(soort: SoortDigitaalAdres, value: string): string {
  const trimmed = value.trim();
  return soort === 'telefoonnummer' ? trimmed.replace(/[\s\-.()]/g, '') : trimmed;
}

/** Checks an address form; an empty object when it may be sent. */
export function checkAdres(soort: SoortDigitaalAdres, adres: string, omschrijving: string): AdresProblems {
  const problems: AdresProblems = {};
  const value = normalizeAdres(soort, adres);
  if (value === '') problems.adres = 'leeg';
  else if (value.length > MAX_ADRES) problems.adres = 'te-lang';
  else if (soort === 'email' && !EMAIL.test(value)) problems.adres = 'ongeldig';
  else if (soort === 'telefoonnummer' && !TELEFOONNUMMER.test(value)) problems.adres = 'ongeldig';
  if (omschrijving.trim().length > MAX_OMSCHRIJVING) problems.omschrijving = 'te-lang';
  return problems;
}
