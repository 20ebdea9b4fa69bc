/**
 * Verwerkingenlogging (inzage): a resident sees the processing of their own data. The client sends no
 * BSN (it would land in a URL it controls); the gateway sets `objectId` from the session. A company session
 * has no BSN and gets nothing.
 * @module
 */
import { deny } from '../problem.js';
import { filterList, required, withParam } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';

const verwerkteObjecten: Rule = ({ query, scope }) => {
  const { subject } = scope;
  if (subject.kind !== 'persoon' || required(query, 'soortObjectId') !== 'BSN') throw deny();
  for (const name of ['objecttype', 'beginDatum', 'eindDatum']) required(query, name);
  return {
    query: withParam(query, 'objectId', subject.bsn),
    filter: (data) => filterList(data, (item) => isObject(item) && item.objectId === subject.bsn),
  };
};

/** Rules of the Verwerkingenlogging API. */
export const verwerkingenPolicy: ApiPolicy = { 'GET /verwerkte-objecten': verwerkteObjecten };
