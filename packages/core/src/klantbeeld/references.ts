/**
 * Following references: the zaak a domain function is asked about (a URL or the resource), and a
 * related resource that may be out of reach.
 * @module
 */
import { NotFoundError, isKlantbeeldError } from '../transport/errors.js';
import { lenient } from './expand.js';
import { text } from './read.js';

/** The URL of a zaak given as URL or resource; NotFoundError when there is none. */
export function zaakUrlOf(zaak: string | { readonly url?: unknown }): string {
  const url = typeof zaak === 'string' ? zaak.trim() : text(zaak?.url);
  if (!url) throw new NotFoundError('No zaak given');
  return url;
}

/**
 * Undefined for a related resource that is gone or hidden (404/410, 403) or lies outside every
 * configured source (nothing was sent); every other error propagates.
 */
export async function reachable<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await lenient(promise);
  } catch (error) {
    if (isKlantbeeldError(error) && error.kind === 'unconfigured-origin') return undefined;
    throw error;
  }
}
