/**
 * Zaken: a list gets the subject's role filter and the confidentiality cap; a zaak, or anything of a zaak
 * (statussen, rollen, substatussen, zaakinformatieobjecten, besluiten, a status or resultaat), is served
 * only when the zaak is the subject's. Other parties' identifiers in rollen are masked, substatussen for
 * `doelgroep=intern` are left out, and `expand` reaches only relations that are the zaak's own (a related
 * zaak only when it is the subject's too).
 * @module
 */
import type { Subject } from '../../session/principal.js';
import { deny, refuse } from '../problem.js';
import { bodyKeys, expandOf, filterList, required, withExpand, withParam } from './lists.js';
import type { ApiPolicy, Plan, Query, Rule, RuleInput } from './rule.js';
import { isObject, text, type JsonObject, type Scope } from './scope.js';
import { ownsListedZaak, ownsZaak, PARTY_ROL_TYPES, rolFilter, rolNamesSubject } from './zaak-ownership.js';

/** Relations of a zaak that are its own: its type, status, result, roles, document links and properties. */
const OWN_RELATIONS = [
  'zaaktype',
  'status',
  'status.statustype',
  'resultaat',
  'resultaat.resultaattype',
  'rollen',
  'rollen.roltype',
  'zaakinformatieobjecten',
  'eigenschappen',
  'eigenschappen.eigenschap',
];

/** Relations that are other zaken: expanded only when each of them is the subject's too (verified, else left out). */
const ZAAK_RELATIONS = ['hoofdzaak', 'deelzaken'];

/**
 * What `expand` may name: the zaak's own relations, and the hoofdzaak or deelzaken with theirs (the client
 * shows related zaken in one request). Not `zaakobjecten`, `relevanteAndereZaken` or deeper chains.
 */
const EXPANDABLE = new Set([...OWN_RELATIONS, ...ZAAK_RELATIONS.flatMap((relation) => [relation, ...OWN_RELATIONS.map((r) => `${relation}.${r}`)])]);

/** Filters of `POST /zaken/_zoek` a browser may set (the body twin of the GET query allowlist). */
const ZOEK_FIELDS = new Set([
  'uuid__in',
  'zaaktype__in',
  'zaaktype',
  'identificatie',
  'einddatum__isnull',
  'startdatum__gte',
  'startdatum__lte',
  'ordering',
  'expand',
]);

/** A rol whose party is not the subject loses the party's identifiers, name and contact person. */
export function maskRol(rol: unknown, subject: Subject): unknown {
  if (!isObject(rol) || !PARTY_ROL_TYPES.has(String(rol.betrokkeneType)) || rolNamesSubject(rol, subject)) return rol;
  return { ...rol, betrokkene: '', afwijkendeNaamBetrokkene: '', betrokkeneIdentificatie: null, contactpersoonRol: null };
}

/**
 * A zaak with its `_expand` made safe: `rollen` masked, a hoofdzaak or deelzaak kept only when it is the
 * subject's (and shaped the same way), everything else `_expand` holds dropped.
 */
async function shapeZaak(zaak: unknown, scope: Scope, depth = 0): Promise<unknown> {
  if (!isObject(zaak) || !isObject(zaak._expand)) return zaak;
  const expand: JsonObject = {};
  for (const [key, value] of Object.entries(zaak._expand)) {
    if (OWN_RELATIONS.includes(key)) {
      expand[key] = key === 'rollen' && Array.isArray(value) ? value.map((rol) => maskRol(rol, scope.subject)) : value;
    } else if (ZAAK_RELATIONS.includes(key) && depth === 0) {
      const related = Array.isArray(value) ? value : [value];
      const owned = await Promise.all(
        related.map(async (other) => ((await ownsZaak(scope, text(other, 'url'))) ? shapeZaak(other, scope, depth + 1) : undefined)),
      );
      const kept = owned.filter((other) => other !== undefined);
      if (Array.isArray(value)) expand[key] = kept;
      else if (kept[0] !== undefined) expand[key] = kept[0];
    }
  }
  return { ...zaak, _expand: expand };
}

/** The filter of a scoped zaken list: every zaak is checked to be the subject's (not trusted to the upstream's filter). */
function zakenFilter(scope: Scope): (data: unknown) => Promise<unknown> {
  return (data) =>
    filterList(
      data,
      (zaak) => ownsListedZaak(scope, zaak),
      (zaak) => shapeZaak(zaak, scope),
    );
}

/** The role filter and cap added to a Zaken list query. */
function scoped(query: Query, scope: Scope): Query {
  const [name, value] = rolFilter(scope);
  return withParam(withParam(query, name, value), 'maximaleVertrouwelijkheidaanduiding', scope.options.zaakMaxVertrouwelijkheid);
}

const listZaken: Rule = ({ query, scope }) => {
  const expand = expandOf(query, EXPANDABLE);
  return { query: scoped(withExpand(query, expand), scope), filter: zakenFilter(scope) };
};

const zoekZaken: Rule = ({ body, scope }) => {
  const fields = bodyKeys(body, ZOEK_FIELDS);
  if (fields.expand !== undefined) {
    if (typeof fields.expand !== 'string' && !Array.isArray(fields.expand)) throw refuse('expand', 'Verwacht een lijst.');
    // Zaken 1.5 types `expand` in the body as one comma-separated string; a list is sent so.
    fields.expand = expandOf(new Map([['expand', [String(fields.expand)]]]), EXPANDABLE).join(',');
  }
  const [name, value] = rolFilter(scope);
  return { body: { ...fields, [name]: value, maximaleVertrouwelijkheidaanduiding: scope.options.zaakMaxVertrouwelijkheid }, filter: zakenFilter(scope) };
};

const getZaak: Rule = async ({ url, query, scope }) => {
  const expand = expandOf(query, EXPANDABLE);
  if (!(await ownsZaak(scope, url))) throw deny();
  return { query: withExpand(query, expand), filter: (zaak) => shapeZaak(zaak, scope) };
};

const zaakBesluiten: Rule = async ({ url, scope }) => {
  if (!(await ownsZaak(scope, url.replace(/\/besluiten$/, '')))) throw deny();
  return {};
};

/** A list of things of one zaak (`?zaak=` required): served when the zaak is the subject's, each item checked to be of that zaak. */
function ofZaak(map: (item: unknown, input: RuleInput) => unknown = (item) => item, keep: (item: unknown) => boolean = () => true): Rule {
  return async (input): Promise<Plan> => {
    const zaak = required(input.query, 'zaak');
    if (!(await ownsZaak(input.scope, zaak))) throw deny();
    return {
      filter: (data) =>
        filterList(
          data,
          (item) => isObject(item) && item.zaak === zaak && keep(item),
          (item) => map(item, input),
        ),
    };
  };
}

/** A single resource that names its zaak (a status, a resultaat): fetched, and answered only when that zaak is the subject's. */
const ofOwnedZaak: Rule = async ({ url, scope }) => {
  const resource = await scope.fetch('zaken', url);
  if (!isObject(resource) || resource.url !== url || !(await ownsZaak(scope, resource.zaak))) throw deny();
  return { answer: resource };
};

/** Rules of the Zaken API. */
export const zakenPolicy: ApiPolicy = {
  'GET /zaken': listZaken,
  'POST /zaken/_zoek': zoekZaken,
  'GET /zaken/{uuid}': getZaak,
  'GET /zaken/{zaak_uuid}/besluiten': zaakBesluiten,
  'GET /statussen': ofZaak(),
  'GET /statussen/{uuid}': ofOwnedZaak,
  'GET /resultaten/{uuid}': ofOwnedZaak,
  'GET /rollen': ofZaak((rol, { scope }) => maskRol(rol, scope.subject)),
  'GET /substatussen': ofZaak(undefined, (item) => isObject(item) && item.doelgroep !== 'intern'),
  'GET /zaakinformatieobjecten': ofZaak(),
};
