/**
 * Who is asking. The mock plays one of two parts, and this module is the one place that says what each
 * part may see beyond what a request's own filters select:
 *
 * - **a resident behind the gateway** (resident mode, the default): the mock is the gateway's view of
 *   the APIs, so every answer is confined to the logged-in resident, whatever the URL says;
 * - **an authorised application** (upstream mode): the mock is Open Zaak, Open Klant, Open Object, Open
 *   Product, the BRP and the inzage API as a gateway sees them. There is no resident: everything is
 *   visible, and requests narrow it with the APIs' own filters (`rol__…__inpBsn`, `eigenaren__bsn`,
 *   `partijIdentificator__objectId`, `data_attr`, …), as the real products do.
 *
 * Handlers ask these questions instead of reading the mode.
 * @module
 */
import type { ResidentRecord } from './dataset.js';

/** The part the mock plays for a request. */
export type Requester = { readonly kind: 'resident'; readonly resident: ResidentRecord } | { readonly kind: 'application' };

/** An authorised application: sees every resident's data. */
export const application: Requester = { kind: 'application' };

/** The resident behind the gateway. */
export function residentRequester(resident: ResidentRecord): Requester {
  return { kind: 'resident', resident };
}

/** The resident every answer is confined to, or `undefined` when the requester sees everyone's data. */
export function confinedTo(requester: Requester): ResidentRecord | undefined {
  return requester.kind === 'resident' ? requester.resident : undefined;
}

/**
 * Whether data about the person with this BSN may be served. An application may see anyone's; a
 * resident only their own (data that names no person is not theirs either).
 */
export function maySee(requester: Requester, bsn: string | null | undefined): boolean {
  return requester.kind === 'application' || (bsn !== null && bsn !== undefined && bsn === requester.resident.persoon.inpBsn);
}

/**
 * The BSN a request is about when it names none: a gateway fills it in from the session, so a
 * resident's client never puts a BSN in a URL. An application must name it itself (`undefined`).
 */
export function impliedBsn(requester: Requester): string | undefined {
  return confinedTo(requester)?.persoon.inpBsn;
}
