/**
 * Klantinteracties: the subject's own partij (found by its `partijIdentificator`: BSN for a resident,
 * KvK number for a company) and what hangs off it: digitale adressen, klantcontacten it was betrokkene in,
 * categorie-relaties. Writes only on that partij. `Partij.interneNotitie`, the content of a klantcontact
 * marked `vertrouwelijk` and interne taken are never passed on.
 * @module
 */
import { deny, refuse } from '../problem.js';
import { bodyKeys, emptyPage, expandOf, filterList, single, withExpand, withParam } from './lists.js';
import type { ApiPolicy, Plan, Query, Rule, RuleInput } from './rule.js';
import { isObject, text, type JsonObject, type Scope } from './scope.js';

/** The subject's partij as far as the rules need it. */
interface OwnPartij {
  readonly uuid: string;
  readonly url: string;
  readonly soortPartij: string | undefined;
}

/** The identificator the subject's partij carries. */
function identificator(scope: Scope): {
  readonly codeObjecttype: string;
  readonly codeSoortObjectId: string;
  readonly codeRegister: string;
  readonly objectId: string;
} {
  const { subject, options } = scope;
  return subject.kind === 'persoon' ? { ...options.partijBsn, objectId: subject.bsn } : { ...options.partijKvk, objectId: subject.kvk };
}

/** Whether `partij` carries the subject's identificator. */
function isSubjectsPartij(partij: unknown, scope: Scope): boolean {
  const wanted = identificator(scope);
  const list = isObject(partij) ? partij.partijIdentificatoren : undefined;
  return (
    Array.isArray(list) &&
    list.some((entry) => {
      const id = isObject(entry) ? entry.partijIdentificator : undefined;
      return text(id, 'objectId') === wanted.objectId && text(id, 'codeSoortObjectId') === wanted.codeSoortObjectId;
    })
  );
}

/** The identificator filters of `GET /partijen` that find the subject's partij. */
function partijFilters(scope: Scope): Query {
  const id = identificator(scope);
  return new Map([
    ['partijIdentificator__codeObjecttype', [id.codeObjecttype]],
    ['partijIdentificator__codeSoortObjectId', [id.codeSoortObjectId]],
    ['partijIdentificator__codeRegister', [id.codeRegister]],
    ['partijIdentificator__objectId', [id.objectId]],
  ]);
}

/** The subject's partij, looked up once per subject (briefly remembered); undefined when Open Klant has none. */
export function ownPartij(scope: Scope): Promise<OwnPartij | undefined> {
  return scope.remember('partij', async () => {
    const base = scope.base('klantinteracties');
    if (!base) return undefined;
    const search = new URLSearchParams([...partijFilters(scope)].map(([name, [value]]) => [name, value as string]));
    const found = (await scope.items('klantinteracties', `${base}/partijen?${search}`)).filter((p) => isSubjectsPartij(p, scope));
    const partij = found[0];
    // Two partijen with the subject's identificator is a data fault: serve neither rather than guess.
    if (found.length !== 1 || !isObject(partij) || typeof partij.uuid !== 'string' || typeof partij.url !== 'string') return undefined;
    return { uuid: partij.uuid, url: partij.url, soortPartij: text(partij, 'soortPartij') };
  });
}

/** The own partij, or 404. */
async function requireOwnPartij(scope: Scope): Promise<OwnPartij> {
  const own = await ownPartij(scope);
  if (!own) throw deny();
  return own;
}

/** Whether a `{uuid, url}` reference (or its uuid) names `own`. */
const names = (ref: unknown, own: OwnPartij): boolean => isObject(ref) && (ref.uuid === own.uuid || ref.url === own.url);

const PARTIJ_EXPAND = new Set(['digitaleAdressen', 'categorieRelaties']);
const KLANTCONTACT_EXPAND = new Set(['gingOverOnderwerpobjecten', 'hadBetrokkenen']);
/** Interne taken are the organisation's work: an `expand` of them is dropped, not refused (the client asks for it). */
const KLANTCONTACT_HIDDEN = new Set(['leiddeTotInterneTaken', 'leiddeTotInterneTaken.toegewezenAanActoren']);

/** A partij without its internal note; its expanded addresses and categorie-relaties only when they are its own. */
function shapePartij(partij: unknown, own: OwnPartij): unknown {
  if (!isObject(partij)) return partij;
  const shaped: JsonObject = { ...partij, interneNotitie: '' };
  if (isObject(partij._expand)) {
    const expand: JsonObject = {};
    const adressen = partij._expand.digitaleAdressen;
    if (Array.isArray(adressen)) expand.digitaleAdressen = adressen.filter((a) => isObject(a) && names(a.verstrektDoorPartij, own));
    const relaties = partij._expand.categorieRelaties;
    if (Array.isArray(relaties)) expand.categorieRelaties = relaties.filter((r) => isObject(r) && names(r.partij, own));
    shaped._expand = expand;
  }
  return shaped;
}

/** A klantcontact without confidential content, without interne taken, with only the subject's own betrokkenen expanded. */
function shapeKlantcontact(contact: unknown, own: OwnPartij): unknown {
  if (!isObject(contact)) return contact;
  const shaped: JsonObject = { ...contact, leiddeTotInterneTaken: [] };
  if (contact.vertrouwelijk === true) {
    shaped.inhoud = '';
    shaped.onderwerp = '';
  }
  if (isObject(contact._expand)) {
    const expand: JsonObject = {};
    if (Array.isArray(contact._expand.gingOverOnderwerpobjecten)) expand.gingOverOnderwerpobjecten = contact._expand.gingOverOnderwerpobjecten;
    const betrokkenen = contact._expand.hadBetrokkenen;
    if (Array.isArray(betrokkenen)) expand.hadBetrokkenen = betrokkenen.filter((b) => isObject(b) && names(b.wasPartij, own));
    shaped._expand = expand;
  }
  return shaped;
}

const listPartijen: Rule = async ({ query, scope }) => {
  const expand = expandOf(query, PARTIJ_EXPAND);
  const own = await ownPartij(scope);
  if (!own) return { answer: emptyPage() };
  let scoped = withExpand(query, expand);
  for (const [name, values] of partijFilters(scope)) scoped = withParam(scoped, name, ...values);
  return {
    query: scoped,
    filter: (data) =>
      filterList(
        data,
        (p) => isObject(p) && p.uuid === own.uuid && isSubjectsPartij(p, scope),
        (p) => shapePartij(p, own),
      ),
  };
};

/** The addressed partij must be the subject's own. */
async function ownAddressed(input: RuleInput): Promise<OwnPartij> {
  const own = await requireOwnPartij(input.scope);
  if (input.match.params.uuid !== own.uuid) throw deny();
  return own;
}

const getPartij: Rule = async (input) => {
  const own = await ownAddressed(input);
  return { query: withExpand(input.query, expandOf(input.query, PARTIJ_EXPAND)), filter: (p) => shapePartij(p, own) };
};

/** The partij fields a resident may change (the client's `PartijChanges`, plus the `soortPartij` Open Klant requires). */
const PARTIJ_FIELDS = new Set(['soortPartij', 'voorkeurstaal', 'voorkeursDigitaalAdres']);

const patchPartij: Rule = async (input) => {
  const own = await ownAddressed(input);
  const fields = bodyKeys(input.body, PARTIJ_FIELDS);
  if (fields.soortPartij !== undefined && fields.soortPartij !== own.soortPartij) throw refuse('soortPartij', 'Kan niet gewijzigd worden.');
  const voorkeur = fields.voorkeursDigitaalAdres;
  if (voorkeur !== undefined && voorkeur !== null) {
    const uuid = text(voorkeur, 'uuid');
    if (!uuid || !(await ownAdres(input.scope, own, uuid))) throw deny();
  }
  return { filter: (p) => shapePartij(p, own) };
};

/** The digitaal adres `uuid` if it is the own partij's. */
async function ownAdres(scope: Scope, own: OwnPartij, uuid: string): Promise<JsonObject | undefined> {
  const adres = await scope.fetch('klantinteracties', `${scope.base('klantinteracties')}/digitaleadressen/${uuid}`);
  return isObject(adres) && adres.uuid === uuid && names(adres.verstrektDoorPartij, own) ? adres : undefined;
}

/** A list filtered by the own partij through `param`: a browser's different value gets an empty list. */
function ofOwnPartij(
  param: string,
  reference: string,
  shape: (item: unknown, own: OwnPartij) => unknown = (item) => item,
  expandable?: ReadonlySet<string>,
  hidden?: ReadonlySet<string>,
): Rule {
  return async ({ query, scope }): Promise<Plan> => {
    const expand = expandOf(query, expandable ?? new Set(), hidden);
    const own = await ownPartij(scope);
    const asked = single(query, param);
    if (!own || (asked !== undefined && asked !== own.uuid)) return { answer: emptyPage() };
    return {
      query: withParam(withExpand(query, expand), param, own.uuid),
      filter: (data) =>
        filterList(
          data,
          (item) => isObject(item) && names(item[reference], own),
          (item) => shape(item, own),
        ),
    };
  };
}

/**
 * Klantcontacten the own partij was betrokkene in. The betrokkenen are always expanded upstream, so each
 * contact is checked (a server that ignored the filter leaks nothing); they stay in the answer only when
 * the browser asked for them.
 */
const listKlantcontacten: Rule = async ({ query, scope }) => {
  const expand = expandOf(query, KLANTCONTACT_EXPAND, KLANTCONTACT_HIDDEN);
  const own = await ownPartij(scope);
  if (!own) return { answer: emptyPage() };
  const asked = expand.includes('hadBetrokkenen');
  const involved = (contact: unknown): boolean => {
    const betrokkenen = isObject(contact) && isObject(contact._expand) ? contact._expand.hadBetrokkenen : undefined;
    return Array.isArray(betrokkenen) && betrokkenen.some((b) => isObject(b) && names(b.wasPartij, own));
  };
  return {
    query: withParam(withExpand(query, asked ? expand : [...expand, 'hadBetrokkenen']), 'hadBetrokkene__wasPartij__uuid', own.uuid),
    filter: (data) =>
      filterList(data, involved, (contact) => {
        const shaped = shapeKlantcontact(contact, own) as JsonObject;
        if (asked || !isObject(shaped._expand)) return shaped;
        const { hadBetrokkenen: _, ...rest } = shaped._expand;
        return { ...shaped, _expand: rest };
      }),
  };
};

/** The digitaal adres addressed by the path, if the own partij's; 404 otherwise. */
async function addressedAdres(input: RuleInput): Promise<{ own: OwnPartij; adres: JsonObject }> {
  const own = await requireOwnPartij(input.scope);
  const adres = await ownAdres(input.scope, own, input.match.params.uuid ?? '');
  if (!adres) throw deny();
  return { own, adres };
}

const ADRES_FIELDS = new Set(['adres', 'soortDigitaalAdres', 'omschrijving', 'isStandaardAdres', 'referentie']);
const NEW_ADRES_FIELDS = new Set([...ADRES_FIELDS, 'verstrektDoorPartij', 'verstrektDoorBetrokkene']);

const getAdres: Rule = async (input) => ({ answer: (await addressedAdres(input)).adres });
const patchAdres: Rule = async (input) => {
  await addressedAdres(input);
  bodyKeys(input.body, ADRES_FIELDS);
  return {};
};
const deleteAdres: Rule = async (input) => {
  await addressedAdres(input);
  return {};
};
const postAdres: Rule = async ({ body, scope }) => {
  const own = await requireOwnPartij(scope);
  const fields = bodyKeys(body, NEW_ADRES_FIELDS);
  if (!names(fields.verstrektDoorPartij, own)) throw deny();
  if (fields.verstrektDoorBetrokkene !== undefined && fields.verstrektDoorBetrokkene !== null) throw refuse('verstrektDoorBetrokkene', 'Moet leeg zijn.');
  return { body: { ...fields, verstrektDoorPartij: { uuid: own.uuid } } };
};

const CATEGORIE_RELATIE_FIELDS = new Set(['partij', 'categorie', 'beginDatum', 'eindDatum']);

const postCategorieRelatie: Rule = async ({ body, scope }) => {
  const own = await requireOwnPartij(scope);
  const fields = bodyKeys(body, CATEGORIE_RELATIE_FIELDS);
  if (!names(fields.partij, own)) throw deny();
  return { body: { ...fields, partij: { uuid: own.uuid } } };
};

const deleteCategorieRelatie: Rule = async ({ url, scope }) => {
  const own = await requireOwnPartij(scope);
  const relatie = await scope.fetch('klantinteracties', url);
  if (!isObject(relatie) || relatie.url !== url || !names(relatie.partij, own)) throw deny();
  return {};
};

/** Rules of the Klantinteracties API. */
export const klantinteractiesPolicy: ApiPolicy = {
  'GET /partijen': listPartijen,
  'GET /partijen/{uuid}': getPartij,
  'PATCH /partijen/{uuid}': patchPartij,
  'GET /klantcontacten': listKlantcontacten,
  'GET /digitaleadressen': ofOwnPartij('verstrektDoorPartij__uuid', 'verstrektDoorPartij'),
  'POST /digitaleadressen': postAdres,
  'GET /digitaleadressen/{uuid}': getAdres,
  'PATCH /digitaleadressen/{uuid}': patchAdres,
  'DELETE /digitaleadressen/{uuid}': deleteAdres,
  'GET /categorieen': () => ({}),
  'GET /categorie-relaties': ofOwnPartij('partij__uuid', 'partij'),
  'POST /categorie-relaties': postCategorieRelatie,
  'DELETE /categorie-relaties/{uuid}': deleteCategorieRelatie,
};
