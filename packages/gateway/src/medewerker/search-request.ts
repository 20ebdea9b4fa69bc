/**
 * Checks the body of `POST /medewerker/klanten/search` as the contract says: one way of searching, each
 * field valid (a BSN passes the 11-proef), the profile one the employee holds and allowing that way.
 * Every refusal names its field (`invalidParams`), as core's `validateKlantQuery` does in the browser.
 * @module
 */
import type { KlantSearchField } from '@klantbeeld/core';
import type { EmployeeConfig } from '../config/employee-schema.js';
import type { InvalidParam } from '../problem.js';
import { isObject } from '../proxy/policy/scope.js';
import { isValidBsn } from './bsn.js';
import type { CheckedQuery } from './search.js';

/** A checked search request. */
export interface CheckedSearch {
  readonly profile: string;
  readonly page: number;
  readonly query: CheckedQuery;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const TELEFOON = /^\+?[0-9][0-9 -]{5,19}$/;

const param = (name: string, code: string, reason: string): InvalidParam => ({ name, code, reason });

/** The checked request, or the refused parameters. */
export function checkSearch(body: unknown, held: readonly string[], config: EmployeeConfig): CheckedSearch | { readonly invalid: InvalidParam[] } {
  if (!isObject(body)) return { invalid: [param('body', 'invalid', 'Expected a JSON object.')] };
  const invalid: InvalidParam[] = [];
  const profileId = body.profile;
  const profile = typeof profileId === 'string' && held.includes(profileId) ? config.profiles[profileId] : undefined;
  if (typeof profileId !== 'string' || profileId === '') invalid.push(param('profile', 'required', 'Choose a profile.'));
  else if (!profile) invalid.push(param('profile', 'not-allowed', 'You do not hold this profile.'));
  const page = body.page ?? 1;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > 20) invalid.push(param('page', 'invalid', 'A page from 1 to 20.'));

  const str = (name: string): string | undefined => {
    const value = body[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  let by: KlantSearchField | undefined;
  let query: CheckedQuery | undefined;
  const bsn = str('bsn');
  const surname = str('surname');
  const birthDate = str('birthDate');
  const kvk = str('kvk');
  const email = str('email');
  const telefoon = str('telefoon');
  if (bsn !== undefined) {
    by = 'bsn';
    if (!isValidBsn(bsn)) invalid.push(param('bsn', 'invalid-bsn', 'Not a valid BSN (9 digits, 11-proef).'));
    else query = { by, bsn };
  } else if (surname !== undefined || birthDate !== undefined) {
    by = 'naam';
    if (!surname) invalid.push(param('surname', 'required', 'Enter a surname.'));
    else if (surname.length > 200) invalid.push(param('surname', 'invalid', 'At most 200 characters.'));
    if (!birthDate) invalid.push(param('birthDate', 'required', 'Enter a date of birth.'));
    else if (!DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate))) invalid.push(param('birthDate', 'invalid', 'A date as YYYY-MM-DD.'));
    if (surname && birthDate) query = { by, surname, birthDate };
  } else if (kvk !== undefined) {
    by = 'kvk';
    if (!/^\d{8}$/.test(kvk)) invalid.push(param('kvk', 'invalid', 'A KvK number has 8 digits.'));
    else query = { by, kvk };
  } else if (email !== undefined) {
    by = 'email';
    if (!EMAIL.test(email) || email.length > 254) invalid.push(param('email', 'invalid', 'Not an e-mail address.'));
    else query = { by, adres: email };
  } else if (telefoon !== undefined) {
    by = 'telefoon';
    if (!TELEFOON.test(telefoon)) invalid.push(param('telefoon', 'invalid', 'Not a phone number.'));
    // Registers keep numbers without spaces or dashes; an employee types them as the klant says them.
    else query = { by, adres: telefoon.replace(/[\s-]/g, '') };
  } else {
    invalid.push(param('bsn', 'required', 'Enter a BSN, a surname and date of birth, a KvK number, an e-mail address or a phone number.'));
  }
  if (by && profile && !profile.searchBy.includes(by))
    invalid.push(param(by === 'naam' ? 'surname' : by, 'not-allowed', 'Your profile does not search this way.'));
  if (invalid.length > 0 || !query || typeof profileId !== 'string') return { invalid };
  return { profile: profileId, page: page as number, query };
}
