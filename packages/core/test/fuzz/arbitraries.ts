// fast-check arbitraries derived from the OpenAPI schemas: a small schema → arbitrary function whose
// strings, dates and URLs come from the hostile value pools of mutations.ts.
import fc from 'fast-check';
import { deref, type Located, type Schema } from './openapi-routes.js';
import { UUIDS, date, dateTime, text, urlValue } from './mutations.js';

export { FOREIGN, GATEWAY, mutation } from './mutations.js';

function stringFor(schema: Schema): fc.Arbitrary<unknown> {
  const format = schema.format;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...(schema.enum as unknown[])) }, { weight: 1, arbitrary: text });
  }
  if (format === 'uri' || format === 'url') return urlValue;
  if (format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...UUIDS) }, { weight: 1, arbitrary: text });
  if (format === 'date') return date;
  if (format === 'date-time') return dateTime;
  return text;
}

const MAX_DEPTH = 3;
const cache = new Map<Schema, fc.Arbitrary<unknown>>();

/** A value valid against `located` (as far as the generator goes), nested at most {@link MAX_DEPTH} objects deep. */
export function fromSchema(located: Located, depth = 0): fc.Arbitrary<unknown> {
  const { schema, file } = deref(located);
  if (depth > MAX_DEPTH) return fc.constant(null);
  const cached = depth === 0 ? cache.get(schema) : undefined;
  if (cached) return cached;
  const arbitrary = build(schema, file, depth);
  const withNull = schema.nullable === true ? fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary;
  if (depth === 0) cache.set(schema, withNull);
  return withNull;
}

function build(schema: Schema, file: string, depth: number): fc.Arbitrary<unknown> {
  const child = (s: unknown, d = depth + 1) => fromSchema({ schema: (s ?? {}) as Schema, file }, d);
  if (Array.isArray(schema.allOf)) {
    return fc
      .tuple(...(schema.allOf as unknown[]).map((s) => child(s, depth)))
      .map((parts) => Object.assign({}, ...parts.filter((p) => p && typeof p === 'object' && !Array.isArray(p))));
  }
  const variants = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return fc.oneof(...variants.map((s) => child(s, depth)));
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : (schema.type as string | undefined);
  switch (type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(-1, 2 ** 53, 0));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, 1e308));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(child(schema.items), { maxLength: depth === 0 ? 3 : 1 });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const required = new Set((schema.required ?? []) as string[]);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) record[name] = child(property);
      const keys = Object.keys(record);
      return fc.record(record, { requiredKeys: keys.filter((key) => required.has(key) || key === 'url' || key === 'results') });
    }
    default:
      return fc.oneof(text, fc.integer(), fc.constant(null), fc.constant({}));
  }
}
