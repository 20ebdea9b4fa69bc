// @ts-check
// The floors under the size budgets: what the whole SDK, and what any one element, must hold before a line of its own
// logic. Lit with @lit/context (DESIGN.md builds on both), the NL Design System CSS the elements adopt (issue 6) and
// texts in Dutch and English, added one by one to one file bundled as the CDN build bundles (scripts/build-cdn.mjs).
// What is left of a budget is what the client and the elements may take; beside it, what they take now.
// `node scripts/size-parts.mjs` prints the tables (after `npm run build:cdn`); `npm run bench` prints them too.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundle } from './build-cdn.mjs';
import { BUDGETS, measure } from './size.mjs';
import { formatTable } from './table.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = join(root, 'packages/elements/src/shared');
const nlDesignSystemCss = readdirSync(shared)
  .filter((file) => file.startsWith('nl-design-system'))
  .map((file) => join(shared, file));

// Lit is counted low: `lit` and `@lit/context` only, not the directives and `@lit/task` the elements also use.
const LIT = { name: 'lit and @lit/context', modules: ['lit', '@lit/context'] };

/** The whole SDK (klantbeeld.js) holds every element: all the CSS groups and every element's texts. */
const SDK_FLOOR = [
  LIT,
  { name: '+ NL Design System CSS, every group (purged)', modules: nlDesignSystemCss },
  { name: "+ every element's texts, Dutch and English", modules: [join(shared, 'locales/nl.ts'), join(shared, 'locales/en.ts')] },
];

/**
 * Any one element adopts the base CSS group. (The error states' texts load with those states, on demand: an element's
 * first load holds only the few words of its loading state, which are no floor.)
 */
const ELEMENT_FLOOR = [LIT, { name: '+ NL Design System base CSS (every element adopts it)', modules: [join(shared, 'nl-design-system.styles.ts')] }];

// Every export of each module, as a namespace (two modules exporting one name do not clash): a part counts whole.
const keepAll = (modules) => modules.map((module, i) => `import * as m${i} from ${JSON.stringify(module)};\nexport { m${i} };`).join('\n');

/**
 * gzip (level 9) of each step's modules added to those before it, in one minified file: each figure is what its
 * step adds (the CSS modules import Lit, which must not count twice). `[{ name, gzip }]` and the total.
 */
async function cumulative(steps, tmp) {
  const modules = [];
  const added = [];
  let total = 0;
  for (const [i, step] of steps.entries()) {
    modules.push(...step.modules);
    // One build per step: Vite bundles several inputs into one file each only with code splitting on.
    const [chunk] = await bundle({ entry: { [`step${i}`]: keepAll(modules) }, splitting: false, tmp, dir: join(tmp, 'out') });
    if (!chunk) throw new Error(`size-parts: step ${step.name} built nothing`);
    const gzip = gzipSync(chunk.code, { level: 9 }).length;
    added.push({ name: step.name, gzip: gzip - total });
    total = gzip;
  }
  return { added, total };
}

/**
 * `{ sdk, element }`, each `{ added, total, budget, now }`: the floor's steps, the floor, the budget and the built
 * artefacts it compares with.
 */
export async function measureFloors() {
  mkdirSync(join(root, 'packages/elements/dist'), { recursive: true });
  const tmp = mkdtempSync(join(root, 'packages/elements/dist/.size-parts-'));
  try {
    const rows = measure();
    const elements = rows.filter((r) => r.budget === BUDGETS.element);
    return {
      sdk: { ...(await cumulative(SDK_FLOOR, tmp)), budget: BUDGETS.sdk, now: [rows[0]] },
      element: {
        ...(await cumulative(ELEMENT_FLOOR, tmp)),
        budget: BUDGETS.element,
        // The provider renders nothing and adopts no CSS: the smallest element that shows data.
        now: [elements.filter((r) => !r.name.startsWith('<kb-provider>')).sort((a, b) => a.gzip - b.gzip)[0]],
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function formatFloor(title, { added, total, budget, now }) {
  const rows = [
    ...added.map((step) => [step.name, kB(step.gzip)]),
    ['floor', kB(total)],
    [`left of the ${kB(budget)} budget for the code`, kB(budget - total)],
    ...now.map((row) => [`code now: ${row.name} minus the floor`, kB(row.gzip - total)]),
  ];
  return `${title}\n${formatTable(null, rows, { indent: '  ' })}`;
}

export function formatFloors({ sdk, element }) {
  return [formatFloor('Floor of the whole SDK (gzip; Lit counted low)', sdk), formatFloor('Floor of one element (gzip; Lit counted low)', element)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatFloors(await measureFloors()));
}
