/**
 * Small view-model builders shared by the list, the related zaken and the timeline.
 * @module
 */
import type { CurrentStatus, ZaakSummary, ZaaktypeSummary } from './view-models.js';
import { lastPathSegment, text, type JsonObject } from './read.js';
import { pickBehandelaar } from './behandelaar.js';

/** A zaak's relations as resolved by its caller (expanded, fetched, or undefined when out of reach). */
export interface ZaakRelations {
  readonly zaaktype: JsonObject | undefined;
  readonly current: { readonly status: JsonObject; readonly statustype: JsonObject | undefined } | undefined;
  readonly rollen: readonly JsonObject[] | undefined;
}

/** The summary of the zaak at `url`; what is missing from `relations` is left out, not guessed. */
export function summarizeZaakWith(zaak: JsonObject, url: string, relations: ZaakRelations, behandelaarPolicy: 'organisatie' | 'naam' | undefined): ZaakSummary {
  const zaaktypeSummary = summarizeZaaktype(relations.zaaktype, zaak.zaaktype);
  const current = relations.current;
  const status = current ? summarizeStatus(current.status, current.statustype) : undefined;
  const behandelaar = pickBehandelaar(relations.rollen ?? [], behandelaarPolicy);
  const einddatum = text(zaak.einddatum);
  const verwachteEinddatum = text(zaak.einddatumGepland) ?? text(zaak.uiterlijkeEinddatumAfdoening);
  return {
    url,
    uuid: text(zaak.uuid) ?? uuidFromUrl(url),
    identificatie: text(zaak.identificatie) ?? '',
    omschrijving: text(zaak.omschrijving) ?? zaaktypeSummary?.omschrijving ?? '',
    ...(zaaktypeSummary ? { zaaktype: zaaktypeSummary } : {}),
    ...(status ? { status } : {}),
    startdatum: text(zaak.startdatum) ?? '',
    ...(einddatum !== undefined ? { einddatum } : {}),
    open: einddatum === undefined,
    ...(behandelaar ? { behandelaar } : {}),
    ...(verwachteEinddatum !== undefined ? { verwachteEinddatum } : {}),
  };
}

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
  return lastPathSegment(url) ?? '';
}
