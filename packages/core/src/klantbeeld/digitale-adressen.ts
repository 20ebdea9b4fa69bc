/**
 * Changes to the resident's digital addresses in Klantinteracties: add, update, remove, make default.
 * The server validates (Open Klant: phone number pattern, e-mail format, lengths); its 400 surfaces as a
 * ValidationError whose `invalidParams` name the fields (`adres`, `omschrijving`, …). Each write drops
 * the client's cached partij, so reading the preferences again shows the change.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { createDigitaalAdres, deleteDigitaalAdres, findDigitaleAdressen, patchDigitaalAdres, type DigitaalAdresChanges } from '../apis/klantinteracties.js';
import { InvalidResponseError, ValidationError } from '../transport/errors.js';
import { isObject, objects } from './read.js';
import { ruleReferentie, type VoorkeurskanaalRule } from './klantvoorkeuren.js';
import { readDigitaalAdres, SOORTEN_DIGITAAL_ADRES, type DigitaalAdresView, type PartijRef, type SoortDigitaalAdres } from './partij.js';

/** A new digital address. */
export interface NieuwDigitaalAdres {
  readonly soort: SoortDigitaalAdres;
  readonly adres: string;
  readonly omschrijving?: string;
  /** Make it the default of its soort (the server resets the others). */
  readonly isStandaardAdres?: boolean;
  readonly referentie?: string;
}

/** Fields to change on an address; what is left out stays as it is. */
export interface DigitaalAdresWijziging {
  readonly soort?: SoortDigitaalAdres;
  readonly adres?: string;
  readonly omschrijving?: string;
  readonly isStandaardAdres?: boolean;
  readonly referentie?: string;
}

/** Options of the address writes. */
export interface DigitaalAdresWriteOptions {
  signal?: AbortSignal;
}

/** An address to change: its URL, and whether it is the preferred one (kept in the returned view). */
export type DigitaalAdresRef = Pick<DigitaalAdresView, 'url'> & Partial<Pick<DigitaalAdresView, 'isVoorkeursAdres'>>;

/** A local 400 for a value of the wrong type (no request is sent); everything else the server checks. */
function shapeError(name: string, reason: string): ValidationError {
  return new ValidationError(`${name}: ${reason}`, { problem: { invalidParams: [{ name, code: 'invalid', reason }] } });
}

function toChanges(input: DigitaalAdresWijziging): DigitaalAdresChanges {
  const changes: DigitaalAdresChanges = {};
  if (input.soort !== undefined) {
    if (!SOORTEN_DIGITAAL_ADRES.includes(input.soort)) throw shapeError('soortDigitaalAdres', `"${String(input.soort)}" is geen soort digitaal adres.`);
    changes.soortDigitaalAdres = input.soort;
  }
  for (const [key, value] of [
    ['adres', input.adres],
    ['omschrijving', input.omschrijving],
    ['referentie', input.referentie],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string') throw shapeError(key, 'Geen geldige string.');
    changes[key] = value;
  }
  if (input.isStandaardAdres !== undefined) changes.isStandaardAdres = input.isStandaardAdres === true;
  return changes;
}

function view(value: unknown, isVoorkeursAdres: boolean): DigitaalAdresView {
  const adres = readDigitaalAdres(value);
  if (!adres) throw new InvalidResponseError('Expected a digitaal adres in the response');
  return { ...adres, isVoorkeursAdres };
}

/** Drops cached partijen (their `_expand.digitaleAdressen` changed) of the source that holds `url`. */
function forgetPartijen(client: KlantbeeldClient, url: string, partij?: PartijRef): void {
  if (partij) client.invalidate(partij.url);
  const source = client.sourceOf(url);
  if (source) client.invalidate(`${source.url}/partijen`);
}

/**
 * Adds a digital address to the partij (`POST /digitaleadressen`).
 * @throws ValidationError (400) with `invalidParams` naming e.g. `adres` for an invalid phone number or e-mail.
 */
export async function addDigitaalAdres(
  client: KlantbeeldClient,
  partij: PartijRef,
  nieuw: NieuwDigitaalAdres,
  options: DigitaalAdresWriteOptions = {},
): Promise<DigitaalAdresView> {
  if (typeof nieuw.adres !== 'string') throw shapeError('adres', 'Geen geldige string.');
  const changes = toChanges(nieuw);
  const created = await createDigitaalAdres(client, partij.uuid, { ...changes, adres: nieuw.adres, soortDigitaalAdres: nieuw.soort }, options);
  forgetPartijen(client, partij.url, partij);
  return view(created, false);
}

/** Changes fields of an address (`PATCH`). */
export async function updateDigitaalAdres(
  client: KlantbeeldClient,
  adres: DigitaalAdresRef,
  wijziging: DigitaalAdresWijziging,
  options: DigitaalAdresWriteOptions = {},
): Promise<DigitaalAdresView> {
  const updated = await patchDigitaalAdres(client, adres.url, toChanges(wijziging), options);
  forgetPartijen(client, adres.url);
  return view(updated, adres.isVoorkeursAdres === true);
}

/** Removes an address (`DELETE`, 204). When it was the preferred address, Open Klant clears the preference. */
export async function removeDigitaalAdres(client: KlantbeeldClient, adres: DigitaalAdresRef, options: DigitaalAdresWriteOptions = {}): Promise<void> {
  await deleteDigitaalAdres(client, adres.url, options);
  forgetPartijen(client, adres.url);
}

/** Options of {@link setStandaardAdres}. */
export interface SetStandaardAdresOptions extends DigitaalAdresWriteOptions {
  /** The same rule as for reading the preferences; default `'voorkeursDigitaalAdres'`. */
  voorkeurskanaalRule?: VoorkeurskanaalRule;
}

/**
 * Makes `adres` the default of its soort.
 * - Default rule: `PATCH {isStandaardAdres: true}`; the server resets the partij's other addresses of
 *   that soort.
 * - `{ referentie }` rule: Open Klant does not move a referentie (and allows it once per partij and
 *   soort), so the client first clears it on the partij's other addresses of that soort that carry it,
 *   then sets it on `adres`. Should the second step fail, no address of that soort carries the tag.
 */
export async function setStandaardAdres(
  client: KlantbeeldClient,
  partij: PartijRef,
  adres: Pick<DigitaalAdresView, 'url' | 'uuid' | 'soort'> & Partial<Pick<DigitaalAdresView, 'isVoorkeursAdres'>>,
  options: SetStandaardAdresOptions = {},
): Promise<DigitaalAdresView> {
  const { signal } = options;
  const tag = ruleReferentie(options.voorkeurskanaalRule);
  if (tag === undefined) {
    const updated = await patchDigitaalAdres(client, adres.url, { isStandaardAdres: true }, { signal });
    forgetPartijen(client, adres.url, partij);
    return view(updated, adres.isVoorkeursAdres === true);
  }
  const tagged = await findDigitaleAdressen(client, { verstrektDoorPartij__uuid: partij.uuid, soortDigitaalAdres: adres.soort, referentie: tag }, { signal });
  // Only the partij's own addresses, whatever the server returned.
  const others = objects(tagged).filter(
    (other) =>
      isObject(other.verstrektDoorPartij) &&
      other.verstrektDoorPartij.uuid === partij.uuid &&
      other.uuid !== adres.uuid &&
      other.referentie === tag &&
      other.soortDigitaalAdres === adres.soort,
  );
  for (const other of others) {
    const url = readDigitaalAdres(other)?.url;
    if (url) await patchDigitaalAdres(client, url, { referentie: '' }, { signal });
  }
  const updated = await patchDigitaalAdres(client, adres.url, { referentie: tag }, { signal });
  forgetPartijen(client, adres.url, partij);
  return view(updated, adres.isVoorkeursAdres === true);
}
