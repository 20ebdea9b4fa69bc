/**
 * Producten API 1.7.0 (Open Product 1.8): thin typed functions over the client. Open Product spells its
 * fields and parameters in snake_case (`start_datum`, `page_size`). It sends no `ETag`.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components, operations } from '../generated/producten.js';
import type { ApiOptions } from './zaken.js';

/** A product as Open Product returns it. */
export type Product = components['schemas']['Product'];
/** `status` of a product. */
export type ProductStatus = components['schemas']['StatusEnum'];
/** `frequentie` of a product's price. */
export type ProductFrequentie = components['schemas']['FrequentieEnum'];

/** The owner filters of `GET /producten`: the gateway sets them from the session, the client never does. */
type OwnerFilter = `eigenaren__${string}`;

/**
 * Query parameters of `GET /producten`, without the owner filters (`eigenaren__bsn`, `eigenaren__kvk_nummer`, …)
 * and without `page`/`page_size` (pages are followed through `next`).
 */
export type ProductenQuery = Omit<NonNullable<operations['producten_list']['parameters']['query']>, OwnerFilter | 'page' | 'page_size'>;

/** Options of {@link findProducten}. */
export interface FindProductenOptions extends ApiOptions {
  /** `page_size` of the first request (Open Product: default 100, at most 500); later pages follow `next` verbatim. */
  pageSize?: number;
}

/**
 * `GET /producten` with `query`, every page. The gateway scopes the list to the logged-in resident (it
 * adds `eigenaren__bsn` upstream); owner filters passed here anyway are dropped, so no BSN ends up in a URL.
 */
export function findProducten(client: KlantbeeldClient, query: ProductenQuery = {}, options: FindProductenOptions = {}): Promise<Product[]> {
  const params: Record<string, string | number | boolean | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (name.startsWith('eigenaren__')) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params[name] = value;
    else if (Array.isArray(value)) params[name] = value.map(String);
  }
  if (options.pageSize !== undefined) params.page_size = options.pageSize;
  return client.list<Product>('producten', '/producten', { query: params, signal: options.signal, limit: options.limit });
}
