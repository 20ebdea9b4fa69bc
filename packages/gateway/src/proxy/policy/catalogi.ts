/**
 * Catalogi: zaaktypen and their statustypen, roltypen, resultaattypen, informatieobjecttypen and
 * besluittypen describe the municipality's processes, not a person: served as they are (within the
 * allowlist).
 * @module
 */
import type { ApiPolicy, Rule } from './rule.js';

const open: Rule = () => ({});

/** Rules of the Catalogi API. */
export const catalogiPolicy: ApiPolicy = {
  'GET /zaaktypen/{uuid}': open,
  'GET /statustypen/{uuid}': open,
  'GET /resultaattypen/{uuid}': open,
  'GET /roltypen/{uuid}': open,
  'GET /informatieobjecttypen/{uuid}': open,
  'GET /besluittypen/{uuid}': open,
  'GET /statustypen': open,
  'GET /roltypen': open,
  'GET /resultaattypen': open,
  'GET /informatieobjecttypen': open,
  'GET /besluittypen': open,
};
