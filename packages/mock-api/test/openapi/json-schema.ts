/**
 * The official OpenAPI documents in the repository's `specs/`, made into JSON Schema that Ajv validates.
 * Shared by the mock's response tests (`documents.ts`, `validator.ts`) and the request contract checker
 * (scripts/contract/contract.mjs, which imports the compiled file).
 *
 * The documents are OpenAPI 3.0, not plain JSON Schema; every adaptation says what OpenAPI means, and none
 * loosens a rule:
 * 1. `nullable: true` on a schema without `type` (Ajv refuses it) becomes `anyOf: [schema, {type: 'null'}]`.
 *    Ajv supports `nullable` next to `type` itself. (BRP is OpenAPI 3.1, whose schemas are JSON Schema.)
 * 2. `oneOf` + `discriminator.mapping` (Open Zaak's `Rol`, Open Klant's Partij on `soortPartij` and Actor
 *    on `soortActor`) becomes "the mapped schema for the tag value", OpenAPI's discriminator semantics; a
 *    bare `oneOf` would reject every value whose variants overlap. A discriminator without mapping (GeoJSON
 *    geometry) stays a plain `oneOf`.
 * 3. External `$ref`s are pointed at the documents in `specs/` ({@link EXTERNAL_REFS}), as
 *    scripts/generate-types.mjs does; nothing is fetched.
 * @module
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** Ajv ids: relative `$ref`s between documents resolve against these like files in `specs/`. */
export const SPEC_BASE = 'https://specs.klantbeeld.invalid/';

/** The repository's `specs/` (this file runs from `packages/mock-api/dist/test/openapi/`). */
const SPECS = new URL('../../../../../specs/', import.meta.url);

/**
 * The same list as scripts/generate-types.mjs (its `stagedSpecs`, which the contract checker uses):
 * Open Zaak's `ZaakType` of Catalogi 1.2.0 on GitHub → the Catalogi 1.3.1 document (a superset); Besluiten
 * 1.1.0's `_expand` entries, typed by VNG release-tree paths the repository does not hold (Catalogi 1.3.2,
 * Zaken 1.6.0, Documenten 1.6.0) → the in-repo documents' `BesluitType`, `Zaak` and
 * `EnkelvoudigInformatieObject`.
 */
const EXTERNAL_REFS: readonly (readonly [string, string])[] = [
  ['https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml', '../catalogi/openapi.yaml'],
  ['../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml#/components/schemas/BesluitTypeExpanded', '../catalogi/openapi.yaml#/components/schemas/BesluitType'],
  ['../../../zaken/zrc/1.6.x/1.6.0/openapi.yaml#/components/schemas/ZaakExpanded', '../zaken/openapi.yaml#/components/schemas/Zaak'],
  [
    '../../../documenten/drc/1.6.x/1.6.0/openapi.yaml#/components/schemas/EnkelvoudigInformatieObjectExpanded',
    '../documenten/openapi.yaml#/components/schemas/EnkelvoudigInformatieObject',
  ],
];

/** The Ajv id of a document in `specs/`, e.g. `specId('zaken/openapi.yaml')`. */
export function specId(file: string): string {
  return SPEC_BASE + file;
}

/** Reads `specs/<file>` with its external `$ref`s pointed into `specs/` (adaptation 3), and adapts it. */
export function readSpec(file: string): Json {
  let text = readFileSync(new URL(file, SPECS), 'utf8');
  for (const [from, to] of EXTERNAL_REFS) text = text.split(from).join(to);
  return adaptOpenApi(parse(text) as Json);
}

/**
 * Adaptations 1 and 2, applied bottom-up. `extra` sees each object after its children are adapted and
 * before these two rules apply (the contract checker adds its request-side rules there).
 */
export function adaptOpenApi(node: Json, extra?: (schema: JsonObject) => void): Json {
  if (Array.isArray(node)) return node.map((item) => adaptOpenApi(item, extra));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = adaptOpenApi(value, extra);
  extra?.(out);

  if (out.nullable === true && out.type === undefined) {
    const { nullable: _nullable, ...schema } = out;
    return { anyOf: [schema, { type: 'null' }] };
  }
  const discriminator = out.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (Array.isArray(out.oneOf) && discriminator?.propertyName && discriminator.mapping) {
    const { oneOf: _oneOf, discriminator: _discriminator, ...rest } = out;
    const tag = discriminator.propertyName;
    return {
      ...rest,
      type: 'object',
      required: [tag],
      properties: { [tag]: { enum: Object.keys(discriminator.mapping) } },
      // The `if` requires the tag itself, so it still only selects when `required` is dropped (PATCH bodies).
      allOf: Object.entries(discriminator.mapping).map(([value, ref]) => ({
        if: { required: [tag], properties: { [tag]: { const: value } } },
        then: { $ref: ref },
      })),
    };
  }
  return out;
}

/** An Ajv that reports every error and knows the string formats (`uri`, `date-time`, …). */
export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  return ajv;
}
