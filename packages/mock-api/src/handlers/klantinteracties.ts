/**
 * The Klantinteracties API (0.9.0, as Open Klant 2.18 serves it): partijen (list, detail, PATCH),
 * digitaleadressen (list, detail, POST, PATCH, DELETE), klantcontacten (with `expand`), betrokkenen,
 * onderwerpobjecten and actoren, categorieën (read-only) and categorie-relaties (list, detail, POST,
 * DELETE: Klantbeeld's notification choices).
 *
 * Scoping (see `requester.ts`): behind the gateway, the resident's partij is the one whose
 * partij-identificator is their BSN; lists only hold what belongs to it (its addresses, the contacts it
 * was betrokkene in, their betrokkenen, onderwerpobjecten and actoren) and anything else is "not
 * found"; writes touch only their own partij and addresses (403 otherwise). An application sees every
 * partij and selects with the `partijIdentificator__*` filters; its writes name the partij in the body.
 * Writes validate like Open Klant: phone regex, Django's e-mail validator, lengths, `referentie`
 * pattern, unique `referentie` per partij and soort, one `isStandaardAdres` per partij and soort
 * (setting one flips its siblings), `voorkeursDigitaalAdres` among the partij's addresses, and
 * `soortPartij` required on a partij PATCH.
 * @module
 */
// Open Klant's phone and e-mail rules: one source with the client's checks.
import { isEmailAdres, TELEFOONNUMMER } from '@klantbeeld/core';
import type { ApiUrls } from '../dataset.js';
import {
  buildKlantinteracties,
  type Actor,
  type Betrokkene,
  type CategorieRelatie,
  type DigitaalAdres,
  type Klantcontact,
  type KlantinteractiesStore,
  type Onderwerpobject,
  type Partij,
} from '../fixtures/klantinteracties.js';
import { bool, choice, listRoute, string, type Filter } from '../http/list-route.js';
import { digitaalAdresZoekFilters } from './klantinteracties-zoeken.js';
import { klantinteractiesWriteRoutes } from './klantinteracties-writes.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route, RouteContext } from '../http/route.js';
import type { MockState } from '../state.js';
import { confinedTo, maySee } from '../requester.js';
import type { ResidentRecord } from '../dataset.js';
import type { FieldValidationError } from '../types.js';
import { isUuid, uuidFrom } from '../util/uuid.js';

/** The API version Open Klant 2.18 serves for Klantinteracties. */
export const KLANTINTERACTIES_API_VERSION = '0.9.0';

const REFERENTIE = /^[-a-zA-Z0-9_]+$/;
const SOORTEN = ['email', 'telefoonnummer', 'overig'] as const;

const PARTIJ_EXPAND = ['betrokkenen', 'betrokkenen.hadKlantcontact', 'categorieRelaties', 'digitaleAdressen'];
const KLANTCONTACT_EXPAND = [
  'gingOverOnderwerpobjecten',
  'hadBetrokkenen',
  'hadBetrokkenen.digitaleAdressen',
  'hadBetrokkenen.wasPartij',
  'leiddeTotInterneTaken',
  'omvatteBijlagen',
];
const DIGITAAL_ADRES_EXPAND = [
  'verstrektDoorBetrokkene',
  'verstrektDoorBetrokkene.hadKlantcontact',
  'verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken',
];
const BETROKKENE_EXPAND = ['digitaleAdressen'];

/** The Klantinteracties API with its own fixture store (one per mock instance). */
export function klantinteractiesApi(urls: ApiUrls): ApiDefinition {
  const store = buildKlantinteracties(urls);
  return { base: urls.klantinteracties, version: KLANTINTERACTIES_API_VERSION, auth: 'token', routes: routes(store) };
}

// ---------------------------------------------------------------------------------------------------
// Scoping

/** The BSN a partij is identified by, if any. */
function bsnOf(partij: Partij): string | undefined {
  return partij.partijIdentificatoren?.find((p) => p.partijIdentificator.codeSoortObjectId === 'bsn')?.partijIdentificator.objectId;
}

/** The resident's partij: the one identified by their BSN (the gateway's login), if Open Klant has one. */
function partijOf(store: KlantinteractiesStore, resident: ResidentRecord): Partij | undefined {
  return [...store.partijen.values()].find((partij) => bsnOf(partij) === resident.persoon.inpBsn);
}

/** The requester's own partij when answers are confined to a resident; `undefined` otherwise (or when they have none). */
function residentPartij(store: KlantinteractiesStore, state: MockState): Partij | undefined {
  const resident = confinedTo(state.requester);
  return resident && partijOf(store, resident);
}

/** Whether the requester may see the partij a reference names: an application any, a resident only their own. */
function seesPartij(store: KlantinteractiesStore, state: MockState, ref: { readonly uuid: string } | null | undefined): boolean {
  const partij = ref ? store.partijen.get(ref.uuid) : undefined;
  return confinedTo(state.requester) === undefined || (partij !== undefined && maySee(state.requester, bsnOf(partij)));
}

/**
 * The partij a write acts on: for a resident their own (403 when Open Klant has none); for an application
 * the one the body names (`named`, 400 when it names none that exists).
 */
function writtenPartij(store: KlantinteractiesStore, state: MockState, named: string | null | undefined, field: string): Partij {
  if (confinedTo(state.requester) !== undefined) {
    const own = residentPartij(store, state);
    if (!own) throw forbidden('Er is geen partij voor u geregistreerd.');
    return own;
  }
  const partij = named ? store.partijen.get(named) : undefined;
  if (!partij)
    throw validationError([
      { name: `${field}.uuid`, code: named ? 'does_not_exist' : 'required', reason: named ? 'Partij object bestaat niet.' : 'Dit veld is vereist.' },
    ]);
  return partij;
}

/** UUIDs of the klantcontacten the requester may see: all for an application, those a resident's partij was betrokkene in. */
function visibleKlantcontacten(store: KlantinteractiesStore, state: MockState): Set<string> {
  if (confinedTo(state.requester) === undefined) return new Set(store.klantcontacten.keys());
  const partij = residentPartij(store, state);
  const visible = new Set<string>();
  if (!partij) return visible;
  for (const betrokkene of store.betrokkenen.values()) {
    if (betrokkene.wasPartij?.uuid === partij.uuid) visible.add(betrokkene.hadKlantcontact.uuid);
  }
  return visible;
}

function visibleActoren(store: KlantinteractiesStore, state: MockState): Set<string> {
  // An application sees every actor (to assign a task to one), a resident those of their own contacts.
  if (confinedTo(state.requester) === undefined) return new Set(store.actoren.keys());
  const visible = visibleKlantcontacten(store, state);
  const actoren = new Set<string>();
  for (const kc of store.klantcontacten.values()) if (visible.has(kc.uuid)) for (const actor of kc.hadBetrokkenActoren) actoren.add(actor.uuid);
  return actoren;
}

// ---------------------------------------------------------------------------------------------------
// Expand (comma-separated, dot notation; `_expand` only when asked for)

type ExpandTree = Map<string, ExpandTree>;

/** Parses `expand` against the names the endpoint allows (400 on others, or on any when expand is off). */
function expandTree(url: URL, allowed: readonly string[], state: MockState): ExpandTree | undefined {
  if (!url.searchParams.has('expand')) return undefined;
  if (!state.expand) throw validationError([{ name: 'expand', code: 'unknown-parameters', reason: 'Onbekende query parameter: expand' }]);
  const names = url.searchParams
    .getAll('expand')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const invalid = names.filter((name) => !allowed.includes(name));
  if (invalid.length > 0) {
    throw validationError(invalid.map((name) => ({ name: 'expand', code: 'invalid_choice', reason: `"${name}" is een ongeldige keuze.` })));
  }
  const tree: ExpandTree = new Map();
  for (const name of names) {
    let level = tree;
    for (const part of name.split('.')) {
      let next = level.get(part);
      if (!next) level.set(part, (next = new Map<string, ExpandTree>()));
      level = next;
    }
  }
  return tree;
}

/** Adds `_expand` with the entries of `tree` that `expanders` knows, minus the ones the mock drops. */
function withExpand<T extends object>(
  resource: T,
  tree: ExpandTree | undefined,
  state: MockState,
  prefix: string,
  expanders: Record<string, (sub: ExpandTree, path: string) => unknown>,
): T {
  if (!tree) return resource;
  const expand: Record<string, unknown> = {};
  for (const [name, sub] of tree) {
    const path = prefix ? `${prefix}.${name}` : name;
    const expander = expanders[name];
    if (expander && !state.dropExpand.has(path)) expand[name] = expander(sub, path);
  }
  return { ...resource, _expand: expand };
}

function expandPartij(store: KlantinteractiesStore, partij: Partij, tree: ExpandTree | undefined, state: MockState, prefix = ''): unknown {
  return withExpand(partij, tree, state, prefix, {
    digitaleAdressen: () => (partij.digitaleAdressen ?? []).map((ref) => store.digitaleAdressen.get(ref.uuid)).filter(Boolean),
    betrokkenen: (sub, path) =>
      partij.betrokkenen
        .map((ref) => store.betrokkenen.get(ref.uuid))
        .filter((b): b is Betrokkene => b !== undefined)
        .map((b) => expandBetrokkene(store, b, sub.size ? sub : undefined, state, path)),
    categorieRelaties: () => [],
  });
}

function expandBetrokkene(store: KlantinteractiesStore, betrokkene: Betrokkene, tree: ExpandTree | undefined, state: MockState, prefix = ''): unknown {
  return withExpand(betrokkene, tree, state, prefix, {
    hadKlantcontact: () => store.klantcontacten.get(betrokkene.hadKlantcontact.uuid) ?? null,
    digitaleAdressen: () => [...store.digitaleAdressen.values()].filter((adres) => adres.verstrektDoorBetrokkene?.uuid === betrokkene.uuid),
    wasPartij: () => (betrokkene.wasPartij ? (store.partijen.get(betrokkene.wasPartij.uuid) ?? null) : null),
  });
}

function expandKlantcontact(store: KlantinteractiesStore, kc: Klantcontact, tree: ExpandTree | undefined, state: MockState): unknown {
  return withExpand(kc, tree, state, '', {
    gingOverOnderwerpobjecten: () => kc.gingOverOnderwerpobjecten.map((ref) => store.onderwerpobjecten.get(ref.uuid)).filter(Boolean),
    hadBetrokkenen: (sub, path) =>
      kc.hadBetrokkenen
        .map((ref) => store.betrokkenen.get(ref.uuid))
        .filter((b): b is Betrokkene => b !== undefined)
        .map((b) => expandBetrokkene(store, b, sub.size ? sub : undefined, state, path)),
    leiddeTotInterneTaken: () => kc.leiddeTotInterneTaken.map((ref) => store.interneTaken.get(ref.uuid)).filter(Boolean),
    omvatteBijlagen: () => [],
  });
}

function expandDigitaalAdres(store: KlantinteractiesStore, adres: DigitaalAdres, tree: ExpandTree | undefined, state: MockState): unknown {
  return withExpand(adres, tree, state, '', {
    verstrektDoorBetrokkene: (sub, path) => {
      const betrokkene = adres.verstrektDoorBetrokkene ? store.betrokkenen.get(adres.verstrektDoorBetrokkene.uuid) : undefined;
      return betrokkene ? expandBetrokkene(store, betrokkene, sub.size ? sub : undefined, state, path) : null;
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// Filters on nested fields

/** An exact-match string filter on a value read from the item. */
function stringOf<T>(read: (item: T) => readonly (string | null | undefined)[] | string | null | undefined): Filter<T> {
  return (url, name) => {
    const value = url.searchParams.get(name);
    if (value === null || value === '') return undefined;
    return (item) => {
      const found = read(item);
      return Array.isArray(found) ? found.includes(value) : found === value;
    };
  };
}

/** A UUID filter (400 for a malformed UUID, as django-filter's UUIDFilter answers). */
function uuidOf<T>(read: (item: T) => readonly (string | null | undefined)[] | string | null | undefined): Filter<T> {
  return (url, name) => {
    const value = url.searchParams.get(name);
    if (value === null || value === '') return undefined;
    if (!isUuid(value)) throw validationError([{ name, code: 'invalid', reason: 'Voer een geldige UUID in.' }]);
    return stringOf(read)(url, name, undefined as never);
  };
}

const identificatorFilters = <T>(prefix: string, identificatoren: (item: T) => Partij['partijIdentificatoren'] | undefined): Record<string, Filter<T>> => {
  const of = (key: 'codeRegister' | 'codeObjecttype' | 'codeSoortObjectId' | 'objectId') =>
    stringOf<T>((item) => (identificatoren(item) ?? []).map((p) => p.partijIdentificator[key]));
  return {
    [`${prefix}partijIdentificator__codeRegister`]: of('codeRegister'),
    [`${prefix}partijIdentificator__codeObjecttype`]: of('codeObjecttype'),
    [`${prefix}partijIdentificator__codeSoortObjectId`]: of('codeSoortObjectId'),
    [`${prefix}partijIdentificator__objectId`]: of('objectId'),
  };
};

// ---------------------------------------------------------------------------------------------------
// Validation of writes (DRF-style messages, camelCase field names as Open Klant renders them)

type Body = Record<string, unknown>;

async function jsonBody(request: Request): Promise<Body> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ProblemError(400, 'parse_error', 'Ongeldige invoer.', 'JSON parse error.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige data. Verwacht een dictionary, kreeg een list.' }]);
  }
  return body as Body;
}

function forbidden(detail: string): ProblemError {
  return new ProblemError(403, 'permission_denied', 'U heeft geen toestemming om deze actie uit te voeren.', detail);
}

/** A reference `{uuid}` (or null when allowed); returns the uuid, null, or undefined when absent. */
function refUuid(body: Body, name: string, errors: FieldValidationError[]): string | null | undefined {
  if (!(name in body)) return undefined;
  const value = body[name];
  if (value === null) return null;
  const uuid = typeof value === 'object' && !Array.isArray(value) ? (value as Body).uuid : undefined;
  if (typeof uuid !== 'string' || !isUuid(uuid)) {
    errors.push({
      name: `${name}.uuid`,
      code: typeof uuid === 'string' ? 'invalid' : 'required',
      reason: typeof uuid === 'string' ? 'Voer een geldige UUID in.' : 'Dit veld is vereist.',
    });
    return undefined;
  }
  return uuid;
}

/**
 * Validates the writable fields of a digitaal adres present in `body` (all of them for a create) and
 * returns the changes. `current` is the stored address for a PATCH.
 */
function validateDigitaalAdres(body: Body, current: DigitaalAdres | undefined): Partial<DigitaalAdres> {
  const errors: FieldValidationError[] = [];
  const changes: Partial<DigitaalAdres> = {};
  const creating = current === undefined;

  const soort = body.soortDigitaalAdres;
  if ('soortDigitaalAdres' in body || creating) {
    if (soort === undefined || soort === null)
      errors.push({
        name: 'soortDigitaalAdres',
        code: soort === null ? 'null' : 'required',
        reason: soort === null ? 'Dit veld mag niet leeg zijn.' : 'Dit veld is vereist.',
      });
    else if (!(SOORTEN as readonly unknown[]).includes(soort))
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- echoes the value the client sent, whatever its JSON type, as the real API does
      errors.push({ name: 'soortDigitaalAdres', code: 'invalid_choice', reason: `"${String(soort)}" is een ongeldige keuze.` });
    else changes.soortDigitaalAdres = soort as DigitaalAdres['soortDigitaalAdres'];
  }
  const effectiveSoort = changes.soortDigitaalAdres ?? current?.soortDigitaalAdres;

  if ('adres' in body || creating) {
    const adres = body.adres;
    if (adres === undefined) errors.push({ name: 'adres', code: 'required', reason: 'Dit veld is vereist.' });
    else if (typeof adres !== 'string') errors.push({ name: 'adres', code: 'invalid', reason: 'Geen geldige string.' });
    else if (adres.trim() === '') errors.push({ name: 'adres', code: 'blank', reason: 'Dit veld mag niet leeg zijn.' });
    else if (adres.length > 80) errors.push({ name: 'adres', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 80 karakters bevat.' });
    else if (effectiveSoort === 'email' && !isEmailAdres(adres)) errors.push({ name: 'adres', code: 'invalid', reason: 'Voer een geldig e-mailadres in.' });
    else if (effectiveSoort === 'telefoonnummer' && !TELEFOONNUMMER.test(adres))
      errors.push({ name: 'adres', code: 'invalid', reason: 'Het opgegeven telefoonnummer is ongeldig.' });
    else changes.adres = adres;
  }
  if ('omschrijving' in body) {
    const omschrijving = body.omschrijving;
    if (typeof omschrijving !== 'string') errors.push({ name: 'omschrijving', code: 'invalid', reason: 'Geen geldige string.' });
    else if (omschrijving.length > 40)
      errors.push({ name: 'omschrijving', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 40 karakters bevat.' });
    else changes.omschrijving = omschrijving;
  }
  if ('referentie' in body) {
    const referentie = body.referentie;
    if (typeof referentie !== 'string') errors.push({ name: 'referentie', code: 'invalid', reason: 'Geen geldige string.' });
    else if (referentie.length > 50)
      errors.push({ name: 'referentie', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 50 karakters bevat.' });
    else if (referentie !== '' && !REFERENTIE.test(referentie)) errors.push({ name: 'referentie', code: 'invalid', reason: 'Voer een geldige waarde in.' });
    else changes.referentie = referentie;
  } else if (creating) {
    changes.referentie = '';
  }
  if ('isStandaardAdres' in body) {
    if (typeof body.isStandaardAdres !== 'boolean') errors.push({ name: 'isStandaardAdres', code: 'invalid', reason: 'Moet een geldige boolean zijn.' });
    else changes.isStandaardAdres = body.isStandaardAdres;
  } else if (creating) {
    changes.isStandaardAdres = false;
  }
  if (errors.length > 0) throw validationError(errors);
  return changes;
}

/** The gateway lets a resident write only their own partij's addresses: no betrokkene, no verificatie. */
/** The `uuid` of a reference field in a body, if it has a string one (validated later). */
function namedUuid(body: Body, name: string): string | undefined {
  const value = body[name];
  const uuid = typeof value === 'object' && value !== null ? (value as Body).uuid : undefined;
  return typeof uuid === 'string' ? uuid : undefined;
}

function checkOwnership(body: Body, partij: Partij, creating: boolean): void {
  const errors: FieldValidationError[] = [];
  const partijUuid = refUuid(body, 'verstrektDoorPartij', errors);
  const betrokkeneUuid = refUuid(body, 'verstrektDoorBetrokkene', errors);
  if (errors.length > 0) throw validationError(errors);
  if ((creating || partijUuid !== undefined) && partijUuid !== partij.uuid) throw forbidden('Een digitaal adres moet van uw eigen partij zijn.');
  if (betrokkeneUuid) throw forbidden('Een digitaal adres van een betrokkene kunt u niet wijzigen.');
  if ('verificatieDatum' in body) throw forbidden('De verificatiedatum zet de gemeente.');
}

/** Open Klant's constraints across addresses of one partij and soort. */
function applyAdresConstraints(store: KlantinteractiesStore, adres: DigitaalAdres): void {
  const siblings = [...store.digitaleAdressen.values()].filter(
    (other) =>
      other.uuid !== adres.uuid && other.verstrektDoorPartij?.uuid === adres.verstrektDoorPartij?.uuid && other.soortDigitaalAdres === adres.soortDigitaalAdres,
  );
  if (adres.referentie && siblings.some((other) => other.referentie === adres.referentie)) {
    throw validationError([{ name: 'nonFieldErrors', code: 'unique', reason: 'De velden partij, soortDigitaalAdres, referentie moeten een unieke set zijn.' }]);
  }
  // DigitaalAdres.save(): a new default resets the others of the same partij and soort.
  if (adres.isStandaardAdres) for (const other of siblings) other.isStandaardAdres = false;
}

/** A digitaal adres of a partij the requester may see, with that partij (404 otherwise). */
function ownAdres(store: KlantinteractiesStore, state: MockState, uuid: string | undefined): { adres: DigitaalAdres; partij: Partij } {
  const adres = uuid && isUuid(uuid) ? store.digitaleAdressen.get(uuid) : undefined;
  const partij = adres?.verstrektDoorPartij ? store.partijen.get(adres.verstrektDoorPartij.uuid) : undefined;
  if (!adres || !partij || !seesPartij(store, state, partij)) throw notFound();
  return { adres, partij };
}

/** A partij the requester may see (404 otherwise). */
function ownPartij(store: KlantinteractiesStore, state: MockState, uuid: string | undefined): Partij {
  const partij = uuid ? store.partijen.get(uuid) : undefined;
  if (!partij || !seesPartij(store, state, partij)) throw notFound();
  return partij;
}

/** Fields a resident may change on their partij through the gateway (plus the read-only ones, ignored). */
const PARTIJ_WRITABLE = new Set(['soortPartij', 'voorkeurstaal', 'voorkeursDigitaalAdres', 'uuid', 'url']);

function patchPartij(store: KlantinteractiesStore, partij: Partij, body: Body): Partij {
  const other = Object.keys(body).filter((key) => !PARTIJ_WRITABLE.has(key));
  if (other.length > 0) throw forbidden(`Niet door de inwoner te wijzigen: ${other.join(', ')}.`);
  const errors: FieldValidationError[] = [];
  // Open Klant's polymorphic serializer needs the discriminator, also on PATCH.
  if (body.soortPartij === undefined) errors.push({ name: 'soortPartij', code: 'invalid', reason: 'Dit veld is vereist.' });
  else if (!['persoon', 'organisatie', 'contactpersoon'].includes(body.soortPartij as string)) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- echoes the value the client sent, whatever its JSON type, as the real API does
    errors.push({ name: 'soortPartij', code: 'invalid_choice', reason: `"${String(body.soortPartij)}" is een ongeldige keuze.` });
  }
  let voorkeurstaal: string | undefined;
  if ('voorkeurstaal' in body) {
    if (typeof body.voorkeurstaal !== 'string') errors.push({ name: 'voorkeurstaal', code: 'invalid', reason: 'Geen geldige string.' });
    else if (body.voorkeurstaal.length > 3)
      errors.push({ name: 'voorkeurstaal', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 3 karakters bevat.' });
    else voorkeurstaal = body.voorkeurstaal;
  }
  const voorkeur = refUuid(body, 'voorkeursDigitaalAdres', errors);
  if (voorkeur && !(partij.digitaleAdressen ?? []).some((ref) => ref.uuid === voorkeur)) {
    errors.push(
      store.digitaleAdressen.has(voorkeur)
        ? { name: 'voorkeursDigitaalAdres', code: 'invalid', reason: 'Het voorkeurs adres moet een gelinkte digitaal adres zijn.' }
        : { name: 'voorkeursDigitaalAdres.uuid', code: 'invalid', reason: 'DigitaalAdres object bestaat niet.' },
    );
  }
  if (errors.length > 0) throw validationError(errors);
  if (body.soortPartij !== partij.soortPartij) throw forbidden('De soort partij kunt u niet wijzigen.');
  if (voorkeurstaal !== undefined) partij.voorkeurstaal = voorkeurstaal;
  if (voorkeur === null) partij.voorkeursDigitaalAdres = null;
  else if (voorkeur !== undefined) partij.voorkeursDigitaalAdres = { uuid: voorkeur, url: `${store.base}/digitaleadressen/${voorkeur}` };
  return partij;
}

/** Validates a new categorie-relatie: the resident's own partij, an existing categorie, dates. */
function newCategorieRelatie(store: KlantinteractiesStore, partij: Partij, body: Body, uuid: string): CategorieRelatie {
  const errors: FieldValidationError[] = [];
  const partijUuid = refUuid(body, 'partij', errors);
  const categorieUuid = refUuid(body, 'categorie', errors);
  const categorie = categorieUuid ? store.categorieen.get(categorieUuid) : undefined;
  if (categorieUuid && !categorie) errors.push({ name: 'categorie.uuid', code: 'invalid', reason: 'Categorie object bestaat niet.' });
  if (categorieUuid === undefined && !errors.some((e) => e.name.startsWith('categorie')))
    errors.push({ name: 'categorie', code: 'required', reason: 'Dit veld is vereist.' });
  const dates: Record<'beginDatum' | 'eindDatum', string | null> = { beginDatum: null, eindDatum: null };
  for (const name of ['beginDatum', 'eindDatum'] as const) {
    const value = body[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors.push({ name, code: 'invalid', reason: 'Datum heeft het verkeerde formaat.' });
    else dates[name] = value;
  }
  if (errors.length > 0) throw validationError(errors);
  if (partijUuid !== partij.uuid) throw forbidden('U kunt alleen uw eigen categorieën wijzigen.');
  return { uuid, url: `${store.base}/categorie-relaties/${uuid}`, partij: { uuid: partij.uuid, url: partij.url }, categorie: categorie!, ...dates };
}

// ---------------------------------------------------------------------------------------------------
// Routes

function detailUuid(context: RouteContext): string | undefined {
  const uuid = context.params.uuid;
  return uuid && isUuid(uuid) ? uuid : undefined;
}

function routes(store: KlantinteractiesStore): Route[] {
  // Created resources get deterministic UUIDs, so a test run is reproducible.
  let created = 0;
  const partijList = listRoute<Partij>('/partijen', {
    items: () => [...store.partijen.values()],
    scope: (state) => (partij) => seesPartij(store, state, partij),
    filters: {
      ...identificatorFilters<Partij>('', (partij) => partij.partijIdentificatoren),
      soortPartij: choice(['persoon', 'organisatie', 'contactpersoon']),
      indicatieActief: bool(),
      indicatieGeheimhouding: bool(),
    },
  });
  const digitaleAdressenList = listRoute<DigitaalAdres>('/digitaleadressen', {
    items: () => [...store.digitaleAdressen.values()],
    scope: (state) => (adres) => seesPartij(store, state, adres.verstrektDoorPartij),
    filters: {
      verstrektDoorPartij__uuid: uuidOf((adres) => adres.verstrektDoorPartij?.uuid),
      verstrektDoorPartij__url: stringOf((adres) => adres.verstrektDoorPartij?.url),
      ...identificatorFilters<DigitaalAdres>('verstrektDoorPartij__', (adres) =>
        adres.verstrektDoorPartij ? store.partijen.get(adres.verstrektDoorPartij.uuid)?.partijIdentificatoren : undefined,
      ),
      soortDigitaalAdres: choice(SOORTEN),
      isStandaardAdres: bool(),
      referentie: string(),
      adres: string(),
      ...digitaalAdresZoekFilters(store),
    },
  });
  const klantcontactenList = listRoute<Klantcontact>('/klantcontacten', {
    items: () => [...store.klantcontacten.values()],
    scope: (state) => {
      const visible = visibleKlantcontacten(store, state);
      return (kc) => visible.has(kc.uuid);
    },
    filters: {
      hadBetrokkene__wasPartij__uuid: uuidOf((kc) => kc.hadBetrokkenen.map((ref) => store.betrokkenen.get(ref.uuid)?.wasPartij?.uuid)),
      hadBetrokkene__uuid: uuidOf((kc) => kc.hadBetrokkenen.map((ref) => ref.uuid)),
      ...identificatorFilters<Klantcontact>('hadBetrokkene__wasPartij__', (kc) =>
        kc.hadBetrokkenen.flatMap((ref) => {
          const partijUuid = store.betrokkenen.get(ref.uuid)?.wasPartij?.uuid;
          return (partijUuid && store.partijen.get(partijUuid)?.partijIdentificatoren) || [];
        }),
      ),
      onderwerpobject__uuid: uuidOf((kc) => kc.gingOverOnderwerpobjecten.map((ref) => ref.uuid)),
      ...onderwerpobjectFilters('onderwerpobject__onderwerpobjectidentificator', (kc) =>
        kc.gingOverOnderwerpobjecten.map((ref) => store.onderwerpobjecten.get(ref.uuid)),
      ),
      kanaal: string(),
      vertrouwelijk: bool(),
      referentienummer: string(),
    },
  });
  const betrokkenenList = listRoute<Betrokkene>('/betrokkenen', {
    items: () => [...store.betrokkenen.values()],
    scope: (state) => {
      const visible = visibleKlantcontacten(store, state);
      return (b) => visible.has(b.hadKlantcontact.uuid);
    },
    filters: {
      hadKlantcontact__uuid: uuidOf((b) => b.hadKlantcontact.uuid),
      hadKlantcontact__url: stringOf((b) => b.hadKlantcontact.url),
      wasPartij__uuid: uuidOf((b) => b.wasPartij?.uuid),
      wasPartij__url: stringOf((b) => b.wasPartij?.url),
      organisatienaam: string(),
    },
  });
  const onderwerpobjectenList = listRoute<Onderwerpobject>('/onderwerpobjecten', {
    items: () => [...store.onderwerpobjecten.values()],
    scope: (state) => {
      const visible = visibleKlantcontacten(store, state);
      return (o) => o.klantcontact !== null && o.klantcontact !== undefined && visible.has(o.klantcontact.uuid);
    },
    filters: {
      klantcontact__uuid: uuidOf((o) => o.klantcontact?.uuid),
      klantcontact__url: stringOf((o) => o.klantcontact?.url),
      ...onderwerpobjectFilters('onderwerpobjectidentificator', (o) => [o]),
    },
  });
  const actorenList = listRoute<Actor>('/actoren', {
    items: () => [...store.actoren.values()],
    scope: (state) => {
      const visible = visibleActoren(store, state);
      return (actor) => visible.has(actor.uuid);
    },
    filters: {
      soortActor: choice(['medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid']),
      naam: string(),
      indicatieActief: bool(),
      actoridentificatorObjectId: stringOf((actor) => actor.actoridentificator?.objectId),
      actoridentificatorCodeObjecttype: stringOf((actor) => actor.actoridentificator?.codeObjecttype),
      actoridentificatorCodeRegister: stringOf((actor) => actor.actoridentificator?.codeRegister),
      actoridentificatorCodeSoortObjectId: stringOf((actor) => actor.actoridentificator?.codeSoortObjectId),
    },
  });

  const categorieenList = listRoute('/categorieen', { items: () => [...store.categorieen.values()], filters: {} });
  const categorieRelatiesList = listRoute<CategorieRelatie>('/categorie-relaties', {
    items: () => [...store.categorieRelaties.values()],
    scope: (state) => (relatie) => seesPartij(store, state, relatie.partij),
    filters: {
      partij__uuid: uuidOf((relatie) => relatie.partij?.uuid),
      partij__url: stringOf((relatie) => relatie.partij?.url),
      categorie__uuid: uuidOf((relatie) => relatie.categorie?.uuid),
      categorie__naam: stringOf((relatie) => relatie.categorie?.naam),
    },
  });
  const ownRelatie = (state: MockState, uuid: string | undefined): { relatie: CategorieRelatie; partij: Partij } => {
    const relatie = uuid ? store.categorieRelaties.get(uuid) : undefined;
    const partij = relatie?.partij ? store.partijen.get(relatie.partij.uuid) : undefined;
    if (!relatie || !partij || !seesPartij(store, state, partij)) throw notFound();
    return { relatie, partij };
  };

  return [
    categorieenList,
    {
      method: 'GET',
      path: '/categorieen/:uuid',
      handle: (context) => {
        const uuid = detailUuid(context);
        const categorie = uuid ? store.categorieen.get(uuid) : undefined;
        if (!categorie) throw notFound();
        return categorie;
      },
    },
    categorieRelatiesList,
    {
      method: 'GET',
      path: '/categorie-relaties/:uuid',
      handle: (context) => ownRelatie(context.state, detailUuid(context)).relatie,
    },
    {
      method: 'POST',
      path: '/categorie-relaties',
      status: 201,
      handle: async ({ request, state }) => {
        const body = await jsonBody(request);
        const partij = writtenPartij(store, state, namedUuid(body, 'partij'), 'partij');
        const relatie = newCategorieRelatie(store, partij, body, uuidFrom(`klantinteracties:created-categorie-relatie:${++created}`));
        store.categorieRelaties.set(relatie.uuid, relatie);
        partij.categorieRelaties = [
          ...partij.categorieRelaties,
          {
            uuid: relatie.uuid,
            url: relatie.url,
            categorieNaam: relatie.categorie?.naam ?? null,
            beginDatum: relatie.beginDatum ?? null,
            eindDatum: relatie.eindDatum ?? null,
          },
        ];
        return relatie;
      },
    },
    {
      method: 'DELETE',
      path: '/categorie-relaties/:uuid',
      status: 204,
      handle: (context) => {
        const { relatie, partij } = ownRelatie(context.state, detailUuid(context));
        store.categorieRelaties.delete(relatie.uuid);
        partij.categorieRelaties = partij.categorieRelaties.filter((ref) => ref.uuid !== relatie.uuid);
        return null;
      },
    },
    withListExpand(partijList, PARTIJ_EXPAND, (item, tree, state) => expandPartij(store, item as Partij, tree, state)),
    {
      method: 'GET',
      path: '/partijen/:uuid',
      handle: (context) => {
        const partij = ownPartij(store, context.state, detailUuid(context));
        return expandPartij(store, partij, expandTree(context.url, PARTIJ_EXPAND, context.state), context.state);
      },
    },
    {
      method: 'PATCH',
      path: '/partijen/:uuid',
      handle: async (context) => {
        const partij = ownPartij(store, context.state, detailUuid(context));
        return patchPartij(store, partij, await jsonBody(context.request));
      },
    },
    withListExpand(digitaleAdressenList, DIGITAAL_ADRES_EXPAND, (item, tree, state) => expandDigitaalAdres(store, item as DigitaalAdres, tree, state)),
    {
      method: 'POST',
      path: '/digitaleadressen',
      status: 201,
      handle: async ({ request, state }) => {
        const body = await jsonBody(request);
        const changes = validateDigitaalAdres(body, undefined);
        const partij = writtenPartij(store, state, namedUuid(body, 'verstrektDoorPartij'), 'verstrektDoorPartij');
        checkOwnership(body, partij, true);
        const uuid = uuidFrom(`klantinteracties:created-adres:${++created}`);
        const adres: DigitaalAdres = {
          uuid,
          url: `${store.base}/digitaleadressen/${uuid}`,
          verstrektDoorBetrokkene: null,
          verstrektDoorPartij: { uuid: partij.uuid, url: partij.url },
          adres: changes.adres!,
          soortDigitaalAdres: changes.soortDigitaalAdres!,
          isStandaardAdres: changes.isStandaardAdres ?? false,
          omschrijving: changes.omschrijving ?? '',
          referentie: changes.referentie ?? '',
          verificatieDatum: null,
        };
        applyAdresConstraints(store, adres);
        store.digitaleAdressen.set(uuid, adres);
        partij.digitaleAdressen = [...(partij.digitaleAdressen ?? []), { uuid, url: adres.url }];
        return adres;
      },
    },
    {
      method: 'GET',
      path: '/digitaleadressen/:uuid',
      handle: (context) => {
        const { adres } = ownAdres(store, context.state, detailUuid(context));
        return expandDigitaalAdres(store, adres, expandTree(context.url, DIGITAAL_ADRES_EXPAND, context.state), context.state);
      },
    },
    {
      method: 'PATCH',
      path: '/digitaleadressen/:uuid',
      handle: async (context) => {
        const { adres, partij } = ownAdres(store, context.state, detailUuid(context));
        const body = await jsonBody(context.request);
        const changes = validateDigitaalAdres(body, adres);
        checkOwnership(body, partij, false);
        const updated: DigitaalAdres = { ...adres, ...changes };
        applyAdresConstraints(store, updated);
        store.digitaleAdressen.set(adres.uuid, updated);
        return updated;
      },
    },
    {
      method: 'DELETE',
      path: '/digitaleadressen/:uuid',
      status: 204,
      handle: (context) => {
        const { adres, partij } = ownAdres(store, context.state, detailUuid(context));
        store.digitaleAdressen.delete(adres.uuid);
        partij.digitaleAdressen = (partij.digitaleAdressen ?? []).filter((ref) => ref.uuid !== adres.uuid);
        // Open Klant 2.x: deleting the preferred address clears the preference (SET_NULL, open-klant#457).
        if (partij.voorkeursDigitaalAdres?.uuid === adres.uuid) partij.voorkeursDigitaalAdres = null;
        return null;
      },
    },
    withListExpand(klantcontactenList, KLANTCONTACT_EXPAND, (item, tree, state) => expandKlantcontact(store, item as Klantcontact, tree, state)),
    {
      method: 'GET',
      path: '/klantcontacten/:uuid',
      handle: (context) => {
        const uuid = detailUuid(context);
        const kc = uuid ? store.klantcontacten.get(uuid) : undefined;
        if (!kc || !visibleKlantcontacten(store, context.state).has(kc.uuid)) throw notFound();
        return expandKlantcontact(store, kc, expandTree(context.url, KLANTCONTACT_EXPAND, context.state), context.state);
      },
    },
    withListExpand(betrokkenenList, BETROKKENE_EXPAND, (item, tree, state) => expandBetrokkene(store, item as Betrokkene, tree, state)),
    {
      method: 'GET',
      path: '/betrokkenen/:uuid',
      handle: (context) => {
        const uuid = detailUuid(context);
        const betrokkene = uuid ? store.betrokkenen.get(uuid) : undefined;
        if (!betrokkene || !visibleKlantcontacten(store, context.state).has(betrokkene.hadKlantcontact.uuid)) throw notFound();
        return expandBetrokkene(store, betrokkene, expandTree(context.url, BETROKKENE_EXPAND, context.state), context.state);
      },
    },
    onderwerpobjectenList,
    {
      method: 'GET',
      path: '/onderwerpobjecten/:uuid',
      handle: (context) => {
        const uuid = detailUuid(context);
        const onderwerp = uuid ? store.onderwerpobjecten.get(uuid) : undefined;
        const kc = onderwerp?.klantcontact?.uuid;
        if (!onderwerp || !kc || !visibleKlantcontacten(store, context.state).has(kc)) throw notFound();
        return onderwerp;
      },
    },
    actorenList,
    {
      method: 'GET',
      path: '/actoren/:uuid',
      handle: (context) => {
        const uuid = detailUuid(context);
        const actor = uuid ? store.actoren.get(uuid) : undefined;
        if (!actor || !visibleActoren(store, context.state).has(actor.uuid)) throw notFound();
        return actor;
      },
    },
    ...klantinteractiesWriteRoutes({
      store,
      jsonBody,
      refUuid,
      forbidden,
      stringOf,
      uuidOf,
      residentPartij: (state) => residentPartij(store, state),
      confined: (state) => confinedTo(state.requester) !== undefined,
      visibleKlantcontacten: (state) => visibleKlantcontacten(store, state),
      newUuid: (kind) => uuidFrom(`klantinteracties:created-${kind}:${++created}`),
    }),
  ];
}

/** The four `onderwerpobjectidentificator*` filters, camel-joined as Open Klant names them. */
function onderwerpobjectFilters<T>(prefix: string, onderwerpen: (item: T) => readonly (Onderwerpobject | undefined)[]): Record<string, Filter<T>> {
  const of = (key: 'objectId' | 'codeObjecttype' | 'codeRegister' | 'codeSoortObjectId') =>
    stringOf<T>((item) => onderwerpen(item).map((o) => o?.onderwerpobjectidentificator?.[key]));
  return {
    [`${prefix}ObjectId`]: of('objectId'),
    [`${prefix}CodeObjecttype`]: of('codeObjecttype'),
    [`${prefix}CodeRegister`]: of('codeRegister'),
    [`${prefix}CodeSoortObjectId`]: of('codeSoortObjectId'),
  };
}

/** Wraps a list route so that each item of the page gets its `_expand` (after filtering and paging). */
function withListExpand(route: Route, allowed: readonly string[], expand: (item: unknown, tree: ExpandTree | undefined, state: MockState) => unknown): Route {
  return {
    ...route,
    handle: async (context) => {
      const tree = expandTree(context.url, allowed, context.state);
      const page = (await route.handle(context)) as { results: unknown[] };
      if (!tree) return page;
      return { ...page, results: page.results.map((item) => expand(item, tree, context.state)) };
    },
  };
}
