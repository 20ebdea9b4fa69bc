/**
 * Helpers the policy modules share to shape queries and filter lists (paginated `{count, next, previous,
 * results}` or a plain array, as the API answers).
 * @module
 */
import { refuse } from '../problem.js';
import type { Query } from './rule.js';
import { isObject } from './scope.js';

/** The single value of `name`, if sent. */
export const single = (query: Query, name: string): string | undefined => query.get(name)?.[0];

/** A copy of `query` with `name` set to exactly `values` (none: removed). */
export function withParam(query: Query, name: string, ...values: string[]): Query {
  const copy = new Map(query);
  if (values.length === 0) copy.delete(name);
  else copy.set(name, values);
  return copy;
}

/** The value of a required filter; 400 when the browser left it out. */
export function required(query: Query, name: string): string {
  const value = single(query, name);
  if (value === undefined || value === '') throw refuse(name, 'Deze queryparameter is verplicht.', 'required');
  return value;
}

/**
 * The `expand` values, each checked against `allowed` (400 for another); `dropped` ones are removed
 * silently (relations the subject may not see, which the client reads only when expanded).
 */
export function expandOf(query: Query, allowed: ReadonlySet<string>, dropped: ReadonlySet<string> = new Set()): string[] {
  const values = (query.get('expand') ?? []).flatMap((v) => v.split(',')).filter((v) => v !== '');
  for (const value of values) if (!allowed.has(value) && !dropped.has(value)) throw refuse('expand', `Niet toegestaan: ${value}.`);
  return values.filter((v) => !dropped.has(v));
}

/** `query` with `expand` replaced by `values` (removed when empty). */
export const withExpand = (query: Query, values: readonly string[]): Query => withParam(query, 'expand', ...(values.length ? [values.join(',')] : []));

/** An empty answer of a list operation, in the list's shape. */
export const emptyPage = (): unknown => ({ count: 0, next: null, previous: null, results: [] });

/** The items of a list answer, filtered by `keep` and mapped by `map`; a paginated answer's `count` drops with each removed item. */
export async function filterList(
  data: unknown,
  keep: (item: unknown) => boolean | Promise<boolean>,
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- says that `map` may be async
  map: (item: unknown) => unknown | Promise<unknown> = (item) => item,
): Promise<unknown> {
  const shape = async (items: unknown[]): Promise<unknown[]> => {
    const kept = await Promise.all(items.map(async (item) => ((await keep(item)) ? await map(item) : undefined)));
    return kept.filter((item) => item !== undefined);
  };
  if (Array.isArray(data)) return shape(data);
  if (isObject(data) && Array.isArray(data.results)) {
    const results = await shape(data.results);
    const removed = data.results.length - results.length;
    return { ...data, count: typeof data.count === 'number' ? Math.max(0, data.count - removed) : data.count, results };
  }
  return emptyPage();
}

/** Whether a JSON body only has keys of `allowed` (a write may change nothing else). */
export function bodyKeys(body: unknown, allowed: ReadonlySet<string>): Record<string, unknown> {
  if (!isObject(body)) throw refuse('body', 'Verwacht een JSON-object.');
  for (const key of Object.keys(body)) if (!allowed.has(key)) throw refuse(key, 'Dit veld mag hier niet gewijzigd worden.');
  return body;
}
