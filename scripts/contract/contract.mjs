// @ts-check
// Contract of the client's requests: loads the official OpenAPI documents from specs/ and checks one
// recorded request (method, URL, headers, body) against the operation it addresses. Routing and request
// validation are openapi-backend's (OpenAPIRouter, OpenAPIValidator: Ajv over the dereferenced document,
// OpenAPI 3.0 and 3.1); this module finds the API, adapts the documents and words the violations.
//
// What is checked, per request whose URL lies under a known API base path (GATEWAY_PATHS, found anywhere
// in the URL's path, so `https://gw/api/zaken/api/v1` and a second Zaken API at
// `…/omgevingsdienst/zaken/api/v1` both map to Zaken):
//   1. the rest of the path matches a path template of the spec (path parameters are matched, not
//      format-checked: tests use short ids such as `zaken/1`, so the validator's path errors are dropped);
//   2. the method is defined for that path;
//   3. every query parameter is declared for the operation and its value matches the parameter's schema
//      (a repeated scalar does not; `explode: false` arrays are comma-separated; booleans, integers);
//   4. every required query parameter and required header is present, and declared headers that are
//      sent match their schema (`Accept-Crs: EPSG:4326`);
//   5. a body is sent only where the operation has a requestBody, with a declared media type (both
//      checked here: the validator does not), and a JSON body validates against its schema.
// Security is not checked: in resident mode the gateway authenticates upstream (Prism checks the
// Bearer header separately, scripts/contract/prism.mjs).
//
// Zaken is checked against VNG Zaken 1.5.1. Where VNG lacks the operation (`/substatussen`), Open Zaak
// 1.30's rendering is applied in full; where VNG lacks or refuses only a query parameter that Open Zaak
// declares and accepts (`pageSize`), it passes. Both are reported as relying on Open Zaak; every other
// rule of the VNG document (required headers, body) still applies.
//
// The documents are OpenAPI, not JSON Schema; the adaptations (each says what the standard or the
// servers mean, none is there to let the client pass):
//   - external `$ref`s fixed up exactly as scripts/generate-types.mjs does (its `stagedSpecs`);
//   - `nullable` and `oneOf` + `discriminator.mapping` as the mock's response tests do
//     (packages/mock-api/test/openapi/json-schema.ts, compiled: `adaptOpenApi`); the validator gets every string format of ajv-formats;
//   - the request side in the validator's terms (`requestSide`): a request body whose schema has a
//     discriminator without `oneOf` (BRP's `PersonenQuery`, inheritance by `allOf`) must carry a mapped
//     tag and is validated against that mapped schema; media types keyed without parameters; a repeatable
//     scalar query parameter (`explode: true`, Objecten's `data_attr`) as the array it is;
//   - `readOnly` properties are dropped from `required` (OpenAPI: they are required in responses only);
//   - a PATCH body is a partial update (every API here implements PATCH so): `required` is not enforced
//     for it, everything else is (Open Klant's `PatchedPartij` even points at the full variants);
//   - an `enum` whose only member is an array of strings is flattened: VNG Zaken 1.5.1 wraps the values
//     of `ordering` in an extra array (`enum: [[startdatum, -startdatum, …]]`), which no value can match;
//     Open Zaak's rendering of the same operation lists them flat.
//   - errata of single documents, each explained where it is defined: Open Zaak's integer-typed URL
//     filters (`urlFilterErratum`) and Documenten's `uuid_In` (`uuidInErratum`).
// A request following a `next` link (the recorder marks it) is checked except for its query: the
// server wrote that query, and the client must follow `next` verbatim.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import addFormatsModule from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import { stagedSpecs } from '../generate-types.mjs';
import { GATEWAY_PATHS } from '../../packages/core/dist/src/transport/config.js';
import { adaptOpenApi } from '../../packages/mock-api/dist/test/openapi/json-schema.js';

/** Specs per API, in the order they are tried. `title` names the document in reports. */
export const API_SPECS = {
  zaken: [
    { spec: 'zaken/openapi.yaml', title: 'Zaken 1.5.1 (VNG)' },
    { spec: 'zaken/openzaak-1.30.0.yaml', title: 'Zaken 1.5.1 (Open Zaak 1.30 rendering)', errata: urlFilterErratum },
  ],
  catalogi: [{ spec: 'catalogi/openapi.yaml', title: 'Catalogi 1.3.1' }],
  documenten: [{ spec: 'documenten/openapi.yaml', title: 'Documenten 1.5.0', errata: uuidInErratum }],
  besluiten: [{ spec: 'besluiten/openapi.yaml', title: 'Besluiten 1.1.0' }],
  klantinteracties: [{ spec: 'klantinteracties/openapi.yaml', title: 'Klantinteracties 0.9.0' }],
  objecten: [{ spec: 'objecten/openapi.yaml', title: 'Objecten 2.7.0' }],
  producten: [{ spec: 'producten/producten-openapi.yaml', title: 'Producten 1.7.0' }],
  brp: [{ spec: 'brp-personen/openapi.yaml', title: 'BRP Personen 2.7.0' }],
  verwerkingen: [{ spec: 'verwerkingenlogging/openapi-inzage.yaml', title: 'Verwerkingenlogging inzage 0.9.0' }],
};

/**
 * Open Zaak 1.30's rendering types the relation filters `zaak` and `status` (`/statussen`, `/rollen`,
 * `/substatussen`, …) as integers, a drf-spectacular artefact: Open Zaak filters them by URL, as the
 * VNG document says (`string`, `format: uri`).
 */
function urlFilterErratum(doc) {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const param of Array.isArray(op?.parameters) ? op.parameters : []) {
        if (param.in === 'query' && (param.name === 'zaak' || param.name === 'status') && param.schema?.type === 'integer') {
          param.schema = { type: 'string', format: 'uri' };
        }
      }
    }
  }
  return doc;
}

/**
 * Documenten 1.5.0 names the `_zoek` property `uuid_In` (a camel-case rendering artefact) while its own
 * `title` says `uuid__in`, the filter's name in the API's rule drc-010 and in Open Zaak; the client
 * sends `uuid__in` (packages/core/src/apis/documenten.ts). The property is renamed; its type (array of
 * UUIDs) and `required` still apply.
 */
function uuidInErratum(doc) {
  for (const schema of Object.values(doc.components?.schemas ?? {})) {
    const property = schema?.properties?.uuid_In;
    if (!property || property.title !== 'uuid__in') continue;
    schema.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, value]) => [name === 'uuid_In' ? 'uuid__in' : name, value]));
    if (Array.isArray(schema.required)) schema.required = schema.required.map((name) => (name === 'uuid_In' ? 'uuid__in' : name));
  }
  return doc;
}

/** Documents referenced by the ones above (Open Zaak's ZaakType → Catalogi, Besluiten `_expand` → all three). */
const REFERENCED = ['catalogi/openapi.yaml', 'zaken/openapi.yaml', 'documenten/openapi.yaml'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A media type without its parameters (`application/json; charset=utf-8` → `application/json`). */
const mediaTypeEssence = (/** @type {string} */ type) => (type.split(';')[0] ?? '').trim();

/** Adapts an OpenAPI document to what Ajv validates (see the module comment), with the request-side rules. */
function adapt(doc) {
  return requestSide(
    adaptOpenApi(doc, (out) => {
      if (Array.isArray(out.required) && out.properties && typeof out.properties === 'object') {
        const properties = /** @type {Record<string, { readOnly?: unknown } | undefined>} */ (out.properties);
        out.required = out.required.filter((name) => typeof name !== 'string' || properties[name]?.readOnly !== true);
      }
      if (Array.isArray(out.enum) && out.enum.length === 1 && Array.isArray(out.enum[0]) && out.enum[0].every((v) => typeof v === 'string')) {
        out.enum = out.enum[0];
      }
    }),
  );
}

/**
 * The request side of a document in the terms openapi-backend's validator reads, each as OpenAPI means it:
 * - a request body typed by a schema with a discriminator but no `oneOf` (inheritance: each mapped schema
 *   `allOf`s the base) takes the mapped schema its tag names; the body's schema becomes "a mapped tag, and
 *   then that schema" (only the body is rewritten: the base stays as the mapped schemas include it);
 * - a media type key with parameters (BRP's `application/json; charset=utf-8`) is keyed by the type alone:
 *   the validator looks up `application/json`, and Content-Type is compared without parameters here too;
 * - a scalar query parameter with `explode: true` (Objecten's `data_attr`: "use it several times") is an
 *   array of that scalar: form style explodes arrays, so that is what the document says. The declared
 *   schema stays in `x-klantbeeld-items` for the gateway allowlist (scripts/contract/gateway-allowlist.mjs).
 */
function requestSide(doc) {
  const local = (node) =>
    typeof node?.$ref === 'string' && node.$ref.startsWith('#/')
      ? node.$ref
          .slice(2)
          .split('/')
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
          .reduce((value, key) => value?.[key], doc)
      : node;
  for (const item of Object.values(doc.paths ?? {})) {
    for (const param of [...(item?.parameters ?? []), ...METHODS.flatMap((method) => item?.[method]?.parameters ?? [])].map(local)) {
      if (param?.in === 'query' && param.explode === true && param.schema && param.schema.type !== 'array') {
        param['x-klantbeeld-items'] = param.schema;
        param.schema = { type: 'array', items: param.schema };
      }
    }
    for (const body of METHODS.map((method) => local(item?.[method]?.requestBody)).filter(Boolean)) {
      body.content = Object.fromEntries(Object.entries(body.content ?? {}).map(([type, media]) => [mediaTypeEssence(type), media]));
      for (const media of Object.values(body.content)) {
        const schema = local(media.schema);
        const { propertyName: tag, mapping } = schema?.discriminator ?? {};
        if (!tag || !mapping || schema.oneOf) continue;
        media.schema = {
          type: 'object',
          required: [tag],
          properties: { [tag]: { enum: Object.keys(mapping) } },
          allOf: Object.entries(mapping).map(([value, ref]) => ({ if: { required: [tag], properties: { [tag]: { const: value } } }, then: { $ref: ref } })),
        };
      }
    }
  }
  return doc;
}

/** The same schema without any `required` (a discriminator's `if` keeps its own: it only selects). */
function partial(node) {
  if (Array.isArray(node)) return node.map(partial);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && Array.isArray(value)) continue;
    out[key] = key === 'if' ? value : partial(value);
  }
  return out;
}

/** Every error (not the first), the string formats (`uri`, `date-time`, …) and the ones Verwerkingenlogging invents. */
function customizeAjv(ajv) {
  addFormatsModule.default(ajv);
  // Formats the Verwerkingenlogging document invents; they carry no rule beyond `type`/`maxLength`.
  for (const format of ['naam', 'identificator', 'duration']) if (!ajv.formats[format]) ajv.addFormat(format, true);
  return ajv;
}

/** One openapi-backend instance over a staged, adapted document: its router and request validator. */
async function backend(file) {
  // quick: no check of the document against OpenAPI's own schema (the adapted documents use `if`/`then`), and
  // validators compiled when an operation is first checked. Patterns without the `u` flag: BRP's escape
  // characters (`\'`) that a unicode RegExp refuses, and JSON Schema's patterns are plain ECMA-262 ones.
  const api = new OpenAPIBackend({ definition: file, strict: true, quick: true, ajvOpts: { allErrors: true, unicodeRegExp: false }, customizeAjv });
  await api.init();
  return api;
}

/**
 * Loads every spec of {@link API_SPECS} (with the fix-ups of generate-types, the errata and the
 * adaptations) into openapi-backend, twice: as is, and without `required` for PATCH bodies.
 * @returns a contract with `locate(url)` and `check(record)`.
 */
export async function loadContract() {
  const dir = await stagedSpecs();
  const backends = new Map();
  try {
    const errata = new Map(
      Object.values(API_SPECS)
        .flat()
        .filter((s) => s.errata)
        .map((s) => [s.spec, s.errata]),
    );
    const files = new Set([
      ...Object.values(API_SPECS)
        .flat()
        .map((s) => s.spec),
      ...REFERENCED,
    ]);
    // Every document, adapted, in two trees (the documents refer to each other by relative path).
    for (const file of files) {
      const doc = adapt((errata.get(file) ?? ((d) => d))(parse(await readFile(join(dir, file), 'utf8'))));
      for (const [tree, content] of [
        ['full', doc],
        ['partial', partial(doc)],
      ]) {
        await mkdir(dirname(join(dir, tree, file)), { recursive: true });
        await writeFile(join(dir, tree, file), JSON.stringify(content));
      }
    }
    for (const { spec } of Object.values(API_SPECS).flat()) {
      backends.set(spec, { full: await backend(join(dir, 'full', spec)), partial: await backend(join(dir, 'partial', spec)) });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const apis = Object.entries(API_SPECS).map(([api, specs]) => ({
    api,
    basePath: GATEWAY_PATHS[api],
    specs: specs.map(({ spec, title }) => ({ spec, title, ...backends.get(spec), operations: backends.get(spec).full.router.getOperations() })),
  }));
  return new Contract(apis);
}

/** Splits a path into `{ api, prefix, rest }` by the first API base path it contains, or undefined. */
function locateIn(apis, pathname) {
  let best;
  for (const entry of apis) {
    const base = entry.basePath;
    for (let from = pathname.indexOf(base); from !== -1; from = pathname.indexOf(base, from + 1)) {
      const end = from + base.length;
      if (end !== pathname.length && pathname[end] !== '/') continue;
      if (!best || from < best.from) best = { entry, from, rest: pathname.slice(end) || '/' };
      break;
    }
  }
  return best;
}

const details = (e) => (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '');

/**
 * The validator's errors as violations `{ kind, param?, text }`. Ajv reports the request as
 * `{ path, query, header, requestBody }`; each part is worded as the rule it breaks.
 */
function violationsOf(errors, { id, operation, record, url }) {
  const out = [];
  const body = [];
  const headerName = (lower) => operation.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === lower)?.name ?? lower;
  for (const error of errors) {
    const [, part, name] = /^\/([^/]+)(?:\/([^/]+))?/.exec(error.instancePath) ?? [];
    if (part === 'path' || error.keyword === 'if') continue;
    if (part === 'query' && !name) {
      if (error.keyword === 'additionalProperties') {
        const param = error.params.additionalProperty;
        out.push({ kind: 'query', param, text: `query parameter '${param}' is not declared for ${id}` });
      } else if (error.keyword === 'required' && !record.next) {
        out.push({ kind: 'required', text: `required query parameter '${error.params.missingProperty}' is missing (${id})` });
      }
    } else if (part === 'query') {
      const sent = url.searchParams
        .getAll(name)
        .map((value) => `${name}=${value}`)
        .join('&');
      out.push({ kind: 'query', param: name, text: `query parameter '${sent}': ${error.message}${details(error)}` });
    } else if (part === 'header' && !name && error.keyword === 'required') {
      const missing = error.params.missingProperty;
      // Content-Type is a body header: required only when a body is sent (checked below).
      if (missing !== 'content-type' || hasBody(record)) out.push({ kind: 'header', text: `required header '${headerName(missing)}' is missing (${id})` });
    } else if (part === 'header' && name !== 'content-type') {
      out.push({ kind: 'header', text: `header '${headerName(name)}: ${record.headers[String(name)]}': ${error.message}${details(error)}` });
    } else if (part === 'requestBody') {
      body.push(`${error.instancePath.slice('/requestBody'.length) || '(root)'} ${error.message}${details(error)}`);
    } else if (!part && error.keyword === 'required' && error.params.missingProperty === 'requestBody') {
      if (!hasBody(record)) out.push({ kind: 'body', text: `${id} requires a request body` });
    } else if (error.keyword === 'parse') {
      out.push({ kind: 'body', text: `body is not JSON (${id})` });
    }
  }
  if (body.length) out.push({ kind: 'body', text: `body of ${id} does not match: ${body.slice(0, 6).join('; ')}` });
  return out;
}

const hasBody = (record) => record.body !== null && record.body !== '';

class Contract {
  constructor(apis) {
    /** The APIs with their base path and documents (title, operations, openapi-backend instances). */
    this.apis = apis;
  }

  /** The API a URL belongs to: `{ api, rest }`, or undefined when it lies under no known base path. */
  locate(url) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    const found = locateIn(this.apis, parsed.pathname);
    return found ? { api: found.entry.api, entry: found.entry, rest: found.rest, url: parsed } : undefined;
  }

  /** Violations of `record` against one document (empty: conforms), plus the operation id when the path matched. */
  #checkAgainst(document, record, rest, url) {
    const request = { method: record.method, path: rest, headers: record.headers, query: record.next ? {} : url.search.slice(1) };
    const operation = document.full.router.matchOperation(request);
    if (!operation) {
      const methods = METHODS.filter((method) => document.full.router.matchOperation({ ...request, method })).map((m) => m.toUpperCase());
      if (!methods.length) return { violations: [{ kind: 'operation', text: `path ${rest} is not in ${document.title}` }] };
      const template = document.full.router.matchOperation({ ...request, method: methods[0] }).path;
      return { violations: [{ kind: 'operation', text: `${record.method} is not defined for ${template} in ${document.title} (has ${methods.join(', ')})` }] };
    }
    const id = `${record.method} ${operation.path}`;
    const violations = [];
    const media = Object.keys(operation.requestBody?.content ?? {});
    let sendsJson = false;
    if (hasBody(record)) {
      const sentType = mediaTypeEssence(record.headers['content-type'] ?? '').toLowerCase();
      const mediaType = media.find((type) => mediaTypeEssence(type).toLowerCase() === sentType);
      if (!operation.requestBody) violations.push({ kind: 'body', text: `${id} takes no request body` });
      else if (!mediaType)
        violations.push({ kind: 'body', text: `Content-Type '${record.headers['content-type'] ?? '(none)'}' is not one of ${media.join(', ')} (${id})` });
      else sendsJson = /json/.test(mediaType);
    }
    // A PATCH body is a partial update: its document without `required`.
    const validator = (record.method === 'PATCH' ? document.partial : document.full).validator;
    const checked = sendsJson || !hasBody(record) ? { ...request, body: record.body ?? undefined } : request;
    const { errors } = validator.validateRequest(checked, validator.router.getOperation(operation.operationId));
    violations.push(...violationsOf(errors ?? [], { id, operation, record, url }));
    return { violations, operation: `${document.title}: ${id}` };
  }

  /**
   * Checks one recorded request.
   * @returns `{ skipped: reason }`, or `{ api, operation, violations, extension? }` where `operation`
   * is the matched operation (undefined when none matched) and `extension` says what only the Open
   * Zaak rendering allows (an operation VNG lacks, or query parameters it does not declare).
   */
  check(record) {
    if (!record.client && !record.gateway) return { skipped: 'raw fetch in a test, not sent by @klantbeeld/core or the gateway' };
    const located = this.locate(record.url);
    if (!located) return { skipped: 'URL under no standard API base path (gateway endpoint such as SSE, or a test host)' };
    // A 400 is the server refusing the request as invalid: the tests that get one provoke it on purpose
    // (an invalid value, to see the ValidationError). A client bug answered 400 fails its own test.
    if (record.status === 400) return { skipped: 'answered 400: a validation error the test provokes' };
    const [primary, ...extensions] = located.entry.specs;
    const first = this.#checkAgainst(primary, record, located.rest, located.url);
    const texts = (violations) => violations.map((v) => v.text);
    if (first.violations.length === 0) return { api: located.api, operation: first.operation, violations: [] };
    for (const document of extensions) {
      const other = this.#checkAgainst(document, record, located.rest, located.url);
      if (first.violations.some((v) => v.kind === 'operation')) {
        // An operation the standard lacks: the extension's own rules (headers, parameters, body) apply in full.
        if (other.violations.length === 0) {
          return { api: located.api, operation: other.operation, violations: [], extension: `${first.violations[0]?.text}; defined by ${document.title}` };
        }
        continue;
      }
      if (other.violations.some((v) => v.kind === 'operation')) continue;
      // Same operation: a query parameter the standard does not allow is rescued when the extension
      // declares it and accepts its value. Everything else the standard requires still applies.
      const rescued = first.violations.filter((v) => v.kind === 'query' && !other.violations.some((o) => o.param === v.param));
      if (rescued.length === first.violations.length) {
        const params = [...new Set(rescued.map((v) => v.param))].join(', ');
        return { api: located.api, operation: first.operation, violations: [], extension: `query parameter(s) ${params} as declared by ${document.title}` };
      }
    }
    return { api: located.api, operation: first.operation, violations: texts(first.violations) };
  }
}
