/**
 * The Verwerkingenlogging inzage API (0.9.0) behind the gateway: `GET /verwerkte-objecten` (paginated)
 * and `GET /verwerkte-objecten/{uuid}`, scoped to the logged-in resident; and the write side the gateway
 * logs to (`verwerkingsacties.ts`).
 *
 * As the inzage API defines it, `vertrouwelijk` actions are never served. Two gateway rules on top of the
 * standard, documented:
 * - `objectId` may be left out (the spec requires it): the gateway fills it from the session, so a
 *   resident's client never puts their BSN in a URL. An `objectId` of someone else is refused (403).
 *   An application (upstream mode) must name it, as the real API requires, and may name anyone.
 * - Pages follow DRF's `page` parameter in `next` links; the 0.9.0 document shows the page envelope but
 *   declares no page parameter.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { paginate } from '../http/pagination.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { FieldValidationError } from '../types.js';
import { impliedBsn, maySee, type Requester } from '../requester.js';
import { isUuid } from '../util/uuid.js';
import { buildVerwerkteObjecten, type VerwerktObject } from '../fixtures/verwerkingen.js';
import { verwerkingsactiesRoutes, type ActieLog } from './verwerkingsacties.js';

/** The `API-version` of the inzage API. */
export const VERWERKINGEN_API_VERSION = '0.9.0';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The inzage API definition for the given base URLs, with its own fixture log. */
export function verwerkingenApi(urls: ApiUrls): ApiDefinition {
  // One log per mock: the fixtures, then what was written to it (`POST /verwerkingsacties`).
  const log: ActieLog = { objecten: buildVerwerkteObjecten(urls), byKey: new Map() };
  return {
    base: urls.verwerkingen,
    version: VERWERKINGEN_API_VERSION,
    auth: 'zgw-jwt',
    routes: [...routes(log.objecten), ...verwerkingsactiesRoutes(urls, log)],
  };
}

/** What the inzage API serves: only normaal and opgeheven actions. */
function served(object: VerwerktObject): boolean {
  return object.verwerkingsactie.vertrouwelijkheid !== 'vertrouwelijk';
}

function validDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/**
 * Reads and validates the required parameters, as a ValidatieFout naming every problem. `objectId` is
 * required unless the requester implies it (a resident behind the gateway).
 */
function readQuery(
  url: URL,
  requester: Requester,
): { objecttype: string; soortObjectId: string; objectId: string; beginDatum: string; eindDatum: string; activiteit: string | null } {
  const params = url.searchParams;
  const invalid: FieldValidationError[] = [];
  const required = (name: string): string => {
    const value = params.get(name);
    if (value === null || value === '') invalid.push({ name, code: 'required', reason: 'Dit veld is vereist.' });
    return value ?? '';
  };
  const objecttype = required('objecttype');
  if (objecttype !== '' && objecttype !== 'persoon') {
    invalid.push({ name: 'objecttype', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${objecttype} is geen beschikbare keuze.` });
  }
  const soortObjectId = required('soortObjectId');
  const implied = impliedBsn(requester);
  const named = url.searchParams.get('objectId');
  const objectId = named === null || named === '' ? (implied ?? required('objectId')) : named;
  const beginDatum = required('beginDatum');
  const eindDatum = required('eindDatum');
  for (const [name, value] of [
    ['beginDatum', beginDatum],
    ['eindDatum', eindDatum],
  ] as const) {
    if (value !== '' && !validDate(value)) invalid.push({ name, code: 'invalid', reason: 'Voer een geldige datum in.' });
  }
  const activiteit = params.get('verwerkingsactiviteitId');
  if (activiteit !== null && activiteit !== '' && !isUuid(activiteit)) {
    invalid.push({ name: 'verwerkingsactiviteitId', code: 'invalid', reason: 'Voer een geldige UUID in.' });
  }
  if (invalid.length > 0) throw validationError(invalid);
  return { objecttype, soortObjectId, objectId, beginDatum, eindDatum, activiteit: activiteit === '' ? null : activiteit };
}

function forbidden(): ProblemError {
  return new ProblemError(
    403,
    'permission_denied',
    'Je hebt geen toestemming om deze actie uit te voeren.',
    'Alleen de eigen verwerkingen kunnen worden ingezien.',
  );
}

function routes(objecten: readonly VerwerktObject[]): Route[] {
  return [
    {
      method: 'GET',
      path: '/verwerkte-objecten',
      handle: ({ url, state }) => {
        const query = readQuery(url, state.requester);
        // Gateway scoping: the session decides whose log this is; another person's objectId is refused.
        if (!maySee(state.requester, query.objectId)) throw forbidden();
        const selected = objecten
          .filter(
            (object) =>
              served(object) &&
              object.soortObjectId === query.soortObjectId &&
              object.objectId === query.objectId &&
              // Compare on the day as logged (the local date in `tijdstip`): beginDatum inclusive, eindDatum exclusive.
              object.verwerkingsactie.tijdstip.slice(0, 10) >= query.beginDatum &&
              object.verwerkingsactie.tijdstip.slice(0, 10) < query.eindDatum &&
              (query.activiteit === null || object.verwerkingsactie.verwerkingsactiviteitId === query.activiteit),
          )
          // Newest first.
          .sort((a, b) => Date.parse(b.verwerkingsactie.tijdstip) - Date.parse(a.verwerkingsactie.tijdstip));
        return paginate(selected, url, state.pageSize);
      },
    },
    {
      method: 'GET',
      path: '/verwerkte-objecten/:uuid',
      handle: ({ params, state }) => {
        const object = params.uuid && isUuid(params.uuid) ? objecten.find((o) => o.verwerktObjectId === params.uuid) : undefined;
        if (!object || !served(object) || !maySee(state.requester, object.objectId)) throw notFound();
        return object;
      },
    },
  ];
}
