/**
 * The resident's contact preferences ("klantvoorkeuren") from Klantinteracties: preferred language,
 * preferred channel and address, and the addresses per soort with the default of each.
 *
 * Klantinteracties has no "voorkeurskanaal" field. By default the channel is the soort of the partij's
 * `voorkeursDigitaalAdres` and the default per soort is `isStandaardAdres`. Some municipalities (Den
 * Haag) tag addresses with `referentie: 'portaalvoorkeur'` instead: pass that {@link VoorkeurskanaalRule}.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { patchPartij } from '../apis/klantinteracties.js';
import { ValidationError } from '../transport/errors.js';
import { getResidentPartij, SOORTEN_DIGITAAL_ADRES, type DigitaalAdresView, type PartijRef, type ResidentPartij, type SoortDigitaalAdres } from './partij.js';

/**
 * How the preferred channel and the default address per soort are found:
 * - `'voorkeursDigitaalAdres'` (default): the channel is the soort of the partij's
 *   `voorkeursDigitaalAdres`; the default per soort is the address with `isStandaardAdres`.
 * - `{ referentie }` (Den Haag: `{ referentie: 'portaalvoorkeur' }`): the default per soort is the
 *   address carrying that referentie (Open Klant allows one per partij and soort), else the
 *   `isStandaardAdres` one; the preferred address is the tagged one that is also the
 *   `voorkeursDigitaalAdres`, else the first tagged in the order e-mail, telefoonnummer, overig, else the
 *   `voorkeursDigitaalAdres`.
 */
export type VoorkeurskanaalRule = 'voorkeursDigitaalAdres' | { readonly referentie: string };

/** Addresses grouped by soort. */
export interface AdressenPerSoort<T> {
  readonly email: T;
  readonly telefoonnummer: T;
  readonly overig: T;
}

/** The resident's contact preferences. */
export interface Klantvoorkeuren {
  /** The partij they belong to (for the write functions). */
  readonly partij: PartijRef;
  /** ISO 639-2/B, e.g. `nld`. */
  readonly voorkeurstaal?: string;
  /** The preferred channel: the soort of {@link Klantvoorkeuren.voorkeursadres}. */
  readonly voorkeurskanaal?: SoortDigitaalAdres;
  /** The preferred address, per the rule. */
  readonly voorkeursadres?: DigitaalAdresView;
  /** Every address, per soort, in the server's order. */
  readonly adressen: AdressenPerSoort<readonly DigitaalAdresView[]>;
  /** The default address of each soort, per the rule. */
  readonly standaard: Partial<AdressenPerSoort<DigitaalAdresView>>;
}

/** Options of {@link getKlantvoorkeuren}. */
export interface GetKlantvoorkeurenOptions {
  /** Default `'voorkeursDigitaalAdres'`. */
  voorkeurskanaalRule?: VoorkeurskanaalRule;
  signal?: AbortSignal;
}

/** The referentie of a rule, or undefined for the default rule. */
export function ruleReferentie(rule: VoorkeurskanaalRule | undefined): string | undefined {
  return typeof rule === 'object' && rule !== null && typeof rule.referentie === 'string' && rule.referentie !== '' ? rule.referentie : undefined;
}

/** Derives the preferences from a partij view model (no request). */
export function voorkeurenOf(partij: ResidentPartij, rule: VoorkeurskanaalRule = 'voorkeursDigitaalAdres'): Klantvoorkeuren {
  const tag = ruleReferentie(rule);
  const bySoort = (soort: SoortDigitaalAdres) => partij.digitaleAdressen.filter((adres) => adres.soort === soort);
  const adressen = { email: bySoort('email'), telefoonnummer: bySoort('telefoonnummer'), overig: bySoort('overig') };
  const standaard: { -readonly [K in SoortDigitaalAdres]?: DigitaalAdresView } = {};
  for (const soort of SOORTEN_DIGITAAL_ADRES) {
    const found =
      (tag !== undefined ? adressen[soort].find((adres) => adres.referentie === tag) : undefined) ?? adressen[soort].find((adres) => adres.isStandaardAdres);
    if (found) standaard[soort] = found;
  }
  let voorkeursadres = partij.voorkeursDigitaalAdres;
  if (tag !== undefined) {
    const tagged = SOORTEN_DIGITAAL_ADRES.flatMap((soort) => adressen[soort].filter((adres) => adres.referentie === tag));
    voorkeursadres = tagged.find((adres) => adres.isVoorkeursAdres) ?? tagged[0] ?? partij.voorkeursDigitaalAdres;
  }
  return {
    partij: { url: partij.url, uuid: partij.uuid, soortPartij: partij.soortPartij },
    ...(partij.voorkeurstaal !== undefined ? { voorkeurstaal: partij.voorkeurstaal } : {}),
    ...(voorkeursadres ? { voorkeurskanaal: voorkeursadres.soort, voorkeursadres } : {}),
    adressen,
    standaard,
  };
}

/**
 * The logged-in resident's contact preferences (one request: the partij with its addresses expanded).
 * Undefined when Open Klant has no partij for them.
 * @example
 * ```ts
 * const voorkeuren = await getKlantvoorkeuren(client, { voorkeurskanaalRule: { referentie: 'portaalvoorkeur' } });
 * ```
 */
export async function getKlantvoorkeuren(client: KlantbeeldClient, options: GetKlantvoorkeurenOptions = {}): Promise<Klantvoorkeuren | undefined> {
  const partij = await getResidentPartij(client, { signal: options.signal });
  return partij ? voorkeurenOf(partij, options.voorkeurskanaalRule) : undefined;
}

/** Options of the preference writes. */
export interface KlantvoorkeurenWriteOptions {
  signal?: AbortSignal;
}

/**
 * Sets the partij's preferred language (`PATCH` partij). Read the preferences again afterwards: the
 * client's cached partij is dropped by the write.
 * @param taal ISO 639-2/B, e.g. `nld`, `eng`; the server validates it (a ValidationError names `voorkeurstaal`).
 */
export async function setVoorkeurstaal(client: KlantbeeldClient, partij: PartijRef, taal: string, options: KlantvoorkeurenWriteOptions = {}): Promise<void> {
  if (typeof taal !== 'string') {
    throw new ValidationError('voorkeurstaal must be a string', {
      problem: { invalidParams: [{ name: 'voorkeurstaal', code: 'invalid', reason: 'Geen geldige string.' }] },
    });
  }
  await patchPartij(client, partij.url, partij.soortPartij, { voorkeurstaal: taal }, options);
}

/**
 * Sets (or, with `null`, clears) the partij's `voorkeursDigitaalAdres` (`PATCH` partij). The address must
 * be one of the partij's own (else the server answers a ValidationError naming `voorkeursDigitaalAdres`).
 * Under a `{ referentie }` rule the preferred channel follows the tag: move it with `setStandaardAdres`.
 */
export async function setVoorkeursDigitaalAdres(
  client: KlantbeeldClient,
  partij: PartijRef,
  adres: Pick<DigitaalAdresView, 'uuid'> | null,
  options: KlantvoorkeurenWriteOptions = {},
): Promise<void> {
  await patchPartij(client, partij.url, partij.soortPartij, { voorkeursDigitaalAdres: adres === null ? null : { uuid: adres.uuid } }, options);
}
