/**
 * BRP Personen bevragen 2.7.0 behind the gateway: `POST /personen` with `RaadpleegMetBurgerservicenummer`
 * and `fields` projection, as the RvIG API answers it:
 * - `fields` is required (1–130 paths); a path that names no field, or an automatically delivered one
 *   (`inOnderzoek`, `geheimhoudingPersoonsgegevens`, `opschortingBijhouding`, `rni`, `verificatie`), is a 400.
 * - Only the requested fields come back, plus the automatically delivered ones. A date or a
 *   waardetabel comes back whole when any part of it is asked for; a polymorphic `verblijfplaats` always
 *   carries its `type`.
 * - A BSN that does not match `^[0-9]{9}$` is a 400; an unknown one gives `personen: []`.
 *
 * Gateway scoping (the mock's reading of its role, not part of the BRP standard): a resident may consult
 * only their own BSN. Any other BSN in the request is refused with 403 — refused rather than answered
 * empty, so that a wrong request is visible instead of looking like "person not found". An application
 * (upstream mode) may consult any BSN and search with `ZoekMetGeslachtsnaamEnGeboortedatum` (see
 * `brp-zoeken.ts`; the answer is a `PersoonBeperkt` and `fields` may name only its fields). A resident's
 * search is a 403; the other search types are a 403 in both modes.
 *
 * Error bodies are schema-valid `BadRequestFoutbericht`/`Foutbericht`. Deviation: RvIG names list
 * entries as `fields[0]` and quotes the pattern in `reason`, both of which its own schema's patterns
 * forbid; the mock names the parameter (`fields`) and puts the offending path in `reason`.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { ProblemError } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import { maySee } from '../requester.js';
import type { FieldValidationError } from '../types.js';
import { brpPersonen, type Persoon } from '../fixtures/brp.js';
import { readGeslachtsnaamGeboortedatum, ZOEK_GESLACHTSNAAM_GEBOORTEDATUM, zoekGeslachtsnaamGeboortedatum } from './brp-zoeken.js';

/** The `API-version` of BRP Personen bevragen. */
export const BRP_API_VERSION = '2.7.0';

/**
 * A node of the Persoon field tree. `true`: a scalar. `$whole`: returned whole when it or any part is
 * asked for (dates, waardetabellen). `$array`: a list; the rest of the path applies to each item.
 * `$type`: polymorphic; its `type` comes along with any part.
 */
type FieldNode = true | { readonly $whole?: true; readonly $array?: true; readonly $type?: true; readonly [name: string]: FieldNode | undefined };

const DATUM: FieldNode = { $whole: true, type: true, datum: true, jaar: true, maand: true, onbekend: true, langFormaat: true };
const WAARDE: FieldNode = { $whole: true, code: true, omschrijving: true };
const GEBOORTE: FieldNode = { datum: DATUM, land: WAARDE, plaats: WAARDE };
const NAAM_GERELATEERDE: FieldNode = {
  voornamen: true,
  adellijkeTitelPredicaat: { $whole: true, code: true, omschrijving: true, soort: true },
  voorvoegsel: true,
  geslachtsnaam: true,
  voorletters: true,
};

/** The fields of a Persoon in BRP 2.7.0 that `fields` may name (gezag only as a whole). */
const PERSOON: FieldNode = {
  aNummer: true,
  burgerservicenummer: true,
  datumEersteInschrijvingGBA: DATUM,
  geslacht: WAARDE,
  uitsluitingKiesrecht: { uitgeslotenVanKiesrecht: true, einddatum: DATUM },
  europeesKiesrecht: { aanduiding: WAARDE, einddatumUitsluiting: DATUM },
  leeftijd: true,
  naam: { ...NAAM_GERELATEERDE, volledigeNaam: true, aanduidingNaamgebruik: WAARDE },
  nationaliteiten: { $array: true, $type: true, type: true, nationaliteit: WAARDE, redenOpname: WAARDE, datumIngangGeldigheid: DATUM },
  geboorte: GEBOORTE,
  overlijden: { datum: DATUM, land: WAARDE, plaats: WAARDE },
  verblijfplaats: {
    $type: true,
    type: true,
    datumVan: DATUM,
    datumIngangGeldigheid: DATUM,
    functieAdres: WAARDE,
    adresseerbaarObjectIdentificatie: true,
    nummeraanduidingIdentificatie: true,
    indicatieVastgesteldVerblijftNietOpAdres: true,
    verblijfadres: {
      officieleStraatnaam: true,
      korteStraatnaam: true,
      huisnummer: true,
      huisletter: true,
      huisnummertoevoeging: true,
      aanduidingBijHuisnummer: WAARDE,
      postcode: true,
      woonplaats: true,
      regel1: true,
      regel2: true,
      regel3: true,
      land: WAARDE,
      locatiebeschrijving: true,
    },
  },
  immigratie: {
    landVanwaarIngeschreven: WAARDE,
    datumVestigingInNederland: DATUM,
    vanuitVerblijfplaatsOnbekend: true,
    indicatieVestigingVanuitBuitenland: true,
  },
  gemeenteVanInschrijving: WAARDE,
  datumInschrijvingInGemeente: DATUM,
  adressering: {
    aanhef: true,
    aanschrijfwijze: { naam: true, aanspreekvorm: true },
    gebruikInLopendeTekst: true,
    adresregel1: true,
    adresregel2: true,
    adresregel3: true,
    land: WAARDE,
    indicatieVastgesteldVerblijftNietOpAdres: true,
  },
  indicatieCurateleRegister: true,
  indicatieGezagMinderjarige: WAARDE,
  gezag: { $whole: true },
  verblijfstitel: { aanduiding: WAARDE, datumEinde: DATUM, datumIngang: DATUM },
  kinderen: { $array: true, burgerservicenummer: true, naam: NAAM_GERELATEERDE, geboorte: GEBOORTE },
  ouders: {
    $array: true,
    burgerservicenummer: true,
    geslacht: WAARDE,
    ouderAanduiding: true,
    datumIngangFamilierechtelijkeBetrekking: DATUM,
    naam: NAAM_GERELATEERDE,
    geboorte: GEBOORTE,
  },
  partners: {
    $array: true,
    burgerservicenummer: true,
    geslacht: WAARDE,
    soortVerbintenis: WAARDE,
    naam: NAAM_GERELATEERDE,
    geboorte: GEBOORTE,
    aangaanHuwelijkPartnerschap: { datum: DATUM, land: WAARDE, plaats: WAARDE },
    ontbindingHuwelijkPartnerschap: { datum: DATUM },
  },
};

/** The fields of a `PersoonBeperkt`, all a search (`ZoekMet…`) may ask for and answer. */
const PERSOON_BEPERKT: FieldNode = {
  burgerservicenummer: true,
  geboorte: { datum: DATUM },
  geslacht: WAARDE,
  leeftijd: true,
  naam: { ...NAAM_GERELATEERDE, volledigeNaam: true },
  adressering: { adresregel1: true, adresregel2: true, adresregel3: true, land: WAARDE, indicatieVastgesteldVerblijftNietOpAdres: true },
};

/** Delivered whenever they apply; asking for them is a 400. */
const AUTOMATISCH = ['inOnderzoek', 'geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie'] as const;
const ZOEKTYPES = [
  'ZoekMetGeslachtsnaamEnGeboortedatum',
  'ZoekMetNaamEnGemeenteVanInschrijving',
  'ZoekMetPostcodeEnHuisnummer',
  'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving',
  'ZoekMetNummeraanduidingIdentificatie',
  'ZoekMetAdresseerbaarObjectIdentificatie',
];
const FIELD_PATTERN = /^[a-zA-Z0-9._]{1,200}$/;
const BSN_PATTERN = /^[0-9]{9}$/;
const GEMEENTE_PATTERN = /^[0-9]{4}$/;

/** Which parts of a person to return: `true` = the whole value at that point. */
type Mask = true | Map<string, Mask>;

/** The BRP definition for the given base URLs. */
export function brpApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.brp, version: BRP_API_VERSION, auth: 'api-key', routes };
}

function badRequest(
  invalid: readonly FieldValidationError[],
  title = 'Een of meerdere parameters zijn niet correct.',
  code = 'paramsValidation',
): ProblemError {
  const names = [...new Set(invalid.map((param) => param.name))].join(', ');
  return new ProblemError(400, code, title, `De foutieve parameter(s) zijn ${names}.`, invalid);
}

function forbidden(detail: string): ProblemError {
  return new ProblemError(403, 'autorisation', 'U bent niet geautoriseerd voor deze operatie.', detail);
}

/** The node a path names, or undefined when it names no field under `root`. */
function resolvePath(segments: readonly string[], root: FieldNode): FieldNode | undefined {
  let node: FieldNode = root;
  for (const segment of segments) {
    if (node === true || segment.startsWith('$') || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment] as FieldNode;
  }
  return node;
}

/** Adds one validated path to `mask`. */
function addToMask(mask: Map<string, Mask>, segments: readonly string[], root: FieldNode, listedOnly: boolean): void {
  let node: FieldNode = root;
  let current = mask;
  for (const [index, segment] of segments.entries()) {
    node = (node as Exclude<FieldNode, true>)[segment] as FieldNode;
    const last = index === segments.length - 1;
    // A scalar, a whole-value node or the end of the path takes everything below it (for a search's
    // PersoonBeperkt: everything below it that the limited answer has, e.g. `naam` without aanduidingNaamgebruik).
    if (last || node === true || node.$whole) {
      current.set(segment, listedOnly ? listedMask(node) : true);
      return;
    }
    const existing = current.get(segment);
    if (existing === true) return;
    const next = existing ?? new Map<string, Mask>();
    current.set(segment, next);
    current = next;
  }
}

/** A mask of every field `node` lists (a scalar or whole-value node: all of it). */
function listedMask(node: FieldNode): Mask {
  if (node === true || node.$whole) return true;
  const fields = Object.entries(node).filter((entry): entry is [string, FieldNode] => !entry[0].startsWith('$') && entry[1] !== undefined);
  return new Map(fields.map(([name, child]) => [name, listedMask(child)]));
}

/** The parts of `value` that `mask` selects under `node`; undefined when nothing is left. */
function project(value: unknown, mask: Mask, node: FieldNode): unknown {
  if (value === undefined || value === null) return undefined;
  if (mask === true) return value;
  if (node !== true && node.$array) {
    if (!Array.isArray(value)) return undefined;
    const items = value.map((item) => projectObject(item, mask, node)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  return projectObject(value, mask, node);
}

function projectObject(value: unknown, mask: Map<string, Mask>, node: FieldNode): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || node === true) return undefined;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const part = project(source[key], sub, node[key] as FieldNode);
    if (part !== undefined) out[key] = part;
  }
  if (Object.keys(out).length === 0) return undefined;
  // A polymorphic object always says what it is.
  if (node.$type && typeof source.type === 'string') return { type: source.type, ...out };
  return out;
}

/** Validates `fields` against the answer's fields (`root`) and turns it into a mask. */
function readFields(value: unknown, root: FieldNode, listedOnly = false): Map<string, Mask> {
  if (value === undefined) {
    throw badRequest(
      [{ name: 'fields', code: 'required', reason: 'Parameter is verplicht.' }],
      'Minimale combinatie van parameters moet worden opgegeven.',
      'paramsCombination',
    );
  }
  if (!Array.isArray(value)) throw badRequest([{ name: 'fields', code: 'array', reason: 'Parameter is geen array.' }]);
  if (value.length < 1) throw badRequest([{ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' }]);
  if (value.length > 130) throw badRequest([{ name: 'fields', code: 'maxItems', reason: 'Array bevat meer dan 130 items.' }]);
  const invalid: FieldValidationError[] = [];
  const mask = new Map<string, Mask>();
  for (const path of value) {
    if (typeof path !== 'string' || !FIELD_PATTERN.test(path)) {
      invalid.push({ name: 'fields', code: 'pattern', reason: 'Waarde voldoet niet aan het patroon van een veldpad.' });
      continue;
    }
    const segments = path.split('.');
    const shown = path.slice(0, 40);
    if ((AUTOMATISCH as readonly string[]).includes(segments[0] as string) || segments.includes('inOnderzoek')) {
      invalid.push({ name: 'fields', code: 'fields', reason: `Parameter bevat een automatisch geleverd veld, ${shown}.` });
    } else if (segments.some((segment) => segment === '') || resolvePath(segments, root) === undefined) {
      invalid.push({ name: 'fields', code: 'fields', reason: `Parameter bevat een niet bestaande veldnaam, ${shown}.` });
    } else {
      addToMask(mask, segments, root, listedOnly);
    }
  }
  if (invalid.length > 0) throw badRequest(invalid);
  return mask;
}

function readBsns(value: unknown): string[] {
  if (value === undefined) {
    throw badRequest(
      [{ name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' }],
      'Minimale combinatie van parameters moet worden opgegeven.',
      'paramsCombination',
    );
  }
  if (!Array.isArray(value)) throw badRequest([{ name: 'burgerservicenummer', code: 'array', reason: 'Parameter is geen array.' }]);
  if (value.length < 1) throw badRequest([{ name: 'burgerservicenummer', code: 'minItems', reason: 'Array bevat minder dan 1 items.' }]);
  if (value.length > 20) throw badRequest([{ name: 'burgerservicenummer', code: 'maxItems', reason: 'Array bevat meer dan 20 items.' }]);
  const invalid = value.filter((bsn) => typeof bsn !== 'string' || !BSN_PATTERN.test(bsn));
  if (invalid.length > 0) {
    throw badRequest(invalid.map(() => ({ name: 'burgerservicenummer', code: 'pattern', reason: 'Waarde is geen burgerservicenummer van 9 cijfers.' })));
  }
  return value as string[];
}

/** The person as `fields` asks for it, plus what the BRP delivers automatically. */
function respond(persoon: Persoon, mask: Map<string, Mask>, root: FieldNode = PERSOON): Persoon {
  const projected = (projectObject(persoon, mask, root) ?? {}) as Persoon;
  const automatisch: Partial<Persoon> = {};
  if (persoon.geheimhoudingPersoonsgegevens === true) automatisch.geheimhoudingPersoonsgegevens = true;
  if (persoon.opschortingBijhouding) automatisch.opschortingBijhouding = persoon.opschortingBijhouding;
  if (persoon.rni) automatisch.rni = persoon.rni;
  if (persoon.verificatie) automatisch.verificatie = persoon.verificatie;
  return { ...projected, ...automatisch };
}

function isJson(request: Request): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '');
}

async function personen(request: Request, state: MockState): Promise<unknown> {
  if (!isJson(request)) {
    throw new ProblemError(415, 'unsupportedMediaType', 'Media Type wordt niet ondersteund.', 'Ondersteunde content type is application json.');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw badRequest([{ name: 'body', code: 'json', reason: 'Body is geen geldige JSON.' }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest([{ name: 'body', code: 'object', reason: 'Body is geen object.' }]);
  const query = body as Record<string, unknown>;
  const type = query.type;
  if (typeof type === 'string' && ZOEKTYPES.includes(type)) {
    // Behind the gateway a resident may only consult themselves; an application may search (one type so far).
    if (state.requester.kind !== 'application') throw forbidden('Alleen het raadplegen van de eigen gegevens is toegestaan.');
    if (type === ZOEK_GESLACHTSNAAM_GEBOORTEDATUM) return zoekMetGeslachtsnaamEnGeboortedatum(query);
    throw forbidden('Dit zoektype wordt niet ondersteund.');
  }
  if (type !== 'RaadpleegMetBurgerservicenummer') {
    throw badRequest([
      {
        name: 'type',
        code: type === undefined ? 'required' : 'value',
        reason: type === undefined ? 'Parameter is verplicht.' : 'Waarde is geen geldig zoek type.',
      },
    ]);
  }
  // The RvIG API validates every parameter before it answers.
  const mask = readFields(query.fields, PERSOON);
  const bsns = readBsns(query.burgerservicenummer);
  const gemeente = query.gemeenteVanInschrijving;
  if (gemeente !== undefined && (typeof gemeente !== 'string' || !GEMEENTE_PATTERN.test(gemeente))) {
    throw badRequest([{ name: 'gemeenteVanInschrijving', code: 'pattern', reason: 'Waarde is geen gemeentecode van 4 cijfers.' }]);
  }
  if (bsns.some((bsn) => !maySee(state.requester, bsn))) throw forbidden('De gevraagde persoon valt buiten de sessie.');
  const found = [...new Set(bsns)]
    .map((bsn) => (Object.hasOwn(brpPersonen, bsn) ? brpPersonen[bsn] : undefined))
    .filter((persoon): persoon is Persoon => persoon !== undefined)
    .filter((persoon) => gemeente === undefined || persoon.gemeenteVanInschrijving?.code === gemeente);
  return { type: 'RaadpleegMetBurgerservicenummer', personen: found.map((persoon) => respond(persoon, mask)) };
}

/** `ZoekMetGeslachtsnaamEnGeboortedatum` over every person in the BRP, answered as `PersoonBeperkt`. */
function zoekMetGeslachtsnaamEnGeboortedatum(body: Record<string, unknown>): unknown {
  const mask = readFields(body.fields, PERSOON_BEPERKT, true);
  const query = readGeslachtsnaamGeboortedatum(body);
  if (Array.isArray(query)) {
    const missing = query.some((param) => param.code === 'required');
    throw missing ? badRequest(query, 'Minimale combinatie van parameters moet worden opgegeven.', 'paramsCombination') : badRequest(query);
  }
  const found = zoekGeslachtsnaamGeboortedatum(Object.values(brpPersonen), query);
  return { type: ZOEK_GESLACHTSNAAM_GEBOORTEDATUM, personen: found.map((persoon) => respond(persoon, mask, PERSOON_BEPERKT)) };
}

const routes: Route[] = [{ method: 'POST', path: '/personen', handle: ({ request, state }) => personen(request, state) }];
