/**
 * The term of a case as a resident reads it: on time or late, relative to a given moment, in Dutch calendar days.
 * @module
 */
import { dutchDay } from './dates.js';

/**
 * Where a case stands against its term:
 * - `op-tijd`: open, and no planned or final date has passed;
 * - `later-dan-gepland`: open, the planned end date (`einddatumGepland`) has passed, the final one has not;
 * - `te-laat`: open, and the final date (`uiterlijkeEinddatumAfdoening`, else the planned one) has passed;
 * - `opgeschort`: open and suspended: the term does not run, so the case is never called late;
 * - `afgerond-op-tijd` / `afgerond-te-laat`: closed on or before / after the final date;
 * - `onbekend`: no dates to tell.
 */
export type TermijnStand = 'op-tijd' | 'later-dan-gepland' | 'te-laat' | 'opgeschort' | 'afgerond-op-tijd' | 'afgerond-te-laat' | 'onbekend';

/** The dates that decide the {@link TermijnStand} (ISO 8601 dates or date-times). */
export interface TermijnDates {
  readonly open: boolean;
  readonly opgeschort: boolean;
  readonly einddatum?: string;
  readonly einddatumGepland?: string;
  readonly uiterlijkeEinddatum?: string;
}

/** The {@link TermijnStand} of a case at `now` (ms since epoch). A date lasts the whole (Dutch) day. */
export function termijnStand(dates: TermijnDates, now: number): TermijnStand {
  const gepland = dutchDay(dates.einddatumGepland);
  const uiterlijk = dutchDay(dates.uiterlijkeEinddatum);
  const deadline = uiterlijk ?? gepland;
  if (!dates.open) {
    const einde = dutchDay(dates.einddatum);
    if (einde === undefined || deadline === undefined) return 'onbekend';
    return einde <= deadline ? 'afgerond-op-tijd' : 'afgerond-te-laat';
  }
  if (dates.opgeschort) return 'opgeschort';
  const today = dutchDay(now);
  if (deadline === undefined || today === undefined) return 'onbekend';
  if (today > deadline) return 'te-laat';
  if (gepland !== undefined && today > gepland) return 'later-dan-gepland';
  return 'op-tijd';
}

/** An ISO 8601 duration in whole calendar units (`P42D`, `P6W`, `P1Y2M`); time parts and fractions are not read. */
export interface Duur {
  readonly jaren: number;
  readonly maanden: number;
  readonly weken: number;
  readonly dagen: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Reads an ISO 8601 duration of years, months, weeks and days; undefined for anything else (or all zero). */
export function parseDuur(value: string | undefined): Duur | undefined {
  const match = typeof value === 'string' ? DURATION.exec(value.trim().toUpperCase()) : null;
  if (!match) return undefined;
  const [jaren, maanden, weken, dagen] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number];
  return jaren + maanden + weken + dagen === 0 ? undefined : { jaren, maanden, weken, dagen };
}

/**
 * Whether the time to object to a besluit is still open at `now` (its `uiterlijkeReactiedatum` lasts the whole Dutch
 * day): `open`, `verstreken`, or undefined when the besluit has no readable last day.
 */
export function bezwaarStand(uiterlijkeReactiedatum: string | undefined, now: number): 'open' | 'verstreken' | undefined {
  const reactie = dutchDay(uiterlijkeReactiedatum);
  if (reactie === undefined) return undefined;
  const today = dutchDay(now);
  return today !== undefined && today > reactie ? 'verstreken' : 'open';
}
