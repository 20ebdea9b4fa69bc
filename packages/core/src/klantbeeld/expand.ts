/**
 * Reads `_expand` entries and falls back to fetching each relation whose entry is missing (known
 * upstream bugs drop entries, and Open Zaak leaves out expanded objects the consumer may not see).
 * Also remembers, per client, whether the Zaken source supports `expand` at all.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { getRollen, getStatus, getResultaat } from '../apis/zaken.js';
import { getResultaattype, getStatustype, getZaaktype } from '../apis/catalogi.js';
import { isKlantbeeldError, type ValidationError } from '../transport/errors.js';
import type { SourceList } from '../transport/config.js';
import { isObject, objects, text, type JsonObject } from './read.js';
import { MAX_ROLLEN } from './bounds.js';

const expandUnsupported = new WeakSet<KlantbeeldClient>();
const watched = new WeakSet<KlantbeeldClient>();

/** Whether to send `expand` to the client's Zaken source: not when configured off or found unsupported. */
export function expandEnabled(client: KlantbeeldClient): boolean {
  const configured = client.config.sources?.zaken;
  // With several Zaken sources, paths go to the first (primary) one.
  const primary = Array.isArray(configured) ? (configured as SourceList)[0] : configured;
  if (typeof primary === 'object' && primary.expand === false) return false;
  if (!expandUnsupported.has(client) && !watched.has(client)) {
    // What was learnt about a source is forgotten with everything else when the client is reset.
    watched.add(client);
    client.onReset(() => expandUnsupported.delete(client));
  }
  return !expandUnsupported.has(client);
}

/**
 * Runs `request` with `expand`, unless the source does not support it. A 400 whose invalidParams name
 * `expand` turns it off for this client and retries once without.
 */
export async function withExpand<E extends string, T>(
  client: KlantbeeldClient,
  expand: readonly E[],
  request: (expand: readonly E[] | undefined) => Promise<T>,
): Promise<T> {
  if (!expandEnabled(client)) return request(undefined);
  try {
    return await request(expand);
  } catch (error) {
    if (isKlantbeeldError(error) && error.kind === 'validation' && (error as ValidationError).invalidParams?.some((p) => p.name === 'expand')) {
      expandUnsupported.add(client);
      return request(undefined);
    }
    throw error;
  }
}

/** The `_expand` object of a resource, or an empty one. */
export function expansions(resource: JsonObject): JsonObject {
  return isObject(resource._expand) ? resource._expand : {};
}

/**
 * Undefined when a fetched relation is gone or hidden (404/410, 403): the view model then leaves that
 * part out instead of failing as a whole. Every other error propagates.
 */
export async function lenient<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (isKlantbeeldError(error) && (error.kind === 'not-found' || error.kind === 'forbidden')) return undefined;
    throw error;
  }
}

/**
 * A to-one relation: undefined when the reference is null/absent, the expanded object when present,
 * else the fetched resource (undefined when it is not an object or is gone).
 */
export async function relation(ref: unknown, expanded: unknown, load: (url: string) => Promise<unknown>): Promise<JsonObject | undefined> {
  const url = text(ref);
  if (url === undefined) return undefined;
  if (isObject(expanded)) return expanded;
  const value = await lenient(load(url));
  return isObject(value) ? value : undefined;
}

/** The zaaktype of a zaak (`_expand.zaaktype`, else fetched and cached). */
export function resolveZaaktype(client: KlantbeeldClient, zaak: JsonObject, signal?: AbortSignal): Promise<JsonObject | undefined> {
  return relation(zaak.zaaktype, expansions(zaak).zaaktype, (url) => getZaaktype(client, url, { signal }));
}

/** The statustype of a status (its nested `_expand.statustype`, else fetched and cached). */
export function resolveStatustype(client: KlantbeeldClient, status: JsonObject, signal?: AbortSignal): Promise<JsonObject | undefined> {
  return relation(status.statustype, expansions(status).statustype, (url) => getStatustype(client, url, { signal }));
}

/** The current status of a zaak (`_expand.status`, else fetched) with its statustype. */
export async function resolveCurrentStatus(
  client: KlantbeeldClient,
  zaak: JsonObject,
  signal?: AbortSignal,
): Promise<{ status: JsonObject; statustype: JsonObject | undefined } | undefined> {
  const status = await relation(zaak.status, expansions(zaak).status, (url) => getStatus(client, url, { signal }));
  if (!status) return undefined;
  return { status, statustype: await resolveStatustype(client, status, signal) };
}

/** The resultaat of a zaak (`_expand.resultaat`, else fetched) with its resultaattype. */
export async function resolveResultaat(
  client: KlantbeeldClient,
  zaak: JsonObject,
  signal?: AbortSignal,
): Promise<{ resultaat: JsonObject; resultaattype: JsonObject | undefined } | undefined> {
  const resultaat = await relation(zaak.resultaat, expansions(zaak).resultaat, (url) => getResultaat(client, url, { signal }));
  if (!resultaat) return undefined;
  const resultaattype = await relation(resultaat.resultaattype, expansions(resultaat).resultaattype, (url) => getResultaattype(client, url, { signal }));
  return { resultaat, resultaattype };
}

/**
 * The behandelaar rollen of a zaak: from `_expand.rollen` when present, else
 * `GET /rollen?zaak=<url>&omschrijvingGeneriek=behandelaar`. A zaak that lists no rollen needs no request.
 */
export async function resolveBehandelaarRollen(client: KlantbeeldClient, zaak: JsonObject, signal?: AbortSignal): Promise<JsonObject[]> {
  const expanded = expansions(zaak).rollen;
  const url = text(zaak.url);
  let rollen: JsonObject[];
  if (Array.isArray(expanded)) rollen = objects(expanded);
  // Without a zaak URL the filter would be empty and match every rol: ask nothing.
  else if (url === undefined || (Array.isArray(zaak.rollen) && zaak.rollen.length === 0)) rollen = [];
  else rollen = objects(await lenient(getRollen(client, url, { omschrijvingGeneriek: 'behandelaar', signal, limit: MAX_ROLLEN })));
  // Filter here as well: expanded rollen include every rol, and a server may ignore the filter.
  return rollen.filter((rol) => rol.omschrijvingGeneriek === 'behandelaar');
}
