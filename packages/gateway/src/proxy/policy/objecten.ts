/**
 * Objecten: only records of configured objecttypes. A personal objecttype names its owner at a configured
 * path of the record's data (BSN for residents, KvK for companies): a list gets that as a `data_attr`
 * filter and every record is checked; a single record is served only to its owner. Objecttypes configured
 * as public (tip rules) are served to every session.
 * @module
 */
import type { ObjecttypeScope } from '../config.js';
import { deny } from '../problem.js';
import { emptyPage, filterList, required } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject, text, type Scope } from './scope.js';

/** The value at a dot-separated `path` of `data`. */
function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), data);
}

/** The configured objecttype of `url`. */
const objecttype = (scope: Scope, url: string | undefined): ObjecttypeScope | undefined => scope.options.objecttypes.find((t) => t.url === url);

/** The data path naming the owner for the subject's kind, if this objecttype has one. */
const ownerPath = (type: ObjecttypeScope, scope: Scope): string | undefined => (scope.subject.kind === 'persoon' ? type.bsnPath : type.kvkPath);
const ownerId = (scope: Scope): string => (scope.subject.kind === 'persoon' ? scope.subject.bsn : scope.subject.kvk);

/** Whether `record` may be served to the subject. */
function visible(record: unknown, scope: Scope): boolean {
  const type = objecttype(scope, text(record, 'type'));
  if (!type) return false;
  if (type.public) return true;
  const path = ownerPath(type, scope);
  const data = isObject(record) && isObject(record.record) ? record.record.data : undefined;
  return path !== undefined && at(data, path) === ownerId(scope);
}

const listObjects: Rule = ({ query, scope }) => {
  const typeUrl = required(query, 'type');
  const type = objecttype(scope, typeUrl);
  if (!type) throw deny();
  const keep = (record: unknown): boolean => text(record, 'type') === typeUrl && visible(record, scope);
  if (type.public) return { filter: (data) => filterList(data, keep) };
  const path = ownerPath(type, scope);
  if (!path) return { answer: emptyPage() };
  // Objects API 2 `data_attr`: nested keys joined by `__`, then operator and value.
  const filter = `${path.split('.').join('__')}__exact__${ownerId(scope)}`;
  const scoped = new Map(query);
  scoped.set('data_attr', [...(query.get('data_attr') ?? []), filter]);
  return { query: scoped, filter: (data) => filterList(data, keep) };
};

const getObject: Rule = async ({ url, scope }) => {
  const record = await scope.fetch('objecten', url);
  if (!isObject(record) || record.url !== url || !visible(record, scope)) throw deny();
  return { answer: record };
};

/** Rules of the Objects API. */
export const objectenPolicy: ApiPolicy = {
  'GET /objects': listObjects,
  'GET /objects/{uuid}': getObject,
};
