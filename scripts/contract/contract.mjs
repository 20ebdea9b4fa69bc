// Contract of the client's requests: loads the official OpenAPI documents from specs/ and checks one
// recorded request (method, URL, headers, body) against the operation it addresses.
//
// What is checked, per request whose URL lies under a known API base path (GATEWAY_PATHS, found anywhere
// in the URL's path, so `https://gw/api/zaken/api/v1` and a second Zaken API at
// `…/omgevingsdienst/zaken/api/v1` both map to Zaken):
//   1. the rest of the path matches a path template of the spec (path parameters are matched, not
//      format-checked: tests use short ids such as `zaken/1`);
//   2. the method is defined for that path;
//   3. every query parameter is declared for the operation, at most once unless the spec allows repeats
//      (`explode: true`, e.g. Objecten `data_attr`), and its value matches the parameter's schema
//      (form style: comma-separated arrays; `true`/`false` booleans; integers);
//   4. every required query parameter and required header is present, and declared headers that are
//      sent match their schema (`Accept-Crs: EPSG:4326`);
//   5. a body is sent only where the operation has a requestBody, with a declared media type, and a
//      JSON body validates against its schema (Ajv).
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
//     (packages/mock-api/test/openapi/json-schema.ts, compiled: `adaptOpenApi`, `createAjv`);
//   - a discriminator without `oneOf` (BRP's `PersonenQuery`, inheritance by `allOf`) → the body must
//     carry a mapped tag and is validated against that mapped schema;
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
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { stagedSpecs } from '../generate-types.mjs';
import { GATEWAY_PATHS } from '../../packages/core/dist/src/transport/config.js';
import { adaptOpenApi, createAjv, SPEC_BASE as BASE } from '../../packages/mock-api/dist/test/openapi/json-schema.js';

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

/** Adapts an OpenAPI document to what Ajv validates (see the module comment), with the request-side rules. */
function adapt(doc) {
  return adaptOpenApi(doc, (out) => {
    if (Array.isArray(out.required) && out.properties && typeof out.properties === 'object') {
      out.required = out.required.filter((name) => out.properties[name]?.readOnly !== true);
    }
    if (Array.isArray(out.enum) && out.enum.length === 1 && Array.isArray(out.enum[0]) && out.enum[0].every((v) => typeof v === 'string')) {
      out.enum = out.enum[0];
    }
  });
}

/** JSON pointer escaping of one segment. */
const escape = (segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** Resolves a local `$ref` (`#/components/…`) inside `doc`; other values pass through. */
function deref(doc, node) {
  let current = node;
  for (let depth = 0; current && typeof current.$ref === 'string' && current.$ref.startsWith('#/') && depth < 10; depth++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((value, key) => value?.[key], doc);
  }
  return current;
}

/** `/zaken/{uuid}` → a RegExp with one group per parameter; literal segments rank before parameters. */
function compileTemplate(template) {
  const names = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), names };
}

/** The index of one document: its operations with resolved parameters and body pointers. */
function indexDocument(doc, id, title) {
  const paths = [];
  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    const pathItem = deref(doc, item);
    const shared = (pathItem.parameters ?? []).map((p) => deref(doc, p));
    const operations = {};
    for (const method of METHODS) {
      const op = pathItem[method];
      if (!op) continue;
      // Operation parameters override path-level ones with the same name and location.
      const params = new Map();
      for (const p of [...shared, ...(op.parameters ?? []).map((q) => deref(doc, q))]) params.set(`${p.in}:${p.name.toLowerCase()}`, p);
      const body = op.requestBody ? deref(doc, op.requestBody) : undefined;
      const pointerBase = `/paths/${escape(template)}/${method}/requestBody`;
      const bodyRef = op.requestBody?.$ref ? op.requestBody.$ref.slice(1) : pointerBase;
      operations[method.toUpperCase()] = {
        id: `${method.toUpperCase()} ${template}`,
        operationId: op.operationId,
        params: [...params.values()],
        body: body
          ? {
              required: body.required === true,
              content: Object.fromEntries(
                Object.keys(body.content ?? {}).map((type) => [type, `${id}#${bodyRef}/content/${escape(type)}/schema`]),
              ),
              schemas: Object.fromEntries(Object.entries(body.content ?? {}).map(([type, media]) => [type, deref(doc, media.schema)])),
            }
          : undefined,
      };
    }
    paths.push({ template, ...compileTemplate(template), operations });
  }
  // Literal segments first: `/zaken/_zoek` must win over `/zaken/{uuid}`.
  paths.sort((a, b) => a.names.length - b.names.length);
  return { id, title, doc, paths };
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

function newAjv() {
  const ajv = createAjv();
  // Formats the Verwerkingenlogging document invents; they carry no rule beyond `type`/`maxLength`.
  for (const format of ['naam', 'identificator', 'duration']) if (!ajv.formats[format]) ajv.addFormat(format, true);
  return ajv;
}

/**
 * Loads every spec of {@link API_SPECS} (with the fix-ups of generate-types) into Ajv (twice: as is,
 * and without `required` for PATCH bodies).
 * @returns a contract with `locate(url)` and `check(record)`.
 */
export async function loadContract() {
  const dir = await stagedSpecs();
  const ajv = newAjv();
  const patchAjv = newAjv();

  const documents = new Map();
  try {
    const errata = new Map(Object.values(API_SPECS).flat().filter((s) => s.errata).map((s) => [s.spec, s.errata]));
    const files = new Set([...Object.values(API_SPECS).flat().map((s) => s.spec), ...REFERENCED]);
    for (const file of files) {
      const doc = adapt((errata.get(file) ?? ((d) => d))(parse(await readFile(join(dir, file), 'utf8'))));
      ajv.addSchema(doc, BASE + file);
      patchAjv.addSchema(partial(doc), BASE + file);
      documents.set(file, doc);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const apis = Object.entries(API_SPECS).map(([api, specs]) => ({
    api,
    basePath: GATEWAY_PATHS[api],
    specs: specs.map(({ spec, title }) => indexDocument(documents.get(spec), BASE + spec, title)),
  }));
  return new Contract(ajv, patchAjv, apis);
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

/** Parses a query string value for a schema: form-style arrays, booleans, integers; strings stay strings. */
function coerce(schema, raw, explode) {
  const type = schema?.type ?? (schema?.enum ? typeof schema.enum[0] : undefined);
  if (type === 'array') return explode ? [coerce(schema.items, raw, false)] : raw.split(',').map((item) => coerce(schema.items, item, false));
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'integer' || type === 'number') return raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return raw;
}

function describeErrors(errors) {
  return (errors ?? [])
    .slice(0, 6)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`)
    .join('; ');
}

class Contract {
  #ajv;
  #patchAjv;
  #validators = new Map();

  constructor(ajv, patchAjv, apis) {
    this.#ajv = ajv;
    this.#patchAjv = patchAjv;
    /** The APIs with their base path and indexed documents. */
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

  #validator(key, schema, patch = false) {
    let validate = this.#validators.get(`${patch ? 'patch ' : ''}${key}`);
    if (!validate) {
      validate = (patch ? this.#patchAjv : this.#ajv).compile(schema);
      this.#validators.set(`${patch ? 'patch ' : ''}${key}`, validate);
    }
    return validate;
  }

  /** Violations of `record` against one document (empty: conforms), plus the operation id when the path matched. */
  #checkAgainst(document, record, rest, url) {
    const violations = [];
    const path = document.paths.find((p) => p.regex.test(rest));
    if (!path) return { violations: [{ kind: 'operation', text: `path ${rest} is not in ${document.title}` }] };
    const operation = path.operations[record.method];
    if (!operation) {
      return { violations: [{ kind: 'operation', text: `${record.method} is not defined for ${path.template} in ${document.title} (has ${Object.keys(path.operations).join(', ')})` }] };
    }

    // Query parameters.
    const declared = new Map(operation.params.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    const seen = new Map();
    if (!record.next) for (const [name, value] of url.searchParams) seen.set(name, [...(seen.get(name) ?? []), value]);
    for (const [name, values] of seen) {
      const param = declared.get(name);
      if (!param) {
        violations.push({ kind: 'query', param: name, text: `query parameter '${name}' is not declared for ${operation.id}` });
        continue;
      }
      const explode = param.explode ?? (param.style === undefined || param.style === 'form');
      const repeatable = param.explode === true || (param.schema?.type === 'array' && explode);
      if (values.length > 1 && !repeatable) violations.push({ kind: 'query', param: name, text: `query parameter '${name}' is repeated (${values.length}×) but not repeatable in ${operation.id}` });
      if (!param.schema) continue;
      const validate = this.#validator(`${document.id} ${operation.id} query ${name}`, param.schema);
      const value = param.schema.type === 'array' && explode ? values.map((v) => coerce(param.schema.items, v, false)) : undefined;
      for (const raw of value ? [null] : values) {
        const data = value ?? coerce(param.schema, raw, false);
        if (!validate(data)) violations.push({ kind: 'query', param: name, text: `query parameter '${name}=${raw ?? values.join('&')}': ${describeErrors(validate.errors)}` });
      }
    }
    for (const param of declared.values()) {
      if (param.required && !record.next && !seen.has(param.name)) violations.push({ kind: 'required', text: `required query parameter '${param.name}' is missing (${operation.id})` });
    }

    // Headers (names are case-insensitive; the recorder stores them lower-case).
    for (const param of operation.params.filter((p) => p.in === 'header')) {
      const value = record.headers[param.name.toLowerCase()];
      if (value === undefined) {
        // Content-Type is a body header: required only when a body is sent (checked below).
        if (param.required && !(param.name.toLowerCase() === 'content-type' && record.body === null)) {
          violations.push({ kind: 'header', text: `required header '${param.name}' is missing (${operation.id})` });
        }
        continue;
      }
      if (!param.schema || param.name.toLowerCase() === 'content-type') continue;
      const validate = this.#validator(`${document.id} ${operation.id} header ${param.name}`, param.schema);
      if (!validate(coerce(param.schema, value, false))) violations.push({ kind: 'header', text: `header '${param.name}: ${value}': ${describeErrors(validate.errors)}` });
    }

    // Body.
    if (record.body !== null && record.body !== '') {
      if (!operation.body) {
        violations.push({ kind: 'body', text: `${operation.id} takes no request body` });
      } else {
        const sentType = (record.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        const mediaType = Object.keys(operation.body.content).find((type) => type.split(';')[0].trim().toLowerCase() === sentType);
        if (!mediaType) {
          violations.push({ kind: 'body', text: `Content-Type '${record.headers['content-type'] ?? '(none)'}' is not one of ${Object.keys(operation.body.content).join(', ')} (${operation.id})` });
        } else if (/json/.test(mediaType)) {
          let data;
          try {
            data = JSON.parse(record.body);
          } catch {
            violations.push({ kind: 'body', text: `body is not JSON (${operation.id})` });
          }
          if (data !== undefined) violations.push(...this.#checkBody(document, operation, mediaType, data).map((text) => ({ kind: 'body', text })));
        }
      }
    } else if (operation.body?.required) {
      violations.push({ kind: 'body', text: `${operation.id} requires a request body` });
    }
    return { violations, operation: `${document.title}: ${operation.id}` };
  }

  #checkBody(document, operation, mediaType, data) {
    let ref = operation.body.content[mediaType];
    const schema = operation.body.schemas[mediaType];
    // Inheritance-style discriminator (no oneOf): the tag picks the schema.
    const discriminator = schema?.discriminator;
    if (discriminator?.propertyName && discriminator.mapping && !schema.oneOf) {
      const tag = data && typeof data === 'object' ? data[discriminator.propertyName] : undefined;
      const mapped = discriminator.mapping[tag];
      if (!mapped) return [`body.${discriminator.propertyName} '${tag}' is not one of ${Object.keys(discriminator.mapping).join(', ')} (${operation.id})`];
      ref = `${document.id}${mapped}`;
    }
    const validate = this.#validator(ref, { $ref: ref }, operation.id.startsWith('PATCH '));
    return validate(data) ? [] : [`body does not match ${ref.slice(BASE.length)}: ${describeErrors(validate.errors)}`];
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
          return { api: located.api, operation: other.operation, violations: [], extension: `${first.violations[0].text}; defined by ${document.title}` };
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
