/**
 * Producten (Open Product): only products the subject is an eigenaar of, by BSN or KvK number.
 * @module
 */
import { filterList, withParam } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';

const listProducten: Rule = ({ query, scope }) => {
  const { subject } = scope;
  const [param, key, id] = subject.kind === 'persoon' ? ['eigenaren__bsn', 'bsn', subject.bsn] : ['eigenaren__kvk_nummer', 'kvk_nummer', subject.kvk];
  const owns = (product: unknown): boolean =>
    isObject(product) && Array.isArray(product.eigenaren) && product.eigenaren.some((e) => isObject(e) && e[key] === id);
  return { query: withParam(query, param, id), filter: (data) => filterList(data, owns) };
};

/** Rules of the Producten API. */
export const productenPolicy: ApiPolicy = { 'GET /producten': listProducten };
