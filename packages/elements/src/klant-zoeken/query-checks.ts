/**
 * Stand-in for core's `isValidBsn` / `validateKlantQuery` (STAFF-CONTRACT.md, built by the `corestaff` helper) until
 * that branch is merged: the same names and results, so that the element switches by changing its import.
 * @module
 */
import type { InvalidParam, KlantQuery } from '@klantbeeld/core';

/** Whether `value` is 9 digits that pass the 11-proef (the last digit weighs −1). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = [...value].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0 && value !== '000000000';
}

const problem = (name: string, code: string, reason: string): InvalidParam => ({ name, code, reason });
const required = (name: string, value: string): InvalidParam[] => (value === '' ? [problem(name, 'required', `${name} is required`)] : []);

/** The problems of a search query, with the names and codes the gateway uses. */
export function validateKlantQuery(query: KlantQuery): InvalidParam[] {
  if ('bsn' in query) {
    if (query.bsn === '') return required('bsn', '');
    return isValidBsn(query.bsn) ? [] : [problem('bsn', /^\d{9}$/.test(query.bsn) ? 'invalid-bsn' : 'invalid', 'not a BSN')];
  }
  if ('surname' in query) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(query.birthDate) ? new Date(`${query.birthDate}T00:00:00Z`) : undefined;
    return [
      ...(query.surname === '' ? required('surname', '') : []),
      ...(query.birthDate === ''
        ? required('birthDate', '')
        : !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== query.birthDate || date.getTime() > Date.now()
          ? [problem('birthDate', 'invalid', 'not a date in the past')]
          : []),
    ];
  }
  if ('kvk' in query) return query.kvk === '' ? required('kvk', '') : /^\d{8}$/.test(query.kvk) ? [] : [problem('kvk', 'invalid', 'not 8 digits')];
  if ('email' in query)
    return query.email === '' ? required('email', '') : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(query.email) ? [] : [problem('email', 'invalid', 'not an address')];
  return query.telefoon === ''
    ? required('telefoon', '')
    : /^(\+\d{10,14}|0\d{9})$/.test(query.telefoon)
      ? []
      : [problem('telefoon', 'invalid', 'not a number')];
}
