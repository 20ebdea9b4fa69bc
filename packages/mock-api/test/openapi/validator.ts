/**
 * Validation of the mock's responses against the official documents (`documents.ts`), and of objecttype
 * `record.data` against inline JSON Schemas; a failure names every violation with the offending value.
 * {@link schemaAssertion} does the same caching for a document a test loads into its own Ajv.
 * @module
 */
import assert from 'node:assert/strict';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { loadDocument } from './documents.js';
import { createAjv } from './json-schema.js';

/** Compiles and caches validators for schema references into the given documents. */
export class SpecValidator {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  /** `documents`: ids from `documents.ts`, including every document these refer to. */
  constructor(documents: readonly string[]) {
    this.#ajv = createAjv();
    for (const id of documents) this.#ajv.addSchema(loadDocument(id) as object, id);
  }

  /** Throws naming every violation when `data` does not match `documentId#/components/schemas/name`. */
  assert(documentId: string, name: string, data: unknown, label: string): void {
    this.assertPointer(documentId, `/components/schemas/${name}`, data, label);
  }

  /** Same, for any JSON pointer into the document (e.g. an operation's inline response schema). */
  assertPointer(documentId: string, pointer: string, data: unknown, label: string): void {
    const ref = `${documentId}#${pointer}`;
    this.#check(ref, () => this.#ajv.compile({ $ref: ref }), data, label);
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
    throw new Error(`${label} does not match ${key}:\n${describe(validate.errors ?? [], data)}`);
  }
}

/**
 * `assertSchema(target, data, label)` for a document already in `ajv` (one set up by hand, e.g. Ajv 2020 for
 * OpenAPI 3.1): compiles `ref(target)` once, and fails with `label does not match target` and Ajv's errors.
 */
export function schemaAssertion(
  ajv: Pick<Ajv, 'compile' | 'errorsText'>,
  ref: (target: string) => string,
): (target: string, data: unknown, label: string) => void {
  const validators = new Map<string, ValidateFunction>();
  return (target, data, label) => {
    let validate = validators.get(target);
    if (!validate) {
      validate = ajv.compile({ $ref: ref(target) });
      validators.set(target, validate);
    }
    assert.ok(validate(data), `${label} does not match ${target}: ${ajv.errorsText(validate.errors)}`);
  };
}

/** The JSON pointer of an operation's 200 response schema, e.g. `responsePointer('/besluiten', 'get')`. */
export function responsePointer(path: string, method: 'get' | 'post'): string {
  return `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/200/content/application~1json/schema`;
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
