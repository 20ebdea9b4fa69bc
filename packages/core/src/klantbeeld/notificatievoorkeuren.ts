/**
 * Which notifications the resident wants, per domain (zaken, berichten, taken).
 *
 * Klantinteracties 0.9.0 has no field for notification choices. This module stores them the documented
 * way Klantbeeld chose: as **categorie-relaties** (experimental Klantinteracties endpoints) between the
 * resident's partij and one categorie per domain, by name (default `notificaties-zaken`,
 * `notificaties-berichten`, `notificaties-taken`; configurable). The municipality creates the categorieën
 * once; a domain whose categorie does not exist is not offered. A resident wants notifications of a
 * domain when their partij has a relation to its categorie that has not ended (`eindDatum` empty or
 * later than today). Turning a domain on `POST`s a relation (`beginDatum` today); turning it off
 * `DELETE`s the partij's relations to that categorie. Where they are sent follows the preferred channel.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { InvalidResponseError } from '../transport/errors.js';
import { isObject, objects, text } from './read.js';
import type { PartijRef } from './partij.js';

/** A domain the resident can be notified about. */
export type NotificatieDomein = 'zaken' | 'berichten' | 'taken';

/** The domains, in display order. */
export const NOTIFICATIE_DOMEINEN: readonly NotificatieDomein[] = ['zaken', 'berichten', 'taken'];

/** The categorie name per domain. */
export type NotificatieCategorieen = Readonly<Record<NotificatieDomein, string>>;

/** The default categorie names. */
export const DEFAULT_NOTIFICATIE_CATEGORIEEN: NotificatieCategorieen = {
  zaken: 'notificaties-zaken',
  berichten: 'notificaties-berichten',
  taken: 'notificaties-taken',
};

/** The resident's notification choices: per offered domain, whether they want notifications. */
export type Notificatievoorkeuren = Partial<Record<NotificatieDomein, boolean>>;

/** Options of the notification functions. */
export interface NotificatievoorkeurenOptions {
  /** Categorie names per domain (partial: the rest keep their default). */
  categorieen?: Partial<NotificatieCategorieen>;
  signal?: AbortSignal;
}

interface Categorie {
  readonly uuid: string;
  readonly naam: string;
}

function namesOf(options: NotificatievoorkeurenOptions): NotificatieCategorieen {
  return { ...DEFAULT_NOTIFICATIE_CATEGORIEEN, ...options.categorieen };
}

/** Today as `YYYY-MM-DD` (UTC is close enough for a date a relation starts or ends on). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function categorieen(client: KlantbeeldClient, signal?: AbortSignal): Promise<Categorie[]> {
  const list: unknown = await client.list<unknown>('klantinteracties', '/categorieen', { signal });
  if (!Array.isArray(list)) throw new InvalidResponseError('Expected a list of categorieën');
  return objects(list).flatMap((item) => {
    const uuid = text(item.uuid);
    const naam = text(item.naam);
    return uuid && naam ? [{ uuid, naam }] : [];
  });
}

/** The partij's categorie-relaties (only those that name the partij: a server that ignored the filter must not mix in others). */
async function relaties(client: KlantbeeldClient, partij: PartijRef, signal?: AbortSignal) {
  const list: unknown = await client.list<unknown>('klantinteracties', '/categorie-relaties', { query: { partij__uuid: partij.uuid }, signal });
  if (!Array.isArray(list)) throw new InvalidResponseError('Expected a list of categorie-relaties');
  return objects(list).filter((relatie) => isObject(relatie.partij) && relatie.partij.uuid === partij.uuid);
}

function categorieUuid(relatie: Record<string, unknown>): string | undefined {
  return isObject(relatie.categorie) ? text(relatie.categorie.uuid) : undefined;
}

function isActive(relatie: Record<string, unknown>, on: string): boolean {
  const eind = text(relatie.eindDatum);
  return eind === undefined || eind > on;
}

/**
 * The resident's notification choices (two requests: the categorieën and the partij's relations).
 * Domains whose categorie the municipality has not created are left out.
 */
export async function getNotificatievoorkeuren(
  client: KlantbeeldClient,
  partij: PartijRef,
  options: NotificatievoorkeurenOptions = {},
): Promise<Notificatievoorkeuren> {
  const names = namesOf(options);
  const [all, own] = await Promise.all([categorieen(client, options.signal), relaties(client, partij, options.signal)]);
  const on = today();
  const result: Notificatievoorkeuren = {};
  for (const domein of NOTIFICATIE_DOMEINEN) {
    const categorie = all.find((c) => c.naam === names[domein]);
    if (!categorie) continue;
    result[domein] = own.some((relatie) => categorieUuid(relatie) === categorie.uuid && isActive(relatie, on));
  }
  return result;
}

/**
 * Turns notifications of `domein` on (a relation to its categorie, unless one is active) or off (every
 * relation of the partij to it removed).
 * @throws InvalidResponseError when the domain's categorie does not exist.
 */
export async function setNotificatievoorkeur(
  client: KlantbeeldClient,
  partij: PartijRef,
  domein: NotificatieDomein,
  aan: boolean,
  options: NotificatievoorkeurenOptions = {},
): Promise<void> {
  const { signal } = options;
  const naam = namesOf(options)[domein];
  const [all, own] = await Promise.all([categorieen(client, signal), relaties(client, partij, signal)]);
  const categorie = all.find((c) => c.naam === naam);
  if (!categorie) throw new InvalidResponseError(`There is no categorie "${naam}"`);
  const linked = own.filter((relatie) => categorieUuid(relatie) === categorie.uuid);
  if (aan) {
    if (linked.some((relatie) => isActive(relatie, today()))) return;
    await client.post(
      'klantinteracties',
      '/categorie-relaties',
      { partij: { uuid: partij.uuid }, categorie: { uuid: categorie.uuid }, beginDatum: today(), eindDatum: null },
      { signal },
    );
    return;
  }
  for (const relatie of linked) {
    const url = text(relatie.url);
    if (url) await client.send('DELETE', 'klantinteracties', url, { signal });
  }
}
