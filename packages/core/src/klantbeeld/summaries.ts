/**
 * Small view-model builders shared by the list and the timeline.
 * @module
 */
import type { CurrentStatus, ZaaktypeSummary } from './view-models.js';
import { text, type JsonObject } from './read.js';

/** The zaaktype as the resident reads it; undefined without a URL or omschrijving. */
export function summarizeZaaktype(zaaktype: JsonObject | undefined, ref: unknown): ZaaktypeSummary | undefined {
  if (!zaaktype) return undefined;
  const url = text(zaaktype.url) ?? text(ref);
  const omschrijving = text(zaaktype.omschrijving);
  if (url === undefined || omschrijving === undefined) return undefined;
  return { url, identificatie: text(zaaktype.identificatie) ?? '', omschrijving };
}

/** The current status in one line; undefined when its statustype cannot be read (the name is what matters). */
export function summarizeStatus(status: JsonObject, statustype: JsonObject | undefined): CurrentStatus | undefined {
  const omschrijving = text(statustype?.omschrijving);
  if (!statustype || omschrijving === undefined) return undefined;
  const statustekst = text(statustype.statustekst);
  const toelichting = text(status.statustoelichting);
  return {
    omschrijving,
    ...(statustekst !== undefined ? { statustekst } : {}),
    ...(toelichting !== undefined ? { toelichting } : {}),
    datum: text(status.datumStatusGezet) ?? '',
    isEindstatus: statustype.isEindstatus === true,
  };
}

/** The last path segment of a resource URL (its uuid in ZGW), for resources that lack `uuid`. */
export function uuidFromUrl(url: string): string {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    return '';
  }
}
