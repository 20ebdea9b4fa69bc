/**
 * Who a resident can contact about a case: routes configured per zaaktype or organisation, with a default.
 * @module
 */
import { isHttpUrl, isObject } from './read.js';

/**
 * A text from configuration that residents read: one string for every language, or one per language, keyed by
 * language tag (`{ "nl": "Team Parkeren", "en": "Parking team" }`). See {@link translateText}.
 */
export type TranslatableText = string | { readonly [language: string]: string };

/**
 * A contact route: how a resident reaches the people who can answer questions about a case.
 *
 * Which cases it serves:
 * - `zaaktype`: the zaaktype's URL, `identificatie` (stable across versions, e.g. `ZT-PRK-BEWONER`) or
 *   `omschrijving` (case-insensitive), or a list of those;
 * - `organisatie`: the RSIN of the organisation that registered the case (the zaak's `bronorganisatie`);
 * - neither: the default route.
 *
 * A route with both criteria serves only cases that match both. The most specific matching route wins (zaaktype,
 * then organisatie, then the default); between equally specific routes, the first.
 */
export interface ContactRoute {
  readonly zaaktype?: string | readonly string[];
  readonly organisatie?: string;
  /** Who answers, e.g. "Team Parkeren" or "Klantcontactcentrum". Like every text here: one string or one per language. */
  readonly label?: TranslatableText;
  /** Phone number as shown, e.g. "14 030" or "+31 30 123 45 67"; dialled with only its digits and a leading `+`. */
  readonly telefoon?: string;
  /** An `http(s)` URL of a contact form or page; any other URL is ignored. */
  readonly url?: string;
  /** Text of the `url` link; default: a generic text (the element's `contactLink`). */
  readonly urlLabel?: TranslatableText;
  /** When the route is open, as text, e.g. "maandag tot en met vrijdag van 8.00 tot 17.00 uur". */
  readonly openingstijden?: TranslatableText;
}

/** What a zaak tells about which route serves it. */
export interface ContactRouteTarget {
  readonly zaaktype?: { readonly url: string; readonly identificatie: string; readonly omschrijving: string };
  readonly bronorganisatie?: string;
}

const FIELDS = ['organisatie', 'telefoon', 'url'] as const;
const TEXTS = ['label', 'urlLabel', 'openingstijden'] as const;

/** A translatable text as far as it is well-formed: a non-empty string, or the non-empty strings of a per-language map. */
function cleanText(value: unknown): TranslatableText | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  const texts = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  return texts.length > 0 ? Object.fromEntries(texts.map(([language, text]) => [language, text.trim()])) : undefined;
}

/**
 * The text of `text` in `language` (a BCP 47 tag): the entry of that tag, else of its primary language (`en-GB` → `en`),
 * else the Dutch one, else the first; a plain string is the same in every language. Undefined without text.
 */
export function translateText(text: TranslatableText | undefined, language: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const wanted = language.toLowerCase();
  const entries = Object.entries(text);
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag)?.[1];
  return find(wanted) ?? find(wanted.split('-')[0] ?? wanted) ?? find('nl') ?? entries[0]?.[1];
}

/** The route as far as it is well-formed: string fields only, a `url` only when `http(s)`. Undefined for a non-object. */
function clean(value: unknown): ContactRoute | undefined {
  if (!isObject(value)) return undefined;
  const given = value;
  const route: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const text = given[field];
    if (typeof text === 'string' && text.trim() !== '') route[field] = text.trim();
  }
  for (const field of TEXTS) {
    const text = cleanText(given[field]);
    if (text !== undefined) route[field] = text;
  }
  if (typeof route.url === 'string' && !(/^https?:\/\//i.test(route.url) && isHttpUrl(route.url))) delete route.url;
  const zaaktype = given.zaaktype;
  if (typeof zaaktype === 'string' && zaaktype.trim() !== '') route.zaaktype = zaaktype.trim();
  else if (Array.isArray(zaaktype)) route.zaaktype = zaaktype.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return route;
}

/** Reads a list of routes (e.g. parsed JSON): entries that are not objects are dropped, fields cleaned. */
export function toContactRoutes(value: unknown): ContactRoute[] {
  return Array.isArray(value) ? value.flatMap((item) => clean(item) ?? []) : [];
}

function matchesZaaktype(route: ContactRoute, target: ContactRouteTarget): boolean {
  const zaaktype = target.zaaktype;
  if (!zaaktype) return false;
  const wanted = typeof route.zaaktype === 'string' ? [route.zaaktype] : (route.zaaktype ?? []);
  return wanted.some(
    (item) => item === zaaktype.url || item === zaaktype.identificatie || item.toLocaleLowerCase('nl') === zaaktype.omschrijving.toLocaleLowerCase('nl'),
  );
}

/** The route that serves `target` (see {@link ContactRoute}), or undefined when none does. */
export function pickContactRoute(routes: readonly ContactRoute[] | undefined, target: ContactRouteTarget): ContactRoute | undefined {
  let best: ContactRoute | undefined;
  let bestScore = -1;
  for (const route of toContactRoutes(routes)) {
    const byZaaktype = route.zaaktype !== undefined;
    const byOrganisatie = route.organisatie !== undefined;
    if (byZaaktype && !matchesZaaktype(route, target)) continue;
    if (byOrganisatie && route.organisatie !== target.bronorganisatie) continue;
    const score = (byZaaktype ? 2 : 0) + (byOrganisatie ? 1 : 0);
    if (score > bestScore) {
      best = route;
      bestScore = score;
    }
  }
  return best;
}

/** The `tel:` link of a phone number as shown (digits and a leading `+` only, without a `(0)`); undefined without digits. */
export function telHref(telefoon: string): string | undefined {
  // "+31 (0)30 …": the trunk prefix in brackets is not dialled from abroad.
  const digits = telefoon
    .replace(/\(0\)/g, '')
    .replace(/[^\d+]/g, '')
    .replace(/(?!^)\+/g, '');
  return /\d/.test(digits) ? `tel:${digits}` : undefined;
}
