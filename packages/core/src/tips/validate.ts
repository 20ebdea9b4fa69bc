/**
 * Checks a tip rule against `tip-rule.schema.json` without a JSON Schema engine: engines such as ajv
 * compile schemas with `new Function`, which a strict CSP forbids, and weigh more than this. A test runs
 * ajv on the published schema and this validator over the same corpus and requires them to agree.
 * @module
 */
import type { TipRule } from './rule.js';

/** One reason a rule is invalid: where (a JSON Pointer into the rule) and what. */
export interface TipRuleIssue {
  readonly path: string;
  readonly message: string;
}

/** The outcome of {@link validateTipRule}. */
export type TipRuleValidation = { readonly valid: true; readonly rule: TipRule } | { readonly valid: false; readonly issues: readonly TipRuleIssue[] };

type Obj = Readonly<Record<string, unknown>>;
type Check = (value: unknown, path: string, issues: TipRuleIssue[]) => void;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/u;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/u;
const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/u;
const TAAL = /^[a-z]{3}$/u;
const AUDIENCES = ['inwoner', 'ondernemer'];
const KANALEN = ['email', 'telefoonnummer', 'overig'];

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Schema counts string length in code points. */
function length(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

function string(min: number, max: number, pattern?: RegExp): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') issues.push({ path, message: 'must be a string' });
    else if (length(value) < min || length(value) > max) issues.push({ path, message: `must be ${min} to ${max} characters` });
    else if (pattern && !pattern.test(value)) issues.push({ path, message: `must match ${pattern.source}` });
  };
}

function integer(min: number, max: number): Check {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) issues.push({ path, message: 'must be an integer' });
    else if (value < min || value > max) issues.push({ path, message: `must be between ${min} and ${max}` });
  };
}

function oneOfValues(values: readonly string[]): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !values.includes(value)) issues.push({ path, message: `must be one of ${values.join(', ')}` });
  };
}

/** An object with exactly these properties (those in `required` present), each checked. */
function object(properties: Readonly<Record<string, Check>>, required: readonly string[] = [], minProperties = 0): Check {
  return (value, path, issues) => {
    if (!isObj(value)) {
      issues.push({ path, message: 'must be an object' });
      return;
    }
    for (const name of required) if (!Object.hasOwn(value, name)) issues.push({ path, message: `must have "${name}"` });
    const names = Object.keys(value);
    if (names.length < minProperties) issues.push({ path, message: `must have at least ${minProperties} properties` });
    for (const name of names) {
      const check = Object.hasOwn(properties, name) ? properties[name] : undefined;
      const at = `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!check) issues.push({ path: at, message: 'is not allowed' });
      else check(value[name], at, issues);
    }
  };
}

const shortText = object({ nl: string(1, 200), en: string(1, 200) }, ['nl']);
const longText = object({ nl: string(1, 1000), en: string(1, 1000) }, ['nl']);
const searchValue = string(1, 100);
const zaaktype = object({ identificatie: searchValue, omschrijving: searchValue }, [], 1);
const producttype = object({ code: searchValue, naam: searchValue }, [], 1);

function oneOf(...names: readonly string[]): Check {
  return (value, path, issues) => {
    if (isObj(value) && !names.some((name) => Object.hasOwn(value, name)))
      issues.push({ path, message: `must have ${names.map((name) => `"${name}"`).join(' or ')}` });
  };
}

function all(...checks: readonly Check[]): Check {
  return (value, path, issues) => {
    for (const check of checks) check(value, path, issues);
  };
}

const facts: Readonly<Record<string, Check>> = {
  'zaak.open': object({ feit: () => {}, zaaktype }),
  'zaak.afgerond': object({ feit: () => {}, zaaktype, binnenDagen: integer(1, 3650) }),
  'product.actief': object({ feit: () => {}, producttype }),
  leeftijd: all(object({ feit: () => {}, min: integer(0, 150), max: integer(0, 150) }), oneOf('min', 'max')),
  voorkeur: all(object({ feit: () => {}, kanaal: oneOfValues(KANALEN), taal: string(0, Infinity, TAAL) }), oneOf('kanaal', 'taal')),
};

const conditions: Check = (value, path, issues) => {
  if (!Array.isArray(value)) issues.push({ path, message: 'must be a list' });
  else if (value.length < 1 || value.length > 20) issues.push({ path, message: 'must have 1 to 20 conditions' });
  else value.forEach((item, index) => condition(item, `${path}/${index}`, issues));
};

/** A condition: exactly one combinator (`alle`, `eenVan`, `niet`) or one fact (`feit`). */
const condition: Check = (value, path, issues) => {
  if (!isObj(value)) {
    issues.push({ path, message: 'must be a condition object' });
    return;
  }
  if (Object.hasOwn(value, 'feit')) {
    const fact = typeof value.feit === 'string' && Object.hasOwn(facts, value.feit) ? facts[value.feit] : undefined;
    if (fact) fact(value, path, issues);
    else issues.push({ path: `${path}/feit`, message: `must be one of ${Object.keys(facts).join(', ')}` });
  } else if (Object.hasOwn(value, 'alle')) object({ alle: conditions })(value, path, issues);
  else if (Object.hasOwn(value, 'eenVan')) object({ eenVan: conditions })(value, path, issues);
  else if (Object.hasOwn(value, 'niet')) object({ niet: condition })(value, path, issues);
  else issues.push({ path, message: 'must have "feit", "alle", "eenVan" or "niet"' });
};

const doelgroep: Check = (value, path, issues) => {
  if (!Array.isArray(value)) issues.push({ path, message: 'must be a list' });
  else if (value.length < 1) issues.push({ path, message: 'must name at least one audience' });
  else {
    value.forEach((item, index) => oneOfValues(AUDIENCES)(item, `${path}/${index}`, issues));
    if (new Set(value).size !== value.length) issues.push({ path, message: 'must not repeat an audience' });
  }
};

const rule = object(
  {
    $schema: string(0, Infinity),
    id: string(0, Infinity, ID),
    titel: shortText,
    tekst: longText,
    link: object({ url: string(0, 1000, URL_PATTERN), tekst: shortText }, ['url', 'tekst']),
    geldigVanaf: string(0, Infinity, DATE),
    geldigTot: string(0, Infinity, DATE),
    doelgroep,
    prioriteit: integer(0, 100),
    voorwaarde: condition,
    reden: shortText,
  },
  ['id', 'titel', 'tekst', 'doelgroep'],
);

/**
 * Validates `value` as a tip rule (the checks of `tip-rule.schema.json`). Never throws and never runs
 * anything from the value: the condition is only read.
 * @example
 * ```ts
 * const result = validateTipRule(record.data);
 * if (!result.valid) console.warn(result.issues.map((i) => `${i.path} ${i.message}`));
 * ```
 */
export function validateTipRule(value: unknown): TipRuleValidation {
  const issues: TipRuleIssue[] = [];
  rule(value, '', issues);
  if (isObj(value)) {
    if (Object.hasOwn(value, 'voorwaarde') && !Object.hasOwn(value, 'reden')) issues.push({ path: '', message: 'a rule with "voorwaarde" must have "reden"' });
    if (Object.hasOwn(value, 'reden') && !Object.hasOwn(value, 'voorwaarde')) issues.push({ path: '', message: 'a rule with "reden" must have "voorwaarde"' });
  }
  return issues.length === 0 ? { valid: true, rule: value as TipRule } : { valid: false, issues };
}

/** A tip rule that was skipped because it is invalid; reported (e.g. as `kb-error`), never shown. */
export class TipRuleError extends Error {
  override readonly name = 'TipRuleError';
  /** The rule's `id` when it has a readable one. */
  readonly ruleId: string | undefined;
  /** Where the rule came from: the object URL, or the file URL with `#<index>`. */
  readonly source: string;
  readonly issues: readonly TipRuleIssue[];

  constructor(source: string, issues: readonly TipRuleIssue[], ruleId?: string) {
    const first = issues[0];
    super(
      `Invalid tip rule ${ruleId ?? source}${first ? `: ${first.path || '/'} ${first.message}` : ''}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`,
    );
    this.ruleId = ruleId;
    this.source = source;
    this.issues = issues;
  }
}
