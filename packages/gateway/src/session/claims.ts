/**
 * Turns the broker's claims into a {@link Principal}: who the session speaks for, at which level, and who
 * acts. The only place that reads claims; everything after it works on the principal.
 * @module
 */
import type { ClaimNames } from '../config/types.js';
import type { AssuranceLevel, Principal } from './principal.js';

/** Why claims could not become a principal (a sign-in the gateway refuses). */
export class ClaimsError extends Error {
  override readonly name = 'ClaimsError';
}

/** Claims of an ID token or userinfo answer. */
export type Claims = Readonly<Record<string, unknown>>;

const BSN = /^\d{9}$/;
const KVK = /^\d{8}$/;
const VESTIGING = /^\d{12}$/;

/** The principal of a sign-in, or throws {@link ClaimsError}. Messages never contain claim values. */
export function principalFromClaims(claims: Claims, names: ClaimNames, loaValues: Readonly<Record<string, AssuranceLevel>>): Principal {
  const loaClaim = text(claims, names.loa);
  const loa = loaClaim === undefined ? undefined : loaValues[loaClaim];
  if (!loa) throw new ClaimsError(`the ${names.loa} claim is missing or has no mapped level of assurance`);

  const represented = text(claims, names.representedBsn);
  if (represented !== undefined) {
    const acting = text(claims, names.actingBsn);
    if (!BSN.test(represented) || acting === undefined || !BSN.test(acting)) {
      throw new ClaimsError(`a machtiging needs the ${names.representedBsn} and ${names.actingBsn} claims as BSNs`);
    }
    return { subject: { kind: 'persoon', bsn: represented }, loa, actor: { kind: 'persoon', id: acting } };
  }

  const kvk = text(claims, names.kvk);
  if (kvk !== undefined) {
    if (!KVK.test(kvk)) throw new ClaimsError(`the ${names.kvk} claim is not a KvK number`);
    const vestiging = text(claims, names.vestiging);
    if (vestiging !== undefined && !VESTIGING.test(vestiging)) throw new ClaimsError(`the ${names.vestiging} claim is not a vestiging number`);
    const employee = text(claims, names.actingEmployee);
    return {
      subject: vestiging === undefined ? { kind: 'organisatie', kvk } : { kind: 'organisatie', kvk, vestiging },
      loa,
      ...(employee === undefined ? {} : { actor: { kind: 'medewerker-organisatie', id: employee } }),
    };
  }

  const bsn = text(claims, names.bsn);
  if (bsn === undefined || !BSN.test(bsn)) throw new ClaimsError(`neither a ${names.bsn} (BSN) nor a ${names.kvk} (KvK) claim`);
  return { subject: { kind: 'persoon', bsn }, loa };
}

function text(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
