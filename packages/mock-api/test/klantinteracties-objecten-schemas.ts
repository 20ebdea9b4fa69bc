/**
 * Validation of Klantinteracties and Objecten responses against the official OpenAPI documents in the
 * repository's `specs/` (Open Klant 2.18's Klantinteracties 0.9.0, Open Object 4.0's Objects API 2.7.0),
 * and of object `record.data` against the mock's objecttype JSON Schemas.
 *
 * The documents are OpenAPI 3.0; the same two adaptations as `schemas.ts` make them JSON Schema, and
 * neither loosens a rule: `nullable: true` without `type` becomes `anyOf: [schema, {type: 'null'}]`, and
 * `oneOf` + `discriminator.mapping` (Partij on `soortPartij`, Actor on `soortActor`) becomes "the mapped
 * schema for the tag value". A `discriminator` without mapping (GeoJSON geometry) stays a plain `oneOf`.
 *
 * One erratum of the Klantinteracties document, matching what Open Klant returns: `DigitaalAdres.referentie`
 * defaults to `""` in Open Klant's serializer (and is rendered so), which the published `pattern`
 * `^[-a-zA-Z0-9_]+$` does not admit; the empty string is allowed besides the pattern, nothing else.
 * @module
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's `specs/` (this file runs from `packages/mock-api/dist/test/`). */
const SPECS = new URL('../../../../specs/', import.meta.url);

export const KLANTINTERACTIES = 'klantinteracties-0.9.0';
export const OBJECTEN = 'objecten-2.7.0';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function adapt(node: Json): Json {
  if (Array.isArray(node)) return node.map(adapt);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = adapt(value);
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _nullable, ...schema } = out;
    return { anyOf: [schema, { type: 'null' }] };
  }
  const discriminator = out.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (Array.isArray(out.oneOf) && discriminator?.propertyName && discriminator.mapping) {
    const { oneOf: _oneOf, discriminator: _d, ...rest } = out;
    const tag = discriminator.propertyName;
    return {
      ...rest,
      type: 'object',
      required: [tag],
      properties: { [tag]: { enum: Object.keys(discriminator.mapping) } },
      allOf: Object.entries(discriminator.mapping).map(([value, ref]) => ({ if: { properties: { [tag]: { const: value } } }, then: { $ref: ref } })),
    };
  }
  return out;
}

/** The erratum (see module comment): `referentie` may also be the empty string Open Klant defaults it to. */
function referentieErratum(schemas: Record<string, { properties?: Record<string, Json> }>): void {
  for (const name of ['DigitaalAdres', 'PatchedDigitaalAdres']) {
    const properties = schemas[name]?.properties;
    if (!properties?.referentie) throw new Error(`Klantinteracties document has no ${name}.referentie`);
    properties.referentie = { anyOf: [properties.referentie, { const: '' }] };
  }
}

/** Compiles and caches validators for the two documents and for ad-hoc JSON Schemas (objecttypes). */
export class KlantSchemaValidator {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv({ strict: false, allErrors: true });
    addFormatsModule.default(this.#ajv);
    for (const [file, id] of [
      ['klantinteracties/openapi.yaml', KLANTINTERACTIES],
      ['objecten/openapi.yaml', OBJECTEN],
    ] as const) {
      const doc = adapt(parse(readFileSync(new URL(file, SPECS), 'utf8')) as Json) as { components: { schemas: Record<string, { properties?: Record<string, Json> }> } };
      if (id === KLANTINTERACTIES) referentieErratum(doc.components.schemas);
      this.#ajv.addSchema(doc, id);
    }
  }

  /** Throws naming every violation when `data` does not match `documentId#/components/schemas/name`. */
  assert(documentId: string, name: string, data: unknown, label: string): void {
    this.#check(`${documentId}#/components/schemas/${name}`, () => this.#ajv.compile({ $ref: `${documentId}#/components/schemas/${name}` }), data, label);
  }

  /** Validates `data` against a JSON Schema given inline (an objecttype version's `jsonSchema`). */
  assertJsonSchema(key: string, schema: object, data: unknown, label: string): void {
    // Objecttypes declare draft-07; Ajv 8's default draft understands it, the `$schema` is dropped to avoid a meta-schema lookup.
    const { $schema: _schema, ...rest } = schema as Record<string, unknown>;
    this.#check(`jsonSchema:${key}`, () => this.#ajv.compile(rest), data, label);
  }

  #check(key: string, compile: () => ValidateFunction, data: unknown, label: string): void {
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = compile();
      this.#cache.set(key, validate);
    }
    if (validate(data)) return;
    throw new Error(`${label} does not match ${key}:\n${describe(validate.errors ?? [])}`);
  }
}

function describe(errors: readonly ErrorObject[]): string {
  return errors
    .slice(0, 12)
    .map((error) => `  at ${error.instancePath || '(root)'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)} (schema ${error.schemaPath})`)
    .join('\n');
}
