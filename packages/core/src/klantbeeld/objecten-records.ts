/**
 * Records of a configured objecttype from the Objects API, as plain data: the generic building block for
 * taken, appointments, productaanvragen and tip rules, whose `data` follows a per-municipality schema.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findObjects, type DataAttrs } from '../apis/objecten.js';
import { isObject, objects, text, finite, type JsonObject } from './read.js';

/** One object with its current record. */
export interface ObjectRecordView {
  /** The object's URL: its identity. */
  readonly url: string;
  readonly uuid: string;
  /** The objecttype URL. */
  readonly type: string;
  readonly typeVersion?: number;
  /** The record's data (JSON, per the objecttype's schema). */
  readonly data: JsonObject;
  /** Start of validity (ISO 8601 date). */
  readonly startAt?: string;
  /** End of validity (ISO 8601 date). */
  readonly endAt?: string;
  /** When it was registered (ISO 8601 date). */
  readonly registrationAt?: string;
  /** GeoJSON geometry in WGS84 (EPSG:4326), when the record has one. */
  readonly geometry?: JsonObject;
  /** URLs of the zaken the record references (`references` of type `zaak`). */
  readonly zaken: readonly string[];
}

/** Options of {@link listObjectRecords}. */
export interface ListObjectRecordsOptions {
  /** The objecttype URL. */
  type: string;
  /** Filters on `data`, sent as `data_attr` (see {@link DataAttrs}). */
  dataAttrs?: DataAttrs;
  /** E.g. `-record__startAt`, `record__data__verloopdatum`. */
  ordering?: string | readonly string[];
  /** Page size of the requests (every page is read). */
  pageSize?: number;
  signal?: AbortSignal;
}

/** The UUID at the end of a URL path (Open Object matches objecttypes by it). */
function lastSegment(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  } catch {
    return '';
  }
}

/** Reads one object; undefined without URL. */
export function readObjectRecord(object: JsonObject): ObjectRecordView | undefined {
  const url = text(object.url);
  if (!url) return undefined;
  const record = isObject(object.record) ? object.record : {};
  const typeVersion = finite(record.typeVersion);
  const startAt = text(record.startAt);
  const endAt = text(record.endAt);
  const registrationAt = text(record.registrationAt);
  const zaken = objects(record.references)
    .filter((reference) => reference.type === 'zaak')
    .map((reference) => text(reference.url))
    .filter((zaak): zaak is string => zaak !== undefined && /^https?:\/\//i.test(zaak));
  return {
    url,
    uuid: text(object.uuid) ?? lastSegment(url),
    type: text(object.type) ?? '',
    ...(typeVersion !== undefined ? { typeVersion } : {}),
    data: isObject(record.data) ? record.data : {},
    ...(startAt !== undefined ? { startAt } : {}),
    ...(endAt !== undefined ? { endAt } : {}),
    ...(registrationAt !== undefined ? { registrationAt } : {}),
    ...(isObject(record.geometry) ? { geometry: record.geometry } : {}),
    zaken,
  };
}

/**
 * The records of objecttype `type` matching `dataAttrs`, every page: `GET /objects?type=…&data_attr=…`
 * (one `data_attr` per condition), in the server's order (or `ordering`). The gateway scopes the records
 * to the resident; the client sends no BSN. Records of another objecttype (a server that ignored `type`)
 * and records without URL are left out.
 * @throws ValidationError naming `data_attr` for a filter the Objects API cannot express (nothing is sent).
 * @example
 * ```ts
 * const open = await listObjectRecords(client, {
 *   type: 'https://gemeente.nl/objecten/api/v2/objecttypes/…',
 *   dataAttrs: { status: 'open', verloopdatum: { op: 'gte', value: '2026-12-01' } },
 * });
 * ```
 */
export async function listObjectRecords(client: KlantbeeldClient, options: ListObjectRecordsOptions): Promise<ObjectRecordView[]> {
  const { type, signal } = options;
  const objectsFound = await findObjects(
    client,
    {
      type,
      ...(options.dataAttrs ? { dataAttrs: options.dataAttrs } : {}),
      ...(options.ordering !== undefined ? { ordering: options.ordering } : {}),
      ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
    },
    { signal },
  );
  const typeUuid = lastSegment(type);
  return objects(objectsFound)
    .filter((object) => typeUuid === '' || (typeof object.type === 'string' && lastSegment(object.type) === typeUuid))
    .map(readObjectRecord)
    .filter((record): record is ObjectRecordView => record !== undefined);
}
