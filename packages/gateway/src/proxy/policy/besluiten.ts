/**
 * Besluiten: only besluiten of a zaak of the subject, and the document links of such a besluit.
 * @module
 */
import { deny } from '../problem.js';
import { filterList, required } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';
import { ownedBesluit, ownsZaak } from './zaak-ownership.js';

const besluitenOfZaak: Rule = async ({ query, scope }) => {
  const zaak = required(query, 'zaak');
  if (!(await ownsZaak(scope, zaak))) throw deny();
  return { filter: (data) => filterList(data, (besluit) => isObject(besluit) && besluit.zaak === zaak) };
};

const getBesluit: Rule = async ({ url, scope }) => {
  const besluit = await ownedBesluit(scope, url);
  if (!besluit) throw deny();
  return { answer: besluit };
};

const documentLinks: Rule = async ({ query, scope }) => {
  const besluit = required(query, 'besluit');
  if (!(await ownedBesluit(scope, besluit))) throw deny();
  return { filter: (data) => filterList(data, (link) => isObject(link) && link.besluit === besluit) };
};

/** Rules of the Besluiten API. */
export const besluitenPolicy: ApiPolicy = {
  'GET /besluiten': besluitenOfZaak,
  'GET /besluiten/{uuid}': getBesluit,
  'GET /besluitinformatieobjecten': documentLinks,
};
