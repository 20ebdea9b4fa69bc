/**
 * The Objects API (v2 2.7.0, as Open Object 4.0 serves it, objecttypes included) behind a gateway that
 * scopes `/objects` to the logged-in resident: a record is theirs when `data.identificatie` is
 * `{type: 'bsn', value: <their BSN>}` (or, for the Open Formulieren template, `data.bsn` is).
 *
 * `/objects` filters like Open Object: `type` (an objecttype, matched by UUID; unknown → 400),
 * `data_attr` (`key__op__value`, repeated for AND, nested keys with `__`, ops exact|gt|gte|lt|lte|
 * icontains|in; malformed → 400 `invalid-data-attr-query`), `typeVersion`, `date`, `ordering`
 * (comma-separated, `-` for descending, nested like `record__data__verloopdatum`) and pagination.
 * `Accept-Crs` is optional (anything but EPSG:4326 → 406); responses carry `Content-Crs`.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { PUBLIC_OBJECTTYPES, buildObjecten, type ObjectResource, type ObjectenStore } from '../fixtures/objecten.js';
import { CRS } from '../http/crs.js';
import { paginate } from '../http/pagination.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import { maySee } from '../requester.js';
import { isUuid } from '../util/uuid.js';

/** The API version Open Object 4.0 serves. */
export const OBJECTEN_API_VERSION = '2.7.0';

const OPERATORS = ['exact', 'gt', 'gte', 'lt', 'lte', 'icontains', 'in'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Objects API with its own fixture store (one per mock instance). */
export function objectenApi(urls: ApiUrls): ApiDefinition {
  const store = buildObjecten(urls);
  return { base: urls.objecten, version: OBJECTEN_API_VERSION, auth: 'token', routes: routes(store) };
}

/** Open Object: `Accept-Crs` may be left out; when given it must be the one CRS it serves. */
function acceptCrs(request: Request): void {
  const value = request.headers.get('Accept-Crs');
  if (value !== null && value.trim() !== CRS) {
    throw new ProblemError(406, 'not_acceptable', 'Kan niet voldoen aan de opgegeven header.', `CRS '${value}' is niet ondersteund`);
  }
}

/** The BSN of the person a record is about: `data.identificatie` of type bsn, or the Open Formulieren template's `data.bsn`. */
function subjectBsn(object: ObjectResource): string | undefined {
  const data = object.record.data ?? {};
  const id = data.identificatie as { type?: unknown; value?: unknown } | undefined;
  const bsn = id?.type === 'bsn' ? id.value : data.bsn;
  return typeof bsn === 'string' ? bsn : undefined;
}

/** Gateway rule for a resident: the record names them as its subject. An application sees every record. */
function isResidents(object: ObjectResource, state: MockState): boolean {
  return maySee(state.requester, subjectBsn(object));
}

/** Gateway rule: records of a public objecttype (tip rules) are the same for everyone. */
function isPublic(object: ObjectResource): boolean {
  return PUBLIC_OBJECTTYPES.has(object.type.split('/').pop() ?? '');
}

/** Open Object's `string_to_value`: a number, else an ISO date, else the string itself. */
function realValue(value: string): number | string {
  if (value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

/** The value at a `__`-separated path inside `data`. */
function at(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

type Test = (object: ObjectResource) => boolean;

/** Parses one `data_attr` expression the way Open Object validates and applies it. */
function dataAttrTest(expression: string): Test {
  const invalid = (reason: string) => validationError([{ name: 'data_attr', code: 'invalid-data-attr-query', reason }]);
  // Python's `rsplit('__', 2)`: the value and the operator are the last two `__`-separated parts.
  const valueAt = expression.lastIndexOf('__');
  const operatorAt = valueAt < 2 ? -1 : expression.lastIndexOf('__', valueAt - 2);
  if (operatorAt < 0) throw invalid(`Filter '${expression}' heeft niet de format 'key__operator__waarde'`);
  const value = expression.slice(valueAt + 2);
  const operator = expression.slice(operatorAt + 2, valueAt);
  const key = expression.slice(0, operatorAt).split('__');
  if (key.join('__').includes(',')) {
    throw invalid(`Filter '${expression}' moet de format 'key__operator__value' hebben, komma's kunnen alleen in de \`waarde\` worden toegevoegd`);
  }
  if (!(OPERATORS as readonly string[]).includes(operator)) throw invalid(`operator \`${operator}\` is niet bekend/ondersteund`);
  const real = realValue(value);
  const isDate = DATE.test(value);
  if (!['exact', 'icontains', 'in'].includes(operator) && typeof real === 'string' && !isDate) {
    throw invalid(`Operator \`${operator}\` ondersteunt alleen datums en/of numerieke waarden`);
  }
  return (object) => {
    const found = at(object.record.data, key);
    switch (operator) {
      case 'exact':
        return found === value || (typeof real === 'number' && found === real);
      case 'icontains':
        return (typeof found === 'string' || typeof found === 'number') && String(found).toLowerCase().includes(value.toLowerCase());
      case 'in':
        return (typeof found === 'string' || typeof found === 'number') && value.split('|').includes(String(found));
      default: {
        let order: number;
        if (typeof real === 'number' && typeof found === 'number') order = found - real;
        // A date compares with the date part of a date or date-time string.
        else if (isDate && typeof found === 'string' && DATE.test(found.slice(0, 10))) order = found.slice(0, 10).localeCompare(value);
        else return false;
        return operator === 'gt' ? order > 0 : operator === 'gte' ? order >= 0 : operator === 'lt' ? order < 0 : order <= 0;
      }
    }
  };
}

/** `ordering=a,-b`: paths like `record__startAt` or `record__data__verloopdatum`; absent values last. */
function orderBy(ordering: string | null): ((a: ObjectResource, b: ObjectResource) => number) | undefined {
  if (!ordering) return undefined;
  const keys = ordering
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ desc: part.startsWith('-'), path: part.replace(/^-/, '').split('__') }));
  return (a, b) => {
    for (const { desc, path } of keys) {
      const x = at(a, path);
      const y = at(b, path);
      if (x === y) continue;
      if (x === undefined || x === null) return 1;
      if (y === undefined || y === null) return -1;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a value that is not a number is ordered by its text
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  };
}

function listObjects(store: ObjectenStore, url: URL, state: MockState) {
  const tests: Test[] = [];
  // Public records are served only to whoever asks for their objecttype, so resident listings stay theirs alone.
  let publicType = false;
  const type = url.searchParams.get('type');
  if (type !== null && type !== '') {
    let typeUuid: string | undefined;
    try {
      typeUuid = new URL(type).pathname.split('/').filter(Boolean).pop();
    } catch {
      throw validationError([{ name: 'type', code: 'invalid', reason: 'Voer een geldige URL in.' }]);
    }
    // Open Object matches the objecttype by its UUID; an unknown one is an invalid choice.
    if (!typeUuid || !store.objecttypes.has(typeUuid)) {
      throw validationError([{ name: 'type', code: 'invalid_choice', reason: 'Selecteer een geldige keuze. Deze keuze is niet beschikbaar.' }]);
    }
    tests.push((object) => object.type.endsWith(`/${typeUuid}`));
    publicType = PUBLIC_OBJECTTYPES.has(typeUuid);
  }
  for (const expression of url.searchParams.getAll('data_attr')) tests.push(dataAttrTest(expression));
  const typeVersion = url.searchParams.get('typeVersion');
  if (typeVersion !== null && typeVersion !== '') {
    if (!/^\d+$/.test(typeVersion)) throw validationError([{ name: 'typeVersion', code: 'invalid', reason: 'Vul een getal in.' }]);
    tests.push((object) => object.record.typeVersion === Number(typeVersion));
  }
  const date = url.searchParams.get('date');
  if (date !== null && date !== '') {
    if (!DATE.test(date)) throw validationError([{ name: 'date', code: 'invalid', reason: 'Voer een geldige datum in.' }]);
    tests.push((object) => object.record.startAt <= date && (!object.record.endAt || object.record.endAt > date));
  }
  const objects = [...store.objects.values()].filter((object) => (publicType || isResidents(object, state)) && tests.every((test) => test(object)));
  const order = orderBy(url.searchParams.get('ordering'));
  if (order) objects.sort(order);
  return paginate(objects, url, state.pageSize);
}

function routes(store: ObjectenStore): Route[] {
  const objecttype = (uuid: string | undefined) => {
    const entry = uuid && isUuid(uuid) ? store.objecttypes.get(uuid) : undefined;
    if (!entry) throw notFound();
    return entry;
  };
  return [
    {
      method: 'GET',
      path: '/objects',
      crs: 'optional',
      handle: ({ request, url, state }) => {
        acceptCrs(request);
        return listObjects(store, url, state);
      },
    },
    {
      method: 'GET',
      path: '/objects/:uuid',
      crs: 'optional',
      handle: ({ request, params, state }) => {
        acceptCrs(request);
        const object = params.uuid && isUuid(params.uuid) ? store.objects.get(params.uuid) : undefined;
        if (!object || !(isPublic(object) || isResidents(object, state))) throw notFound();
        return object;
      },
    },
    {
      method: 'GET',
      path: '/objecttypes',
      handle: ({ url, state }) =>
        paginate(
          [...store.objecttypes.values()].map((entry) => entry.type),
          url,
          state.pageSize,
        ),
    },
    { method: 'GET', path: '/objecttypes/:uuid', handle: ({ params }) => objecttype(params.uuid).type },
    {
      method: 'GET',
      path: '/objecttypes/:uuid/versions',
      handle: ({ params, url, state }) => paginate([objecttype(params.uuid).version], url, state.pageSize),
    },
    {
      method: 'GET',
      path: '/objecttypes/:uuid/versions/:version',
      handle: ({ params }) => {
        const { version } = objecttype(params.uuid);
        if (String(version.version) !== params.version) throw notFound();
        return version;
      },
    },
  ];
}
