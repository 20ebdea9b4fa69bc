/**
 * "Wie heeft mijn gegevens gebruikt?": the processing actions logged about the resident in a date range,
 * from the Verwerkingenlogging inzage API.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findVerwerkteObjecten } from '../apis/verwerkingen.js';
import { isObject, objects, text, time, type JsonObject } from './read.js';

/** An organisation in the log, identified by its OIN. */
export interface VerwerkingOrganisatie {
  /** Organisatie-identificatienummer (20 digits). */
  readonly oin: string;
  /** Display name, when the client was given one for this OIN ({@link ListVerwerkingenOptions.organisaties}). */
  readonly naam?: string;
}

/**
 * Who received the data: an organisation, or a person (whose number is never shown to the resident).
 */
export type VerwerkingAfnemer = ({ readonly soort: 'organisatie' } & VerwerkingOrganisatie) | { readonly soort: 'persoon' };

/** One processing action about the resident. */
export interface Verwerking {
  /** Identity of the action (UUID). */
  readonly actieId: string;
  /** When it happened (ISO 8601 date-time, as logged). */
  readonly tijdstip: string;
  /** What was done, e.g. "Opvragen adres". */
  readonly actieNaam?: string;
  /** The step it was part of, e.g. "Beoordelen aanvraag". */
  readonly handelingNaam?: string;
  /** The processing it was part of: the purpose, e.g. "Parkeervergunning verlenen". */
  readonly verwerkingNaam?: string;
  /** The verwerkingsactiviteit (register entry) that justifies it; http(s) only. */
  readonly verwerkingsactiviteitUrl?: string;
  /** Who did it. */
  readonly uitvoerder?: VerwerkingOrganisatie;
  /** Who received the data, when it was provided to someone. */
  readonly afnemer?: VerwerkingAfnemer;
  /** Kinds of data about the resident that were processed, e.g. ["Naam", "Adres"]; without duplicates. */
  readonly soortenGegevens: readonly string[];
  /** How the resident was involved, e.g. "Aanvrager". */
  readonly betrokkenheid?: string;
  /** `opgeheven`: confidential once, since released. `vertrouwelijk` actions are never returned. */
  readonly vertrouwelijkheid: 'normaal' | 'opgeheven';
}

/** Options of {@link listVerwerkingen}. */
export interface ListVerwerkingenOptions {
  /** First day, inclusive (ISO 8601 date). Default: three months before `tot`'s day, i.e. the day `now` shows minus 3 months. */
  van?: string;
  /** Last day, inclusive (ISO 8601 date). Default: the day of `now` (local time). */
  tot?: string;
  /** The current moment for the default range; default `new Date()`. Injectable for tests. */
  now?: Date;
  /**
   * Employee mode only: the BSN of the person to look up. The inzage API has no other way than a query
   * parameter (`objectId`), so it then appears in the request URL. In resident mode leave it out: the
   * gateway fills `objectId` from the session and no BSN is sent.
   */
  bsn?: string;
  /** Display names by OIN, for uitvoerder and afnemer (the log holds only OINs). */
  organisaties?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HTTP_URL = /^https?:\/\//i;

/** `YYYY-MM-DD` of a UTC-midnight date. */
function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` to UTC midnight; a TypeError for anything else (a programming error). */
function parseDay(value: string, what: string): Date {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || format(date) !== value) throw new TypeError(`Klantbeeld: ${what} is not an ISO 8601 date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
}

/** `months` calendar months before `day`, clamped to the end of a shorter month (31 May → 28/29 Feb). */
function monthsBefore(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

/**
 * The API's `beginDatum` (inclusive) and `eindDatum` (exclusive) for the inclusive range van–tot.
 * Exported for tests and for elements that show the range.
 */
export function verwerkingenPeriode(options: Pick<ListVerwerkingenOptions, 'van' | 'tot' | 'now'> = {}): {
  van: string;
  tot: string;
  beginDatum: string;
  eindDatum: string;
} {
  const now = options.now ?? new Date();
  // The resident's "today" is the local calendar day, not the UTC one.
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const tot = options.tot !== undefined ? parseDay(options.tot, 'tot') : today;
  const van = options.van !== undefined ? parseDay(options.van, 'van') : monthsBefore(tot, 3);
  if (van.getTime() > tot.getTime()) throw new TypeError(`Klantbeeld: van (${format(van)}) lies after tot (${format(tot)})`);
  const eind = new Date(tot.getTime() + 86_400_000);
  return { van: format(van), tot: format(tot), beginDatum: format(van), eindDatum: format(eind) };
}

function organisatie(oin: string, names: Readonly<Record<string, string>> | undefined): VerwerkingOrganisatie {
  const naam = names && Object.hasOwn(names, oin) ? text(names[oin]) : undefined;
  return naam !== undefined ? { oin, naam } : { oin };
}

function readAfnemer(actie: JsonObject, names: Readonly<Record<string, string>> | undefined): VerwerkingAfnemer | undefined {
  const id = text(actie.afnemerId);
  if (id === undefined) return undefined;
  const soort = text(actie.soortAfnemerId)?.trim().toUpperCase();
  // Another person's number is never passed on to the resident.
  if (soort === 'BSN') return { soort: 'persoon' };
  if (soort === 'OIN' || (soort === undefined && /^\d{20}$/.test(id))) return { soort: 'organisatie', ...organisatie(id, names) };
  return undefined;
}

function soortenGegevens(object: JsonObject): string[] {
  const soorten = objects(object.verwerkteSoortenGegevens)
    .map((item) => text(item.soortGegeven)?.trim())
    .filter((soort): soort is string => soort !== undefined);
  return [...new Set(soorten)];
}

/** One verwerkt object as a view model; undefined for a hidden or unreadable action. */
function summarize(object: JsonObject, names: Readonly<Record<string, string>> | undefined): Verwerking | undefined {
  const actie = isObject(object.verwerkingsactie) ? object.verwerkingsactie : undefined;
  if (!actie) return undefined;
  // The provider hides `vertrouwelijk` actions; filter again in case it does not. Absent means the default, normaal.
  const vertrouwelijkheid = actie.vertrouwelijkheid ?? 'normaal';
  if (vertrouwelijkheid !== 'normaal' && vertrouwelijkheid !== 'opgeheven') return undefined;
  const actieId = text(actie.actieId);
  const tijdstip = text(actie.tijdstip);
  if (actieId === undefined || tijdstip === undefined || Number.isNaN(time(tijdstip))) return undefined;
  const actieNaam = text(actie.actieNaam);
  const handelingNaam = text(actie.handelingNaam);
  const verwerkingNaam = text(actie.verwerkingNaam);
  const activiteit = text(actie.verwerkingsactiviteitUrl);
  const uitvoerder = text(actie.uitvoerder);
  const afnemer = readAfnemer(actie, names);
  const betrokkenheid = text(object.betrokkenheid);
  return {
    actieId,
    tijdstip,
    ...(actieNaam !== undefined ? { actieNaam } : {}),
    ...(handelingNaam !== undefined ? { handelingNaam } : {}),
    ...(verwerkingNaam !== undefined ? { verwerkingNaam } : {}),
    ...(activiteit !== undefined && HTTP_URL.test(activiteit) ? { verwerkingsactiviteitUrl: activiteit } : {}),
    ...(uitvoerder !== undefined ? { uitvoerder: organisatie(uitvoerder, names) } : {}),
    ...(afnemer !== undefined ? { afnemer } : {}),
    soortenGegevens: soortenGegevens(object),
    ...(betrokkenheid !== undefined ? { betrokkenheid } : {}),
    vertrouwelijkheid,
  };
}

/**
 * The processing actions about the resident from `van` to `tot` (both inclusive; default the last three
 * months up to today), newest first, every page. `vertrouwelijk` actions never appear; an action that
 * lists the resident twice appears once, with the kinds of data of both.
 *
 * Resident mode (no `bsn`): the request carries `objecttype=persoon&soortObjectId=BSN&beginDatum&eindDatum`
 * but no `objectId` — a documented deviation from the inzage API, which requires it: the gateway fills it
 * from the session, so the BSN never appears in a URL.
 * @throws TypeError when `van`/`tot` is not an ISO date or `van` lies after `tot`.
 * @example
 * ```ts
 * const verwerkingen = await listVerwerkingen(client, { organisaties: { '00000001821002193000': 'Gemeente Voorbeeldstad' } });
 * ```
 */
export async function listVerwerkingen(client: KlantbeeldClient, options: ListVerwerkingenOptions = {}): Promise<Verwerking[]> {
  const { beginDatum, eindDatum } = verwerkingenPeriode(options);
  const objecten = await findVerwerkteObjecten(
    client,
    { beginDatum, eindDatum, ...(options.bsn !== undefined ? { objectId: options.bsn } : {}) },
    { signal: options.signal },
  );
  const byActie = new Map<string, Verwerking>();
  for (const object of objects(objecten)) {
    const verwerking = summarize(object, options.organisaties);
    if (!verwerking) continue;
    const earlier = byActie.get(verwerking.actieId);
    byActie.set(
      verwerking.actieId,
      earlier ? { ...earlier, soortenGegevens: [...new Set([...earlier.soortenGegevens, ...verwerking.soortenGegevens])] } : verwerking,
    );
  }
  return [...byActie.values()].sort((a, b) => time(b.tijdstip) - time(a.tijdstip) || a.actieId.localeCompare(b.actieId));
}
