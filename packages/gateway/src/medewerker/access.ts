/**
 * What a doelbinding profile lets through, per API and per operation. Deny by default: an API the profile
 * does not name is shielded, and so are a zaak's documents (`/zaakinformatieobjecten`, the Documenten API,
 * a besluit's documents) unless `documenten` is granted, and Klantinteracties writes unless it is `write`.
 * @module
 */
import { API_NAMES, type ApiAccess, type ApiName } from '@klantbeeld/core';
import type { EmployeeProfile } from '../config/employee-schema.js';

/** Operations that are documents of another API: served only when `documenten` is granted. */
const DOCUMENT_OPERATIONS: ReadonlySet<string> = new Set(['zaken GET /zaakinformatieobjecten', 'besluiten GET /besluitinformatieobjecten']);

/** Operations of employee mode's contact registration: served only with `klantinteracties: 'write'`. */
export const REGISTRATION_OPERATIONS: ReadonlySet<string> = new Set([
  'POST /klantcontacten',
  'POST /betrokkenen',
  'POST /onderwerpobjecten',
  'POST /internetaken',
  'GET /actoren',
]);

/** Reads that are POSTed (a search body; the BRP's query): reads, not writes. */
const READS_BY_POST: ReadonlySet<string> = new Set(['POST /zaken/_zoek', 'POST /enkelvoudiginformatieobjecten/_zoek', 'POST /personen']);

/** The access of every API under `profile` (what `KlantContextInfo.access` tells the elements). */
export function accessOf(profile: EmployeeProfile): Record<ApiName, ApiAccess> {
  return Object.fromEntries(API_NAMES.map((api) => [api, profile.access[api] ?? 'shielded'])) as Record<ApiName, ApiAccess>;
}

/** Whether an operation (`METHOD /template`) of `api` is shielded for `profile`. */
export function shieldedOperation(profile: EmployeeProfile, api: ApiName, method: string, operationId: string): boolean {
  const access = profile.access[api];
  if (access === undefined) return true;
  if (DOCUMENT_OPERATIONS.has(`${api} ${operationId}`) && profile.access.documenten === undefined) return true;
  if (api === 'klantinteracties' && REGISTRATION_OPERATIONS.has(operationId)) return access !== 'write';
  // Any other write (the resident's own contact details and preferences) is the resident's, never an employee's.
  return method !== 'GET' && method !== 'HEAD' && !READS_BY_POST.has(operationId);
}

/** Whether a zaak of the zaaktype with this `identificatie` is served under `profile`. */
export function zaaktypeAllowed(profile: EmployeeProfile, identificatie: string | undefined): boolean {
  const { include, exclude } = profile.zaaktypen;
  if (include) return identificatie !== undefined && include.includes(identificatie);
  // A zaaktype whose identificatie cannot be read is not known to be allowed: absent.
  return identificatie !== undefined && !(exclude ?? []).includes(identificatie);
}
