/**
 * The resident's taken ("portaaltaken" in the Objects API, the GZAC/Valtimo convention used by resident
 * portals): what they are asked to do, until when, about which zaak, and where to do it. The data paths
 * are configurable, so the same function reads other conventions (appointments, productaanvragen).
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { resolveSources } from '../transport/config.js';
import { listObjectRecords, type ObjectRecordView } from './objecten-records.js';
import { isObject, isUuid, text, time, type JsonObject } from './read.js';

/** Where the fields of a taak are in a record's `data` (dot paths). */
export interface TaakPaths {
  /** Default `titel`. */
  readonly titel?: string;
  /** Default `status`; also the attribute filtered on for open taken. */
  readonly status?: string;
  /** Default `soort`. */
  readonly soort?: string;
  /** Default `verloopdatum`. */
  readonly verloopdatum?: string;
  /** Default `koppeling` (`{ registratie, uuid }`). */
  readonly koppeling?: string;
  /** The action URL of a `url` taak; default `url.uri`. */
  readonly url?: string;
  /** The form of a `formtaak` (`{ soort: 'url' | 'id', value }`); default `formtaak.formulier`. */
  readonly formulier?: string;
}

const DEFAULT_PATHS: Required<TaakPaths> = {
  titel: 'titel',
  status: 'status',
  soort: 'soort',
  verloopdatum: 'verloopdatum',
  koppeling: 'koppeling',
  url: 'url.uri',
  formulier: 'formtaak.formulier',
};

/** A taak as the resident sees it. */
export interface Taak {
  /** The object's URL: its identity. */
  readonly url: string;
  readonly uuid: string;
  readonly titel: string;
  /** In the portaaltaak convention `open`, `afgerond`, `verwerkt` or `gesloten`; `''` when absent. */
  readonly status: string;
  /** E.g. `url`, `formtaak`, `ogonebetaling`, `portaalformulier`; `''` when absent. */
  readonly soort: string;
  /** Deadline (ISO 8601 date or date-time). */
  readonly verloopdatum?: string;
  /** What it belongs to; `url` is the zaak's URL in the configured Zaken source. */
  readonly koppeling?: { readonly registratie: string; readonly uuid: string; readonly url?: string };
  /** Where to do it: only ever an http(s) URL. */
  readonly actie?: { readonly soort: 'url' | 'formulier'; readonly url: string };
  /** A `formtaak` whose form is named by id (the portal maps it to a form). */
  readonly formulierId?: string;
}

/** Options of {@link listTaken}. */
export interface ListTakenOptions {
  /** The taak objecttype URL. */
  objecttype: string;
  /** `'open'`: only open taken (`data_attr=<status>__exact__open`); `'alle'` (default): every status. */
  status?: 'open' | 'alle';
  /** Where the fields are in `data` (see {@link TaakPaths}). */
  paths?: TaakPaths;
  signal?: AbortSignal;
}

/** The value at a dot path in `data`. */
export function valueAt(data: JsonObject, path: string): unknown {
  let node: unknown = data;
  for (const key of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** `value` when it is an absolute http(s) URL, else undefined (never `javascript:` and the like). */
export function httpUrl(value: unknown): string | undefined {
  const candidate = text(value)?.trim();
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a taak from a record; undefined without a titel (nothing to show). */
export function readTaak(record: ObjectRecordView, paths: TaakPaths = {}, zakenBase?: string): Taak | undefined {
  const p = { ...DEFAULT_PATHS, ...paths };
  const titel = text(valueAt(record.data, p.titel));
  if (!titel) return undefined;
  const status = text(valueAt(record.data, p.status)) ?? '';
  const soort = text(valueAt(record.data, p.soort)) ?? '';
  const verloopdatum = text(valueAt(record.data, p.verloopdatum));
  const rawKoppeling = valueAt(record.data, p.koppeling);
  let koppeling: Taak['koppeling'];
  if (isObject(rawKoppeling)) {
    const registratie = text(rawKoppeling.registratie);
    const uuid = text(rawKoppeling.uuid);
    if (registratie && uuid) {
      const zaakUrl = registratie === 'zaak' && zakenBase && isUuid(uuid) ? `${zakenBase}/zaken/${uuid.toLowerCase()}` : undefined;
      koppeling = { registratie, uuid, ...(zaakUrl ? { url: zaakUrl } : {}) };
    }
  }
  const formulier = valueAt(record.data, p.formulier);
  let actie: Taak['actie'];
  let formulierId: string | undefined;
  const direct = httpUrl(valueAt(record.data, p.url));
  if (direct) actie = { soort: 'url', url: direct };
  else if (isObject(formulier)) {
    if (formulier.soort === 'url') {
      const formUrl = httpUrl(formulier.value);
      if (formUrl) actie = { soort: 'formulier', url: formUrl };
    } else if (formulier.soort === 'id') {
      formulierId = text(formulier.value);
    }
  }
  return {
    url: record.url,
    uuid: record.uuid,
    titel,
    status,
    soort,
    ...(verloopdatum !== undefined ? { verloopdatum } : {}),
    ...(koppeling ? { koppeling } : {}),
    ...(actie ? { actie } : {}),
    ...(formulierId !== undefined ? { formulierId } : {}),
  };
}

/**
 * The resident's taken of `objecttype`: `GET /objects?type=<objecttype>` (plus `data_attr=status__exact__open`
 * for `status: 'open'`), every page. The gateway scopes the records to the resident; the client sends no
 * BSN or identificatie. Sorted: open first, then by verloopdatum (earliest first, none last), then titel.
 * Records without a titel are left out; action links are only http(s).
 * @example
 * ```ts
 * const taken = await listTaken(client, { objecttype: config.taakObjecttype, status: 'open' });
 * ```
 */
export async function listTaken(client: KlantbeeldClient, options: ListTakenOptions): Promise<Taak[]> {
  const paths = { ...DEFAULT_PATHS, ...options.paths };
  const records = await listObjectRecords(client, {
    type: options.objecttype,
    ...(options.status === 'open' ? { dataAttrs: { [paths.status]: 'open' } } : {}),
    signal: options.signal,
  });
  const zakenBase = resolveSources(client.config).get('zaken')?.url;
  const taken = records.map((record) => readTaak(record, paths, zakenBase)).filter((taak): taak is Taak => taak !== undefined);
  // A server that ignored the filter must not show closed taken as open.
  const wanted = options.status === 'open' ? taken.filter((taak) => taak.status === 'open') : taken;
  return wanted
    .map((taak, index) => ({ taak, index, due: time(taak.verloopdatum) }))
    .sort((a, b) => {
      const open = Number(b.taak.status === 'open') - Number(a.taak.status === 'open');
      if (open !== 0) return open;
      const aDue = Number.isNaN(a.due) ? Infinity : a.due;
      const bDue = Number.isNaN(b.due) ? Infinity : b.due;
      if (aDue !== bDue) return aDue < bDue ? -1 : 1;
      return a.taak.titel.localeCompare(b.taak.titel, 'nl') || a.index - b.index;
    })
    .map(({ taak }) => taak);
}
