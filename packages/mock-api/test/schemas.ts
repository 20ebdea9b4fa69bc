/**
 * Validation of response bodies against the official OpenAPI documents in the repository's `specs/`.
 *
 * The documents are OpenAPI 3.0, not plain JSON Schema, so they are adapted in memory before Ajv sees
 * them; every adaptation is listed here and none loosens a rule for the mock's sake:
 * 1. Open Zaak's one external `$ref` (Catalogi 1.2.0 `ZaakType` on raw.githubusercontent.com) points at the
 *    Catalogi 1.3.1 document instead (a superset); nothing is fetched.
 * 2. `nullable: true` on a schema without `type` (Ajv refuses it) becomes `anyOf: [schema, {type: 'null'}]`,
 *    which is what OpenAPI 3.0 means by it.
 * 3. `oneOf` + `discriminator.mapping` (Open Zaak's polymorphic `Rol`) becomes "the mapped schema for the
 *    tag value", OpenAPI's discriminator semantics; a bare `oneOf` would reject every rol because the
 *    variants overlap.
 * 4. Catalogi 1.3.1 errata, both fixed in Catalogi 1.3.3 and matching what Open Zaak returns:
 *    `ZaakType.informatieobjecttypen` is an array of URLs (1.3.1 says string), and `StatusType` does not
 *    require `zaakobjecttype` (1.3.3 removed the property).
 * @module
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's `specs/` (this file runs from `packages/mock-api/dist/test/`). */
const SPECS = new URL('../../../../specs/', import.meta.url);
const OZ_EXTERNAL_ZAAKTYPE = 'https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml';

/** Ids under which the documents are registered; refer to schemas as `${id}#/components/schemas/Name`. */
export const VNG_ZAKEN = 'vng-zaken-1.5.1';
export const OPEN_ZAAK = 'openzaak-zaken-1.30.0';
export const CATALOGI = 'catalogi-1.3.1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function load(file: string, rewrite: (text: string) => string = (t) => t): Json {
  return adapt(parse(rewrite(readFileSync(new URL(file, SPECS), 'utf8'))) as Json);
}

/** Adaptations 2 and 3 (see module comment), applied recursively. */
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
      allOf: Object.entries(discriminator.mapping).map(([value, ref]) => ({
        if: { properties: { [tag]: { const: value } } },
        then: { $ref: ref },
      })),
    };
  }
  return out;
}

/** Adaptation 4: Catalogi 1.3.1 errata. */
function catalogiErrata(doc: Json): Json {
  const schemas = (doc as { components: { schemas: Record<string, { properties: Record<string, Json>; required: string[] }> } })
    .components.schemas;
  const zaaktype = schemas.ZaakType!;
  zaaktype.properties.informatieobjecttypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true };
  const statustype = schemas.StatusType!;
  statustype.required = statustype.required.filter((name) => name !== 'zaakobjecttype');
  return doc;
}

/** Compiles and caches validators for schema references into the three documents. */
export class SchemaValidator {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv({ strict: false, allErrors: true });
    addFormatsModule.default(this.#ajv);
    this.#ajv.addSchema(load('zaken/openapi.yaml') as object, VNG_ZAKEN);
    this.#ajv.addSchema(catalogiErrata(load('catalogi/openapi.yaml')) as object, CATALOGI);
    this.#ajv.addSchema(
      load('zaken/openzaak-1.30.0.yaml', (text) => text.split(OZ_EXTERNAL_ZAAKTYPE).join(CATALOGI)) as object,
      OPEN_ZAAK,
    );
  }

  /** Throws an Error naming every violation when `data` does not match `documentId#/components/schemas/name`. */
  assert(documentId: string, name: string, data: unknown, label: string): void {
    this.assertPointer(documentId, `/components/schemas/${name}`, data, label);
  }

  /** Same, for any JSON pointer into the document (e.g. an operation's inline response schema). */
  assertPointer(documentId: string, pointer: string, data: unknown, label: string): void {
    const ref = `${documentId}#${pointer}`;
    let validate = this.#cache.get(ref);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: ref });
      this.#cache.set(ref, validate);
    }
    if (validate(data)) return;
    throw new Error(`${label} does not match ${ref}:\n${describe(validate.errors ?? [], data)}`);
  }
}

/** One line per error: where, what, and the offending value (shortened). */
function describe(errors: readonly ErrorObject[], data: unknown): string {
  return errors
    .slice(0, 12)
    .map((error) => {
      const value = valueAt(data, error.instancePath);
      const shown = JSON.stringify(value)?.slice(0, 160) ?? 'undefined';
      return `  at ${error.instancePath || '(root)'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)} — value ${shown} (schema ${error.schemaPath})`;
    })
    .join('\n')
    .concat(errors.length > 12 ? `\n  … and ${errors.length - 12} more` : '');
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}
