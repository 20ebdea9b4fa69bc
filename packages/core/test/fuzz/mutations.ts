// The values and mutations of a hostile or broken server: wrong types, nulls, missing and extra fields,
// huge strings and lists, deep nesting, foreign and malformed URLs in every URL field, markup in every
// text. No Node API here: the elements' browser suite uses it too.
import fc from 'fast-check';

/** The gateway the fuzzed client is configured with; every other origin is foreign. */
export const GATEWAY = 'https://gw.example';
/** Where a leak would go. */
export const FOREIGN = 'https://evil.example';

export const UUIDS = ['0d1a6b3e-1f43-4d2b-9d44-3f3b1c7a2e10', '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

/** Resource URLs within the gateway: what a well-behaved gateway puts in URL fields. */
const OWN_URLS = [
  'zaken/api/v1/zaken',
  'zaken/api/v1/statussen',
  'zaken/api/v1/rollen',
  'zaken/api/v1/resultaten',
  'catalogi/api/v1/zaaktypen',
  'catalogi/api/v1/statustypen',
  'catalogi/api/v1/besluittypen',
  'catalogi/api/v1/informatieobjecttypen',
  'catalogi/api/v1/resultaattypen',
  'documenten/api/v1/enkelvoudiginformatieobjecten',
  'besluiten/api/v1/besluiten',
  'klantinteracties/api/v1/partijen',
  'klantinteracties/api/v1/actoren',
  'klantinteracties/api/v1/onderwerpobjecten',
  'klantinteracties/api/v1/digitaleadressen',
  'objecten/api/v2/objects',
].flatMap((path) => UUIDS.map((uuid) => `${GATEWAY}/${path}/${uuid}`));

/** URLs no request may ever go to, and values that are not URLs at all. */
export const HOSTILE_URLS: readonly string[] = [
  `${FOREIGN}/zaken/api/v1/zaken/${UUIDS[0]}`,
  `${FOREIGN}/`,
  `https://gw.example.evil.example/zaken/api/v1/zaken/${UUIDS[0]}`,
  `https://user:pw@gw.example/zaken/api/v1/zaken/${UUIDS[0]}`,
  `http://gw.example/zaken/api/v1/zaken/${UUIDS[0]}`,
  `${GATEWAY}/zaken/api/v1/../../../../admin`,
  `${GATEWAY}/zaken/api/v10/zaken/${UUIDS[0]}`,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x',
  '/zaken/api/v1/zaken/1',
  'not a url',
  '',
  'http://[::1',
  `${GATEWAY}:99999/x`,
];

/** Markup, scripts and other text a server must never get to run or render as elements. */
export const HOSTILE_TEXT: readonly string[] = [
  '<img src=x onerror="globalThis.__kbInjected=1">',
  '<script>globalThis.__kbInjected=1</script>',
  '"><svg onload="globalThis.__kbInjected=1">',
  '<a href="javascript:globalThis.__kbInjected=1">klik</a>',
  '{{constructor.constructor("globalThis.__kbInjected=1")()}}',
  '\u202Eevil\u0000nul',
  '🏳️‍🌈 é ß 𝔘',
  '__proto__',
];

/** The tag names of {@link HOSTILE_TEXT}: none of these may appear as an element made from API data. */
export const INJECTED_TAGS: readonly string[] = ['img', 'script', 'svg'];

export const text = fc.oneof(
  { weight: 30, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 10, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(20_000)) },
);
export const date = fc.oneof(
  fc.constantFrom('2026-01-01', '2021-04-27', '1999-12-31', '2026-02-30', '0000-00-00', 'gisteren'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
export const dateTime = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-12-01T10:00:00Z', 'morgen', ''),
);
/** URL fields: mostly within the gateway, sometimes hostile. */
export const urlValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OWN_URLS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS) });

/** A JSON value that is anything at all: the wrong type wherever it lands. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  text,
  fc.constant([]),
  fc.constant({}),
  urlValue,
  fc.constant({ url: `${FOREIGN}/x`, results: 'geen lijst' }),
);

/** One change to a generated value, as a function so it can be applied at any depth. */
export type Mutation = (value: unknown) => unknown;

/** `value` when it serialises small, else a small stand-in: a huge list must not become gigabytes. */
function small(value: unknown): unknown {
  return (JSON.stringify(value) ?? '').length <= 200 ? value : { url: 'https://gw.example/zaken/api/v1/zaken/11111111-1111-4111-8111-111111111111' };
}

function deepNesting(levels: number): unknown {
  let value: unknown = 'bodem';
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** The mutations of a hostile server, each applied to one randomly chosen place in the value. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Mutation>((value) => value) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.nat(), wrongValue).map(
      ([at, wrong]): Mutation =>
        (value) =>
          replaceAt(value, at, () => wrong),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map(
      (at): Mutation =>
        (value) =>
          replaceAt(value, at, () => undefined),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ maxLength: 8 }), wrongValue).map(
      ([key, extra]): Mutation =>
        (value) =>
          extend(value, key, extra),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map(
      (at): Mutation =>
        (value) =>
          replaceAt(value, at, () => 'Z'.repeat(200_000)),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map(
      (at): Mutation =>
        (value) =>
          replaceAt(value, at, (old) => Array.from({ length: 5_000 }, () => small(old))),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map(
      (at): Mutation =>
        (value) =>
          replaceAt(value, at, () => deepNesting(2_000)),
    ),
  },
  { weight: 1, arbitrary: fc.constant<Mutation>(() => null) },
);

/** Replaces the `at`-th node (depth first, modulo the number of nodes) with `make(old)`; `undefined` removes it. */
function replaceAt(value: unknown, at: number, make: (old: unknown) => unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object' || nodes.length > 500) return;
    for (const [key, child] of Object.entries(node)) {
      nodes.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      visit(child);
    }
  };
  const copy = structuredClone(value);
  visit(copy);
  const target = nodes[at % Math.max(1, nodes.length)];
  if (!target) return make(copy);
  const old = (target.parent as Record<string | number, unknown>)[target.key];
  const next = make(old);
  if (next === undefined && !Array.isArray(target.parent)) delete target.parent[target.key as string];
  else (target.parent as Record<string | number, unknown>)[target.key] = next;
  return copy;
}

function extend(value: unknown, key: string, extra: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return { ...value, [key]: extra };
}

/**
 * Markup in the texts: every third string that is not a URL (from an offset) becomes one of
 * {@link HOSTILE_TEXT}, so whatever the element shows as text is a probe for injection.
 */
export const markupInTexts: fc.Arbitrary<Mutation> = fc.nat({ max: 2 }).map((offset): Mutation => (value) => {
  let index = offset;
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (/^https?:/.test(node) || index++ % 3 !== 0) return node;
      return HOSTILE_TEXT[index % HOSTILE_TEXT.length];
    }
    if (Array.isArray(node)) return node.map(visit);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]));
    return node;
  };
  return visit(value);
});
