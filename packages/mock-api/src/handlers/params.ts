/**
 * Reading simple filter parameters from a query string, with the 400 answers django-filter gives for
 * malformed values. Each reader returns `undefined` when the parameter is absent or empty.
 * @module
 */
import { validationError } from '../http/problem.js';
import { isAbsoluteUrl } from './zaak-query.js';

/** A URL-valued filter such as `zaak=<url>`; not an absolute URL → 400. */
export function urlParam(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (!isAbsoluteUrl(value)) throw validationError([{ name, code: 'invalid', reason: 'Voer een geldige URL in.' }]);
  return value;
}

/** A filter restricted to `choices`; another value → 400 `invalid_choice`. */
export function choiceParam<T extends string>(url: URL, name: string, choices: readonly T[]): T | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw validationError([{ name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.` }]);
  }
  return value as T;
}

/** A boolean filter (`true`/`false`, also `True`/`False`/`1`/`0`); another value → 400. */
export function booleanParam(url: URL, name: string): boolean | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (['true', 'True', '1'].includes(value)) return true;
  if (['false', 'False', '0'].includes(value)) return false;
  throw validationError([{ name, code: 'invalid', reason: `'${value}' is geen geldige booleaanse waarde.` }]);
}

/** A plain string filter. */
export function stringParam(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}
