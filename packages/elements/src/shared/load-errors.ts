/**
 * How a data element reads the failure of a load: an abort is no failure, a core error has a kind to explain.
 * @module
 */
import { isKlantbeeldError, type ErrorKind } from '@klantbeeld/core';

/** `true` for an abort (the caller's signal), which is not an error to show. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The error kind to explain to the resident: the core client's `kind`, or `unknown`. */
export function errorKind(error: unknown): ErrorKind | 'unknown' {
  return isKlantbeeldError(error) ? error.kind : 'unknown';
}

/** `error` as an `Error` (what `kb-error` carries). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
