/**
 * Checks the body of `POST /medewerker/klanten/search` as the contract says: one way of searching, each
 * field valid (a BSN passes the 11-proef), the profile one the employee holds and allowing that way.
 * Every refusal names its field (`invalidParams`), as core's `validateKlantQuery` does in the browser.
 * @module
 */
import { normalizeAdres, validateKlantQuery, type KlantSearchRequest } from '@klantbeeld/core';
import type { EmployeeConfig } from '../config/employee-schema.js';
import type { InvalidParam } from '../problem.js';
import { isObject } from '../proxy/policy/scope.js';
import type { CheckedQuery } from './search.js';

/** A checked search request. */
export interface CheckedSearch {
  readonly profile: string;
  readonly page: number;
  readonly query: CheckedQuery;
}

const param = (name: string, code: string, reason: string): InvalidParam => ({ name, code, reason });

/**
 * The checked request, or the refused parameters. The fields are checked by core's `validateKlantQuery`, the very
 * rules the browser applies before sending (one definition of a valid BSN, date, e-mail address and phone number).
 */
export function checkSearch(body: unknown, held: readonly string[], config: EmployeeConfig): CheckedSearch | { readonly invalid: InvalidParam[] } {
  if (!isObject(body)) return { invalid: [param('body', 'invalid', 'Expected a JSON object.')] };
  const profileId = body.profile;
  const profile = typeof profileId === 'string' && held.includes(profileId) ? config.profiles[profileId] : undefined;
  const invalid: InvalidParam[] = validateKlantQuery(
    body as KlantSearchRequest,
    profile ? { profile: { id: '', label: { nl: '', en: '' }, purposes: [], searchBy: profile.searchBy } } : {},
  );
  if (typeof profileId === 'string' && profileId !== '' && !profile) invalid.push(param('profile', 'not-allowed', 'You do not hold this profile.'));
  const page = body.page ?? 1;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > 20) invalid.push(param('page', 'invalid', 'A page from 1 to 20.'));
  if (invalid.length > 0 || typeof profileId !== 'string' || typeof page !== 'number') return { invalid };
  return { profile: profileId, page, query: checkedQuery(body) };
}

/** The one way of searching a valid request uses (validation allows several fields; the first one counts). */
function checkedQuery(body: Record<string, unknown>): CheckedQuery {
  const str = (name: string): string => (typeof body[name] === 'string' ? body[name].trim() : '');
  if ('bsn' in body) return { by: 'bsn', bsn: str('bsn') };
  if ('surname' in body) return { by: 'naam', surname: str('surname'), birthDate: str('birthDate') };
  if ('kvk' in body) return { by: 'kvk', kvk: str('kvk') };
  if ('email' in body) return { by: 'email', adres: str('email') };
  // Registers keep numbers without spaces or dashes; an employee types them as the klant says them.
  return { by: 'telefoon', adres: normalizeAdres('telefoonnummer', str('telefoon')) };
}
