/**
 * The employee mode's HTTP contract with the reference gateway (`{gateway}/medewerker/…`): who the signed-in employee
 * is, which doelbinding profiles they hold, the klant context they chose, and the klant search. Shared by the
 * gateway (which answers it), core (which reads it) and the elements (which show it). Never contains a BSN: a klant
 * is addressed by an opaque, session-bound `ref` from a search answer.
 * @module
 */
import type { ApiName } from '../transport/config.js';

/** A text in both languages the elements speak. */
export interface BilingualText {
  readonly nl: string;
  readonly en: string;
}

/** How a klant can be searched; each profile lists the ways it allows. */
export type KlantSearchField = 'bsn' | 'naam' | 'kvk' | 'email' | 'telefoon';

/** One purpose (doel) of a look an employee may state under a profile, e.g. "Vraag van de klant aan de telefoon". */
export interface LookPurpose {
  readonly id: string;
  readonly label: BilingualText;
}

/** One doelbinding profile the employee holds (from their roles or groups). */
export interface ProfileInfo {
  readonly id: string;
  readonly label: BilingualText;
  /** Purposes a look under this profile may state; at least one. */
  readonly purposes: readonly LookPurpose[];
  /** Ways of searching a klant this profile allows. */
  readonly searchBy: readonly KlantSearchField[];
}

/**
 * What the chosen klant context lets the elements show, per API: `read` (served, filtered by the profile),
 * `write` (also klantcontacten and interne taken may be registered; Klantinteracties only) or `shielded` (the gateway
 * answers 403 `shielded`; the elements say "Afgeschermd voor uw rol").
 */
export type ApiAccess = 'read' | 'write' | 'shielded';

/** The klant a context is about, as far as the employee may see it: never the BSN or KvK number. */
export interface KlantSummary {
  readonly kind: 'persoon' | 'organisatie';
  /** Name as the employee may see it (e.g. "F. Jansen-El Amrani"). */
  readonly displayName: string;
  /** `YYYY-MM-DD`, persons only, when the profile may read BRP. */
  readonly birthDate?: string;
}

/** The klant context on the employee's session: every klant API request is scoped to it and logged under it. */
export interface KlantContextInfo {
  readonly klant: KlantSummary;
  /** Id of the profile of this look. */
  readonly profile: string;
  /** Id of the stated purpose. */
  readonly purpose: string;
  /** Optional reference the employee gave (a ticket or call number), or null. */
  readonly reference: string | null;
  /** ISO time the context was chosen. */
  readonly startedAt: string;
  /** What each API serves under this context. Deny by default: an API not listed is `shielded`. */
  readonly access: Readonly<Partial<Record<ApiName, ApiAccess>>>;
}

/** `GET {gateway}/medewerker/session` (401 when the session is not an employee's). */
export interface EmployeeSessionInfo {
  readonly employee: { readonly displayName: string };
  /** Profiles from the employee's roles; an employee with none cannot choose a klant. */
  readonly profiles: readonly ProfileInfo[];
  /** The current klant context, or null when none is chosen (every klant API then answers 404). */
  readonly context: KlantContextInfo | null;
}

/** One way of finding a klant: the body of `POST {gateway}/medewerker/klanten/search` (besides `profile` and `page`). */
export type KlantQuery =
  | { readonly bsn: string }
  | { readonly surname: string; readonly birthDate: string }
  | { readonly kvk: string }
  | { readonly email: string }
  | { readonly telefoon: string };

/** The full body of a search request. */
export type KlantSearchRequest = KlantQuery & {
  /** The profile the search is done under (its `searchBy` must allow the field). */
  readonly profile: string;
  /** 1-based page; default 1. */
  readonly page?: number;
};

/** One search result: enough to recognise the klant, never the BSN. */
export interface KlantSearchResult {
  /** Opaque, valid only for this session for a short time: pass it to {@link KlantContextRequest}. */
  readonly ref: string;
  readonly kind: 'persoon' | 'organisatie';
  readonly displayName: string;
  /** `YYYY-MM-DD` (persons). */
  readonly birthDate?: string;
  /** A short address line to tell namesakes apart (street and city, or postcode and city). */
  readonly address?: string;
}

/** A search answer: one page of results. */
export interface KlantSearchPage {
  readonly results: readonly KlantSearchResult[];
  readonly page: number;
  readonly pageSize: number;
  /** Whether a next page exists. */
  readonly hasNext: boolean;
}

/** Body of `PUT {gateway}/medewerker/context`: choosing a klant ends any previous context. */
export interface KlantContextRequest {
  readonly ref: string;
  readonly profile: string;
  readonly purpose: string;
  readonly reference?: string;
}

/** Problem `code`s of the employee mode, besides the usual ones. */
export const EMPLOYEE_PROBLEM_CODES = {
  /** 403 on a klant API the profile does not grant, or a part of one (documents of a zaak). */
  shielded: 'shielded',
  /** 404 on every klant API while no klant context is chosen. */
  noKlantContext: 'no-klant-context',
  /** 503 from a search when the source it needs (BRP, Klantinteracties) is down. */
  searchSourceUnavailable: 'search-source-unavailable',
} as const;

/**
 * The headless employee session (created by `createEmployeeSession`): reads the session, searches klanten, chooses
 * and ends a klant context. Fires `context-change` (a plain `Event`) after the klant context changed; read
 * {@link EmployeeSession.context} then.
 */
export interface EmployeeSession extends EventTarget {
  /** The klant context as last known (null: none chosen). */
  readonly context: KlantContextInfo | null;
  /** Reads `GET {gateway}/medewerker/session` (and updates {@link EmployeeSession.context}). */
  info(options?: { readonly signal?: AbortSignal }): Promise<EmployeeSessionInfo>;
  /** Searches a klant; throws a `ValidationError` with `invalidParams` (e.g. `bsn` failing the 11-proef) before any request. */
  search(request: KlantSearchRequest, options?: { readonly signal?: AbortSignal }): Promise<KlantSearchPage>;
  /** Chooses a klant and a purpose; ends any previous context. */
  choose(request: KlantContextRequest, options?: { readonly signal?: AbortSignal }): Promise<KlantContextInfo>;
  /** Ends the klant context (`DELETE {gateway}/medewerker/context`). */
  end(options?: { readonly signal?: AbortSignal }): Promise<void>;
}
