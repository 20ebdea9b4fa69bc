/**
 * The resident's planned appointments, from `afspraak` records in the Objects API (one objecttype per municipality).
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { instant } from './dates.js';
import { listObjectRecords, type ObjectRecordView } from './objecten-records.js';
import { isObject, text, uuidOfReference } from './read.js';

/** A planned appointment, read from an `afspraak` object record. */
export interface AfspraakView {
  /** The object's URL: its identity. */
  readonly url: string;
  readonly titel: string;
  readonly onderwerp?: string;
  /** Start (ISO 8601 date-time). */
  readonly start: string;
  /** End (ISO 8601 date-time), when known. */
  readonly eind?: string;
  /** Where: the location's name and address, joined. */
  readonly locatie?: string;
}

/** Options of {@link listAfspraken}. */
export interface ListAfsprakenOptions {
  /** The objecttype URL of the municipality's `afspraak` records. */
  objecttype: string;
  /** Only the appointments about this zaak (URL or UUID): by a zaak reference of the record, or `data.koppeling`. */
  zaak?: string;
  /** Only the appointments that start at or after this moment; default now. */
  vanaf?: number | Date;
  signal?: AbortSignal;
}

const readable = (value: string | undefined): value is string => value !== undefined && !Number.isNaN(Date.parse(value));
const trimmed = (value: unknown): string | undefined => text(value)?.trim();

/** Reads an `afspraak` record; undefined when it is not a planned appointment with a readable start. */
export function readAfspraak(record: ObjectRecordView): AfspraakView | undefined {
  const { data } = record;
  const start = trimmed(data.start);
  if (!readable(start) || (data.status !== undefined && data.status !== 'gepland')) return undefined;
  const plaats = isObject(data.locatie) ? data.locatie : {};
  const waar = [trimmed(plaats.naam), trimmed(plaats.adres), [trimmed(plaats.postcode), trimmed(plaats.plaats)].filter(Boolean).join(' ') || undefined]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  const onderwerp = trimmed(data.onderwerp);
  const eind = trimmed(data.eind);
  return {
    url: record.url,
    titel: trimmed(data.titel) ?? '',
    ...(onderwerp ? { onderwerp } : {}),
    start,
    ...(readable(eind) ? { eind } : {}),
    ...(waar ? { locatie: waar } : {}),
  };
}

/** Whether an afspraak record concerns the zaak with `uuid` (lowercase): a zaak reference, or `data.koppeling`. */
function concernsZaak(record: ObjectRecordView, uuid: string): boolean {
  if (record.zaken.some((url) => uuidOfReference(url) === uuid)) return true;
  const koppeling = record.data.koppeling;
  return isObject(koppeling) && koppeling.registratie === 'zaak' && typeof koppeling.uuid === 'string' && koppeling.uuid.toLowerCase() === uuid;
}

/** The planned appointments from `vanaf` on, soonest first (one list request per page of `afspraak` records). */
export async function listAfspraken(client: KlantbeeldClient, options: ListAfsprakenOptions): Promise<AfspraakView[]> {
  const records = await listObjectRecords(client, { type: options.objecttype, dataAttrs: { status: 'gepland' }, signal: options.signal });
  const vanaf = instant(options.vanaf);
  const uuid = options.zaak !== undefined ? uuidOfReference(options.zaak) : undefined;
  return records
    .filter((record) => uuid === undefined || concernsZaak(record, uuid))
    .map(readAfspraak)
    .filter((afspraak): afspraak is AfspraakView => afspraak !== undefined && Date.parse(afspraak.start) >= vanaf)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
