/**
 * Deny by default: the operations the gateway serves (method + path template per API, with the query
 * parameters a browser may send), generated from the official OpenAPI documents into `operations.json`
 * by `scripts/contract/gateway-allowlist.mjs`. A path that is not exactly one of these templates is
 * absent; a query parameter that is not the operation's, repeated where the spec does not allow it, or
 * not of the spec's type is refused.
 * @module
 */
import { isUuid } from '@klantbeeld/core';
import type { GeneratedOperation, ParamSchema } from './generated-operation.js';
import { GENERATED_OPERATIONS } from './operations.generated.js';
import type { InvalidParam } from '../problem.js';

/** One allowed operation. */
export interface Operation extends GeneratedOperation {
  /** `METHOD /template`, the key of the policy rules. */
  readonly id: string;
  readonly segments: readonly string[];
}

/** An operation matched by a request: its path parameters (UUIDs) and validated query. */
export interface Match {
  readonly operation: Operation;
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters in the order sent, each name with all its values. */
  readonly query: ReadonlyMap<string, readonly string[]>;
}

const OPERATIONS: readonly Operation[] = GENERATED_OPERATIONS.map((op) => ({
  ...op,
  id: `${op.method} ${op.template}`,
  segments: op.template.split('/').slice(1),
}));

/** Every allowed operation of `api`. */
export function operationsOf(api: string): readonly Operation[] {
  return OPERATIONS.filter((op) => op.api === api);
}

/**
 * The operation `method` + `path` (below the API's base path) addresses, or undefined. The path must be
 * clean: no empty, dot or percent-encoded segment (an encoded `/` or `.` never reaches another
 * resource), and every parameter a UUID.
 */
export function matchPath(api: string, method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('%'))) return undefined;
  for (const operation of OPERATIONS) {
    if (operation.api !== api || operation.method !== method || operation.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = operation.segments.every((part, i) => {
      const actual = segments[i] as string;
      if (part.startsWith('{')) {
        params[part.slice(1, -1)] = actual;
        return isUuid(actual);
      }
      return part === actual;
    });
    if (fits) return { operation, params };
  }
  return undefined;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Why `value` does not fit `schema`, or undefined when it does. */
function misfit(schema: ParamSchema, value: string): string | undefined {
  if (schema.type === 'array') {
    for (const item of value.split(',')) {
      const reason = misfit(schema.items ?? {}, item);
      if (reason) return reason;
    }
    return undefined;
  }
  if (schema.enum && !schema.enum.includes(value)) return `Kies uit ${schema.enum.join(', ')}.`;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return `Hoogstens ${schema.maxLength} tekens.`;
  switch (schema.type) {
    case 'integer': {
      if (!/^-?\d{1,9}$/.test(value)) return 'Geen geheel getal.';
      const n = Number(value);
      if ((schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum)) return 'Buiten het bereik.';
      return undefined;
    }
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'Geen true of false.';
  }
  switch (schema.format) {
    case 'uri':
      return /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value) ? undefined : 'Geen geldige URL.';
    case 'date':
      return DATE.test(value) ? undefined : 'Geen geldige datum.';
    case 'uuid':
      return isUuid(value) ? undefined : 'Geen geldige UUID.';
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  return /[\u0000-\u001f]/.test(value) ? 'Ongeldige tekens.' : undefined;
}

/** Validates `search` against the operation: unknown, duplicated and mistyped parameters are refused. */
export function checkQuery(operation: Operation, search: URLSearchParams): { query: Map<string, string[]> } | { invalid: InvalidParam[] } {
  const query = new Map<string, string[]>();
  for (const [name, value] of search) query.set(name, [...(query.get(name) ?? []), value]);
  const invalid: InvalidParam[] = [];
  for (const [name, values] of query) {
    const declared = Object.hasOwn(operation.query, name) ? operation.query[name] : undefined;
    if (!declared) {
      invalid.push({ name, code: 'unknown-parameter', reason: 'Deze queryparameter is hier niet toegestaan.' });
      continue;
    }
    if (values.length > 1 && !declared.repeatable) {
      invalid.push({ name, code: 'duplicate-parameter', reason: 'Deze queryparameter mag maar één keer voorkomen.' });
      continue;
    }
    for (const value of values) {
      const reason = misfit(declared.schema, value);
      if (reason) invalid.push({ name, code: 'invalid', reason });
    }
  }
  return invalid.length > 0 ? { invalid } : { query };
}
