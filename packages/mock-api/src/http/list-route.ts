/**
 * List endpoints as data. Every ZGW list route does the same: read a few filter parameters (400 on a
 * malformed one, as django-filter answers), keep the items that match all of them, and return one page
 * (or, where the real API does not paginate, a plain array). {@link listRoute} does that from a
 * declaration, so a route states only its items and its filters:
 *
 * ```ts
 * listRoute('/rollen', {
 *   items: (state) => state.dataset.rollen.all(),
 *   scope: inVisibleZaak,
 *   filters: { zaak: url(), omschrijvingGeneriek: choice(OMSCHRIJVING_GENERIEK) },
 * });
 * ```
 * @module
 */
import { booleanParam, choiceParam, stringParam, urlParam } from '../handlers/params.js';
import type { MockState } from '../state.js';
import { paginate } from './pagination.js';
import type { Route } from './route.js';

/** A keep-or-drop test for one item. */
export type Predicate<T> = (item: T) => boolean;

/**
 * One filter parameter: reads parameter `name` from the request URL (throwing a 400 ProblemError for a
 * malformed value) and returns the test it imposes, or `undefined` when it imposes none (absent/empty).
 */
export type Filter<T> = (url: URL, name: string, state: MockState) => Predicate<T> | undefined;

/** Reads `field` of an item (filters name the field they compare; by default the parameter's name). */
function field(item: unknown, name: string): unknown {
  return (item as Record<string, unknown>)[name];
}

/** Equality, or membership when the item's field is an array (e.g. besluittype `zaaktypen`). */
function matches(value: unknown, wanted: unknown): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/** A URL-valued filter (`zaak=<url>`); not an absolute URL → 400. Compares the item's `fieldName` (default: the parameter name). */
export function url<T>(fieldName?: string): Filter<T> {
  return (requestUrl, name) => {
    const value = urlParam(requestUrl, name);
    return value === undefined ? undefined : (item) => matches(field(item, fieldName ?? name), value);
  };
}

/** A filter restricted to `choices` (400 `invalid_choice` otherwise). */
export function choice<T>(choices: readonly string[], fieldName?: string): Filter<T> {
  return (requestUrl, name) => {
    const value = choiceParam(requestUrl, name, choices);
    return value === undefined ? undefined : (item) => matches(field(item, fieldName ?? name), value);
  };
}

/** A boolean filter (`true`/`false`, `True`/`False`, `1`/`0`; 400 otherwise). */
export function bool<T>(fieldName?: string): Filter<T> {
  return (requestUrl, name) => {
    const value = booleanParam(requestUrl, name);
    return value === undefined ? undefined : (item) => field(item, fieldName ?? name) === value;
  };
}

/** A plain string filter (exact match). */
export function string<T>(fieldName?: string): Filter<T> {
  return (requestUrl, name) => {
    const value = stringParam(requestUrl, name);
    return value === undefined ? undefined : (item) => matches(field(item, fieldName ?? name), value);
  };
}

/** Declaration of a list route. */
export interface ListRouteOptions<T> {
  /** Every item the route can list, in the order the server lists them (before `order`). */
  items: (state: MockState) => readonly T[];
  /**
   * Filter parameters by name. They are all read (and validated) before any item is tested, in
   * declaration order, so a malformed parameter is a 400 even when no item would match.
   */
  filters?: Readonly<Record<string, Filter<T>>>;
  /** What the gateway adds to every request, independent of the URL: e.g. "belongs to a zaak the resident may see". */
  scope?: (state: MockState) => Predicate<T>;
  /** Sort order of the result (stable); default: the order of `items`. */
  order?: (a: T, b: T) => number;
  /** `false` for the endpoints the real API serves as a plain JSON array; default `true` (page envelope with `next`). */
  paginated?: boolean;
}

/** A `GET` list route from its declaration. */
export function listRoute<T>(path: string, options: ListRouteOptions<T>): Route {
  const { items, filters = {}, scope, order, paginated = true } = options;
  return {
    method: 'GET',
    path,
    handle: ({ url: requestUrl, state }) => {
      const tests: Predicate<T>[] = [];
      for (const [name, filter] of Object.entries(filters)) {
        const test = filter(requestUrl, name, state);
        if (test) tests.push(test);
      }
      if (scope) tests.push(scope(state));
      const selected = items(state).filter((item) => tests.every((test) => test(item)));
      if (order) selected.sort(order);
      return paginated ? paginate(selected, requestUrl, state.pageSize) : selected;
    },
  };
}
