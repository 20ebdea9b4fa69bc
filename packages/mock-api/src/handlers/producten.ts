/**
 * The Producten API (1.7.0) as Open Product 1.8 serves it, behind the gateway: `GET /producten` (paginated
 * with `page`/`page_size`, snake_case throughout) and `GET /producten/{uuid}`, both scoped to the products
 * the logged-in resident owns (what the gateway's `eigenaren__bsn` filter does upstream). Read-only. Open
 * Product sends no `ETag`.
 *
 * Deviation: Open Product answers a bad filter value with DRF's field-keyed JSON (`{"status": ["…"]}`,
 * `application/json`); the shared route wrapper renders problem+json, so the mock's 400 is a ZGW
 * `ValidatieFout`. Clients map both to the same error (a 400).
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { choice, string, type Filter, type Predicate } from '../http/list-route.js';
import { ProblemError, notFound } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import { confinedTo, maySee } from '../requester.js';
import type { Page } from '../types.js';
import { isUuid } from '../util/uuid.js';
import { stringParam } from './params.js';
import { buildProducten, type Product } from '../fixtures/producten.js';

/** The `API-version` of the Producten API in Open Product 1.8. */
export const PRODUCTEN_API_VERSION = '1.7.0';

/** Open Product's upper bound for `page_size` (Producten API 1.7.0: "default: 100, maximum: 500"). */
const MAX_PAGE_SIZE = 500;

const STATUSSEN = ['initieel', 'in_aanvraag', 'gereed', 'actief', 'ingetrokken', 'geweigerd', 'verlopen'] as const;
const FREQUENTIES = ['eenmalig', 'maandelijks', 'jaarlijks'] as const;

/** The Producten API definition for the given base URLs, with its own fixture products. */
export function productenApi(urls: ApiUrls): ApiDefinition {
  const producten = buildProducten(urls);
  return { base: urls.producten, version: PRODUCTEN_API_VERSION, auth: 'token', routes: routes(producten) };
}

/** Gateway rule: a resident sees the products they own (an eigenaar with their BSN); an application sees all. */
function ownedBy(state: MockState): Predicate<Product> {
  return (product) => confinedTo(state.requester) === undefined || product.eigenaren.some((eigenaar) => maySee(state.requester, eigenaar.bsn));
}

/** An owner filter (`eigenaren__bsn`, `eigenaren__kvk_nummer`): some eigenaar has the value. */
function eigenaar(field: 'bsn' | 'kvk_nummer'): Filter<Product> {
  return (url, name) => {
    const value = stringParam(url, name);
    return value === undefined ? undefined : (product) => product.eigenaren.some((owner) => owner[field] === value);
  };
}

/** A filter on a field of the nested producttype (`producttype__code`). */
function producttype(field: 'code' | 'naam' | 'uuid'): Filter<Product> {
  return (url, name) => {
    const value = stringParam(url, name);
    return value === undefined ? undefined : (product) => product.producttype[field] === value;
  };
}

const FILTERS: Readonly<Record<string, Filter<Product>>> = {
  status: choice<Product>(STATUSSEN),
  frequentie: choice<Product>(FREQUENTIES),
  naam: string<Product>(),
  producttype__code: producttype('code'),
  producttype__naam: producttype('naam'),
  producttype__uuid: producttype('uuid'),
  aanvraag_zaak_url: string<Product>(),
  eigenaren__bsn: eigenaar('bsn'),
  eigenaren__kvk_nummer: eigenaar('kvk_nummer'),
};

/**
 * Owner filters name a person; the gateway fills them from the session. One that names someone else is
 * refused rather than silently overridden, so a client bug that sends a BSN shows up.
 */
function checkOwnerFilters(url: URL, state: MockState): void {
  const bsn = url.searchParams.get('eigenaren__bsn');
  if (bsn !== null && !maySee(state.requester, bsn)) {
    throw new ProblemError(
      403,
      'permission_denied',
      'Je hebt geen toestemming om deze actie uit te voeren.',
      'Alleen de eigen producten kunnen worden opgevraagd.',
    );
  }
}

/** DRF's PageNumberPagination with Open Product's `page_size` parameter; an invalid page is a 404. */
function paginateSnake<T>(items: readonly T[], url: URL, defaultPageSize: number): Page<T> {
  const requested = positiveInt(url.searchParams.get('page_size'));
  const size = Math.min(requested ?? defaultPageSize, MAX_PAGE_SIZE);
  const pageParam = url.searchParams.get('page');
  const page = pageParam === null ? 1 : positiveInt(pageParam);
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page === undefined || page > pages) throw notFound('Ongeldige pagina.');
  const withPage = (n: number): string => {
    const target = new URL(url);
    if (n === 1) target.searchParams.delete('page');
    else target.searchParams.set('page', String(n));
    return target.href;
  };
  return {
    count: items.length,
    next: page < pages ? withPage(page + 1) : null,
    previous: page > 1 ? withPage(page - 1) : null,
    results: items.slice((page - 1) * size, page * size),
  };
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

function routes(producten: readonly Product[]): Route[] {
  return [
    {
      method: 'GET',
      path: '/producten',
      handle: ({ url, state }) => {
        checkOwnerFilters(url, state);
        // Every filter is read (and validated) first, so a malformed one is a 400 even when nothing matches.
        const tests = Object.entries(FILTERS)
          .map(([name, filter]) => filter(url, name, state))
          .filter((test): test is Predicate<Product> => test !== undefined);
        tests.push(ownedBy(state));
        const selected = producten.filter((product) => tests.every((test) => test(product)));
        return paginateSnake(selected, url, state.pageSize);
      },
    },
    {
      method: 'GET',
      path: '/producten/:uuid',
      handle: ({ params, state }) => {
        const product = params.uuid && isUuid(params.uuid) ? producten.find((p) => p.uuid === params.uuid) : undefined;
        // Someone else's product is "not found", as if it did not exist.
        if (!product || !ownedBy(state)(product)) throw notFound();
        return product;
      },
    },
  ];
}
