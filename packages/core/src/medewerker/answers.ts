/**
 * Shape checks of the gateway's `/medewerker` answers: just enough that an element can rely on the fields it reads
 * (a wrong answer is an `InvalidResponseError`, never a crash deeper in a view).
 * @module
 */
import { InvalidResponseError } from '../transport/errors.js';
import type { EmployeeSessionInfo, KlantContextInfo, KlantSearchPage } from './types.js';

type JsonObject = Readonly<Record<string, unknown>>;

// Not read.ts's: that module stays out of the employee code's chunk of the elements' build.
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(url: string, what: string): InvalidResponseError {
  return new InvalidResponseError(`Not ${what}: ${url}`, { url });
}

function isContext(value: JsonObject): boolean {
  const { klant, access } = value;
  return (
    isObject(klant) &&
    typeof klant.displayName === 'string' &&
    typeof value.profile === 'string' &&
    typeof value.purpose === 'string' &&
    typeof value.startedAt === 'string' &&
    isObject(access)
  );
}

/** The answer of `PUT {gateway}/medewerker/context`. */
export function readContext(value: unknown, url: string): KlantContextInfo {
  if (!isObject(value) || !isContext(value)) throw invalid(url, 'a klant context');
  return value as unknown as KlantContextInfo;
}

/** The answer of `GET {gateway}/medewerker/session`. */
export function readSessionInfo(value: unknown, url: string): EmployeeSessionInfo {
  if (!isObject(value) || !isObject(value.employee) || !Array.isArray(value.profiles)) throw invalid(url, 'an employee session');
  const { context } = value;
  if (context !== null && !(isObject(context) && isContext(context))) throw invalid(url, 'an employee session');
  return value as unknown as EmployeeSessionInfo;
}

/** The answer of `POST {gateway}/medewerker/klanten/search`. */
export function readSearchPage(value: unknown, url: string): KlantSearchPage {
  if (!isObject(value) || !Array.isArray(value.results) || !value.results.every((result) => isObject(result) && typeof result.ref === 'string')) {
    throw invalid(url, 'a search answer');
  }
  return value as unknown as KlantSearchPage;
}
