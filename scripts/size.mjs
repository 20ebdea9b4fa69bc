// @ts-check
// Sizes of the CDN build (run `npm run build:cdn` first). The check of each artefact against its ceiling is
// size-limit's (`npm run size`, configured in .size-limit.mjs from the artefacts listed here and the ceilings in
// test/size/ceilings.json); this module lists the artefacts and measures what size-limit does not: raw and brotli
// bytes beside gzip, what an element adds beside <kb-provider>, what it loads later by import(), and whether a file
// ships Lit's development build. Printed by `npm run bench` and in the docs.
//   the whole SDK (dist/cdn/klantbeeld.js, Lit included)                       issue budget 40 kB gzip
//   one element (elements/<name>.js plus every chunk it imports, transitively) issue budget 15 kB gzip
// gzip is zlib level 9 (brotli, quality 11, printed beside it); each file is compressed on its own, as it is served.
// 1 kB = 1000 bytes.
// `node scripts/size.mjs`: the table. `--record`: lowers the ceilings to today's sizes (see recordCeilings).
// `--why [elements/<name>.js]`: what makes a file heavy, by package and source folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sizeLimit from 'size-limit';
import filePlugin from '@size-limit/file';
import { formatTable } from './table.mjs';

const pkgDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
export const cdnDir = join(pkgDir, 'dist/cdn');
const graphFile = join(pkgDir, 'dist/cdn-graph.json');

export const BUDGETS = { sdk: 40_000, element: 15_000 };

/**
 * Until the budgets above are met, every artefact is held to its recorded ceiling instead (size-limit's `limit`):
 * the gzip size it had when recorded, plus 2 % headroom, so that nothing grows unnoticed.
 */
export const ceilingsFile = fileURLToPath(new URL('../test/size/ceilings.json', import.meta.url));
const HEADROOM = 1.02;

/** The recorded gzip ceilings by artefact name. */
export function readCeilings() {
  return existsSync(ceilingsFile) ? JSON.parse(readFileSync(ceilingsFile, 'utf8')).gzip : {};
}

/**
 * The ratchet's rule: each artefact's ceiling becomes its size plus headroom where that is lower (or where it has
 * none yet), never higher. `sizes` by artefact name; returns the ceilings and the artefacts still over theirs.
 */
export function lowerCeilings(old, sizes) {
  const gzip = {};
  const over = [];
  for (const [name, size] of Object.entries(sizes)) {
    const wanted = Math.ceil(size * HEADROOM);
    gzip[name] = old[name] === undefined ? wanted : Math.min(old[name], wanted);
    if (size > gzip[name]) over.push(`${name}: ${size} B gzip > ceiling ${gzip[name]} B`);
  }
  return { gzip, over };
}

/**
 * The ratchet: measures every artefact with size-limit (the same plugin and options as .size-limit.mjs) and lowers
 * each ceiling that today's size plus headroom undercuts; an artefact without one gets one. A ceiling never rises
 * here: one that must rise is edited by hand, so that it shows in review. Other keys of the file are kept.
 * @returns the new ceilings, and the artefacts now over theirs.
 */
export async function recordCeilings() {
  const list = artefacts();
  const sizes = await sizeLimit([filePlugin], { checks: list.map((a) => ({ files: a.files.map((f) => join(cdnDir, f)), gzip: true })) });
  const { gzip, over } = lowerCeilings(readCeilings(), Object.fromEntries(list.map(({ name }, i) => [name, sizes[i].size])));
  const file = existsSync(ceilingsFile) ? JSON.parse(readFileSync(ceilingsFile, 'utf8')) : {};
  const note =
    'Recorded gzip ceilings (bytes) of the CDN build, checked by size-limit (.size-limit.mjs), until the issue budgets in scripts/size.mjs are met. Lower them with node scripts/size.mjs --record.';
  writeFileSync(ceilingsFile, `${JSON.stringify({ ...file, note, gzip }, null, 2)}\n`);
  return { gzip, over };
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
 * The measured artefacts, each `{ name, files, tag?, budget? }` (files relative to dist/cdn): the whole SDK, each
 * element with every chunk it imports, the autoloader and the default theme. The names key test/size/ceilings.json.
 */
export function artefacts() {
  const graph = readGraph();
  return [
    { name: 'klantbeeld.js (whole SDK, Lit included)', files: ['klantbeeld.js'], budget: BUDGETS.sdk },
    ...graph.elements.map((name) => ({
      name: `<kb-${name}> (elements/${name}.js + chunks)`,
      tag: `kb-${name}`,
      files: [...closure(graph, `elements/${name}.js`)],
      budget: BUDGETS.element,
    })),
    { name: 'autoloader.js', files: ['autoloader.js'] },
    { name: 'klantbeeld.css (default theme)', files: ['klantbeeld.css'] },
  ];
}

function readGraph() {
  if (!existsSync(graphFile)) throw new Error('No CDN build found: run `npm run build:cdn` first.');
  return JSON.parse(readFileSync(graphFile, 'utf8'));
}

/**
 * One row per artefact of {@link artefacts}: `{ name, files, raw, gzip, brotli, budget?, devMode }`. An element's row
 * also has `besideProvider`, the gzip bytes it adds to a page that already loads `<kb-provider>` (the chunks they
 * share count once), and `onDemand`, the gzip bytes it loads later by `import()` (e.g. live updates once the status
 * is shown).
 */
export function measure() {
  const graph = readGraph();
  const provider = closure(graph, 'elements/provider.js');
  return artefacts().map(({ files, ...artefact }) => {
    const row = { ...artefact, ...sum(files) };
    if (!artefact.tag) return row;
    const entry = `elements/${artefact.tag.slice('kb-'.length)}.js`;
    return {
      ...row,
      besideProvider: artefact.tag === 'kb-provider' ? undefined : sum(files.filter((file) => !provider.has(file))).gzip,
      onDemand: sum(onDemand(graph, entry)).gzip,
    };
  });
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

/** The source modules `file` brings before it runs (`now`), and those it loads later by `import()` (`later`). */
export function loadedModules(file) {
  const graph = readGraph();
  const modules = (chunks) => [...chunks].flatMap((chunk) => Object.keys(graph.files[chunk].modules ?? {}));
  return { now: modules(closure(graph, file)), later: modules(onDemand(graph, file)) };
}

/**
 * What makes `file` (with the chunks it imports) heavy: its source modules by rendered bytes (before minification:
 * shares, not sizes), grouped by npm package or source folder, the shared element code by file; largest first.
 */
export function breakdown(file = 'klantbeeld.js') {
  const graph = readGraph();
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
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${(bytes / 1000).toFixed(1).padStart(7)} kB ${((100 * bytes) / total).toFixed(0).padStart(3)} %  ${group}`)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const why = process.argv.indexOf('--why');
  if (why > 0) {
    console.log(breakdown(process.argv[why + 1] ?? 'klantbeeld.js'));
  } else if (process.argv.includes('--record')) {
    const { over } = await recordCeilings();
    console.log(`Recorded ceilings in ${ceilingsFile}`);
    for (const line of over) console.error(`still over its ceiling (raise it by hand if that is intended): ${line}`);
    process.exitCode = over.length ? 1 : 0;
  } else {
    console.log(format(measure()));
  }
}
