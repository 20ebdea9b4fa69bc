/**
 * The write side of Klantinteracties that a KCC employee uses to register a contact (Open Klant 2.18,
 * API 0.9.0): `POST /klantcontacten`, `/betrokkenen`, `/onderwerpobjecten` and `/internetaken`, and the
 * reads of interne taken (`GET /internetaken`, `/internetaken/{uuid}`).
 *
 * Each body is checked against the 0.9.0 schema as Open Klant's serializers check it (required fields,
 * lengths, enums, booleans, references to existing resources; read-only fields are ignored) and a
 * failure is a `ValidatieFout` naming every invalid field at once. A new betrokkene links its klantcontact
 * to the partij (`partij.betrokkenen`, `klantcontact.hadBetrokkenen`), so the partij's contact history
 * (`GET /klantcontacten?hadBetrokkene__wasPartij__uuid=…`) lists it at once; onderwerpobjecten and interne
 * taken are linked into their klantcontact the same way.
 *
 * Scoping as the rest of the mock (see `requester.ts`): an application may write anything. Confined to
 * a resident (the gateway's view for one klant, which is also what an employee's klant context gives),
 * a betrokkene's `wasPartij` must be that klant's partij (403 otherwise), and the other writes must name
 * a klantcontact of that partij, or one just created that has no betrokkene yet.
 * @module
 */
import type { KlantinteractiesStore, InterneTaak, Klantcontact, Onderwerpobject, Partij, Betrokkene } from '../fixtures/klantinteracties.js';
import { choice, listRoute, type Filter } from '../http/list-route.js';
import { notFound, validationError, type ProblemError } from '../http/problem.js';
import type { Route, RouteContext } from '../http/route.js';
import type { MockState } from '../state.js';
import type { FieldValidationError } from '../types.js';
import { isUuid } from '../util/uuid.js';

type Body = Record<string, unknown>;
type Read<T> = (item: T) => readonly (string | null | undefined)[] | string | null | undefined;

/** What the writes share with the read side of `klantinteracties.ts` (scoping, body parsing, filters). */
export interface KlantinteractiesWriteKit {
  readonly store: KlantinteractiesStore;
  /** The request's JSON object (400 otherwise). */
  jsonBody(request: Request): Promise<Body>;
  /** A `{uuid}` reference field: the uuid, `null`, or `undefined` when absent or invalid (then an error is pushed). */
  refUuid(body: Body, name: string, errors: FieldValidationError[]): string | null | undefined;
  /** The partij the requester is confined to; `undefined` for an application (or a resident without one). */
  residentPartij(state: MockState): Partij | undefined;
  /** Whether answers are confined to one resident (the gateway's view). */
  confined(state: MockState): boolean;
  /** UUIDs of the klantcontacten the requester may see. */
  visibleKlantcontacten(state: MockState): Set<string>;
  forbidden(detail: string): ProblemError;
  uuidOf<T>(read: Read<T>): Filter<T>;
  stringOf<T>(read: Read<T>): Filter<T>;
  /** A fresh deterministic UUID for a created resource of `kind`. */
  newUuid(kind: string): string;
}

const ROLLEN = ['klant', 'vertegenwoordiger'] as const;
const TAAK_STATUS = ['te_verwerken', 'verwerkt'] as const;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The write routes and the interne-taak reads. */
export function klantinteractiesWriteRoutes(kit: KlantinteractiesWriteKit): Route[] {
  const { store } = kit;
  const ref = (collection: string, uuid: string) => ({ uuid, url: `${store.base}/${collection}/${uuid}` });

  /** A klantcontact a write may name: visible to the requester, or new and not yet linked to anyone. */
  const writableKlantcontact = (state: MockState, uuid: string | null | undefined): Klantcontact | undefined => {
    const kc = uuid ? store.klantcontacten.get(uuid) : undefined;
    return kc && (kc.hadBetrokkenen.length === 0 || kit.visibleKlantcontacten(state).has(kc.uuid)) ? kc : undefined;
  };
  /** Checks a reference to a klantcontact, pushing `does_not_exist` for an unknown (or not writable) one. */
  const klantcontactRef = (state: MockState, body: Body, name: string, errors: FieldValidationError[], required: boolean): Klantcontact | null | undefined => {
    const uuid = kit.refUuid(body, name, errors);
    if (uuid === undefined && !(name in body) && required) errors.push(requiredError(name));
    if (uuid === null && required) errors.push({ name, code: 'null', reason: 'Dit veld mag niet leeg zijn.' });
    if (!uuid) return uuid === null ? null : undefined;
    const kc = writableKlantcontact(state, uuid);
    if (!kc) errors.push({ name: `${name}.uuid`, code: 'does_not_exist', reason: 'Klantcontact object bestaat niet.' });
    return kc;
  };
  const visibleTaak = (state: MockState) => {
    const visible = kit.visibleKlantcontacten(state);
    return (taak: InterneTaak) => visible.has(taak.aanleidinggevendKlantcontact.uuid);
  };

  /** A `POST` that creates a resource from a JSON object body (201). */
  const create = (path: string, build: (body: Body, state: MockState) => unknown): Route => ({
    method: 'POST',
    path,
    status: 201,
    handle: async ({ request, state }) => build(await kit.jsonBody(request), state),
  });

  return [
    create('/klantcontacten', (body) => {
      const fields = validateKlantcontact(body);
      const uuid = kit.newUuid('klantcontact');
      const kc: Klantcontact = {
        ...ref('klantcontacten', uuid),
        gingOverOnderwerpobjecten: [],
        hadBetrokkenActoren: [],
        omvatteBijlagen: [],
        hadBetrokkenen: [],
        leiddeTotInterneTaken: [],
        nummer: fields.nummer ?? null,
        referentienummer: fields.referentienummer ?? `KC${String(store.klantcontacten.size + 1).padStart(6, '0')}`,
        inhoud: '',
        reactie: '',
        indicatieContactGelukt: null,
        verdereActieOndernomen: false,
        // Open Klant's model default: a contact registered without a time took place now.
        plaatsgevondenOp: new Date().toISOString(),
        metadata: {},
        ...fields,
      } as Klantcontact;
      store.klantcontacten.set(uuid, kc);
      return kc;
    }),
    create('/betrokkenen', (body, state) => {
      const errors: FieldValidationError[] = [];
      const kc = klantcontactRef(state, body, 'hadKlantcontact', errors, true);
      const partijUuid = kit.refUuid(body, 'wasPartij', errors);
      const partij = partijUuid ? store.partijen.get(partijUuid) : undefined;
      if (partijUuid && !partij) errors.push({ name: 'wasPartij.uuid', code: 'does_not_exist', reason: 'Partij object bestaat niet.' });
      const fields = validateBetrokkene(body, errors);
      if (errors.length > 0 || !kc || fields.rol === undefined || fields.initiator === undefined) throw validationError(errors);
      if (kit.confined(state)) {
        const own = kit.residentPartij(state);
        if (!own || partij?.uuid !== own.uuid) throw kit.forbidden('Een betrokkene moet de partij van de gekozen klant zijn.');
      }
      const uuid = kit.newUuid('betrokkene');
      const contactnaam = fields.contactnaam ?? (partij ? contactnaamOf(partij) : null);
      const betrokkene: Betrokkene = {
        ...ref('betrokkenen', uuid),
        wasPartij: partij ? { uuid: partij.uuid, url: partij.url } : null,
        hadKlantcontact: { uuid: kc.uuid, url: kc.url },
        digitaleAdressen: [],
        bezoekadres: null,
        correspondentieadres: null,
        organisatienaam: '',
        ...fields,
        rol: fields.rol,
        initiator: fields.initiator,
        contactnaam,
        volledigeNaam: contactnaam ? [contactnaam.voornaam, contactnaam.voorvoegselAchternaam, contactnaam.achternaam].filter(Boolean).join(' ') : '',
      };
      store.betrokkenen.set(uuid, betrokkene);
      kc.hadBetrokkenen = [...kc.hadBetrokkenen, { uuid, url: betrokkene.url }];
      if (partij) partij.betrokkenen = [...partij.betrokkenen, { uuid, url: betrokkene.url }];
      return betrokkene;
    }),
    create('/onderwerpobjecten', (body, state) => {
      const errors: FieldValidationError[] = [];
      const kc = klantcontactRef(state, body, 'klantcontact', errors, false);
      const was = klantcontactRef(state, body, 'wasKlantcontact', errors, false);
      const identificator = validateIdentificator(body, errors);
      if (errors.length > 0) throw validationError(errors);
      const uuid = kit.newUuid('onderwerpobject');
      const onderwerp: Onderwerpobject = {
        ...ref('onderwerpobjecten', uuid),
        klantcontact: kc ? { uuid: kc.uuid, url: kc.url } : null,
        wasKlantcontact: was ? { uuid: was.uuid, url: was.url } : null,
        onderwerpobjectidentificator: identificator,
      };
      store.onderwerpobjecten.set(uuid, onderwerp);
      if (kc) kc.gingOverOnderwerpobjecten = [...kc.gingOverOnderwerpobjecten, { uuid, url: onderwerp.url }];
      return onderwerp;
    }),
    create('/internetaken', (body, state) => {
      const errors: FieldValidationError[] = [];
      const kc = klantcontactRef(state, body, 'aanleidinggevendKlantcontact', errors, true);
      const actoren = validateActoren(kit, body, errors);
      const fields = validateInterneTaak(body, errors);
      if (errors.length > 0 || !kc) throw validationError(errors);
      const uuid = kit.newUuid('internetaak');
      const now = new Date().toISOString();
      const taak: InterneTaak = {
        ...ref('internetaken', uuid),
        nummer: null,
        referentienummer: `IT${String(store.interneTaken.size + 1).padStart(6, '0')}`,
        toelichting: '',
        ...fields,
        aanleidinggevendKlantcontact: { uuid: kc.uuid, url: kc.url },
        toegewezenAanActor: actoren[0],
        toegewezenAanActoren: actoren,
        toegewezenOp: now,
        // Open Klant stamps the moment a taak is handled when it arrives as `verwerkt`.
        afgehandeldOp: fields.afgehandeldOp ?? (fields.status === 'verwerkt' ? now : null),
      } as InterneTaak;
      store.interneTaken.set(uuid, taak);
      kc.leiddeTotInterneTaken = [...kc.leiddeTotInterneTaken, { uuid, url: taak.url }];
      return taak;
    }),
    listRoute<InterneTaak>('/internetaken', {
      items: () => [...store.interneTaken.values()],
      scope: visibleTaak,
      filters: {
        aanleidinggevendKlantcontact__url: kit.stringOf((t) => t.aanleidinggevendKlantcontact.url),
        aanleidinggevendKlantcontact__uuid: kit.uuidOf((t) => t.aanleidinggevendKlantcontact.uuid),
        klantcontact__uuid: kit.uuidOf((t) => t.aanleidinggevendKlantcontact.uuid),
        klantcontact__nummer: kit.stringOf((t) => store.klantcontacten.get(t.aanleidinggevendKlantcontact.uuid)?.nummer),
        klantcontact__referentienummer: kit.stringOf((t) => store.klantcontacten.get(t.aanleidinggevendKlantcontact.uuid)?.referentienummer),
        actoren__naam: kit.stringOf((t) => (t.toegewezenAanActoren ?? []).map((a) => store.actoren.get(a.uuid)?.naam)),
        toegewezenAanActor__uuid: kit.uuidOf((t) => (t.toegewezenAanActoren ?? []).map((a) => a.uuid)),
        toegewezenAanActor__url: kit.stringOf((t) => (t.toegewezenAanActoren ?? []).map((a) => a.url)),
        nummer: kit.stringOf((t) => t.nummer),
        referentienummer: kit.stringOf((t) => t.referentienummer),
        status: choice(TAAK_STATUS),
        toegewezenOp: kit.stringOf((t) => t.toegewezenOp),
      },
    }),
    {
      method: 'GET',
      path: '/internetaken/:uuid',
      handle: ({ params, state }: RouteContext) => {
        const taak = params.uuid && isUuid(params.uuid) ? store.interneTaken.get(params.uuid) : undefined;
        if (!taak || !visibleTaak(state)(taak)) throw notFound();
        return taak;
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Field checks (DRF's codes and Dutch messages, as Open Klant answers)

function requiredError(name: string): FieldValidationError {
  return { name, code: 'required', reason: 'Dit veld is vereist.' };
}

type Presence = { required?: boolean; nullable?: boolean };

/** Whether the field is absent or null; pushes `required` or `null` when that is not allowed. */
function isAbsent(value: unknown, name: string, errors: FieldValidationError[], options: Presence): value is null | undefined {
  if (value === undefined) {
    if (options.required) errors.push(requiredError(name));
    return true;
  }
  if (value !== null) return false;
  if (!options.nullable) errors.push({ name, code: 'null', reason: 'Dit veld mag niet leeg zijn.' });
  return true;
}

/** A string field: required (not blank) or optional, at most `max` characters, `null` only when `nullable`. */
function text(body: Body, name: string, errors: FieldValidationError[], max: number, options: Presence = {}): string | null | undefined {
  const value = body[name];
  if (isAbsent(value, name, errors, options)) return value === null && options.nullable ? null : undefined;
  if (typeof value !== 'string') errors.push({ name, code: 'invalid', reason: 'Geen geldige string.' });
  else if (options.required && value.trim() === '') errors.push({ name, code: 'blank', reason: 'Dit veld mag niet leeg zijn.' });
  else if (value.length > max) errors.push({ name, code: 'max_length', reason: `Zorg ervoor dat dit veld niet meer dan ${max} karakters bevat.` });
  else return value;
  return undefined;
}

function boolean(body: Body, name: string, errors: FieldValidationError[], options: Presence = {}): boolean | null | undefined {
  const value = body[name];
  if (isAbsent(value, name, errors, options)) return value === null && options.nullable ? null : undefined;
  if (typeof value === 'boolean') return value;
  errors.push({ name, code: 'invalid', reason: 'Moet een geldige boolean zijn.' });
  return undefined;
}

function dateTime(body: Body, name: string, errors: FieldValidationError[], nullable: boolean): string | null | undefined {
  const value = body[name];
  if (value === undefined || (value === null && nullable)) return value;
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    errors.push({ name, code: 'invalid', reason: 'Datetime heeft een ongeldig formaat.' });
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(body: Body, name: string, choices: readonly T[], errors: FieldValidationError[]): T | undefined {
  const value = body[name];
  if (value === undefined) errors.push(requiredError(name));
  else if (!(choices as readonly unknown[]).includes(value))
    errors.push({ name, code: 'invalid_choice', reason: `"${typeof value === 'string' ? value : JSON.stringify(value)}" is een ongeldige keuze.` });
  else return value as T;
  return undefined;
}

/** Keeps the defined entries of a record of checked values. */
function defined<T extends Record<string, unknown>>(values: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>;
}

function validateKlantcontact(body: Body) {
  const errors: FieldValidationError[] = [];
  const fields = defined({
    nummer: text(body, 'nummer', errors, 10, { nullable: true }),
    referentienummer: text(body, 'referentienummer', errors, 10, { nullable: true }),
    kanaal: text(body, 'kanaal', errors, 50, { required: true }),
    onderwerp: text(body, 'onderwerp', errors, 200, { required: true }),
    inhoud: text(body, 'inhoud', errors, 1000),
    reactie: text(body, 'reactie', errors, 4000),
    indicatieContactGelukt: boolean(body, 'indicatieContactGelukt', errors, { nullable: true }),
    hoofdOnderwerpType: text(body, 'hoofdOnderwerpType', errors, 200),
    verdereActieOndernomen: boolean(body, 'verdereActieOndernomen', errors),
    taal: text(body, 'taal', errors, 3, { required: true }),
    vertrouwelijk: boolean(body, 'vertrouwelijk', errors, { required: true }),
    plaatsgevondenOp: dateTime(body, 'plaatsgevondenOp', errors, false) ?? undefined,
    metadata: metadata(body, errors),
  });
  if (typeof fields.hoofdOnderwerpType === 'string' && fields.hoofdOnderwerpType !== '' && !isHttpUrl(fields.hoofdOnderwerpType))
    errors.push({ name: 'hoofdOnderwerpType', code: 'invalid', reason: 'Voer een geldige URL in.' });
  if (errors.length > 0) throw validationError(errors);
  return fields;
}

function metadata(body: Body, errors: FieldValidationError[]): Record<string, string> | undefined {
  const value = body.metadata;
  if (value === undefined) return undefined;
  const valid =
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' && v.length <= 255);
  if (!valid) errors.push({ name: 'metadata', code: 'invalid', reason: 'Sleutels en waarden moeten tekst zijn (waarde ten hoogste 255 tekens).' });
  return valid ? (value as Record<string, string>) : undefined;
}

function validateBetrokkene(body: Body, errors: FieldValidationError[]) {
  const fields = defined({
    rol: oneOf(body, 'rol', ROLLEN, errors),
    initiator: boolean(body, 'initiator', errors, { required: true }) ?? undefined,
    organisatienaam: text(body, 'organisatienaam', errors, 200) ?? undefined,
    contactnaam: contactnaam(body, errors),
  });
  for (const adres of ['bezoekadres', 'correspondentieadres'] as const) {
    const value = body[adres];
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value)))
      errors.push({ name: adres, code: 'invalid', reason: 'Ongeldige data. Verwacht een dictionary.' });
  }
  return fields;
}

type Contactnaam = NonNullable<Betrokkene['contactnaam']>;

/** A nested group of text fields (`contactnaam`, `onderwerpobjectidentificator`): each at most its length, errors named `group.field`. */
function textGroup<K extends string>(
  body: Body,
  group: string,
  limits: Record<K, number>,
  errors: FieldValidationError[],
): Record<K, string> | null | undefined {
  const value = body[group];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push({ name: group, code: 'invalid', reason: 'Ongeldige data. Verwacht een dictionary.' });
    return undefined;
  }
  const nested: FieldValidationError[] = [];
  const checked = {} as Record<K, string>;
  for (const [name, max] of Object.entries(limits) as [K, number][]) checked[name] = text(value as Body, name, nested, max) ?? '';
  // Open Klant's check for identificators: all parts or none (a contactnaam may be partial).
  const given = Object.values<string>(checked).filter((part) => part !== '').length;
  if (group === 'onderwerpobjectidentificator' && nested.length === 0 && given > 0 && given < Object.keys(limits).length)
    for (const [name, part] of Object.entries<string>(checked)) if (part === '') nested.push(requiredError(name));
  errors.push(...nested.map((error) => ({ ...error, name: `${group}.${error.name}` })));
  return checked;
}

function contactnaam(body: Body, errors: FieldValidationError[]): Contactnaam | null | undefined {
  return textGroup(body, 'contactnaam', { voorletters: 10, voornaam: 200, voorvoegselAchternaam: 10, achternaam: 200 }, errors);
}

function contactnaamOf(partij: Partij): Contactnaam | null {
  const identificatie = partij.partijIdentificatie as { contactnaam?: Contactnaam | null } | null | undefined;
  return identificatie?.contactnaam ? { ...identificatie.contactnaam } : null;
}

function validateIdentificator(body: Body, errors: FieldValidationError[]): Onderwerpobject['onderwerpobjectidentificator'] {
  const limits = { objectId: 200, codeObjecttype: 200, codeRegister: 200, codeSoortObjectId: 200 };
  return textGroup(body, 'onderwerpobjectidentificator', limits, errors) ?? null;
}

/** `toegewezenAanActoren` (or the deprecated `toegewezenAanActor`): at least one existing, active actor. */
function validateActoren(kit: KlantinteractiesWriteKit, body: Body, errors: FieldValidationError[]): { uuid: string; url: string }[] {
  const named: { name: string; value: unknown }[] = [];
  if (Array.isArray(body.toegewezenAanActoren)) body.toegewezenAanActoren.forEach((value, i) => named.push({ name: `toegewezenAanActoren.${i}`, value }));
  else if (body.toegewezenAanActoren !== undefined)
    errors.push({ name: 'toegewezenAanActoren', code: 'not_a_list', reason: 'Verwachtte een lijst met items, maar kreeg type "dict".' });
  if (named.length === 0 && body.toegewezenAanActor !== undefined) named.push({ name: 'toegewezenAanActor', value: body.toegewezenAanActor });
  if (named.length === 0 && body.toegewezenAanActoren === undefined) {
    errors.push({ name: 'toegewezenAanActoren', code: 'required', reason: 'Een interne taak wordt aan ten minste één actor toegewezen.' });
    return [];
  }
  const actoren: { uuid: string; url: string }[] = [];
  for (const { name, value } of named) {
    const uuid = kit.refUuid({ [name]: value }, name, errors);
    const actor = uuid ? kit.store.actoren.get(uuid) : undefined;
    if (uuid && !actor) errors.push({ name: `${name}.uuid`, code: 'does_not_exist', reason: 'Actor object bestaat niet.' });
    else if (actor && actor.indicatieActief === false) errors.push({ name: `${name}.uuid`, code: 'invalid', reason: 'Deze actor is niet meer actief.' });
    else if (actor) actoren.push({ uuid: actor.uuid, url: actor.url });
  }
  return actoren;
}

function validateInterneTaak(body: Body, errors: FieldValidationError[]) {
  return defined({
    referentienummer: text(body, 'referentienummer', errors, 10, { nullable: true }),
    gevraagdeHandeling: text(body, 'gevraagdeHandeling', errors, 200, { required: true }),
    toelichting: text(body, 'toelichting', errors, 1000),
    status: oneOf(body, 'status', TAAK_STATUS, errors),
    afgehandeldOp: dateTime(body, 'afgehandeldOp', errors, true),
  });
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
