// The official OpenAPI documents in `specs/` as a route table: for a request the client sends, the JSON
// schema of the success response the standard defines. References (`$ref`) are resolved lazily across
// documents, so the arbitraries built from them follow the specs exactly.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';

export type Schema = { readonly [key: string]: unknown };

/** The repository's `specs/` (this file runs from `packages/core/dist/test/fuzz/`). */
const SPECS = new URL('../../../../../specs/', import.meta.url);

/** The document of each API the client talks to. */
const DOCUMENTS: Readonly<Record<ApiName, string>> = {
  zaken: 'zaken/openapi.yaml',
  catalogi: 'catalogi/openapi.yaml',
  documenten: 'documenten/openapi.yaml',
  besluiten: 'besluiten/openapi.yaml',
  klantinteracties: 'klantinteracties/openapi.yaml',
  objecten: 'objecten/openapi.yaml',
  producten: 'producten/producten-openapi.yaml',
  brp: 'brp-personen/openapi.yaml',
  verwerkingen: 'verwerkingenlogging/openapi-inzage.yaml',
};

/** References the documents make outside `specs/` (as in scripts/generate-types.mjs): the in-repo equivalents. */
const OUTSIDE: readonly (readonly [string, string])[] = [
  ['https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml', 'catalogi/openapi.yaml'],
  ['../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml', 'catalogi/openapi.yaml'],
  ['../../../zaken/zrc/1.6.x/1.6.0/openapi.yaml', 'zaken/openapi.yaml'],
  ['../../../documenten/drc/1.6.x/1.6.0/openapi.yaml', 'documenten/openapi.yaml'],
];

const documents = new Map<string, Schema>();

function load(file: string): Schema {
  let document = documents.get(file);
  if (!document) {
    document = parse(readFileSync(new URL(file, SPECS), 'utf8')) as Schema;
    documents.set(file, document);
  }
  return document;
}

/** A schema with the document it lives in, so its own `$ref`s resolve against that document. */
export interface Located {
  readonly schema: Schema;
  readonly file: string;
}

/** Follows `$ref` (within or across documents) until a schema without one. */
export function deref(located: Located): Located {
  let { schema, file } = located;
  for (let hops = 0; typeof schema.$ref === 'string' && hops < 20; hops++) {
    const ref = schema.$ref;
    const [target = '', pointer = ''] = ref.split('#');
    if (target !== '') {
      const mapped = OUTSIDE.find(([from]) => target === from)?.[1];
      file = mapped ?? new URL(target, new URL(file, 'file:///')).pathname.slice(1);
    }
    let node: unknown = load(file);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    schema = (node ?? {}) as Schema;
  }
  return { schema, file };
}

interface Route {
  readonly api: ApiName;
  readonly method: string;
  readonly pattern: RegExp;
  readonly response: Located | undefined;
}

let routes: Route[] | undefined;

function buildRoutes(): Route[] {
  const built: Route[] = [];
  for (const [api, file] of Object.entries(DOCUMENTS) as [ApiName, string][]) {
    const paths = (load(file).paths ?? {}) as Record<string, Record<string, Schema>>;
    for (const [path, operations] of Object.entries(paths)) {
      const pattern = new RegExp(`^${GATEWAY_PATHS[api]}${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
      for (const [method, operation] of Object.entries(operations)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const responses = (operation.responses ?? {}) as Record<string, Schema>;
        const success = deref({ schema: responses['200'] ?? responses['201'] ?? {}, file });
        const content = (success.schema.content ?? {}) as Record<string, Schema>;
        const json = Object.entries(content).find(([type]) => /json/.test(type))?.[1];
        built.push({
          api,
          method: method.toUpperCase(),
          pattern,
          response: json?.schema !== undefined ? { schema: json.schema as Schema, file: success.file } : undefined,
        });
      }
    }
  }
  // Literal segments before templates: `/objects/search` before `/objects/{uuid}`.
  return built.sort((a, b) => templateCount(a.pattern) - templateCount(b.pattern));
}

function templateCount(pattern: RegExp): number {
  return pattern.source.split('[^/]+').length;
}

/** Reads every document and builds the route table now, so the first case does not pay for it. */
export function preloadSpecs(): void {
  routes ??= buildRoutes();
  for (const [, file] of OUTSIDE) load(file);
}

/** The response schema of the standard for `method` on `path` (the URL's pathname below the gateway), if any. */
export function responseSchema(method: string, path: string): Located | undefined {
  routes ??= buildRoutes();
  return routes.find((route) => route.method === method && route.pattern.test(path))?.response;
}
