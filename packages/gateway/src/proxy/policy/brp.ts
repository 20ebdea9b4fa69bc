/**
 * Haal Centraal BRP: a resident may ask for their own person only (the BSN in the body must be the
 * session's), and only for configured fields; a company session has no person.
 * @module
 */
import { deny, refuse } from '../problem.js';
import { bodyKeys } from './lists.js';
import type { ApiPolicy, Rule } from './rule.js';
import { isObject } from './scope.js';

const BODY_FIELDS = new Set(['type', 'burgerservicenummer', 'fields', 'gemeenteVanInschrijving']);

/** Whether `field` equals an allowed path or lies below one (`naam` allows `naam.voornamen`). */
const allowedField = (field: string, allowed: readonly string[]): boolean => allowed.some((a) => field === a || field.startsWith(`${a}.`));

const raadpleeg: Rule = ({ body, scope }) => {
  const { subject } = scope;
  if (subject.kind !== 'persoon') throw deny();
  const fields = bodyKeys(body, BODY_FIELDS);
  if (fields.type !== 'RaadpleegMetBurgerservicenummer') throw refuse('type', 'Alleen RaadpleegMetBurgerservicenummer.');
  // An employee's page does not know the klant's BSN: it may leave it out, and the gateway adds the klant's.
  const bsns = fields.burgerservicenummer ?? (scope.doelbinding ? [subject.bsn] : undefined);
  if (!Array.isArray(bsns) || bsns.length !== 1 || bsns[0] !== subject.bsn) throw deny();
  const asked = Array.isArray(fields.fields) ? fields.fields.filter((f): f is string => typeof f === 'string') : [];
  const granted = asked.filter((f) => allowedField(f, scope.options.brpFields));
  if (granted.length === 0) throw refuse('fields', 'Geen van deze velden is beschikbaar.');
  // The BSN is always asked for, so every person in the answer can be checked to be the session's.
  const upstreamFields = granted.includes('burgerservicenummer') ? granted : [...granted, 'burgerservicenummer'];
  return {
    body: { ...fields, burgerservicenummer: [subject.bsn], fields: upstreamFields },
    filter: async (data) => {
      if (!isObject(data)) return data;
      const personen = Array.isArray(data.personen) ? data.personen.filter((p) => isObject(p) && p.burgerservicenummer === subject.bsn) : [];
      // An employee gets the BSN only when the profile grants it as a field (the check above needed it upstream).
      if (!scope.doelbinding || granted.includes('burgerservicenummer')) return { ...data, personen };
      return {
        ...data,
        personen: personen.map((p) => Object.fromEntries(Object.entries(p as Record<string, unknown>).filter(([key]) => key !== 'burgerservicenummer'))),
      };
    },
  };
};

/** Rules of the BRP Personen API. */
export const brpPolicy: ApiPolicy = { 'POST /personen': raadpleeg };
