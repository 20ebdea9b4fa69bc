/**
 * BRP Personen bevragen 2.7.0, `ZoekMetGeslachtsnaamEnGeboortedatum`: which persons a search selects, and
 * which of its parameters are malformed. The HTTP side (fields, projection to `PersoonBeperkt`, who may
 * search) is in `brp.ts`.
 *
 * The RvIG rules, from the OpenAPI document's descriptions and patterns:
 * - `geslachtsnaam` and `geboortedatum` (a full date) are required; `geslacht`, `voorvoegsel`,
 *   `voornamen`, `gemeenteVanInschrijving` and `inclusiefOverledenPersonen` are optional.
 * - Text is compared case-insensitively. A trailing `*` is a wildcard: in `geslachtsnaam` after at least
 *   3 characters, in `voornamen` after at least one; nowhere else (the patterns forbid it).
 * - `geslachtsnaam` is the name without its voorvoegsel ("Vries", not "de Vries").
 * - Deceased persons are left out unless `inclusiefOverledenPersonen` is `true`.
 * - A parameter the operation does not know is a 400 (`unknownParam`).
 * @module
 */
import type { components } from '@klantbeeld/core/generated/brp';
import type { FieldValidationError } from '../types.js';

type Persoon = components['schemas']['Persoon'];

/** The search's type name. */
export const ZOEK_GESLACHTSNAAM_GEBOORTEDATUM = 'ZoekMetGeslachtsnaamEnGeboortedatum';

const GESLACHTSNAAM = /^[a-zA-Z0-9À-ž .\-']{1,200}$|^[a-zA-Z0-9À-ž .\-']{3,199}\*$/;
const VOORNAMEN = /^[a-zA-Z0-9À-ž .\-']{1,199}\*?$/;
const VOORVOEGSEL = /^[a-zA-Z ']{1,10}$/;
const GESLACHT = /^[MmVvOo]$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const GEMEENTE = /^[0-9]{4}$/;
const KNOWN = new Set([
  'type',
  'fields',
  'gemeenteVanInschrijving',
  'inclusiefOverledenPersonen',
  'geboortedatum',
  'geslachtsnaam',
  'geslacht',
  'voorvoegsel',
  'voornamen',
]);

/** A validated search. */
export interface GeslachtsnaamGeboortedatumQuery {
  readonly geslachtsnaam: string;
  readonly geboortedatum: string;
  readonly geslacht?: string;
  readonly voorvoegsel?: string;
  readonly voornamen?: string;
  readonly gemeenteVanInschrijving?: string;
  readonly inclusiefOverledenPersonen: boolean;
}

/** Whether `iso` is a real calendar date (no 31 February). */
function isDate(iso: string): boolean {
  if (!DATUM.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** One optional text parameter against its pattern. */
function text(body: Record<string, unknown>, name: string, pattern: RegExp, invalid: FieldValidationError[], required = false): string | undefined {
  const value = body[name];
  if (value === undefined) {
    if (required) invalid.push({ name, code: 'required', reason: 'Parameter is verplicht.' });
    return undefined;
  }
  if (typeof value !== 'string' || !pattern.test(value)) {
    invalid.push({ name, code: 'pattern', reason: `Waarde voldoet niet aan het patroon van ${name}.` });
    return undefined;
  }
  return value;
}

/** The search's parameters, or the list of what is wrong with them (the `fields` are checked by the caller). */
export function readGeslachtsnaamGeboortedatum(body: Record<string, unknown>): GeslachtsnaamGeboortedatumQuery | FieldValidationError[] {
  const invalid: FieldValidationError[] = [];
  for (const name of Object.keys(body)) {
    if (!KNOWN.has(name)) invalid.push({ name, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
  const geslachtsnaam = text(body, 'geslachtsnaam', GESLACHTSNAAM, invalid, true);
  let geboortedatum: string | undefined;
  if (body.geboortedatum === undefined) invalid.push({ name: 'geboortedatum', code: 'required', reason: 'Parameter is verplicht.' });
  else if (typeof body.geboortedatum !== 'string' || !isDate(body.geboortedatum))
    invalid.push({ name: 'geboortedatum', code: 'date', reason: 'Waarde is geen geldige datum.' });
  else geboortedatum = body.geboortedatum;
  const geslacht = text(body, 'geslacht', GESLACHT, invalid);
  const voorvoegsel = text(body, 'voorvoegsel', VOORVOEGSEL, invalid);
  const voornamen = text(body, 'voornamen', VOORNAMEN, invalid);
  const gemeenteVanInschrijving = text(body, 'gemeenteVanInschrijving', GEMEENTE, invalid);
  const overleden = body.inclusiefOverledenPersonen;
  if (overleden !== undefined && typeof overleden !== 'boolean') {
    invalid.push({ name: 'inclusiefOverledenPersonen', code: 'boolean', reason: 'Waarde is geen boolean.' });
  }
  if (invalid.length > 0 || geslachtsnaam === undefined || geboortedatum === undefined) return invalid;
  return { geslachtsnaam, geboortedatum, geslacht, voorvoegsel, voornamen, gemeenteVanInschrijving, inclusiefOverledenPersonen: overleden === true };
}

/** Case-insensitive equality, or a prefix match when `wanted` ends in the wildcard. */
function textMatches(actual: string | undefined, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const value = (actual ?? '').toLowerCase();
  const pattern = wanted.toLowerCase();
  return pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern;
}

/** Whether the BRP records the person as deceased. */
function isOverleden(persoon: Persoon): boolean {
  return persoon.overlijden !== undefined || persoon.opschortingBijhouding?.reden?.code === 'O';
}

/** The persons the search selects, in the order given. */
export function zoekGeslachtsnaamGeboortedatum(persons: readonly Persoon[], query: GeslachtsnaamGeboortedatumQuery): Persoon[] {
  return persons.filter((persoon) => {
    const geboren = persoon.geboorte?.datum;
    return (
      geboren?.type === 'Datum' &&
      'datum' in geboren &&
      geboren.datum === query.geboortedatum &&
      textMatches(persoon.naam?.geslachtsnaam, query.geslachtsnaam) &&
      textMatches(persoon.naam?.voornamen, query.voornamen) &&
      textMatches(persoon.naam?.voorvoegsel, query.voorvoegsel) &&
      textMatches(persoon.geslacht?.code, query.geslacht) &&
      (query.gemeenteVanInschrijving === undefined || persoon.gemeenteVanInschrijving?.code === query.gemeenteVanInschrijving) &&
      (query.inclusiefOverledenPersonen || !isOverleden(persoon))
    );
  });
}
