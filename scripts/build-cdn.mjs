// @ts-check
// `npm run build:cdn`: the self-hostable / CDN build of @klantbeeld/elements, for pages without a build step.
//   packages/elements/dist/cdn/klantbeeld.js        everything (Lit, core client, every resident element, both languages) in one
//                                                   file; what it needs only later (live updates, tip facts, the 0.1
//                                                   texts keys) it loads from chunks/ beside it, as the elements do
//   packages/elements/dist/cdn/elements/<name>.js   one file per element (<kb-name>), sharing chunks/*.js (chunks/base and
//                                                   chunks/common every page loads: see sharedChunkGroups); Dutch only,
//                                                   the English texts in chunks of their own, loaded on English pages
//   packages/elements/dist/cdn/autoloader.js        loads elements/<name>.js when <kb-name> first appears
//   packages/elements/dist/cdn/klantbeeld.css       the default theme (@klantbeeld/themes dist/index.css): .kb-theme,
//                                                   .kb-theme--dark, .kb-theme--media-query-color-scheme
// Elements are discovered, not listed: every src/<name>/<name>.ts (except shared/, testing/) registers <kb-name>.
// Vite (rolldown) builds from the TypeScript sources in production mode, so Lit's dev mode is left out.
// Also writes dist/cdn-graph.json (each output file and the chunks it imports) for scripts/size.mjs.
import { build, defaultClientConditions } from 'vite';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform } from 'lightningcss';
import { buildThemes } from '../packages/themes/build.mjs';

const pkgDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const src = join(pkgDir, 'src');
export const outDir = join(pkgDir, 'dist/cdn');
export const graphFile = join(pkgDir, 'dist/cdn-graph.json');
const NOT_ELEMENTS = new Set(['shared', 'testing']);
/**
 * Elements only an employee's page uses (`<kb-provider mode="medewerker">`): per-element files and the autoloader
 * serve them, klantbeeld.js (a resident page's one file) leaves them out.
 */
export const EMPLOYEE_ONLY = new Set(['klant-zoeken', 'contact-registreren']);

/** Every element folder with a registration module `<name>/<name>.ts`, the provider first. */
export function discoverElements() {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_ELEMENTS.has(entry.name) && existsSync(join(src, entry.name, `${entry.name}.ts`)))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'provider' ? -1 : b === 'provider' ? 1 : a.localeCompare(b)));
}

/** A bundler drops a bare import of a module that package.json does not list as having side effects. */
function checkSideEffects(names) {
  const { sideEffects } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const missing = names.flatMap((name) => [`./src/${name}/${name}.ts`, `./dist/src/${name}/${name}.js`]).filter((path) => !sideEffects.includes(path));
  if (missing.length) {
    throw new Error(`packages/elements/package.json "sideEffects" lacks ${missing.join(', ')}: bundlers would drop these registrations.`);
  }
}

const registration = (name) => JSON.stringify(join(src, name, `${name}.ts`));
const contextRoot = JSON.stringify(join(src, 'provider/context-root.ts'));

/**
 * The minifier leaves template literals as written, so every Lit template and stylesheet keeps its source indentation.
 * After a line break, HTML and CSS treat spaces and tabs as collapsible white space (`pre-line`, the only preserving
 * mode the elements use, drops them too), so they go: -0.9 kB gzip for the whole SDK. Outside template literals a
 * minified file has no line breaks.
 */
const templateIndentation = {
  name: 'klantbeeld-template-indentation',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = withoutBuildComments(file.code).replace(/\n[ \t]+/g, '\n');
  },
};

/**
 * At most two levels of imports below an element's file (issue 16, goal 5): a browser that loads `elements/<name>.js`
 * without the autoloader's `modulepreload` list finds a chunk only when the chunk importing it has arrived, and
 * rolldown does not hoist imports of imports into the entry (Rollup's `hoistTransitiveImports`). A chunk that would be
 * found at the third level or deeper (<kb-producten> and <kb-taken>: the zaak expansion and summaries below the zaak
 * list) gets a bare `import` at the end of the element's file, so it is requested with the first level. At the end,
 * a bare import evaluates after the file's other imports, whose own imports already evaluated it: the order stays.
 */
export const shallowImports = {
  name: 'klantbeeld-shallow-imports',
  /** @param {unknown} _options @param {import('vite').Rollup.OutputBundle} bundle */
  generateBundle(_options, bundle) {
    /** @type {(file: string) => string[]} */
    const importsOf = (file) => {
      const chunk = bundle[file];
      return chunk?.type === 'chunk' ? chunk.imports : [];
    };
    for (const entry of Object.values(bundle)) {
      if (entry.type !== 'chunk' || !entry.isEntry) continue;
      const seen = new Set([entry.fileName, ...entry.imports]);
      let level = entry.imports.flatMap(importsOf).filter((file) => !seen.has(file));
      level.forEach((file) => seen.add(file));
      /** @type {string[]} */
      const deeper = [];
      while (level.length) {
        level = [...new Set(level.flatMap(importsOf))].filter((file) => !seen.has(file));
        level.forEach((file) => seen.add(file));
        deeper.push(...level);
      }
      if (!deeper.length) continue;
      const from = entry.fileName.split('/').slice(0, -1).length;
      entry.code += deeper.map((file) => `import"${'../'.repeat(from) || './'}${file}";`).join('');
      entry.imports.push(...deeper);
    }
  },
};

/**
 * The minifier keeps the bundler's annotations (`/* @__PURE__ *\/`, 94 in the element files, 71 in klantbeeld.js;
 * `/* @vite-ignore *\/` with a line break either side in the autoloader): hints for a later bundler, of no use to a
 * browser. No string in the sources holds them.
 */
export const withoutBuildComments = (code) =>
  code.replace(/\s*\/\* (?:[@#]__PURE__|@vite-ignore) \*\/\s*/g, (comment, at, all) =>
    // `return/* @__PURE__ */new Map`: the comment parted two words; a space must.
    /[\w$]/.test(all[at - 1] ?? '') && /[\w$]/.test(all[at + comment.length] ?? '') ? ' ' : '',
  );

/**
 * Lit templates and stylesheets minified as HTML and CSS (`@lit-labs/rollup-plugin-minify-html-literals`): no comments,
 * collapsed white space, so fewer bytes and fewer DOM nodes (blank text nodes between elements). Only the elements'
 * own sources: the packages they import are built already. Left as written: a stylesheet that is a list of
 * declarations to put inside a rule (the minifier cannot parse it, and the build fails on a new such file so that it
 * is listed here), and the heading's six one-line templates (nothing to collapse; measured, minifying them adds
 * 4-18 B gzip per element).
 */
const NOT_MINIFIABLE = ['shared/heading.ts', 'shared/link-button.styles.ts'];
const minifyTemplates = () =>
  minifyHtmlLiterals({
    include: [join(src, '**/*.ts')],
    exclude: [join(src, '**/*.test.ts'), ...NOT_MINIFIABLE.map((file) => join(src, file))],
    failOnError: true,
  });

/**
 * Only the page's language in an element's first load (issue 16): in the per-element build each `<name>.texts.ts`
 * keeps its Dutch texts (the source language, and the fallback) and registers its English ones as a chunk of their
 * own, which `loadTexts` (shared/i18n.ts) loads on a page in English before the element renders. Every texts module
 * has the same shape, `export const …: BuiltInTexts<…> = { nl: {…}, en: {…} };` with type-only imports; the build fails
 * on one that has not, rather than ship it wrong.
 */
const TEXTS_MODULE = /\/packages\/elements\/src\/[a-z-]+\/[a-z-]+\.texts\.ts$/;
const ENGLISH = '?klantbeeld-lang=en';
const textsOnDemandModule = join(src, 'shared/texts-on-demand.ts');

/** The source of a texts module split at its `en` property: `[before, englishObject]`. */
function splitEnglish(code, id) {
  const start = code.indexOf('\n  en: {\n');
  const end = code.lastIndexOf('\n  },\n};');
  if (start < 0 || end < start || !/^\n {2}\},\n\};\s*$/.test(code.slice(end))) {
    throw new Error(`${id}: not the shape of a texts module ({ nl: {…}, en: {…} }), so its English texts cannot load on demand`);
  }
  return [code.slice(0, start), code.slice(start + '\n  en: '.length, end + '\n  }'.length)];
}

/**
 * klantbeeld.js is one file: `<kb-klantvoorkeuren>`'s forms, on demand in the per-element files
 * (klantvoorkeuren.editing-on-demand.ts), are part of it. Left as a dynamic import, the bundler moved Lit, core's
 * errors and core's preferences code out of klantbeeld.js into chunks it imports (so a copy of the one file no longer
 * worked on its own).
 */
const formsInOneFile = {
  name: 'klantbeeld-forms-in-one-file',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('klantvoorkeuren/klantvoorkeuren.editing-on-demand.ts')) return undefined;
    // The load, not the type (`typeof import(…)`).
    const dynamic = /(?<!typeof )import\('\.\/klantvoorkeuren\.forms\.js'\)/;
    if (!dynamic.test(code)) throw new Error(`${id}: no import() of the forms to make static in klantbeeld.js`);
    return { code: `import * as forms from './klantvoorkeuren.forms.js';\n${code.replace(dynamic, 'Promise.resolve(forms)')}`, map: null };
  },
};

const englishOnDemand = {
  name: 'klantbeeld-english-on-demand',
  enforce: 'pre',
  resolveId(source) {
    return source.endsWith(ENGLISH) ? source : undefined;
  },
  load(id) {
    if (!id.endsWith(ENGLISH)) return undefined;
    const file = id.slice(0, -ENGLISH.length);
    const [, english] = splitEnglish(readFileSync(file, 'utf8'), file);
    return { code: `export default ${english};\n`, moduleType: 'js' };
  },
  transform(code, id) {
    if (!TEXTS_MODULE.test(id)) return undefined;
    const [before] = splitEnglish(code, id);
    return {
      code: `import { addTextsOnDemand } from ${JSON.stringify(textsOnDemandModule)};\n${before}\n};\naddTextsOnDemand('en', () => import(${JSON.stringify(id + ENGLISH)}));\n`,
      map: null,
    };
  },
};

/**
 * The per-element build's chunk shape (issue 16, goal 5: bytes before first render, each file gzipped as served).
 * Left to itself, the bundler makes one chunk per set of entries that use a module, counting the chunks loaded on
 * demand as entries too: so the NL DS base CSS every element adopts and the heading/format helpers every element
 * renders with came in two files, only because the on-demand outage alert takes the CSS alone. Each file costs its own
 * gzip context, its import/export names and a request, so two groups hold what every page needs:
 *   chunks/base-….js    what every entry loads, the provider included: Lit, @lit/context, the base element, the
 *                       texts helpers, the provider's context root (8.7 kB gzip)
 *   chunks/common-….js  what every element but the provider loads: the NL DS base CSS, the heading, format and
 *                       texts-attribute helpers (5.5 kB)
 * Measured against the bundler alone: every element 1 file and 0.13-0.16 kB fewer, the page budgets 0.18 kB, the
 * autoloader's list 17 B; the provider alone unchanged (its on-demand outage alert loads `common`, +1.8 kB later).
 * What only some elements load stays where the bundler puts it, by the elements that use it: a wider group costs an
 * element that does not use it more than the file it saves. Measured: the data element and lit-html's directive
 * helpers in `common` (each used by all elements but one) take 0.4 kB off the pages but add 2.7 kB to
 * <kb-klant-zoeken> and 0.2 kB to <kb-status-tracker>; all shared code grouped by its users (`entriesAware`) adds
 * 0.4-1.0 kB to every element, and its merge threshold (2-20 kB) puts up to 12 kB of elements' code into the
 * provider's load; a group per set of users is the bundler's own shape again. What is loaded on demand only (English
 * texts, live updates, employee mode, the outage alert, the states, the page plan) is in no group.
 * Which entries use a module is read from the chunks of a first build without groups: only they show what tree-shaking
 * keeps, where the import graph has every export of `@klantbeeld/core` behind its index.
 * @param {import('vite').Rollup.OutputChunk[]} chunks
 * @returns {import('rolldown').CodeSplittingGroup[]}
 */
export function sharedChunkGroups(chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** @type {(file: string, seen?: Set<string>) => Set<string>} the file and every chunk it imports statically */
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entries = chunks.filter((chunk) => chunk.isEntry);
  /** @type {Map<string, Set<string>>} module id → the entries that load it before they run */
  const users = new Map();
  for (const entry of entries) {
    for (const file of closure(entry.fileName)) {
      for (const id of Object.keys(byFile.get(file)?.modules ?? {})) users.set(id, (users.get(id) ?? new Set()).add(entry.name));
    }
  }
  // An entry's own module stays in its file.
  const entryModules = new Set(entries.map((entry) => entry.facadeModuleId));
  const usedBy = (id) => (entryModules.has(id) ? new Set() : (users.get(id) ?? new Set()));
  const provider = 'elements/provider';
  return [
    { name: 'base', priority: 2, test: (id) => usedBy(id).size === entries.length },
    { name: 'common', priority: 1, test: (id) => usedBy(id).size === entries.length - 1 && !usedBy(id).has(provider) },
  ];
}

/**
 * Builds `entry` (output name → module source) as the CDN build does: Vite in production mode, minified ES modules into
 * `dir`. `splitting`: `true` shares chunks between the entries (the per-element files, Dutch only), `'lazy'` makes one
 * file with chunks only for what it imports on demand (klantbeeld.js), `false` one file and nothing else. Also used
 * by scripts/size-parts.mjs to measure parts of the build alone.
 */
export async function bundle({ entry, splitting, tmp, dir = outDir, define = {} }) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const [name, code] of Object.entries(entry)) {
    const file = join(tmp, `${name.replaceAll('/', '__')}.ts`);
    writeFileSync(file, code);
    files[name] = file;
  }
  /**
   * The build's configuration; `write: false` keeps the output in memory.
   * @param {import('rolldown').OutputOptions['codeSplitting']} codeSplitting
   * @returns {import('vite').InlineConfig}
   */
  const config = (codeSplitting, write = true) => ({
    configFile: false,
    root: pkgDir,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    // Development-only warnings (shared/configuration.ts) are dropped from the shipped files.
    define: { __KLANTBEELD_DEV__: 'false', ...define },
    resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
    // The first build of the per-element files (`write: false`) only tells which module goes where: not minified.
    plugins: [
      ...(splitting === true ? [englishOnDemand, shallowImports] : []),
      ...(splitting === 'lazy' ? [formsInOneFile] : []),
      ...(write ? [minifyTemplates(), templateIndentation] : []),
    ],
    build: {
      outDir: dir,
      emptyOutDir: false,
      write,
      target: 'es2022',
      minify: write,
      reportCompressedSize: false,
      lib: { entry: files, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // klantbeeld.js stays one file: the chunks it loads on demand may import from it (an export it gains for them)
        // rather than take shared modules into chunks of their own that it would have to load first.
        ...(splitting === 'lazy' ? { preserveEntrySignatures: 'allow-extension' } : {}),
        // Licence comments stay; tree-shaking annotations (`/* @__PURE__ */`, 155 of them) are of no use to a browser.
        // Six hash characters tell ~60 chunks apart and change with their content; every import of a chunk and the
        // autoloader's list name them (-30 to -80 B gzip per element, -50 B on the autoloader, against eight).
        output: {
          minify: write,
          chunkFileNames: 'chunks/[name]-[hash:6].js',
          ...(codeSplitting === undefined ? {} : { codeSplitting }),
        },
      },
    },
  });
  // Not in watch mode, so never a watcher.
  const chunksOf = (/** @type {Awaited<ReturnType<typeof build>>} */ result) =>
    /** @type {import('vite').Rollup.RollupOutput[]} */ (Array.isArray(result) ? result : [result]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (splitting !== true) return chunksOf(await build(config(splitting === false ? false : undefined)));
  // The per-element files: a first build in memory tells which entries use each module (see sharedChunkGroups).
  const groups = sharedChunkGroups(chunksOf(await build(config(undefined, false))));
  return chunksOf(await build(config({ groups })));
}

/**
 * What the autoloader preloads (`modulepreload`) beside an element's file, in a compact shape (it is part of every
 * page's first load): the chunk files an element file imports, directly or not, as one space-separated string of
 * names (without `chunks/` and `.js`), and per element (`status-tracker`) a string of one character per chunk, its
 * index in that list as the character `String.fromCharCode(48 + index)` (`0`, `1`, …). Against arrays of names and of numbers: -88 B gzip.
 */
export function chunkManifest(output) {
  const byFile = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const closure = (file, seen = new Set()) => {
    for (const dep of byFile.get(file)?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  const entries = output.filter((chunk) => chunk.isEntry && chunk.fileName.startsWith('elements/'));
  const closures = new Map(entries.map((chunk) => [chunk.fileName.slice('elements/'.length, -'.js'.length), [...closure(chunk.fileName)]]));
  // Only chunks an element imports statically (not those loaded on demand).
  const files = [...new Set([...closures.values()].flat())].sort();
  const name = (file) => file.replace(/^chunks\//, '').replace(/\.js$/, '');
  const indexes = (deps) => deps.map((file) => files.indexOf(file)).sort((a, b) => a - b);
  const elements = Object.fromEntries([...closures].map(([element, deps]) => [element, String.fromCharCode(...indexes(deps).map((i) => 48 + i))]));
  return { files: files.map(name).join(' '), elements };
}

/** Minified bytes per source module (paths relative to the repository), largest first: what makes a file heavy. */
function moduleSizes(modules) {
  const root = join(pkgDir, '../..');
  return Object.fromEntries(
    Object.entries(modules)
      .map(([id, m]) => [id.startsWith(root) ? id.slice(root.length + 1) : id, m.renderedLength])
      .filter(([, size]) => size > 0)
      .sort((a, b) => b[1] - a[1]),
  );
}

/**
 * The theme file minified by lightningcss (Vite's own CSS minifier: `#fff`, `.875rem`, no comments or layout
 * whitespace), under a one-line licence header: the source's header also says how the file was generated, which
 * serves no page (-73 B gzip against the header as written and whitespace-only minification).
 */
export function minifyThemeCss(cssText) {
  const { code } = transform({ filename: 'klantbeeld.css', code: Buffer.from(cssText), minify: true });
  return `/* @klantbeeld/themes (EUPL-1.2) */\n${code.toString()}\n`;
}

export async function buildCdn() {
  const names = discoverElements();
  checkSideEffects(names);
  rmSync(outDir, { recursive: true, force: true });
  // Inside the package, so that the generated entries resolve its dependencies (`@klantbeeld/core`) as its sources do.
  mkdirSync(join(pkgDir, 'dist'), { recursive: true });
  const tmp = mkdtempSync(join(pkgDir, 'dist/.cdn-entries-'));
  try {
    // The bulk data of the elements first, side by side: their texts (`locales/nl.ts` imports every element's), then the
    // NL DS component CSS, the group every element adopts before the others. Scattered between the elements' code (in
    // the order they are imported) they compress worse, by 2 kB gzip.
    const sharedData = [
      join(src, 'shared/locales/nl.ts'),
      ...readdirSync(join(src, 'shared'))
        .filter((file) => file.startsWith('nl-design-system'))
        .sort((a, b) => (a === 'nl-design-system.styles.ts' ? -1 : b === 'nl-design-system.styles.ts' ? 1 : a.localeCompare(b)))
        .map((file) => join(src, 'shared', file)),
    ];
    const everything = [
      ...sharedData.map((file) => `import ${JSON.stringify(file)};`),
      `import ${contextRoot};`,
      ...names.filter((name) => !EMPLOYEE_ONLY.has(name)).map((name) => `import ${registration(name)};`),
      `export * from ${JSON.stringify(join(src, 'index.ts'))};`,
      `export { createClient } from '@klantbeeld/core';`,
    ].join('\n');
    const perElement = Object.fromEntries(names.map((name) => [`elements/${name}`, `import ${contextRoot};\nexport * from ${registration(name)};\n`]));
    const elementChunks = await bundle({ entry: perElement, splitting: true, tmp });
    const chunks = [
      ...(await bundle({ entry: { klantbeeld: everything }, splitting: 'lazy', tmp })),
      ...elementChunks,
      ...(await bundle({
        entry: { autoloader: `export * from ${JSON.stringify(join(src, 'autoloader.ts'))};` },
        splitting: false,
        tmp,
        define: { __KLANTBEELD_CHUNKS__: JSON.stringify(chunkManifest(elementChunks)) },
      })),
    ];
    const graph = {
      elements: names,
      files: Object.fromEntries(
        chunks.map((c) => [c.fileName, { entry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports, modules: moduleSizes(c.modules) }]),
      ),
    };
    // The default theme beside the scripts, so that a page without a build step gets both from one host.
    writeFileSync(join(outDir, 'klantbeeld.css'), minifyThemeCss(buildThemes()['index.css']));
    writeFileSync(graphFile, `${JSON.stringify(graph, null, 2)}\n`);
    return graph;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = await buildCdn();
  console.log(`CDN build: ${Object.keys(graph.files).length} files in ${outDir} (elements: ${graph.elements.join(', ')})`);
}
