// `npm run docs`: builds the static docs site into docs/dist/ (works from file:// and any static host):
//   1. the Custom Elements Manifest of @klantbeeld/elements (cem analyze),
//   2. the core API reference (typedoc, warnings are errors) into api/core/,
//   3. the live examples' script (type-checked, then bundled by Vite into one classic script with the elements and
//      the mock gateway),
//   4. every docs/**/*.md page (`x.md` Dutch, `x.en.md` English; a page in one language is Dutch unless its front
//      matter says `lang: en`),
//   5. one page per element in Dutch and English from the manifest, the token reference and the element's tests,
//   6. the size table of the CDN build (`<!-- kb-docs:sizes -->` in a page), built and measured here.
// `npm run test:docs` then checks every link of the result.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative as relativePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build as viteBuild, defaultClientConditions } from 'vite';
import { createMarkdown, firstHeading, frontMatter } from './markdown.mjs';
import { outputPath, relative, renderPage } from './layout.mjs';
import { elementIndexHtml, elementPageHtml, elementTitles, manifestElements } from './elements.mjs';
import { loadTokens } from './tokens.mjs';
import { sizesTableHtml } from './sizes.mjs';
import { buildCdn } from '../build-cdn.mjs';
import { measure as measureSizes } from '../size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs');
const siteDir = join(docsDir, 'dist');
// Built beside it and swapped in at the end, so that a build running at the same time never sees half a site.
const out = join(docsDir, `dist-build-${process.pid}`);
const bin = (name) => join(root, 'node_modules/.bin', name);
const LANGS = ['nl', 'en'];
/** Folders of docs/ that hold no pages. */
const NOT_PAGES = new Set(['api', 'src', 'node_modules', 'assets']);

function step(label, run) {
  const start = performance.now();
  const result = run();
  const log = (value) => {
    console.log(`docs: ${label} (${Math.round(performance.now() - start)} ms)`);
    return value;
  };
  return result instanceof Promise ? result.then(log) : log(result);
}

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const skip = dir === docsDir && (NOT_PAGES.has(entry.name) || entry.name.startsWith('dist'));
    if (entry.isDirectory()) return skip ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Reads every Markdown page: `{ key, lang, title, body, source }`. */
function readPages() {
  const files = markdownFiles(docsDir).map((file) => relativePath(docsDir, file).split('\\').join('/'));
  return files.map((file) => {
    const { data, body } = frontMatter(readFileSync(join(docsDir, file), 'utf8'));
    const key = file.replace(/(\.en)?\.md$/, '');
    const paired = files.includes(`${key}.md`) && files.includes(`${key}.en.md`);
    const lang = file.endsWith('.en.md') ? 'en' : paired ? 'nl' : (data.lang ?? 'nl');
    const title = data.title ?? firstHeading(body);
    if (!title) throw new Error(`docs/${file}: no title (front matter "title" or a "# heading")`);
    if (!LANGS.includes(lang)) throw new Error(`docs/${file}: "lang" must be nl or en`);
    return { key, lang, paired, title, body, source: file };
  });
}

async function buildExamples() {
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(out, 'assets'),
      emptyOutDir: false,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      lib: { entry: join(docsDir, 'src/examples.ts'), formats: ['iife'], name: 'KlantbeeldDocsExamples', fileName: () => 'examples.js' },
    },
  });
}

async function main() {
  mkdirSync(join(out, 'assets'), { recursive: true });

  step('custom elements manifest', () =>
    execFileSync(bin('cem'), ['analyze', '--quiet'], { cwd: join(root, 'packages/elements'), stdio: 'inherit' }),
  );
  step('core API (typedoc)', () =>
    execFileSync(bin('typedoc'), ['--options', 'packages/core/typedoc.json', '--out', join(out, 'api/core'), '--logLevel', 'Warn'], {
      cwd: root,
      stdio: 'inherit',
    }),
  );
  step('type check of the live examples', () =>
    execFileSync(bin('tsc'), ['-p', 'docs/tsconfig.json'], { cwd: root, stdio: 'inherit' }),
  );
  await step('live examples (vite)', buildExamples);
  await step('CDN build, for the size table', buildCdn);
  const sizes = measureSizes();

  copyFileSync(join(docsDir, 'assets/site.css'), join(out, 'assets/site.css'));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('@klantbeeld/themes/default.css'), join(out, 'assets/kb-theme.css'));

  const md = createMarkdown();
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
  const elements = manifestElements(manifest);
  if (elements.length === 0) throw new Error('The Custom Elements Manifest lists no element');
  const tokens = loadTokens(root);

  // Every page of the site, by output path; generated element pages are pairs.
  const pages = readPages().map((page) => ({ ...page, path: outputPath(page.key, page.lang, page.paired) }));
  const generated = [{ key: 'elements/index' }, ...elements.map((e) => ({ key: `elements/${e.tag}`, element: e }))];
  for (const page of generated) {
    for (const lang of LANGS) pages.push({ ...page, lang, paired: true, path: outputPath(page.key, lang, true) });
  }
  const seen = new Set();
  for (const page of pages) {
    if (seen.has(page.path)) throw new Error(`Two pages write ${page.path} (docs/${page.source ?? page.key})`);
    seen.add(page.path);
  }
  const site = {
    find: (key, lang) => (pages.find((p) => p.key === key && p.lang === lang) ?? pages.find((p) => p.key === key))?.path,
  };
  if (!site.find('index', 'nl')) throw new Error('docs/index.md is missing');

  step(`${pages.length} pages`, () => {
    for (const page of pages) {
      const other = page.paired ? pages.find((p) => p.key === page.key && p.lang !== page.lang) : undefined;
      let title = page.title;
      let content;
      let scripts = [];
      if (page.key === 'elements/index') {
        title = elementTitles[page.lang];
        content = elementIndexHtml(elements, {
          lang: page.lang,
          md,
          href: (tag) => relative(page.path, outputPath(`elements/${tag}`, page.lang, true)),
        });
      } else if (page.element) {
        title = `<${page.element.tag}>`;
        content = elementPageHtml(page.element, { lang: page.lang, md, tokens, root, docsDir });
        scripts = ['assets/examples.js'];
      } else {
        // A list of every element's accessibility statement, where a page asks for it.
        const statements = elements
          .map(({ tag }) => `- [\`<${tag}>\`](${relative(page.path, outputPath(`elements/${tag}`, page.lang, true))}#accessibility)`)
          .join('\n');
        content = md
          .render(page.body.replace('<!-- kb-docs:element-statements -->', statements))
          .replace('<!-- kb-docs:sizes -->', () => sizesTableHtml(sizes, page.lang));
      }
      const file = join(out, page.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, renderPage({ path: page.path, lang: page.lang, title, content, alternate: other?.path, site, scripts }));
    }
  });
  if (!existsSync(join(out, 'api/core/index.html'))) throw new Error('typedoc wrote no api/core/index.html');
  rmSync(siteDir, { recursive: true, force: true });
  renameSync(out, siteDir);
  console.log(`docs: site in ${relativePath(root, siteDir)}/ (open index.html)`);
}

try {
  await main();
} finally {
  rmSync(out, { recursive: true, force: true });
}
