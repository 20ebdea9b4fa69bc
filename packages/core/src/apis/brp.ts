/**
 * BRP Personen bevragen 2.7.0 (Haal Centraal, OAS 3.1): its single operation `POST /personen`, here with
 * `RaadpleegMetBurgerservicenummer`. The BSN travels only in the request body.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/brp.js';
import type { ApiOptions } from './zaken.js';

/** A person as `RaadpleegMetBurgerservicenummer` returns it (only the fields asked for, plus the automatic ones). */
export type Persoon = components['schemas']['Persoon'];
/** The request body of `RaadpleegMetBurgerservicenummer`. */
export type RaadpleegMetBurgerservicenummer = components['schemas']['RaadpleegMetBurgerservicenummer'];
/** The response of `RaadpleegMetBurgerservicenummer`. */
export type RaadpleegMetBurgerservicenummerResponse = components['schemas']['RaadpleegMetBurgerservicenummerResponse'];

/**
 * Fields the BRP delivers automatically whenever they apply. Asking for them in `fields` is a 400, so the
 * client never does.
 */
export const BRP_AUTOMATISCHE_VELDEN: readonly string[] = ['inOnderzoek', 'geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie'];

/** Whether a field path names (part of) an automatically delivered field. */
export function isAutomatischVeld(path: string): boolean {
  const segments = path.split('.');
  return BRP_AUTOMATISCHE_VELDEN.includes(segments[0] as string) || segments.includes('inOnderzoek');
}

/**
 * `POST /personen` with `{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer, fields }`.
 * Paths of automatically delivered fields are dropped from `fields` (the BRP answers them with a 400).
 * @param burgerservicenummer 1–20 BSNs (nine digits each; the server validates).
 * @param fields 1–130 field paths (data minimisation: ask only for what is shown).
 */
export function raadpleegPersonen(
  client: KlantbeeldClient,
  burgerservicenummer: readonly string[],
  fields: readonly string[],
  options: ApiOptions & { gemeenteVanInschrijving?: string } = {},
): Promise<RaadpleegMetBurgerservicenummerResponse> {
  const body: RaadpleegMetBurgerservicenummer = {
    type: 'RaadpleegMetBurgerservicenummer',
    burgerservicenummer: [...burgerservicenummer],
    fields: fields.filter((path) => !isAutomatischVeld(path)),
    ...(options.gemeenteVanInschrijving !== undefined ? { gemeenteVanInschrijving: options.gemeenteVanInschrijving } : {}),
  };
  return client.post<RaadpleegMetBurgerservicenummerResponse>('brp', '/personen', body, { signal: options.signal });
}
