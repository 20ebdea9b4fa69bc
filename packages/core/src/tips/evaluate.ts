/**
 * Interprets a tip condition over the resident's klantbeeld: pure data interpretation, no code is run.
 * Facts that could not be read are unknown, and unknown propagates (Kleene logic: `niet` of unknown is
 * unknown), so a personal tip shows only when its condition is known to hold.
 * @module
 */
import type { ProducttypeMatch, TipCondition, TipFactName, ZaaktypeMatch } from './rule.js';

/** A zaak as a condition reads it; a `ZaakSummary` is one. */
export interface TipZaak {
  readonly open: boolean;
  /** ISO 8601 date the zaak was closed. */
  readonly einddatum?: string;
  readonly zaaktype?: { readonly identificatie: string; readonly omschrijving: string };
}

/** A product as a condition reads it; a `ProductSummary` is one. */
export interface TipProduct {
  readonly status?: string;
  readonly producttype?: { readonly naam: string; readonly code?: string };
}

/** The resident's klantbeeld as far as conditions need it. An absent fact is unknown. */
export interface TipFacts {
  readonly zaken?: readonly TipZaak[];
  readonly producten?: readonly TipProduct[];
  /** Age in years (BRP). */
  readonly leeftijd?: number;
  readonly voorkeuren?: {
    readonly kanaal?: string;
    /** ISO 639-2, e.g. `nld`. */
    readonly taal?: string;
  };
}

/** Which part of {@link TipFacts} a fact reads. */
export type TipFactSource = keyof TipFacts;

const SOURCE: Readonly<Record<TipFactName, TipFactSource>> = {
  'zaak.open': 'zaken',
  'zaak.afgerond': 'zaken',
  'product.actief': 'producten',
  leeftijd: 'leeftijd',
  voorkeur: 'voorkeuren',
};

const DAY = 86_400_000;

function same(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

function zaaktypeMatches(zaak: TipZaak, match: ZaaktypeMatch | undefined): boolean {
  if (!match) return true;
  if (!zaak.zaaktype) return false;
  return (
    (match.identificatie === undefined || zaak.zaaktype.identificatie === match.identificatie) &&
    (match.omschrijving === undefined || same(zaak.zaaktype.omschrijving, match.omschrijving))
  );
}

function producttypeMatches(product: TipProduct, match: ProducttypeMatch | undefined): boolean {
  if (!match) return true;
  if (!product.producttype) return false;
  return (match.code === undefined || product.producttype.code === match.code) && (match.naam === undefined || same(product.producttype.naam, match.naam));
}

/** ISO 639-2/B and /T spell Dutch differently (`dut`, `nld`); both mean the same language. */
function taal(code: string | undefined): string | undefined {
  const lower = code?.trim().toLowerCase();
  return lower === 'dut' ? 'nld' : lower;
}

/**
 * Whether `condition` holds for `facts` at `now` (ms since the epoch): `true`, `false`, or `undefined`
 * when it depends on a fact that is unknown.
 */
export function evaluateCondition(condition: TipCondition, facts: TipFacts, now: number = Date.now()): boolean | undefined {
  if ('alle' in condition) {
    const results = condition.alle.map((item) => evaluateCondition(item, facts, now));
    return results.includes(false) ? false : results.includes(undefined) ? undefined : true;
  }
  if ('eenVan' in condition) {
    const results = condition.eenVan.map((item) => evaluateCondition(item, facts, now));
    return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  }
  if ('niet' in condition) {
    const result = evaluateCondition(condition.niet, facts, now);
    return result === undefined ? undefined : !result;
  }
  switch (condition.feit) {
    case 'zaak.open':
      return facts.zaken?.some((zaak) => zaak.open && zaaktypeMatches(zaak, condition.zaaktype));
    case 'zaak.afgerond': {
      const since = condition.binnenDagen === undefined ? -Infinity : now - condition.binnenDagen * DAY;
      return facts.zaken?.some((zaak) => {
        if (zaak.open || !zaaktypeMatches(zaak, condition.zaaktype)) return false;
        if (condition.binnenDagen === undefined) return true;
        const closed = zaak.einddatum === undefined ? Number.NaN : Date.parse(zaak.einddatum);
        return closed >= since && closed <= now;
      });
    }
    case 'product.actief':
      return facts.producten?.some((product) => product.status === 'actief' && producttypeMatches(product, condition.producttype));
    case 'leeftijd': {
      const leeftijd = facts.leeftijd;
      if (leeftijd === undefined) return undefined;
      return (condition.min === undefined || leeftijd >= condition.min) && (condition.max === undefined || leeftijd <= condition.max);
    }
    case 'voorkeur': {
      const voorkeuren = facts.voorkeuren;
      if (voorkeuren === undefined) return undefined;
      return (
        (condition.kanaal === undefined || voorkeuren.kanaal === condition.kanaal) &&
        (condition.taal === undefined || taal(voorkeuren.taal) === taal(condition.taal))
      );
    }
    default:
      // Unreachable for a validated rule; unknown rather than a throw for one that was not.
      return undefined;
  }
}

/** The parts of the klantbeeld that `conditions` read, so that only those are loaded. */
export function factSources(conditions: Iterable<TipCondition>): Set<TipFactSource> {
  const sources = new Set<TipFactSource>();
  const visit = (condition: TipCondition): void => {
    if ('alle' in condition) condition.alle.forEach(visit);
    else if ('eenVan' in condition) condition.eenVan.forEach(visit);
    else if ('niet' in condition) visit(condition.niet);
    else if (Object.hasOwn(SOURCE, condition.feit)) sources.add(SOURCE[condition.feit]);
  };
  for (const condition of conditions) visit(condition);
  return sources;
}
