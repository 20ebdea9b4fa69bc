/**
 * The BRP Personen bevragen 2.7.0 document (OpenAPI 3.1, JSON Schema 2020-12, `ajv/dist/2020`) as a
 * schema assertion for the mock's BRP answers.
 *
 * The document models polymorphism with an abstract base carrying `discriminator.mapping` and subtypes
 * that `allOf` the base (AbstractDatum → VolledigeDatum, …). Ajv ignores `discriminator` there, which
 * would check only the base's fields; so each such base is adapted to "the base's own rules, plus
 * the mapped subtype for the tag value", with the subtypes' reference to the base redirected to a copy
 * of the base without the mapping (no loop). That is the spec's meaning; nothing is loosened.
 * @module
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { schemaAssertion } from './validator.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schemas = Record<string, { [key: string]: Json }>;

/** The adaptation described in the module comment. */
function adaptDiscriminators(doc: { components: { schemas: Schemas } }): object {
  const schemas = doc.components.schemas;
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator?.mapping || schema.oneOf) continue;
    const { discriminator: _d, ...base } = schema;
    const baseName = `${name}__base`;
    schemas[baseName] = base;
    for (const target of Object.values(discriminator.mapping)) {
      const sub = schemas[target.split('/').pop() as string] as { allOf?: { $ref?: string }[] };
      for (const part of sub.allOf ?? []) if (part.$ref === `#/components/schemas/${name}`) part.$ref = `#/components/schemas/${baseName}`;
    }
    const tag = discriminator.propertyName;
    schemas[name] = {
      $ref: `#/components/schemas/${baseName}`,
      allOf: Object.entries(discriminator.mapping).map(([value, ref]) => ({ if: { properties: { [tag]: { const: value } } }, then: { $ref: ref } })),
    };
  }
  return doc;
}

// RvIG patterns use identity escapes (`\'`) that are invalid in Unicode-mode regular expressions.
const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
addFormatsModule.default(ajv);
ajv.addSchema(adaptDiscriminators(parse(readFileSync(new URL('../../../../../specs/brp-personen/openapi.yaml', import.meta.url), 'utf8'))), 'brp');
/** Throws naming every violation when `data` does not match the BRP schema `name`. */
export const assertBrpSchema = schemaAssertion(ajv, (name) => `brp#/components/schemas/${name}`);
