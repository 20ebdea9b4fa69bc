/**
 * Employee mode's contact registration in Klantinteracties (issue 14): a KCC employee records the contact
 * they handle (klantcontact, betrokkene, onderwerpobjecten) and may hand it on as an interne taak to a team
 * or person (`GET /actoren` to choose one). Only under a klant context whose profile grants
 * `klantinteracties: 'write'` (the proxy shields it otherwise); for a resident these operations are absent.
 * A betrokkene can only be the chosen klant's own partij.
 * @module
 */
import { isUuid } from '@klantbeeld/core';
import { deny } from '../problem.js';
import { ownsZaak } from './zaak-ownership.js';
import { ownPartij } from './klantinteracties.js';
import { bodyKeys } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';

/** Writable fields of each resource (the spec's request schema without read-only fields). */
const FIELDS = {
  klantcontact: new Set([
    'nummer',
    'referentienummer',
    'kanaal',
    'onderwerp',
    'inhoud',
    'reactie',
    'indicatieContactGelukt',
    'hoofdOnderwerpType',
    'verdereActieOndernomen',
    'taal',
    'vertrouwelijk',
    'plaatsgevondenOp',
    'metadata',
  ]),
  betrokkene: new Set(['wasPartij', 'hadKlantcontact', 'bezoekadres', 'correspondentieadres', 'contactnaam', 'rol', 'organisatienaam', 'initiator']),
  onderwerpobject: new Set(['klantcontact', 'wasKlantcontact', 'onderwerpobjectidentificator']),
  interneTaak: new Set(['nummer', 'gevraagdeHandeling', 'aanleidinggevendKlantcontact', 'toegewezenAanActoren', 'toelichting', 'status']),
};

/** A write by an employee under a klant context, with only the resource's writable fields. */
function employeeWrite(fields: ReadonlySet<string>): Rule {
  return ({ body, scope }) => {
    if (!scope.doelbinding) throw deny();
    bodyKeys(body, fields);
    return {};
  };
}

/** A betrokkene of the chosen klant's own partij, never of anyone else. */
const postBetrokkene: Rule = async ({ body, scope }) => {
  if (!scope.doelbinding) throw deny();
  const fields = bodyKeys(body, FIELDS.betrokkene);
  const own = await ownPartij(scope);
  const was = fields.wasPartij;
  if (!own || !isObject(was) || (was.uuid !== own.uuid && was.url !== own.url)) throw deny();
  return { body: { ...fields, wasPartij: { uuid: own.uuid } } };
};

/** An onderwerpobject naming a zaak only names one of the klant's that the profile serves (else 404, as the zaak itself). */
const postOnderwerpobject: Rule = async ({ body, scope }) => {
  if (!scope.doelbinding) throw deny();
  const fields = bodyKeys(body, FIELDS.onderwerpobject);
  const id = fields.onderwerpobjectidentificator;
  if (isObject(id) && id.codeObjecttype === 'zaak') {
    const base = scope.base('zaken');
    if (!base || typeof id.objectId !== 'string' || !isUuid(id.objectId) || !(await ownsZaak(scope, `${base}/zaken/${id.objectId}`))) throw deny();
  }
  return {};
};

/** Teams and people a terugbelverzoek can be assigned to (the organisation's own actoren, nobody's personal data). */
const listActoren: Rule = ({ scope }) => {
  if (!scope.doelbinding) throw deny();
  return {};
};

/** Rules of the registration operations, merged into the Klantinteracties policy. */
export const registratiePolicy: ApiPolicy = {
  'POST /klantcontacten': employeeWrite(FIELDS.klantcontact),
  'POST /betrokkenen': postBetrokkene,
  'POST /onderwerpobjecten': postOnderwerpobject,
  'POST /internetaken': employeeWrite(FIELDS.interneTaak),
  'GET /actoren': listActoren,
};
