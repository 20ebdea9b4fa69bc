/**
 * The tip rule: a tip the municipality defines as data (an Objects API record or a JSON file), with an
 * optional condition over the resident's klantbeeld. These types mirror `tip-rule.schema.json`, the
 * published JSON Schema (draft 2020-12) that {@link validateTipRule} checks records against.
 * @module
 */

/** A text in Dutch, optionally in English. */
export interface TipText {
  readonly nl: string;
  readonly en?: string;
}

/** Who a tip is for: residents (`inwoner`) or businesses (`ondernemer`). */
export type TipAudience = 'inwoner' | 'ondernemer';

/** Matches a zaaktype by its `identificatie` (stable across versions) and/or `omschrijving` (case-insensitive). */
export interface ZaaktypeMatch {
  readonly identificatie?: string;
  readonly omschrijving?: string;
}

/** Matches a producttype by its `code` and/or `naam` (case-insensitive). */
export interface ProducttypeMatch {
  readonly code?: string;
  readonly naam?: string;
}

/** Every condition holds. */
export interface AllCondition {
  readonly alle: readonly TipCondition[];
}
/** At least one condition holds. */
export interface AnyCondition {
  readonly eenVan: readonly TipCondition[];
}
/** The condition does not hold. */
export interface NotCondition {
  readonly niet: TipCondition;
}
/** The resident has an open zaak (of the zaaktype). */
export interface ZaakOpenFact {
  readonly feit: 'zaak.open';
  readonly zaaktype?: ZaaktypeMatch;
}
/** The resident has a closed zaak (of the zaaktype; closed within the last `binnenDagen` days). */
export interface ZaakAfgerondFact {
  readonly feit: 'zaak.afgerond';
  readonly zaaktype?: ZaaktypeMatch;
  readonly binnenDagen?: number;
}
/** The resident has an active product (of the producttype). */
export interface ProductActiefFact {
  readonly feit: 'product.actief';
  readonly producttype?: ProducttypeMatch;
}
/** The resident's age (BRP) is between `min` and `max`, both inclusive. */
export interface LeeftijdFact {
  readonly feit: 'leeftijd';
  readonly min?: number;
  readonly max?: number;
}
/** The resident's preferred channel and/or language (Klantinteracties; ISO 639-2, e.g. `nld`). */
export interface VoorkeurFact {
  readonly feit: 'voorkeur';
  readonly kanaal?: 'email' | 'telefoonnummer' | 'overig';
  readonly taal?: string;
}

/** A fact about the resident's klantbeeld. */
export type TipFact = ZaakOpenFact | ZaakAfgerondFact | ProductActiefFact | LeeftijdFact | VoorkeurFact;
/** The condition language: facts combined with `alle`, `eenVan` and `niet`. */
export type TipCondition = AllCondition | AnyCondition | NotCondition | TipFact;
/** The names of the facts. */
export type TipFactName = TipFact['feit'];

/** A tip rule, as validated against `tip-rule.schema.json`. */
export interface TipRule {
  /** Stable key (also what a dismissal stores): lower-case letters, digits and dashes. */
  readonly id: string;
  readonly titel: TipText;
  readonly tekst: TipText;
  /** A link to read or do more; only http(s). */
  readonly link?: { readonly url: string; readonly tekst: TipText };
  /** First day the tip is shown (ISO 8601 date, Dutch time). */
  readonly geldigVanaf?: string;
  /** Last day the tip is shown (ISO 8601 date, Dutch time). */
  readonly geldigTot?: string;
  readonly doelgroep: readonly TipAudience[];
  /** Higher first; default 0. */
  readonly prioriteit?: number;
  /** Without one the tip is general; with one it is personal and shown only after the resident opts in. */
  readonly voorwaarde?: TipCondition;
  /** Why a personal tip is shown ("Omdat u een parkeervergunning heeft"); required with a `voorwaarde`. */
  readonly reden?: TipText;
}
