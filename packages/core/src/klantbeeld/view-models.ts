/**
 * View models: what the elements render, derived from the standard resources. They are plain,
 * serialisable data (dates as ISO 8601 strings), so a subportal can render them with any framework.
 * @module
 */

/** Who handles a case, as the resident may see it. */
export interface Behandelaar {
  /**
   * `organisatorische-eenheid`: a team or department (always shown);
   * `medewerker`: a person, only when the client's `behandelaar` policy is `'naam'`.
   */
  readonly kind: 'organisatorische-eenheid' | 'medewerker';
  /** Display name, e.g. "Team Parkeren" or "J. de Vries". */
  readonly naam: string;
}

/** The zaaktype as the resident reads it. */
export interface ZaaktypeSummary {
  readonly url: string;
  /** Stable across zaaktype versions; group by this, not by URL. */
  readonly identificatie: string;
  /** e.g. "Aanvraag parkeervergunning". */
  readonly omschrijving: string;
}

/** The current status of a case in one line. */
export interface CurrentStatus {
  /** The statustype's resident-facing omschrijving, e.g. "In behandeling". */
  readonly omschrijving: string;
  /** The statustype's `statustekst`: a longer explanation for the resident. */
  readonly statustekst?: string;
  /** The status's own `statustoelichting`, set by the case worker. */
  readonly toelichting?: string;
  /** When the status was set (ISO 8601 date-time). */
  readonly datum: string;
  readonly isEindstatus: boolean;
}

/** One case in a list such as "Mijn lopende zaken". */
export interface ZaakSummary {
  /** The zaak URL: its identity across APIs. */
  readonly url: string;
  readonly uuid: string;
  /** Human-readable case number, e.g. "ZAAK-2026-0000123". */
  readonly identificatie: string;
  /** The case's own omschrijving, or the zaaktype's when the case has none. */
  readonly omschrijving: string;
  /** Undefined when the zaaktype could not be read (it is then left out, never guessed). */
  readonly zaaktype?: ZaaktypeSummary;
  /** Undefined for a case without any status yet. */
  readonly status?: CurrentStatus;
  /** ISO 8601 date. */
  readonly startdatum: string;
  /** ISO 8601 date; undefined while the case is open. */
  readonly einddatum?: string;
  /** `true` while the case has no einddatum. */
  readonly open: boolean;
  readonly behandelaar?: Behandelaar;
  /** `einddatumGepland`, else `uiterlijkeEinddatumAfdoening` (ISO 8601 date). */
  readonly verwachteEinddatum?: string;
}

/** One step of a status timeline. */
export interface TimelineStep {
  /** The statustype URL. */
  readonly statustype: string;
  readonly volgnummer: number;
  /** Resident-facing name of the step (statustype `omschrijving`). */
  readonly omschrijving: string;
  /** Resident-facing explanation of the step (statustype `statustekst`). */
  readonly statustekst?: string;
  /**
   * `done`: reached and passed; `current`: where the case is now (for a closed case, its end status);
   * `upcoming`: not reached yet.
   */
  readonly state: 'done' | 'current' | 'upcoming';
  /** When the step was reached (ISO 8601 date-time); only for done and current steps. */
  readonly datum?: string;
  /** The status's `statustoelichting` when the step was reached. */
  readonly toelichting?: string;
  readonly isEindstatus: boolean;
}

/** The outcome of a closed case. */
export interface ResultaatSummary {
  /** The resultaattype's omschrijving, e.g. "Verleend". */
  readonly omschrijving: string;
  /** The resultaat's own toelichting. */
  readonly toelichting?: string;
}

/** The status timeline of one case (ProductDienstStatus). */
export interface StatusTimeline {
  readonly zaak: {
    readonly url: string;
    readonly identificatie: string;
    readonly omschrijving: string;
    readonly zaaktype?: ZaaktypeSummary;
  };
  /** Every statustype of the zaaktype, ordered by `volgnummer`. Empty when the zaaktype defines none. */
  readonly steps: readonly TimelineStep[];
  /** `false` for a case that has no status yet: every step is then `upcoming`. */
  readonly started: boolean;
  readonly open: boolean;
  readonly startdatum: string;
  readonly einddatum?: string;
  /** `einddatumGepland` (ISO 8601 date). */
  readonly einddatumGepland?: string;
  /** `uiterlijkeEinddatumAfdoening` (ISO 8601 date): the legal deadline. */
  readonly uiterlijkeEinddatum?: string;
  readonly behandelaar?: Behandelaar;
  /** Only for closed cases with a resultaat. */
  readonly resultaat?: ResultaatSummary;
}
