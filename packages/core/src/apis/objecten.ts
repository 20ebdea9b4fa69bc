/**
 * Objects API (v2 2.7.0, Open Object): thin typed functions over the client, and the encoding of
 * `data_attr` filters. Records are returned as the server sent them; the klantbeeld layer reads them
 * defensively. In resident mode the gateway scopes `/objects` to the logged-in resident: no BSN is sent.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/objecten.js';
import { ValidationError } from '../transport/errors.js';
import type { ApiOptions } from './zaken.js';

/** An object with its current record. */
export type ObjectResource = components['schemas']['Object'];
/** The record of an object (`data` follows the objecttype's JSON Schema). */
export type ObjectRecord = components['schemas']['ObjectRecord'];

/** Comparison operators of `data_attr`. */
export type DataAttrOperator = 'exact' | 'gt' | 'gte' | 'lt' | 'lte' | 'icontains' | 'in';
/** A value to compare with: strings (also ISO dates, `YYYY-MM-DD`) and numbers. */
export type DataAttrValue = string | number;
/** One condition on a data attribute; `in` takes a list. */
export interface DataAttrCondition {
  readonly op: DataAttrOperator;
  readonly value: DataAttrValue | readonly DataAttrValue[];
}
/** The filter on one attribute: a value (`exact`), a condition, or several conditions (all must hold). */
export type DataAttrFilter = DataAttrValue | DataAttrCondition | readonly DataAttrCondition[];
/**
 * Filters by attribute path: nested keys with `.` or `__` (`'koppeling.registratie'`), e.g.
 * `{ status: 'open', 'verloopdatum': { op: 'lt', value: '2026-12-31' } }`. All filters must hold.
 */
export type DataAttrs = Readonly<Record<string, DataAttrFilter>>;

/** Query of `GET /objects`. */
export interface ObjectsQuery {
  /** The objecttype URL (Open Object matches it by UUID). */
  readonly type?: string;
  readonly dataAttrs?: DataAttrs;
  /** E.g. `-record__startAt` or `['record__data__verloopdatum']`. */
  readonly ordering?: string | readonly string[];
  /** Page size (Open Object: default 100, at most 500). */
  readonly pageSize?: number;
  /** Records valid on this date (`YYYY-MM-DD`); default today. */
  readonly date?: string;
  readonly typeVersion?: number;
}

const OPERATORS: readonly DataAttrOperator[] = ['exact', 'gt', 'gte', 'lt', 'lte', 'icontains', 'in'];

/** The CRS the Objects API serves geometry in; sent as `Accept-Crs` on reads (optional there). */
export const OBJECTS_CRS = 'EPSG:4326';

function invalid(reason: string): ValidationError {
  return new ValidationError(`data_attr: ${reason}`, { problem: { invalidParams: [{ name: 'data_attr', code: 'invalid-data-attr-query', reason }] } });
}

function encodeValue(value: DataAttrValue, key: string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(`${key}: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value !== 'string') throw invalid(`${key}: only strings and numbers can be compared`);
  // Open Object splits the expression at the last two `__`: a value cannot contain one.
  if (value.includes('__')) throw invalid(`${key}: a value cannot contain "__" (${JSON.stringify(value)})`);
  return value;
}

/** Python's `expression.rsplit('__', 2)`, as Open Object parses a `data_attr`. */
function splitExpression(expression: string): string[] {
  const parts: string[] = [];
  let rest = expression;
  for (let i = 0; i < 2; i++) {
    const at = rest.lastIndexOf('__');
    if (at < 0) break;
    parts.unshift(rest.slice(at + 2));
    rest = rest.slice(0, at);
  }
  parts.unshift(rest);
  return parts;
}

/**
 * The `data_attr` expressions (`key__op__value`, one per condition) for `filters`. Open Object has no
 * escaping: a value with `__` (or, within `in`, with `|`) cannot be expressed and a key cannot contain
 * `,`; those are refused here with a ValidationError naming `data_attr`, before anything is sent.
 * URL encoding is left to the query string.
 */
export function dataAttrExpressions(filters: DataAttrs): string[] {
  const expressions: string[] = [];
  for (const [path, filter] of Object.entries(filters)) {
    const key = path
      .split('.')
      .map((part) => part.trim())
      .join('__');
    if (key === '' || key.split('__').some((part) => part === '') || key.includes(',')) throw invalid(`invalid attribute path ${JSON.stringify(path)}`);
    const conditions: readonly DataAttrCondition[] =
      typeof filter === 'string' || typeof filter === 'number'
        ? [{ op: 'exact', value: filter }]
        : Array.isArray(filter)
          ? filter
          : [filter as DataAttrCondition];
    for (const condition of conditions) {
      if (!OPERATORS.includes(condition?.op)) throw invalid(`${key}: unknown operator ${JSON.stringify(condition?.op)}`);
      let value: string;
      if (Array.isArray(condition.value)) {
        if (condition.op !== 'in') throw invalid(`${key}: a list of values needs the "in" operator`);
        value = condition.value
          .map((item: DataAttrValue) => {
            const encoded = encodeValue(item, key);
            if (encoded.includes('|')) throw invalid(`${key}: a value of "in" cannot contain "|"`);
            return encoded;
          })
          .join('|');
      } else {
        value = encodeValue(condition.value as DataAttrValue, key);
      }
      const expression = `${key}__${condition.op}__${value}`;
      // What Open Object reads back (`rsplit('__', 2)`) must be what was meant, e.g. not for a value starting with `_`.
      const [readKey, readOp, readValue] = splitExpression(expression);
      if (readKey !== key || readOp !== condition.op || readValue !== value) throw invalid(`${key}: ${JSON.stringify(value)} cannot be expressed`);
      expressions.push(expression);
    }
  }
  return expressions;
}

/** `/objects?…` with `data_attr` repeated once per expression (the client's `query` joins repeats with commas). */
export function objectsPath(query: ObjectsQuery): string {
  const params = new URLSearchParams();
  if (query.type !== undefined) params.set('type', query.type);
  for (const expression of dataAttrExpressions(query.dataAttrs ?? {})) params.append('data_attr', expression);
  if (query.ordering !== undefined) params.set('ordering', typeof query.ordering === 'string' ? query.ordering : query.ordering.join(','));
  if (query.pageSize !== undefined) params.set('pageSize', String(query.pageSize));
  if (query.date !== undefined) params.set('date', query.date);
  if (query.typeVersion !== undefined) params.set('typeVersion', String(query.typeVersion));
  const search = params.toString();
  return search ? `/objects?${search}` : '/objects';
}

/** `GET /objects` with `query`, every page, asking for WGS84 geometry. */
export function findObjects(client: KlantbeeldClient, query: ObjectsQuery, options: ApiOptions = {}): Promise<ObjectResource[]> {
  return client.list<ObjectResource>('objecten', objectsPath(query), { headers: { 'Accept-Crs': OBJECTS_CRS }, signal: options.signal, limit: options.limit });
}

/** `GET` an object by URL (its current record). */
export function getObject(client: KlantbeeldClient, url: string, options: ApiOptions = {}): Promise<ObjectResource> {
  return client.getUrl<ObjectResource>(url, { headers: { 'Accept-Crs': OBJECTS_CRS }, signal: options.signal });
}
