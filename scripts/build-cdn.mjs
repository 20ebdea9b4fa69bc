// `npm run build:cdn`: the self-hostable / CDN build of @klantbeeld/elements, for pages without a build step.
//   packages/elements/dist/cdn/klantbeeld.js        everything (Lit, core client, every element) in one file
//   packages/elements/dist/cdn/elements/<name>.js   one file per element (<kb-name>), sharing chunks/*.js
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
import { buildThemes } from '../packages/themes/build.mjs';

const pkgDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const src = join(pkgDir, 'src');
export const outDir = join(pkgDir, 'dist/cdn');
export const graphFile = join(pkgDir, 'dist/cdn-graph.json');
const NOT_ELEMENTS = new Set(['shared', 'testing']);

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
  const missing = names
    .flatMap((name) => [`./src/${name}/${name}.ts`, `./dist/src/${name}/${name}.js`])
    .filter((path) => !sideEffects.includes(path));
  if (missing.length) {
    throw new Error(`packages/elements/package.json "sideEffects" lacks ${missing.join(', ')}: bundlers would drop these registrations.`);
  }
}

const registration = (name) => JSON.stringify(join(src, name, `${name}.ts`));
const contextRoot = JSON.stringify(join(src, 'provider/context-root.ts'));

/**
 * In the one file that holds everything, an element's lazy `import()` of a module of its own (the old texts keys'
 * layer) or of `@klantbeeld/core/…` (live updates, tip facts) saves nothing and costs lazy-init wrappers (0.6 kB
 * gzip): it becomes a static import of that module's namespace.
 */
const LAZY_IMPORT = /import\('(@klantbeeld\/core\/[a-z-]+|\.\.?\/[a-z./-]+\.js)'\)/g;
const eagerCoreImports = {
  name: 'klantbeeld-eager-core-imports',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !code.includes("import('")) return undefined;
    const specifiers = [...new Set([...code.matchAll(LAZY_IMPORT)].map((m) => m[1]))];
    if (!specifiers.length) return undefined;
    const names = new Map(specifiers.map((specifier, i) => [specifier, `__klantbeeldEager${i}`]));
    const body = code.replace(LAZY_IMPORT, (_, specifier) => `Promise.resolve(${names.get(specifier)})`);
    return { code: `${specifiers.map((s) => `import * as ${names.get(s)} from '${s}';`).join('\n')}\n${body}`, map: null };
  },
};

/**
 * The minifier leaves template literals as written, so every Lit template and stylesheet keeps its source indentation.
 * After a line break, HTML and CSS treat spaces and tabs as collapsible white space (`pre-line`, the only preserving
 * mode the elements use, drops them too), so they go: -0.9 kB gzip for the whole SDK. Outside template literals a
 * minified file has no line breaks.
 */
const templateIndentation = {
  name: 'klantbeeld-template-indentation',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replace(/\n[ \t]+/g, '\n');
  },
};

/**
 * Builds `entry` (output name → module source) as the CDN build does: Vite in production mode, minified ES modules into
 * `dir`. Also used by scripts/size-parts.mjs to measure parts of the build alone.
 */
export async function bundle({ entry, splitting, tmp, dir = outDir }) {
  const files = {};
  for (const [name, code] of Object.entries(entry)) {
    const file = join(tmp, `${name.replaceAll('/', '__')}.ts`);
    writeFileSync(file, code);
    files[name] = file;
  }
  const output = await build({
    configFile: false,
    root: pkgDir,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    // Development-only warnings (shared/configuration.ts) are dropped from the shipped files.
    define: { __KLANTBEELD_DEV__: 'false' },
    resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
    plugins: splitting ? [templateIndentation] : [eagerCoreImports, templateIndentation],
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: { entry: files, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', ...(splitting ? {} : { codeSplitting: false }) },
      },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
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
 * The theme file without its comments (but the licence header) and layout whitespace. It holds only custom property
 * declarations in class rules and one media query: no strings or URLs whose spaces would matter.
 */
export function minifyThemeCss(cssText) {
  const [header] = cssText.match(/^\/\*[\s\S]*?\*\/\n/) ?? [''];
  const body = cssText.slice(header.length).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:,])\s*/g, '$1').replace(/;}/g, '}');
  return `${header}${body.trim()}\n`;
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
      ...names.map((name) => `import ${registration(name)};`),
      `export * from ${JSON.stringify(join(src, 'index.ts'))};`,
      `export { createClient } from '@klantbeeld/core';`,
    ].join('\n');
    const perElement = Object.fromEntries(
      names.map((name) => [`elements/${name}`, `import ${contextRoot};\nexport * from ${registration(name)};\n`]),
    );
    const chunks = [
      ...(await bundle({ entry: { klantbeeld: everything }, splitting: false, tmp })),
      ...(await bundle({ entry: perElement, splitting: true, tmp })),
      ...(await bundle({ entry: { autoloader: `export * from ${JSON.stringify(join(src, 'autoloader.ts'))};` }, splitting: false, tmp })),
    ];
    const graph = {
      elements: names,
      files: Object.fromEntries(chunks.map((c) => [
          c.fileName,
          { entry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports, modules: moduleSizes(c.modules) },
        ])),
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
