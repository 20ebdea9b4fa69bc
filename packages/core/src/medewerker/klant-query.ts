/**
 * Checks a klant search before it is sent, with the same `invalidParams` (`name` = the field, `code`) the gateway
 * answers with in its 400, so a form maps either to its fields the same way.
 * @module
 */
import { isEmailAdres, normalizeAdres, TELEFOONNUMMER } from '../klantbeeld/digitaal-adres-rules.js';
import type { InvalidParam } from '../transport/errors.js';
import { isValidBsn } from './bsn.js';
import type { KlantSearchField, KlantSearchRequest, ProfileInfo } from './types.js';

/** Options of {@link validateKlantQuery}. */
export interface ValidateKlantQueryOptions {
  /** The profile the search is done under: a field its `searchBy` does not list is `not-allowed`. */
  readonly profile?: ProfileInfo;
  /** "Today" for the birth date check (default: now, as the calendar day where the employee is); a later birth date is invalid. */
  readonly now?: number | Date;
}

const KVK_NUMMER = /^\d{8}$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The employee's own calendar day (not dates.ts's Dutch day: that module stays out of the employee code's chunk, and
// the employee works in the Netherlands anyway).
function localDay(now: number | Date): string {
  const date = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Whether `value` is a `YYYY-MM-DD` calendar date that exists (no 31 April) and is not after `today`. */
function isPastDate(value: string, today: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // `YYYY-MM-DD` compares as text.
  return exists && value <= today;
}

// Read as plain fields: at run time a request may hold any of them, or none (an untyped caller, a form).
type QueryFields = Partial<Record<'bsn' | 'surname' | 'birthDate' | 'kvk' | 'email' | 'telefoon' | 'profile', unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const param = (name: string, code: string, reason: string): InvalidParam => ({ name, code, reason });

/**
 * The problems of a klant search request; empty when it may be sent. Names: `bsn`, `surname`, `birthDate`, `kvk`,
 * `email`, `telefoon`, `profile`; codes: `required`, `invalid-bsn` (not 9 digits passing the 11-proef), `invalid`
 * (a KvK number that is not 8 digits, a birth date that does not exist or lies in the future, an e-mail address or
 * phone number Klantinteracties would not accept), `not-allowed` (a way of searching the profile does not allow).
 * Values are checked trimmed; a phone number without the spaces and dashes people write in it. A request with no
 * search field at all is reported as `bsn` `required` (the first way of searching).
 */
export function validateKlantQuery(request: KlantSearchRequest, options: ValidateKlantQueryOptions = {}): InvalidParam[] {
  const fields = request as QueryFields;
  const problems: InvalidParam[] = [];
  if (text(fields.profile) === '') problems.push(param('profile', 'required', 'A profile is required.'));
  const used: KlantSearchField[] = [];
  if ('bsn' in fields) {
    used.push('bsn');
    const bsn = text(fields.bsn);
    if (bsn === '') problems.push(param('bsn', 'required', 'A BSN is required.'));
    else if (!isValidBsn(bsn)) problems.push(param('bsn', 'invalid-bsn', 'Not a valid BSN (9 digits, 11-proef).'));
  }
  if ('surname' in fields || 'birthDate' in fields) {
    used.push('naam');
    if (text(fields.surname) === '') problems.push(param('surname', 'required', 'A surname is required.'));
    const birthDate = text(fields.birthDate);
    const today = localDay(options.now ?? Date.now());
    if (birthDate === '') problems.push(param('birthDate', 'required', 'A date of birth is required.'));
    else if (!isPastDate(birthDate, today)) problems.push(param('birthDate', 'invalid', 'Not a past date (YYYY-MM-DD).'));
  }
  if ('kvk' in fields) {
    used.push('kvk');
    const kvk = text(fields.kvk);
    if (kvk === '') problems.push(param('kvk', 'required', 'A KvK number is required.'));
    else if (!KVK_NUMMER.test(kvk)) problems.push(param('kvk', 'invalid', 'A KvK number has 8 digits.'));
  }
  if ('email' in fields) {
    used.push('email');
    const email = text(fields.email);
    if (email === '') problems.push(param('email', 'required', 'An e-mail address is required.'));
    else if (!isEmailAdres(email)) problems.push(param('email', 'invalid', 'Not a valid e-mail address.'));
  }
  if ('telefoon' in fields) {
    used.push('telefoon');
    const telefoon = normalizeAdres('telefoonnummer', text(fields.telefoon));
    if (telefoon === '') problems.push(param('telefoon', 'required', 'A phone number is required.'));
    else if (!TELEFOONNUMMER.test(telefoon)) problems.push(param('telefoon', 'invalid', 'Not a valid phone number.'));
  }
  if (used.length === 0) problems.push(param('bsn', 'required', 'A BSN, name and date of birth, KvK number, e-mail address or phone number is required.'));
  const allowed = options.profile?.searchBy;
  if (allowed) {
    for (const field of used) {
      if (allowed.includes(field)) continue;
      problems.push(param(field === 'naam' ? 'surname' : field, 'not-allowed', 'This profile does not allow searching this way.'));
    }
  }
  return problems;
}

/** The search request as it is sent: every value trimmed, a phone number without spaces, dashes, dots and parentheses. */
export function normalizeKlantQuery(request: KlantSearchRequest): KlantSearchRequest {
  const normalized: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request)) {
    normalized[name] = typeof value !== 'string' ? value : name === 'telefoon' ? normalizeAdres('telefoonnummer', value) : value.trim();
  }
  return normalized as KlantSearchRequest;
}
