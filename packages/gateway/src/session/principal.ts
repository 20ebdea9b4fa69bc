/**
 * Who a session speaks for. The proxy scopes every request by this and nothing else: it never reads
 * cookies, tokens or claims itself. Built by the sign-in code from the broker's ID token claims.
 * @module
 */
import type { LookPurpose } from '@klantbeeld/core';
import type { EmployeeProfile } from '../config/employee-schema.js';

/** Level of assurance, ordered: DigiD Basis < Midden < Substantieel < Hoog (eIDAS low < substantial < high). */
export type AssuranceLevel = 'basis' | 'midden' | 'substantieel' | 'hoog';

/** Ordered from low to high, for "at least" checks. */
export const ASSURANCE_LEVELS: readonly AssuranceLevel[] = ['basis', 'midden', 'substantieel', 'hoog'];

/** The party whose data a session may see: a resident (BSN) or a company (KvK, optionally one vestiging). */
export type Subject = { readonly kind: 'persoon'; readonly bsn: string } | { readonly kind: 'organisatie'; readonly kvk: string; readonly vestiging?: string };

/**
 * Who acts when that is not the subject (DigiD Machtigen, eHerkenning employee, a municipal employee in
 * employee mode). Recorded, never used for scoping.
 */
export interface Actor {
  readonly kind: 'persoon' | 'medewerker-organisatie' | 'medewerker';
  /** BSN of the person acting (DigiD Machtigen), a pseudonym of the company employee (eHerkenning), or the municipal employee's id. */
  readonly id: string;
}

/** Why an employee may look (employee mode): the profile that limits what is served and the purpose stated. */
export interface Doelbinding {
  readonly profileId: string;
  readonly profile: EmployeeProfile;
  readonly purpose: LookPurpose;
  /** Id of this klant context: every action of one look shares it (`verwerkingId` in the log). */
  readonly lookId: string;
}

/** What one signed-in session speaks for. */
export interface Principal {
  /** The data subject: every answer is scoped to this party. */
  readonly subject: Subject;
  /** Level of assurance of the sign-in. */
  readonly loa: AssuranceLevel;
  /** Set when someone acts on behalf of the subject (machtiging); absent when the subject signed in. */
  readonly actor?: Actor;
  /** Set for an employee's request under a klant context: the profile further limits what is served. */
  readonly doelbinding?: Doelbinding;
}
