/**
 * Klantinteracties filters an employee's klant search needs beyond the resident's lookups, as Open Klant
 * 2.18 (API 0.9.0) offers them on `GET /digitaleadressen`:
 * - `adres__icontains`: the address contains the value, ignoring case (an e-mail address typed with
 *   capitals still finds its partij);
 * - `verstrektDoorPartij__soortPartij`: only addresses of a persoon, an organisatie or a contactpersoon.
 *
 * (`adres`, exact, and the `partijIdentificator__…` filters of `GET /partijen` already exist in
 * `klantinteracties.ts`.) An unknown filter is ignored by Open Klant, as by django-filter: without these,
 * such a search would silently list every address.
 * @module
 */
import type { DigitaalAdres, KlantinteractiesStore } from '../fixtures/klantinteracties.js';
import { choiceParam, stringParam } from './params.js';
import type { Filter } from '../http/list-route.js';

const SOORTEN_PARTIJ = ['persoon', 'organisatie', 'contactpersoon'] as const;

/** The search filters of `GET /digitaleadressen`, to spread into its list route's filters. */
export function digitaalAdresZoekFilters(store: KlantinteractiesStore): Record<string, Filter<DigitaalAdres>> {
  return {
    adres__icontains: (url, name) => {
      const value = stringParam(url, name)?.toLowerCase();
      return value === undefined ? undefined : (adres) => adres.adres.toLowerCase().includes(value);
    },
    verstrektDoorPartij__soortPartij: (url, name) => {
      const soort = choiceParam(url, name, SOORTEN_PARTIJ);
      if (soort === undefined) return undefined;
      return (adres) => (adres.verstrektDoorPartij ? store.partijen.get(adres.verstrektDoorPartij.uuid)?.soortPartij === soort : false);
    },
  };
}
