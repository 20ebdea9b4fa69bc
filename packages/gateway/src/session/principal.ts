/**
 * Who a session speaks for. The proxy scopes every request by this and nothing else: it never reads
 * cookies, tokens or claims itself. Built by the sign-in code from the broker's ID token claims.
 * @module
 */

/** Level of assurance, ordered: DigiD Basis < Midden < Substantieel < Hoog (eIDAS low < substantial < high). */
export type AssuranceLevel = 'basis' | 'midden' | 'substantieel' | 'hoog';

/** Ordered from low to high, for "at least" checks. */
export const ASSURANCE_LEVELS: readonly AssuranceLevel[] = ['basis', 'midden', 'substantieel', 'hoog'];

/** The party whose data a session may see: a resident (BSN) or a company (KvK, optionally one vestiging). */
export type Subject = { readonly kind: 'persoon'; readonly bsn: string } | { readonly kind: 'organisatie'; readonly kvk: string; readonly vestiging?: string };

/** Who acts when that is not the subject (DigiD Machtigen, eHerkenning employee). Recorded, never used for scoping. */
export interface Actor {
  readonly kind: 'persoon' | 'medewerker-organisatie';
  /** BSN of the person acting (DigiD Machtigen) or a pseudonym of the company employee (eHerkenning). */
  readonly id: string;
}

/** What one signed-in session speaks for. */
export interface Principal {
  /** The data subject: every answer is scoped to this party. */
  readonly subject: Subject;
  /** Level of assurance of the sign-in. */
  readonly loa: AssuranceLevel;
  /** Set when someone acts on behalf of the subject (machtiging); absent when the subject signed in. */
  readonly actor?: Actor;
}
