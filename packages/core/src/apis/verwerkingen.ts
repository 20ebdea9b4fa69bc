/**
 * Verwerkingenlogging inzage API 0.9.0 (VNG): who processed a person's data, when and why. Thin typed
 * functions over the client.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/verwerkingen.js';
import type { ApiOptions } from './zaken.js';

/** One verwerkt object (the person, in one verwerkingsactie) with its verwerkingsactie embedded. */
export type VerwerktObject = components['schemas']['VerwerktObjectUitgebreid'];
/** A verwerkingsactie as the inzage API shows it (without systeem, gebruiker, gegevensbron). */
export type Verwerkingsactie = components['schemas']['VerwerkingsactieBeperkt'];

/** Query of {@link findVerwerkteObjecten}. `objecttype=persoon` and `soortObjectId=BSN` are always sent. */
export interface VerwerkteObjectenQuery {
  /** First day (inclusive), ISO 8601 date: `beginDatum`. */
  beginDatum: string;
  /** Day after the last day (exclusive, as the API defines it), ISO 8601 date: `eindDatum`. */
  eindDatum: string;
  /**
   * The BSN of the person: employee mode only. Leave it out in resident mode: the gateway fills
   * `objectId` from the session, so the resident's BSN never appears in a URL.
   *
   * The inzage API offers no body-based search, so in employee mode the BSN is necessarily a query
   * parameter (the standard's only way); keep such URLs out of logs.
   */
  objectId?: string;
  /** Only actions justified by this verwerkingsactiviteit (UUID). */
  verwerkingsactiviteitId?: string;
}

/**
 * `GET /verwerkte-objecten?objecttype=persoon&soortObjectId=BSN[&objectId=…]&beginDatum=…&eindDatum=…`,
 * every page (following `next`).
 *
 * Deviation from the standard, on purpose: the spec marks `objectId` as required, but in resident mode it
 * is left out and the gateway adds it from the session (see {@link VerwerkteObjectenQuery.objectId}).
 */
export function findVerwerkteObjecten(client: KlantbeeldClient, query: VerwerkteObjectenQuery, options: ApiOptions = {}): Promise<VerwerktObject[]> {
  return client.list<VerwerktObject>('verwerkingen', '/verwerkte-objecten', {
    query: {
      objecttype: 'persoon',
      soortObjectId: 'BSN',
      objectId: query.objectId,
      beginDatum: query.beginDatum,
      eindDatum: query.eindDatum,
      verwerkingsactiviteitId: query.verwerkingsactiviteitId,
    },
    signal: options.signal,
    limit: options.limit,
  });
}
