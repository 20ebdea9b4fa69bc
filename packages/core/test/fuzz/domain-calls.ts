// Every domain function of the core, with the arguments a page would give it and the documented upper
// bound on its requests (docs/core/bounds.md). The hostile-response suite drives each of them.
import {
  MAX_BESLUITEN,
  MAX_DOCUMENTEN_ZONDER_ZOEK,
  MAX_DOCUMENTTYPEN,
  MAX_GERELATEERDE_ZAKEN,
  MAX_LIST_PAGES,
  MAX_RELATIE_LOOKUPS,
  MAX_ROLLEN,
  MAX_ZAKEN,
  downloadDocument,
  getKlantvoorkeuren,
  getNotificatievoorkeuren,
  getPersoon,
  getResidentPartij,
  getStatusTimeline,
  getTipFacts,
  getZaak,
  getZaakRelaties,
  listBesluiten,
  listKlantcontacten,
  listObjectRecords,
  listProducten,
  listSubstatussen,
  listTaken,
  listTips,
  listVerwerkingen,
  listZaakDocumenten,
  listZaken,
  type KlantbeeldClient,
} from '@klantbeeld/core';
import { GATEWAY } from './arbitraries.js';

export const ZAAK = `${GATEWAY}/zaken/api/v1/zaken/0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10`;
const DOCUMENT = `${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10`;
const OBJECTTYPE = `${GATEWAY}/objecttypen/api/v2/objecttypes/0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10`;
const PARTIJ = {
  url: `${GATEWAY}/klantinteracties/api/v1/partijen/0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10`,
  uuid: '0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10',
  soortPartij: 'persoon',
} as const;

/** A list read in full: at most {@link MAX_LIST_PAGES} pages. */
const LIST = MAX_LIST_PAGES;
/** A retried request (502/503/504, 429, network error): the client's default of 2 retries. */
const TRIES = 3;

/** One domain call: its name, its bound on requests (every attempt counted), and how to make it. */
export interface DomainCall {
  readonly name: string;
  readonly bound: number;
  readonly call: (client: KlantbeeldClient) => Promise<unknown>;
}

/** The summary of one zaak without `expand`: zaaktype, status, statustype, and the behandelaar rollen (≤ MAX_ROLLEN pages). */
const ZAAK_SUMMARY = 3 + MAX_ROLLEN;

export const DOMAIN_CALLS: readonly DomainCall[] = [
  { name: 'getZaak', bound: TRIES * 2, call: (client) => getZaak(client, ZAAK) },
  { name: 'getStatusTimeline', bound: TRIES * (1 + 1 + 3 * LIST + 2 + 2 + LIST), call: (client) => getStatusTimeline(client, ZAAK) },
  { name: 'listZaken', bound: TRIES * (2 * LIST + Math.min(MAX_ZAKEN, LIST * 100) * ZAAK_SUMMARY), call: (client) => listZaken(client) },
  {
    name: 'listBesluiten',
    bound: TRIES * (LIST + MAX_BESLUITEN * (LIST + 1) + 3 + MAX_DOCUMENTEN_ZONDER_ZOEK + MAX_DOCUMENTTYPEN),
    call: (client) => listBesluiten(client, ZAAK),
  },
  {
    name: 'listZaakDocumenten',
    bound: TRIES * (LIST + 3 + MAX_DOCUMENTEN_ZONDER_ZOEK + MAX_DOCUMENTTYPEN),
    call: (client) => listZaakDocumenten(client, ZAAK),
  },
  { name: 'downloadDocument', bound: TRIES * 6, call: (client) => downloadDocument(client, DOCUMENT) },
  { name: 'getZaakRelaties', bound: TRIES * (2 + (1 + 2 * MAX_GERELATEERDE_ZAKEN) * ZAAK_SUMMARY), call: (client) => getZaakRelaties(client, ZAAK) },
  { name: 'listSubstatussen', bound: TRIES * LIST, call: (client) => listSubstatussen(client, ZAAK) },
  {
    name: 'listKlantcontacten',
    bound: TRIES * (2 * LIST + MAX_RELATIE_LOOKUPS),
    call: (client) => listKlantcontacten(client, { zaak: ZAAK }),
  },
  { name: 'getResidentPartij', bound: TRIES * (2 * LIST + 20), call: (client) => getResidentPartij(client) },
  { name: 'getKlantvoorkeuren', bound: TRIES * (2 * LIST + 20), call: (client) => getKlantvoorkeuren(client) },
  { name: 'getNotificatievoorkeuren', bound: TRIES * 2 * LIST, call: (client) => getNotificatievoorkeuren(client, PARTIJ) },
  { name: 'listProducten', bound: TRIES * LIST, call: (client) => listProducten(client) },
  { name: 'listObjectRecords', bound: TRIES * LIST, call: (client) => listObjectRecords(client, { type: OBJECTTYPE }) },
  { name: 'listTaken', bound: TRIES * LIST, call: (client) => listTaken(client, { objecttype: OBJECTTYPE }) },
  { name: 'listTips', bound: TRIES * LIST, call: (client) => listTips(client, { objecttype: OBJECTTYPE }) },
  { name: 'getTipFacts', bound: TRIES * (3 * LIST + 2), call: (client) => getTipFacts(client, ['zaken', 'producten', 'leeftijd', 'voorkeuren']) },
  { name: 'getPersoon', bound: TRIES * 2, call: (client) => getPersoon(client) },
  { name: 'listVerwerkingen', bound: TRIES * LIST, call: (client) => listVerwerkingen(client, { now: new Date('2026-12-01T10:00:00Z') }) },
];
