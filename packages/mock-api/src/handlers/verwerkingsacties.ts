/**
 * The write side of Verwerkingenlogging (bewerking API 0.9.0): `POST /verwerkingsacties`, as the gateway
 * logs each read. The body is checked against the bewerking API's schema (required fields, enums,
 * formats and lengths), the log assigns `url`, `actieId` and `tijdstipRegistratie`, and each verwerkt
 * object becomes readable through the inzage API at once (so the demo's `<kb-verwerkingen>` shows it).
 *
 * Idempotent per `Idempotency-Key` header: the VNG API lets the log choose `actieId`, so a client that
 * repeats a delivery names it with this key and gets the first answer again instead of a second entry.
 * Only an application may write (upstream mode); a resident's view (resident mode) may not.
 * @module
 */
import type { components } from '@klantbeeld/core/generated/verwerkingen-bewerking';
import type { ApiUrls } from '../dataset.js';
import type { VerwerktObject } from '../fixtures/verwerkingen.js';
import { ProblemError, validationError } from '../http/problem.js';
import type { Route } from '../http/route.js';
import type { FieldValidationError } from '../types.js';
import { uuidFrom } from '../util/uuid.js';

type S = components['schemas'];
type Actie = S['VerwerkingsactieUitgebreidBasis'];
type Created = S['VerwerkingsactieUitgebreid'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TEXT_FIELDS: Readonly<Record<string, number>> = {
  actieNaam: 242,
  handelingNaam: 242,
  verwerkingNaam: 242,
  systeem: 242,
  gegevensbron: 242,
  soortAfnemerId: 242,
  gebruiker: 40,
  afnemerId: 40,
};
const UUID_FIELDS = ['verwerkingId', 'verwerkingsactiviteitId', 'verwerkingsactiviteitIdAfnemer', 'verwerkingIdAfnemer'];
const URL_FIELDS = ['verwerkingsactiviteitUrl', 'verwerkingsactiviteitUrlAfnemer'];

/** The log's writable state: the inzage list it feeds and the answers per idempotency key. */
export interface ActieLog {
  readonly objecten: VerwerktObject[];
  readonly byKey: Map<string, Created>;
}

/** `POST /verwerkingsacties`. */
export function verwerkingsactiesRoutes(urls: ApiUrls, log: ActieLog): Route[] {
  let sequence = 0;
  return [
    {
      method: 'POST',
      path: '/verwerkingsacties',
      handle: async ({ request, state }) => {
        if (state.requester.kind !== 'application') {
          throw new ProblemError(
            403,
            'permission_denied',
            'Je hebt geen toestemming om deze actie uit te voeren.',
            'Alleen applicaties leggen verwerkingen vast.',
          );
        }
        const key = request.headers.get('Idempotency-Key');
        const earlier = key === null ? undefined : log.byKey.get(key);
        if (earlier) return created(earlier);
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          throw validationError([{ name: 'nonFieldErrors', code: 'parse_error', reason: 'Ongeldige JSON.' }]);
        }
        const input = validate(body);
        const now = new Date().toISOString();
        const actieId = uuidFrom(`gelogde-actie:${key ?? `${now}:${sequence++}:${Math.random()}`}`);
        const actie: Actie = { ...input, url: `${urls.verwerkingen}/verwerkingsacties/${actieId}`, actieId, tijdstipRegistratie: now };
        const objecten = actie.verwerkteObjecten.map((object, index) => {
          const verwerktObjectId = uuidFrom(`verwerkt-object:${actieId}:${index}`);
          return { url: `${urls.verwerkingen}/verwerkte-objecten/${verwerktObjectId}`, verwerktObjectId, ...object };
        });
        for (const object of objecten) log.objecten.push({ ...object, verwerkingsactie: actie });
        const answer: Created = { ...actie, verwerkteObjecten: objecten };
        if (key !== null) log.byKey.set(key, answer);
        return created(answer);
      },
    },
  ];
}

function created(actie: Created): Response {
  return new Response(JSON.stringify(actie), { status: 201, headers: { 'Content-Type': 'application/json', Location: actie.url } });
}

/** The body as the bewerking API's `VerwerkingsactieUitgebreidBasis` (without its read-only fields), or a ValidatieFout naming each problem. */
function validate(body: unknown): Omit<Actie, 'url' | 'actieId' | 'tijdstipRegistratie'> {
  const invalid: FieldValidationError[] = [];
  const add = (name: string, code: string, reason: string) => invalid.push({ name, code, reason });
  if (!isRecord(body)) throw validationError([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Verwacht een object.' }]);
  for (const readOnly of ['url', 'actieId', 'tijdstipRegistratie']) if (readOnly in body) add(readOnly, 'read-only', 'Dit veld wordt door het log bepaald.');
  if (!['normaal', 'vertrouwelijk', 'opgeheven'].includes(String(body.vertrouwelijkheid)))
    add('vertrouwelijkheid', body.vertrouwelijkheid === undefined ? 'required' : 'invalid_choice', 'Kies normaal, vertrouwelijk of opgeheven.');
  if (typeof body.tijdstip !== 'string' || !DATE_TIME.test(body.tijdstip) || Number.isNaN(Date.parse(body.tijdstip)))
    add('tijdstip', body.tijdstip === undefined ? 'required' : 'invalid', 'Voer een geldige datum/tijd in.');
  for (const [name, max] of Object.entries(TEXT_FIELDS)) {
    const value = body[name];
    if (value !== undefined && (typeof value !== 'string' || value.length > max)) add(name, 'max_length', `Tekst van ten hoogste ${max} tekens.`);
  }
  for (const name of UUID_FIELDS)
    if (body[name] !== undefined && (typeof body[name] !== 'string' || !UUID.test(body[name]))) add(name, 'invalid', 'Voer een geldige UUID in.');
  for (const name of URL_FIELDS) if (body[name] !== undefined && !isHttpUrl(body[name])) add(name, 'invalid', 'Voer een geldige URL in.');
  if (body.uitvoerder !== undefined && (typeof body.uitvoerder !== 'string' || !/^[0-9]{20}$/.test(body.uitvoerder)))
    add('uitvoerder', 'invalid', 'Een OIN van 20 cijfers.');
  if (body.bewaartermijn !== undefined && (typeof body.bewaartermijn !== 'string' || !DURATION.test(body.bewaartermijn)))
    add('bewaartermijn', 'invalid', 'Een ISO 8601-duur, zoals P1Y.');
  const objecten = body.verwerkteObjecten;
  if (!Array.isArray(objecten) || objecten.length === 0) add('verwerkteObjecten', 'required', 'Ten minste één verwerkt object.');
  else {
    objecten.forEach((object: unknown, i) => {
      const at = `verwerkteObjecten.${i}`;
      if (!isRecord(object)) {
        add(at, 'invalid', 'Verwacht een object.');
        return;
      }
      if (object.objecttype !== 'persoon') add(`${at}.objecttype`, 'invalid_choice', 'Alleen persoon.');
      for (const name of ['soortObjectId', 'objectId'])
        if (typeof object[name] !== 'string' || object[name] === '') add(`${at}.${name}`, 'required', 'Dit veld is vereist.');
      if (object.betrokkenheid !== undefined && typeof object.betrokkenheid !== 'string') add(`${at}.betrokkenheid`, 'invalid', 'Tekst.');
      const soorten = object.verwerkteSoortenGegevens;
      if (soorten !== undefined && (!Array.isArray(soorten) || !soorten.every((s) => isRecord(s) && typeof s.soortGegeven === 'string'))) {
        add(`${at}.verwerkteSoortenGegevens`, 'invalid', 'Een lijst van { soortGegeven }.');
      }
    });
  }
  if (invalid.length > 0) throw validationError(invalid);
  return body as unknown as Omit<Actie, 'url' | 'actieId' | 'tijdstipRegistratie'>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
