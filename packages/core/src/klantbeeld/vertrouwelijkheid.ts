/**
 * The ZGW confidentiality scale. The APIs only enforce a consumer's maximum per zaaktype; what a
 * resident may see is the portal's decision, made by comparing on this scale (default maximum:
 * `openbaar`, as Open Inwoner does).
 * @module
 */

/** The values of `vertrouwelijkheidaanduiding`, least confidential first. */
export const VERTROUWELIJKHEIDAANDUIDINGEN = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;

/** One value of {@link VERTROUWELIJKHEIDAANDUIDINGEN}. */
export type Vertrouwelijkheidaanduiding = (typeof VERTROUWELIJKHEIDAANDUIDINGEN)[number];

/**
 * Whether `value` is at most `max` on the scale. Anything that is not one of the eight values (blank,
 * missing, misspelt) is not: unknown confidentiality is treated as too confidential.
 */
export function withinVertrouwelijkheid(value: unknown, max: Vertrouwelijkheidaanduiding): boolean {
  const rank = VERTROUWELIJKHEIDAANDUIDINGEN.indexOf(value as Vertrouwelijkheidaanduiding);
  const limit = VERTROUWELIJKHEIDAANDUIDINGEN.indexOf(max);
  return rank >= 0 && limit >= 0 && rank <= limit;
}
