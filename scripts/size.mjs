// @ts-check
// Size budgets of the CDN build (run `npm run build:cdn` first), checked by `npm test`, printed by `npm run bench`:
//   the whole SDK (dist/cdn/klantbeeld.js, Lit included)                       ≤ 40 kB gzip
//   one element (elements/<name>.js plus every chunk it imports, transitively) ≤ 15 kB gzip
// gzip is zlib level 9 (brotli, quality 11, printed beside it); each file is compressed on its own, as it is served.
// 1 kB = 1000 bytes. Also fails when a built file contains Lit's development build.
// `node scripts/size.mjs --why [elements/<name>.js]`: what makes a file heavy, by package and source folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { formatTable } from './table.mjs';

const pkgDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const cdnDir = join(pkgDir, 'dist/cdn');
const graphFile = join(pkgDir, 'dist/cdn-graph.json');

export const BUDGETS = { sdk: 40_000, element: 15_000 };

/**
 * Until the budgets above are met, `npm test` holds every artefact to its recorded ceiling instead (the gzip size it
 * had when recorded, plus 2 %), so that nothing grows unnoticed. `node scripts/size.mjs --record` rewrites the
 * ceilings from the current build: a change that raises one shows in review.
 */
export const ceilingsFile = fileURLToPath(new URL('../test/size/ceilings.json', import.meta.url));
const HEADROOM = 1.02;

export function readCeilings() {
  return existsSync(ceilingsFile) ? JSON.parse(readFileSync(ceilingsFile, 'utf8')).gzip : {};
}

export function recordCeilings(rows) {
  const gzip = Object.fromEntries(rows.map((r) => [r.name, Math.ceil(r.gzip * HEADROOM)]));
  const note = 'Recorded gzip ceilings (bytes) that npm test holds the CDN build to until the issue budgets in scripts/size.mjs are met.';
  writeFileSync(ceilingsFile, `${JSON.stringify({ note, gzip }, null, 2)}\n`);
}

/** Regressions: an artefact over its recorded ceiling, or without one. */
export function overCeiling(rows, ceilings = readCeilings()) {
  return rows.flatMap((r) =>
    ceilings[r.name] === undefined
      ? [`${r.name}: no recorded ceiling (run node scripts/size.mjs --record)`]
      : r.gzip > ceilings[r.name]
        ? [`${r.name}: ${r.gzip} B gzip > recorded ceiling ${ceilings[r.name]} B`]
        : [],
  );
}

/** raw, gzip and brotli bytes of one built file. */
function measureFile(file) {
  const bytes = readFileSync(join(cdnDir, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    devMode: bytes.includes('Lit is in dev mode'),
  };
}

/** What `file` loads later, by dynamic `import()`: those chunks with all they import, except what it has already. */
function onDemand(graph, file) {
  const loaded = closure(graph, file);
  const later = new Set();
  for (const chunk of loaded) {
    for (const lazy of graph.files[chunk]?.dynamicImports ?? []) closure(graph, lazy, later);
  }
  return [...later].filter((chunk) => !loaded.has(chunk));
}

/** `file` and every chunk it imports statically, transitively. */
function closure(graph, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph.files[file]?.imports ?? []) closure(graph, dep, seen);
  return seen;
}

function sum(files) {
  const sizes = files.map(measureFile);
  return {
    files: files.length,
    raw: sizes.reduce((s, x) => s + x.raw, 0),
    gzip: sizes.reduce((s, x) => s + x.gzip, 0),
    brotli: sizes.reduce((s, x) => s + x.brotli, 0),
    devMode: sizes.some((x) => x.devMode),
  };
}

/**
 * One row per measured artefact: `{ name, files, raw, gzip, brotli, budget?, devMode }`. An element's row also has
 * `besideProvider`, the gzip bytes it adds to a page that already loads `<kb-provider>` (the chunks they share count
 * once), and `onDemand`, the gzip bytes it loads later by `import()` (e.g. live updates once the status is shown).
 */
export function measure() {
  if (!existsSync(graphFile)) throw new Error('No CDN build found: run `npm run build:cdn` first.');
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const provider = closure(graph, 'elements/provider.js');
  return [
    { name: 'klantbeeld.js (whole SDK, Lit included)', ...sum(['klantbeeld.js']), budget: BUDGETS.sdk },
    ...graph.elements.map((name) => {
      const files = [...closure(graph, `elements/${name}.js`)];
      return {
        name: `<kb-${name}> (elements/${name}.js + chunks)`,
        tag: `kb-${name}`,
        ...sum(files),
        besideProvider: name === 'provider' ? undefined : sum(files.filter((file) => !provider.has(file))).gzip,
        onDemand: sum(onDemand(graph, `elements/${name}.js`)).gzip,
        budget: BUDGETS.element,
      };
    }),
    { name: 'autoloader.js', ...sum(['autoloader.js']) },
    { name: 'klantbeeld.css (default theme)', ...sum(['klantbeeld.css']) },
  ];
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

/** The rows as a table; over-budget rows are marked. */
export function format(rows) {
  const lines = rows.map((r) => [
    r.name,
    String(r.files),
    kB(r.raw),
    kB(r.gzip),
    kB(r.brotli),
    r.besideProvider === undefined ? '' : kB(r.besideProvider),
    r.onDemand ? `+${kB(r.onDemand)}` : '',
    r.budget ? `${kB(r.budget)}` : '',
    r.budget ? (r.gzip <= r.budget ? 'ok' : `OVER by ${kB(r.gzip - r.budget)}`) : '',
  ]);
  const head = ['artefact', 'files', 'raw kB', 'gzip kB', 'brotli kB', 'beside provider', 'on demand', 'budget (gzip)', ''];
  return formatTable(head, lines);
}

/** Failures: budgets exceeded, Lit's dev mode shipped. */
export function problems(rows) {
  return rows.flatMap((r) => [
    ...(r.budget && r.gzip > r.budget ? [`${r.name}: ${r.gzip} B gzip > budget ${r.budget} B`] : []),
    ...(r.devMode ? [`${r.name}: contains Lit's development build`] : []),
  ]);
}

/** The source modules `file` brings before it runs (`now`), and those it loads later by `import()` (`later`). */
export function loadedModules(file) {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const modules = (chunks) => [...chunks].flatMap((chunk) => Object.keys(graph.files[chunk].modules ?? {}));
  return { now: modules(closure(graph, file)), later: modules(onDemand(graph, file)) };
}

/**
 * What makes `file` (with the chunks it imports) heavy: its source modules by rendered bytes (before minification:
 * shares, not sizes), grouped by npm package or source folder, the shared element code by file; largest first.
 */
export function breakdown(file = 'klantbeeld.js') {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const groups = new Map();
  for (const chunk of closure(graph, file)) {
    for (const [module, bytes] of Object.entries(graph.files[chunk].modules ?? {})) {
      const group = module.includes('node_modules/')
        ? module.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1')
        : module.startsWith('packages/elements/src/shared/')
          ? module
          : module.replace(/^(packages\/[^/]+\/src\/[^/]+)\/.*$/, '$1');
      groups.set(group, (groups.get(group) ?? 0) + bytes);
    }
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => `${(bytes / 1000).toFixed(1).padStart(7)} kB ${((100 * bytes) / total).toFixed(0).padStart(3)} %  ${group}`).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const why = process.argv.indexOf('--why');
  if (why > 0) {
    console.log(breakdown(process.argv[why + 1] ?? 'klantbeeld.js'));
    process.exit(0);
  }
  const rows = measure();
  console.log(format(rows));
  if (process.argv.includes('--record')) {
    recordCeilings(rows);
    console.log(`Recorded ceilings in ${ceilingsFile}`);
    process.exit(0);
  }
  const failed = problems(rows);
  for (const p of failed) console.error(`size budget: ${p}`);
  process.exit(failed.length ? 1 : 0);
}
