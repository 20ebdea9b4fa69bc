/**
 * The optimistic side of a preferences editor: each change the resident saves is applied to a local copy of the
 * partij at once (pure functions below), and the copy from before is put back when the server refuses. The
 * preferences shown are always `voorkeurenOf(copy, rule)`, so the rule (e.g. Den Haag's `referentie`) is applied to
 * the optimistic state exactly as to the loaded one.
 * @module
 */
import { ruleReferentie, type VoorkeurskanaalRule } from './klantvoorkeuren.js';
import type { Notificatievoorkeuren } from './notificatievoorkeuren.js';
import type { DigitaalAdresView, ResidentPartij, SoortDigitaalAdres } from './partij.js';

/** The partij and its notification choices, as an editor shows them. */
export interface VoorkeurenState {
  readonly partij: ResidentPartij;
  /** Per offered domain; empty when the municipality offers none (or they could not be loaded). */
  readonly notificaties: Notificatievoorkeuren;
}

function withAdressen(state: VoorkeurenState, digitaleAdressen: readonly DigitaalAdresView[]): VoorkeurenState {
  const { voorkeursDigitaalAdres: _old, ...rest } = state.partij;
  const voorkeur = digitaleAdressen.find((adres) => adres.isVoorkeursAdres);
  return { ...state, partij: { ...rest, digitaleAdressen, ...(voorkeur ? { voorkeursDigitaalAdres: voorkeur } : {}) } };
}

/** Adds `adres` (or replaces the address with the same url: a pending one by the server's). */
export function withAdres(state: VoorkeurenState, adres: DigitaalAdresView, replacing?: string): VoorkeurenState {
  const list = state.partij.digitaleAdressen;
  const at = list.findIndex((other) => other.url === (replacing ?? adres.url));
  const next = at === -1 ? [...list, adres] : list.map((other, index) => (index === at ? adres : other));
  // A new default resets the others of its soort (as Open Klant does).
  return withAdressen(
    state,
    adres.isStandaardAdres
      ? next.map((other) => (other.soort === adres.soort && other.url !== adres.url ? { ...other, isStandaardAdres: false } : other))
      : next,
  );
}

/** Removes the address; when it was the preferred one, the preference is cleared (as Open Klant does). */
export function withoutAdres(state: VoorkeurenState, url: string): VoorkeurenState {
  return withAdressen(
    state,
    state.partij.digitaleAdressen.filter((adres) => adres.url !== url),
  );
}

/** Makes `url` the default of its soort, per the rule: the `isStandaardAdres` flag, or the rule's referentie moved. */
export function withStandaard(state: VoorkeurenState, url: string, rule: VoorkeurskanaalRule | undefined): VoorkeurenState {
  const target = state.partij.digitaleAdressen.find((adres) => adres.url === url);
  if (!target) return state;
  const tag = ruleReferentie(rule);
  return withAdressen(
    state,
    state.partij.digitaleAdressen.map((adres) => {
      if (adres.soort !== target.soort) return adres;
      if (tag === undefined) return { ...adres, isStandaardAdres: adres.url === url };
      if (adres.url === url) return { ...adres, referentie: tag };
      if (adres.referentie !== tag) return adres;
      const { referentie: _tag, ...untagged } = adres;
      return untagged;
    }),
  );
}

/** Makes `url` the preferred address (`undefined`: no preference). */
export function withVoorkeursAdres(state: VoorkeurenState, url: string | undefined): VoorkeurenState {
  return withAdressen(
    state,
    state.partij.digitaleAdressen.map((adres) => ({ ...adres, isVoorkeursAdres: adres.url === url })),
  );
}

/** Sets the preferred language. */
export function withTaal(state: VoorkeurenState, taal: string): VoorkeurenState {
  return { ...state, partij: { ...state.partij, voorkeurstaal: taal } };
}

/** Sets the notification choices. */
export function withNotificaties(state: VoorkeurenState, notificaties: Notificatievoorkeuren): VoorkeurenState {
  return { ...state, notificaties: { ...state.notificaties, ...notificaties } };
}

/** The address a channel stands for: the default of that soort, else its first address. */
export function adresVoorKanaal(state: VoorkeurenState, soort: SoortDigitaalAdres, rule: VoorkeurskanaalRule | undefined): DigitaalAdresView | undefined {
  const tag = ruleReferentie(rule);
  const list = state.partij.digitaleAdressen.filter((adres) => adres.soort === soort);
  return (tag !== undefined ? list.find((adres) => adres.referentie === tag) : undefined) ?? list.find((adres) => adres.isStandaardAdres) ?? list[0];
}
