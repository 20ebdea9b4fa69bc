/**
 * The readiness probe of each API: one cheap request that only succeeds when the API is there at the
 * configured base URL and accepts the gateway's credentials. Asking the API's root would prove neither:
 * products answer it before authenticating (and the mock answers 404 there), so a wrong path or a
 * refused secret would still look ready. No probe names a person: lists are filtered to match nothing or
 * hold reference data, and the two APIs without a parameter-free read get a request they must refuse as
 * invalid (400), which they do only after authenticating it.
 * @module
 */
import type { ApiName } from '@klantbeeld/core';

/** One probe request, relative to the API's base URL. */
export interface ProbeRequest {
  readonly method: 'GET' | 'POST';
  /** Path and query below the base URL. */
  readonly path: string;
  /** JSON body (POST only). */
  readonly body?: string;
}

/** An identificatie no real zaak, document or besluit has: the list comes back empty. */
const NO_MATCH = 'klantbeeld-readyz';

/** The probe of every API. */
export const PROBES: Readonly<Record<ApiName, ProbeRequest>> = {
  zaken: { method: 'GET', path: `/zaken?identificatie=${NO_MATCH}` },
  catalogi: { method: 'GET', path: '/informatieobjecttypen?status=definitief' },
  documenten: { method: 'GET', path: `/enkelvoudiginformatieobjecten?identificatie=${NO_MATCH}` },
  besluiten: { method: 'GET', path: `/besluiten?identificatie=${NO_MATCH}` },
  klantinteracties: { method: 'GET', path: '/categorieen?pageSize=1' },
  objecten: { method: 'GET', path: '/objects?pageSize=1' },
  producten: { method: 'GET', path: '/producten?page_size=1' },
  // Only POST /personen, whose every valid query names a person: an empty query is refused with 400.
  brp: { method: 'POST', path: '/personen', body: '{}' },
  // Every valid query names a person (`objectId`, required): without it the API answers 400.
  verwerkingen: { method: 'GET', path: '/verwerkte-objecten' },
};

/**
 * Whether a probe's answer shows the API reachable with the credentials accepted: a 2xx, or the 400 of a
 * request it authenticated and then validated. 401/403 (credentials refused), 404 (wrong base URL), any
 * other refusal and every 5xx are not ready.
 */
export function probeAnswered(status: number): boolean {
  return (status >= 200 && status < 300) || status === 400;
}
