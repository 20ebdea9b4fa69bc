/**
 * Documenten: a document is served (metadata, search hit or download) only when it is linked to a zaak of
 * the subject, `definitief`, within the document cap and not hidden from the initiator. The download
 * streams through under a safe file name.
 * @module
 */
import { deny, refuse } from '../problem.js';
import { bodyKeys, filterList } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';
import { ownedDocument } from './zaak-ownership.js';

/** A search may only ask for documents by UUID (the client's use: the documents of a zaak). */
const ZOEK_FIELDS = new Set(['uuid__in']);

const getDocument: Rule = async ({ url, scope }) => {
  const document = await ownedDocument(scope, url);
  if (!document) throw deny();
  return { answer: document };
};

const zoekDocumenten: Rule = ({ body, scope }) => {
  const fields = bodyKeys(body, ZOEK_FIELDS);
  if (!Array.isArray(fields.uuid__in) || fields.uuid__in.length === 0 || fields.uuid__in.length > 100) {
    throw refuse('uuid__in', 'Verwacht 1 tot 100 UUIDs.');
  }
  return { filter: (data) => filterList(data, async (document) => isObject(document) && (await ownedDocument(scope, document.url)) !== undefined) };
};

const download: Rule = async ({ url, scope }) => {
  const document = await ownedDocument(scope, url.replace(/\/download$/, ''));
  if (!document) throw deny();
  return { download: { filename: typeof document.bestandsnaam === 'string' ? document.bestandsnaam : undefined } };
};

/** Rules of the Documenten API. */
export const documentenPolicy: ApiPolicy = {
  'GET /enkelvoudiginformatieobjecten/{uuid}': getDocument,
  'POST /enkelvoudiginformatieobjecten/_zoek': zoekDocumenten,
  'GET /enkelvoudiginformatieobjecten/{uuid}/download': download,
};
