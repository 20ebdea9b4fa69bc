/**
 * Coordinate reference system negotiation on the Zaken `/zaken` endpoints (vng-api-common `GeoMixin`):
 * `Accept-Crs` is required (missing → 412, other than EPSG:4326 → 406); requests with a body also need
 * `Content-Crs`. Responses carry `Content-Crs: EPSG:4326`.
 * @module
 */
import { ProblemError } from './problem.js';

/** The only CRS the Zaken API supports (WGS84). */
export const CRS = 'EPSG:4326';

/** Throws the problem Open Zaak/vng-api-common raises when the CRS headers are missing or unsupported. */
export function negotiateCrs(request: Request): void {
  if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') {
    check(request.headers.get('Content-Crs'), 'Content-Crs');
  }
  check(request.headers.get('Accept-Crs'), 'Accept-Crs');
}

function check(value: string | null, header: string): void {
  if (value === null) {
    throw new ProblemError(412, 'precondition_failed', 'Niet voldaan aan een voorwaarde.', `'${header}' header ontbreekt`);
  }
  if (value.trim() !== CRS) {
    throw new ProblemError(406, 'not_acceptable', 'Kan niet voldoen aan de opgegeven header.', `CRS '${value}' is niet ondersteund`);
  }
}
