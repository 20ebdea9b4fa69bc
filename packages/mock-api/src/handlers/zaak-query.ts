/**
 * The zaak filters shared by `GET /zaken` (query string) and `POST /zaken/_zoek` (JSON body): parsing,
 * validation (400 with `invalidParams`, as django-filter answers) and application.
 * @module
 */
import { VERTROUWELIJKHEIDAANDUIDINGEN, withinVertrouwelijkheid } from '@klantbeeld/core';
import { validationError } from '../http/problem.js';
import type { FieldValidationError, Rol, VertrouwelijkheidAanduiding, Zaak } from '../types.js';
import { isUuid } from '../util/uuid.js';

/** Open Zaak's `ordering` choices for zaken. */
export const ZAAK_ORDERING = ['startdatum', 'einddatum', 'identificatie', 'publicatiedatum', 'archiefactiedatum', 'registratiedatum'] as const;

type OrderingField = (typeof ZAAK_ORDERING)[number];

/** The choices of `betrokkeneType`. */
export const BETROKKENE_TYPES = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging', 'organisatorische_eenheid', 'medewerker'] as const;
/** The choices of `omschrijvingGeneriek` of a rol. */
export const OMSCHRIJVING_GENERIEK = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
] as const;

/** A field of the identificatie of a rol of one betrokkeneType (`undefined` for a rol of another type). */
function identificatie(type: Rol['betrokkeneType'], field: string): (rol: Rol) => unknown {
  return (rol) => (rol.betrokkeneType === type ? (rol.betrokkeneIdentificatie as Record<string, unknown> | undefined)?.[field] : undefined);
}

/**
 * The identificatie filters of a rol, as `/rollen` names them (Open Zaak 1.30: those of Zaken 1.5.1
 * plus its experimental KvK and vestiging fields): parameter → the value of a rol it compares.
 */
export const ROL_IDENTIFICATIE: Readonly<Record<string, (rol: Rol) => unknown>> = {
  betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: identificatie('natuurlijk_persoon', 'inpBsn'),
  betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie: identificatie('natuurlijk_persoon', 'anpIdentificatie'),
  betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer: identificatie('natuurlijk_persoon', 'inpA_nummer'),
  betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId: identificatie('niet_natuurlijk_persoon', 'innNnpId'),
  betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie: identificatie('niet_natuurlijk_persoon', 'annIdentificatie'),
  betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer: identificatie('niet_natuurlijk_persoon', 'kvkNummer'),
  betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer: identificatie('niet_natuurlijk_persoon', 'vestigingsNummer'),
  betrokkeneIdentificatie__vestiging__vestigingsNummer: identificatie('vestiging', 'vestigingsNummer'),
  betrokkeneIdentificatie__vestiging__kvkNummer: identificatie('vestiging', 'kvkNummer'),
  betrokkeneIdentificatie__medewerker__identificatie: identificatie('medewerker', 'identificatie'),
  betrokkeneIdentificatie__organisatorischeEenheid__identificatie: identificatie('organisatorische_eenheid', 'identificatie'),
};

/** The filters of `/zaken` on its rollen: `rol__` + the rol's own filter names. `choices` are validated (400). */
const ROL_FILTERS: Readonly<Record<string, { read: (rol: Rol) => unknown; choices?: readonly string[] }>> = {
  rol__betrokkeneType: { read: (rol) => rol.betrokkeneType, choices: BETROKKENE_TYPES },
  rol__betrokkene: { read: (rol) => rol.betrokkene },
  rol__omschrijvingGeneriek: { read: (rol) => rol.omschrijvingGeneriek, choices: OMSCHRIJVING_GENERIEK },
  ...Object.fromEntries(Object.entries(ROL_IDENTIFICATIE).map(([name, read]) => [`rol__${name}`, { read }])),
};

/**
 * One rol filter: a zaak matches when any of its rollen has `value`. Each filter is matched on its own,
 * as django-filter chains them over the multi-valued relation: `inpBsn=X&omschrijvingGeneriek=initiator`
 * selects zaken with a rol of X and an initiator rol, not necessarily the same rol.
 */
export interface RolFilter {
  readonly read: (rol: Rol) => unknown;
  readonly value: string;
}

/** Parsed filters. */
export interface ZaakQuery {
  einddatumIsnull?: boolean;
  identificatie?: string;
  zaaktype?: string;
  zaaktypeIn?: readonly string[];
  uuidIn?: readonly string[];
  startdatumGte?: string;
  startdatumLte?: string;
  /** Zaken up to this level of confidentiality. */
  maximaleVertrouwelijkheidaanduiding?: VertrouwelijkheidAanduiding;
  rol: readonly RolFilter[];
  ordering: readonly { field: OrderingField; descending: boolean }[];
  /** Raw expand values (validated by the expand module). */
  expand: readonly string[];
  /** Whether an `expand` parameter was given at all (even empty). */
  expandGiven: boolean;
}

/** Source-neutral view of the parameters: a name → values lookup. */
type Lookup = (name: string) => readonly unknown[] | undefined;

/** Filters from a query string (`GET /zaken`). */
export function zaakQueryFromSearch(params: URLSearchParams): ZaakQuery {
  return parse((name) => (params.has(name) ? params.getAll(name) : undefined));
}

/** Filters from a `_zoek` body, merged with an `expand` in the query string (Open Zaak merges both). */
export function zaakQueryFromBody(body: unknown, params: URLSearchParams): ZaakQuery {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw validationError([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige data. Verwachtte een dictionary.' }]);
  }
  const record = body as Record<string, unknown>;
  return parse((name) => {
    const fromBody = name in record ? (Array.isArray(record[name]) ? (record[name] as unknown[]) : [record[name]]) : undefined;
    if (name !== 'expand' || !params.has('expand')) return fromBody;
    return [...(fromBody ?? []), ...params.getAll('expand')];
  });
}

function parse(get: Lookup): ZaakQuery {
  const invalid: FieldValidationError[] = [];
  const single = (name: string): string | undefined => {
    const value = get(name)?.at(-1);
    if (value === undefined || value === null || value === '') return undefined;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a query value is a string; a JSON body value is taken as its text, as the real API does
    return String(value);
  };
  const list = (name: string): string[] | undefined => {
    const values = get(name);
    if (!values) return undefined;
    return values
      .flatMap((v) => (typeof v === 'string' ? v.split(',') : [String(v)]))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  };

  const query: ZaakQuery = { ordering: [], rol: [], expand: list('expand') ?? [], expandGiven: get('expand') !== undefined };

  const isnull = get('einddatum__isnull')?.at(-1);
  if (isnull !== undefined && isnull !== '') {
    const parsed = parseBoolean(isnull);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- echoes the value the client sent, whatever its JSON type, as the real API does
    if (parsed === undefined) invalid.push({ name: 'einddatum__isnull', code: 'invalid', reason: `'${String(isnull)}' is geen geldige booleaanse waarde.` });
    else query.einddatumIsnull = parsed;
  }

  query.identificatie = single('identificatie');
  query.zaaktype = single('zaaktype');
  if (query.zaaktype !== undefined && !isAbsoluteUrl(query.zaaktype)) {
    invalid.push({ name: 'zaaktype', code: 'invalid', reason: 'Voer een geldige URL in.' });
  }
  query.zaaktypeIn = list('zaaktype__in');
  query.uuidIn = list('uuid__in');
  if (query.uuidIn?.some((uuid) => !isUuid(uuid))) {
    invalid.push({ name: 'uuid__in', code: 'invalid', reason: 'Voer een geldige UUID in.' });
  }

  for (const name of ['startdatum__gte', 'startdatum__lte'] as const) {
    const value = single(name);
    if (value === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) invalid.push({ name, code: 'invalid', reason: 'Voer een geldige datum in.' });
    else if (name === 'startdatum__gte') query.startdatumGte = value;
    else query.startdatumLte = value;
  }

  const maximum = single('maximaleVertrouwelijkheidaanduiding');
  if (maximum !== undefined) {
    if (!(VERTROUWELIJKHEIDAANDUIDINGEN as readonly string[]).includes(maximum)) invalid.push(invalidChoice('maximaleVertrouwelijkheidaanduiding', maximum));
    else query.maximaleVertrouwelijkheidaanduiding = maximum as VertrouwelijkheidAanduiding;
  }

  for (const [name, { read, choices }] of Object.entries(ROL_FILTERS)) {
    const value = single(name);
    if (value === undefined) continue;
    if (choices && !choices.includes(value)) invalid.push(invalidChoice(name, value));
    else query.rol = [...query.rol, { read, value }];
  }

  for (const term of list('ordering') ?? []) {
    const descending = term.startsWith('-');
    const field = (descending ? term.slice(1) : term) as OrderingField;
    if (!ZAAK_ORDERING.includes(field)) {
      invalid.push(invalidChoice('ordering', term));
    } else {
      query.ordering = [...query.ordering, { field, descending }];
    }
  }

  if (invalid.length > 0) throw validationError(invalid);
  return query;
}

function invalidChoice(name: string, value: string): FieldValidationError {
  return { name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.` };
}

/**
 * The zaken matching `query`, ordered by it (stable; without ordering the input order is kept).
 * `rolOf` finds a rol by URL (for the rol filters).
 */
export function applyZaakQuery(zaken: readonly Zaak[], query: ZaakQuery, rolOf: (url: string) => Rol | undefined): Zaak[] {
  const maximum = query.maximaleVertrouwelijkheidaanduiding;
  const hasRol = (zaak: Zaak, filter: RolFilter) =>
    zaak.rollen.some((url) => {
      const rol = rolOf(url);
      return rol !== undefined && filter.read(rol) === filter.value;
    });
  const matches = zaken.filter(
    (zaak) =>
      (query.einddatumIsnull === undefined || (zaak.einddatum === null || zaak.einddatum === undefined) === query.einddatumIsnull) &&
      (query.identificatie === undefined || zaak.identificatie === query.identificatie) &&
      (query.zaaktype === undefined || zaak.zaaktype === query.zaaktype) &&
      (query.zaaktypeIn === undefined || query.zaaktypeIn.includes(zaak.zaaktype)) &&
      (query.uuidIn === undefined || query.uuidIn.includes(zaak.uuid)) &&
      (query.startdatumGte === undefined || zaak.startdatum >= query.startdatumGte) &&
      (query.startdatumLte === undefined || zaak.startdatum <= query.startdatumLte) &&
      (maximum === undefined || withinVertrouwelijkheid(zaak.vertrouwelijkheidaanduiding, maximum)) &&
      query.rol.every((filter) => hasRol(zaak, filter)),
  );
  if (query.ordering.length === 0) return matches;
  return matches.sort((a, b) => {
    for (const { field, descending } of query.ordering) {
      const result = compareNullable(a[field], b[field], descending);
      if (result !== 0) return result;
    }
    return 0;
  });
}

/** PostgreSQL's order, which Open Zaak inherits: NULLs sort as larger than any value (last ascending, first descending). */
function compareNullable(a: string | null | undefined, b: string | null | undefined, descending: boolean): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  let result: number;
  if (aNull || bNull) result = aNull === bNull ? 0 : aNull ? 1 : -1;
  else result = a < b ? -1 : a > b ? 1 : 0;
  return descending ? -result : result;
}

function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True' || value === '1') return true;
  if (value === 'false' || value === 'False' || value === '0') return false;
  return undefined;
}

/** Whether `value` is an absolute http(s) URL. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
