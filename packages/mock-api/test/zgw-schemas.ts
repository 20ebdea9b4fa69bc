/**
 * Validation of Documenten, Besluiten, Catalogi and Open Zaak responses against the official OpenAPI
 * documents in the repository's `specs/`: Documenten 1.5.0, Besluiten 1.1.0, Catalogi 1.3.1, Open Zaak
 * 1.30 (Zaken 1.5.1 + substatussen) and VNG Zaken 1.5.1.
 *
 * The documents are OpenAPI 3.0; they are adapted in memory as `schemas.ts` does, and none of the
 * adaptations loosens a rule for the mock's sake:
 * 1. `nullable: true` without `type` → `anyOf: [schema, {type: 'null'}]`; `oneOf` + `discriminator.mapping`
 *    → "the mapped schema for the tag value" (OpenAPI's semantics).
 * 2. Open Zaak's external `$ref` to Catalogi 1.2.0 `ZaakType` points at the Catalogi 1.3.1 document.
 * 3. Catalogi 1.3.1 errata, fixed in Catalogi 1.3.3 and matching Open Zaak: `ZaakType.informatieobjecttypen`
 *    and `InformatieObjectType.zaaktypen` are arrays of URLs (1.3.1 says string); `StatusType` does not
 *    require `zaakobjecttype`.
 * 4. Besluiten 1.1.0's `_expand` schemas `$ref` sibling files of the VNG release tree that the repository
 *    does not hold (Catalogi 1.3.2, Zaken 1.6.0, Documenten 1.6.0); they point at the in-repo documents'
 *    `BesluitType`, `Zaak` and `EnkelvoudigInformatieObject` instead. The mock sends no `_expand` on
 *    Besluiten, so these are never exercised.
 * 5. Stricter, not looser: `EnkelvoudigInformatieObject` gets `additionalProperties: false`, so a document
 *    must have exactly the 1.5.0 shape. The one field from Documenten 1.6.0, `tonenAanInitiator`, is taken
 *    off by {@link documentFields} before validation and checked on its own against the 1.6.0 definition
 *    (a boolean) — 1.5.0 does not know it, and the mock sets it only on the documents that test it.
 * @module
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's `specs/` (this file runs from `packages/mock-api/dist/test/`). */
const SPECS = new URL('../../../../specs/', import.meta.url);
const OZ_EXTERNAL_ZAAKTYPE = 'https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml';

export const DOCUMENTEN = 'documenten-1.5.0';
export const BESLUITEN = 'besluiten-1.1.0';
export const CATALOGI = 'catalogi-1.3.1';
export const OPEN_ZAAK = 'openzaak-zaken-1.30.0';
export const VNG_ZAKEN = 'vng-zaken-1.5.1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = { components: { schemas: Record<string, { properties: Record<string, Json>; required?: string[]; additionalProperties?: boolean }> } };

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

function load(file: string, rewrite: (text: string) => string = (t) => t): Doc {
  return adapt(parse(rewrite(readFileSync(new URL(file, SPECS), 'utf8'))) as Json) as unknown as Doc;
}

/** Adaptation 3. */
function catalogiErrata(doc: Doc): Doc {
  const { schemas } = doc.components;
  schemas.ZaakType!.properties.informatieobjecttypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true };
  schemas.InformatieObjectType!.properties.zaaktypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true, uniqueItems: true };
  schemas.StatusType!.required = (schemas.StatusType!.required ?? []).filter((name) => name !== 'zaakobjecttype');
  return doc;
}

/** Adaptation 4. */
function besluitenRefs(text: string): string {
  return text
    .split('../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml#/components/schemas/BesluitTypeExpanded')
    .join(`${CATALOGI}#/components/schemas/BesluitType`)
    .split('../../../zaken/zrc/1.6.x/1.6.0/openapi.yaml#/components/schemas/ZaakExpanded')
    .join(`${VNG_ZAKEN}#/components/schemas/Zaak`)
    .split('../../../documenten/drc/1.6.x/1.6.0/openapi.yaml#/components/schemas/EnkelvoudigInformatieObjectExpanded')
    .join(`${DOCUMENTEN}#/components/schemas/EnkelvoudigInformatieObject`);
}

/** Adaptation 5 (the first half). */
function strictDocument(doc: Doc): Doc {
  doc.components.schemas.EnkelvoudigInformatieObject!.additionalProperties = false;
  return doc;
}

/**
 * A document without Documenten 1.6.0's `tonenAanInitiator` (asserted to be a boolean when present, as
 * 1.6.0 defines it), ready for validation against 1.5.0 (adaptation 5).
 */
export function documentFields(eio: Record<string, unknown>): Record<string, unknown> {
  const { tonenAanInitiator, ...rest } = eio;
  if (tonenAanInitiator !== undefined) assert.equal(typeof tonenAanInitiator, 'boolean', `tonenAanInitiator of ${String(eio.url)}`);
  return rest;
}

/** Compiles and caches validators for schema references into the five documents. */
export class ZgwSchemaValidator {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv({ strict: false, allErrors: true });
    addFormatsModule.default(this.#ajv);
    this.#ajv.addSchema(strictDocument(load('documenten/openapi.yaml')), DOCUMENTEN);
    this.#ajv.addSchema(load('besluiten/openapi.yaml', besluitenRefs), BESLUITEN);
    this.#ajv.addSchema(catalogiErrata(load('catalogi/openapi.yaml')), CATALOGI);
    this.#ajv.addSchema(load('zaken/openapi.yaml'), VNG_ZAKEN);
    this.#ajv.addSchema(load('zaken/openzaak-1.30.0.yaml', (text) => text.split(OZ_EXTERNAL_ZAAKTYPE).join(CATALOGI)), OPEN_ZAAK);
  }

  /** Throws naming every violation when `data` does not match `documentId#/components/schemas/name`. */
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

/** The JSON pointer of an operation's 200 response schema, e.g. `responsePointer('/besluiten', 'get')`. */
export function responsePointer(path: string, method: 'get' | 'post'): string {
  return `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/200/content/application~1json/schema`;
}

function describe(errors: readonly ErrorObject[], data: unknown): string {
  return errors
    .slice(0, 12)
    .map((error) => {
      const value = error.instancePath
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
      return `  at ${error.instancePath || '(root)'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)} — value ${JSON.stringify(value)?.slice(0, 160)} (schema ${error.schemaPath})`;
    })
    .join('\n');
}
