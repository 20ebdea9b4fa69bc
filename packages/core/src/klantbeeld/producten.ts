/**
 * The resident's products ("Mijn producten"): what they applied for, what they have, what ended, each
 * with the case(s) it came from.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findProducten, type ProductFrequentie, type ProductStatus } from '../apis/producten.js';
import { isObject, objects, text, type JsonObject } from './read.js';

/**
 * Where a product is in its life, for grouping in a UI:
 * `aangevraagd` (initieel, in_aanvraag), `geleverd` (gereed, actief), `beeindigd` (ingetrokken, geweigerd, verlopen).
 */
export type ProductFase = 'aangevraagd' | 'geleverd' | 'beeindigd';

/** A case a product is linked to. */
export interface ProductZaak {
  /**
   * The zaak URL, only when it lies within a configured Zaken source: it can then be fetched with the
   * client (e.g. `getZaak(client, zaakUrl)`) and linked to a zaak detail view.
   */
  readonly zaakUrl?: string;
  /** The reference as the product gives it (URL or URN), for display when there is no `zaakUrl`. */
  readonly tekst: string;
  /** `true` for the zaak the product was applied for with (`aanvraag_zaak_url` / `aanvraag_zaak_urn`). */
  readonly aanvraag: boolean;
}

/** One product of the resident. */
export interface ProductSummary {
  /** The product URL: its identity. */
  readonly url: string;
  readonly uuid: string;
  /** The product's own naam, else the producttype's. */
  readonly naam: string;
  /** Undefined when the response has no producttype with a naam. */
  readonly producttype?: { readonly naam: string; readonly code?: string };
  /** Undefined when the server sent a status this client does not know. */
  readonly status?: ProductStatus;
  /** Undefined exactly when `status` is. */
  readonly fase?: ProductFase;
  /** ISO 8601 date the product starts (or started) to apply. */
  readonly startdatum?: string;
  /** ISO 8601 date the product ends (or ended). */
  readonly einddatum?: string;
  /** The price as the decimal string the API sends (e.g. `"52.80"`), never a float: format it with `Intl.NumberFormat`. */
  readonly prijs?: string;
  /** How often the price is paid. */
  readonly frequentie?: ProductFrequentie;
  /** The linked cases: the application case first, then the others, without duplicates. */
  readonly zaken: readonly ProductZaak[];
}

/** Options of {@link listProducten}. */
export interface ListProductenOptions {
  /** Only products with this status (`status=` filter of the API). */
  status?: ProductStatus;
  signal?: AbortSignal;
}

const FASE: Readonly<Record<ProductStatus, ProductFase>> = {
  initieel: 'aangevraagd',
  in_aanvraag: 'aangevraagd',
  gereed: 'geleverd',
  actief: 'geleverd',
  ingetrokken: 'beeindigd',
  geweigerd: 'beeindigd',
  verlopen: 'beeindigd',
};

const FREQUENTIES: readonly string[] = ['eenmalig', 'maandelijks', 'jaarlijks'];

/** The decimal format of Open Product's `prijs`. */
const DECIMAL = /^-?\d{0,6}(?:\.\d{0,2})?$/;

/** The phase of a product status; undefined for a status this client does not know. */
export function productFase(status: string): ProductFase | undefined {
  return Object.hasOwn(FASE, status) ? FASE[status as ProductStatus] : undefined;
}

/** A predicate: does a URL lie within one of the client's configured Zaken sources? */
function zakenSourceTest(client: KlantbeeldClient): (url: string) => boolean {
  return (url) => client.sourceOf(url)?.api === 'zaken';
}

function readPrijs(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const prijs = text(value)?.trim();
  return prijs !== undefined && prijs !== '-' && prijs !== '.' && DECIMAL.test(prijs) ? prijs : undefined;
}

/** The linked zaken: aanvraag first; a zaak listed twice (URL or URN) appears once. */
function readZaken(product: JsonObject, isZaakUrl: (url: string) => boolean): ProductZaak[] {
  const refs: { url?: string; urn?: string; aanvraag: boolean }[] = [];
  const aanvraagUrl = text(product.aanvraag_zaak_url);
  const aanvraagUrn = text(product.aanvraag_zaak_urn);
  if (aanvraagUrl !== undefined || aanvraagUrn !== undefined) refs.push({ url: aanvraagUrl, urn: aanvraagUrn, aanvraag: true });
  for (const zaak of objects(product.zaken)) refs.push({ url: text(zaak.url), urn: text(zaak.urn), aanvraag: false });

  const result: ProductZaak[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const keys = [ref.url, ref.urn].filter((key): key is string => key !== undefined);
    if (keys.length === 0 || keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    // Only http(s) URLs of a configured source are handed out as links; anything else is text.
    const zaakUrl = ref.url !== undefined && isZaakUrl(ref.url) ? ref.url : undefined;
    result.push({ ...(zaakUrl !== undefined ? { zaakUrl } : {}), tekst: (ref.url ?? ref.urn) as string, aanvraag: ref.aanvraag });
  }
  return result;
}

/** One product as a view model; undefined without a URL (its identity). */
export function summarizeProduct(product: JsonObject, isZaakUrl: (url: string) => boolean): ProductSummary | undefined {
  const url = text(product.url);
  if (url === undefined) return undefined;
  const type = isObject(product.producttype) ? product.producttype : undefined;
  const typeNaam = text(type?.naam);
  const typeCode = text(type?.code);
  const status = typeof product.status === 'string' && productFase(product.status) ? (product.status as ProductStatus) : undefined;
  const startdatum = text(product.start_datum);
  const einddatum = text(product.eind_datum);
  const prijs = readPrijs(product.prijs);
  const frequentie = typeof product.frequentie === 'string' && FREQUENTIES.includes(product.frequentie) ? (product.frequentie as ProductFrequentie) : undefined;
  return {
    url,
    uuid: text(product.uuid) ?? url.split('/').filter(Boolean).pop() ?? '',
    naam: text(product.naam) ?? typeNaam ?? '',
    ...(typeNaam !== undefined ? { producttype: { naam: typeNaam, ...(typeCode !== undefined ? { code: typeCode } : {}) } } : {}),
    ...(status !== undefined ? { status, fase: FASE[status] } : {}),
    ...(startdatum !== undefined ? { startdatum } : {}),
    ...(einddatum !== undefined ? { einddatum } : {}),
    ...(prijs !== undefined ? { prijs } : {}),
    ...(frequentie !== undefined ? { frequentie } : {}),
    zaken: readZaken(product, isZaakUrl),
  };
}

/**
 * The resident's products, every page, in the order the server lists them. The gateway scopes the list
 * to the logged-in resident (it adds `eigenaren__bsn` upstream); the client sends no BSN. Entries
 * without a URL are left out.
 * @example
 * ```ts
 * const producten = await listProducten(client, { signal });
 * const lopend = producten.filter((product) => product.fase === 'aangevraagd');
 * ```
 */
export async function listProducten(client: KlantbeeldClient, options: ListProductenOptions = {}): Promise<ProductSummary[]> {
  const { status, signal } = options;
  const producten = await findProducten(client, status !== undefined ? { status } : {}, { signal });
  const isZaakUrl = zakenSourceTest(client);
  const summaries: ProductSummary[] = [];
  for (const product of objects(producten)) {
    const summary = summarizeProduct(product, isZaakUrl);
    // A server that ignored the status filter must not make us show other products.
    if (summary && (status === undefined || summary.status === status)) summaries.push(summary);
  }
  return summaries;
}
