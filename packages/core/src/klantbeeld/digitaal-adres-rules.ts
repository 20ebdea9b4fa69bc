/**
 * Open Klant's rules for a digitaal adres (its phone number pattern, Django's e-mail validator, its lengths), as one
 * source for the checks before anything is sent and for the mock API that plays Open Klant. Checking first gives
 * most mistakes a message at the field at once; the server still has the last word (its 400 is mapped to the same
 * fields by `adresFieldErrors`).
 * @module
 */
import type { SoortDigitaalAdres } from './partij.js';

/** Open Klant's phone number pattern (Klantinteracties `DigitaalAdres.adres` for `telefoonnummer`; short numbers such as 14 030 or 0800 1234 fail). */
export const TELEFOONNUMMER = /^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$/;
// Django's EmailValidator, as Open Klant runs it (user part without the quoted form; domain with a TLD of 2–63 characters).
const EMAIL_USER = /^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$/i;
const EMAIL_DOMAIN = /^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63})$/i;

/** Whether Open Klant accepts `value` as an e-mail address. */
export function isEmailAdres(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  return EMAIL_USER.test(value.slice(0, at)) && EMAIL_DOMAIN.test(value.slice(at + 1));
}

/** Open Klant's maximum length of a digitaal adres's `adres`. */
export const MAX_ADRES = 80;
/** Open Klant's maximum length of a digitaal adres's `omschrijving`. */
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
  else if (soort === 'email' && !isEmailAdres(value)) problems.adres = 'ongeldig';
  else if (soort === 'telefoonnummer' && !TELEFOONNUMMER.test(value)) problems.adres = 'ongeldig';
  if (omschrijving.trim().length > MAX_OMSCHRIJVING) problems.omschrijving = 'te-lang';
  return problems;
}
