// The docs site, built by Eleventy 3 (`npm run docs`) from docs/ into docs/dist/:
//   - Markdown pages: `x.md` is Dutch (or the only language; front matter `lang: en` says otherwise), `x.en.md` its
//     English twin. Each is written to `x.html` / `x.en.html`, the URLs the site has always had.
//   - the element reference (docs/elements/*.njk) from the Custom Elements Manifest (docs/_data/elements.js), with
//     the design tokens of @klantbeeld/themes and a live example per element on the mock gateway;
//   - the core API reference by typedoc into api/core/, and the search index by Pagefind into pagefind/.
// Every link is written relative to its page, so the site works from file:// and from any static host or sub-path.
// `KB_DOCS_DRAFT=1 npm run docs` leaves out the API reference (a quicker preview; its links then fail the check).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { IdAttributePlugin, InputPathToUrlTransformPlugin } from '@11ty/eleventy';
import markdownIt from 'markdown-it';
import * as pagefind from 'pagefind';
import { build as viteBuild, defaultClientConditions } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(root, 'docs/dist');
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = promisify(execFile);

/** Logs how long one step of the build took. */
async function timed(label, step) {
  const start = performance.now();
  await step();
  console.log(`[docs] ${label} (${Math.round(performance.now() - start)} ms)`);
}

/** docs/src/examples.ts (the elements and the mock gateway the live examples run on) → assets/examples.js. */
async function buildExamples() {
  await run(bin('tsc'), ['-p', 'docs/tsconfig.json'], { cwd: root });
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, 'assets'),
      emptyOutDir: false,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      lib: { entry: join(root, 'docs/src/examples.ts'), formats: ['iife'], name: 'KlantbeeldDocsExamples', fileName: () => 'examples.js' },
    },
  });
}

/** The core API reference; typedoc fails on any warning (an undocumented public API). */
function buildApiReference() {
  const args = ['--options', 'packages/core/typedoc.json', '--out', join(outDir, 'api/core'), '--logLevel', 'Warn'];
  return run(bin('typedoc'), args, { cwd: root });
}

/** The search index of every page's <main> (data-pagefind-body), one per language (from <html lang>). */
async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(`pagefind: ${added.page_count} pages; ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const { languages } = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const counts = Object.entries(languages).map(([lang, { page_count }]) => `${page_count} ${lang}`);
  console.log(`[docs] search index: ${counts.join(' + ')} pages (of ${added.page_count} read; the API reference has its own search)`);
}

/** `/guides/cms.html` seen from `/elements/kb-taken.en.html` → `../guides/cms.html`; other URLs are left as they are. */
function relativeUrl(url, fromPage) {
  if (!url.startsWith('/') || url.startsWith('//') || !fromPage) return url;
  const [, path, rest] = /^([^?#]*)(.*)$/.exec(url) ?? ['', url, ''];
  const from = posix.dirname(fromPage.endsWith('/') ? `${fromPage}index.html` : fromPage);
  const target = path.endsWith('/') ? `${path}index.html` : path;
  return (posix.relative(from, target) || posix.basename(target)) + rest;
}

/** @param {import('@11ty/eleventy/UserConfig').default} config */
export default function (config) {
  // Steps outside Eleventy: once per process (not again on each change under --serve).
  /** @type {Promise<unknown> | undefined} */
  let apiReference;
  config.on('eleventy.before', async () => {
    if (apiReference) return;
    rmSync(outDir, { recursive: true, force: true });
    // typedoc takes most of the build: it runs beside everything else and is awaited at the end.
    apiReference = process.env.KB_DOCS_DRAFT ? Promise.resolve() : timed('core API reference (typedoc)', buildApiReference);
    await timed('live examples (tsc, vite)', buildExamples);
  });
  config.on('eleventy.after', async () => {
    await apiReference;
    await timed('search index (pagefind)', buildSearchIndex);
  });

  // Markdown as before: HTML allowed (the docs are ours), no typographer (code names stay exact).
  const pages = markdownIt({ html: true });
  // A code block wider than the column scrolls: keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
  const fence = pages.renderer.rules.fence;
  pages.renderer.rules.fence = (...args) => (fence ? fence(...args) : '').replace(/^<pre>/, '<pre tabindex="0">');
  config.setLibrary('md', pages);
  // The code's JSDoc (the element reference) is Markdown without HTML: `<organisatie>` there is text.
  const md = markdownIt({ html: false });
  config.addFilter('markdown', (text) => (text ? md.render(text) : ''));
  config.addFilter('kB', (bytes, locale) => `${(bytes / 1000).toFixed(1).replace('.', locale === 'nl' ? ',' : '.')} kB`);
  config.addFilter('markdownInline', (text) => (text ? md.renderInline(text) : ''));

  config.addGlobalData('layout', 'page.njk');
  // Every page is `x.html` / `x.en.html` beside its source, in its language.
  config.addGlobalData('permalink', () => (data) => `${data.page.filePathStem}.html`);
  config.addGlobalData('eleventyComputed', {
    /** nl or en: the `.en` twin is English; a page in one language says `lang: en` when it is not Dutch. */
    // (Generated pages set both themselves; a computed value cannot read its own key.)
    locale: (data) => (data.page.filePathStem.endsWith('.en') ? 'en' : (data.lang ?? 'nl')),
    /** The same page in both languages shares this key (its path without `.en`). */
    translationKey: (data) => data.page.filePathStem.replace(/\.en$/, ''),
  });

  // A page's two languages are `key.html` and `key.en.html` (the permalinks above and of the generated pages).
  // (Eleventy gives a page written to `x/index.html` the URL `x/`.)
  const fileUrl = (url) => (url.endsWith('/') ? `${url}index.html` : url);
  config.addFilter('fileUrl', fileUrl);
  const urlsOf = (pages) => new Set(pages.map((p) => fileUrl(p.url)));
  /** The URL of the page `key` in `locale`, else in its only language, else nothing. */
  config.addFilter('pageUrl', (pages, key, locale) => {
    const urls = urlsOf(pages);
    const nl = urls.has(`${key}.html`) ? `${key}.html` : undefined;
    const en = urls.has(`${key}.en.html`) ? `${key}.en.html` : undefined;
    return locale === 'en' ? (en ?? nl) : (nl ?? en);
  });
  /** The URL of this page's twin in the other language, if it has one. */
  config.addFilter('twinUrl', (pages, key, locale) => {
    const urls = urlsOf(pages);
    return urls.has(`${key}.html`) && urls.has(`${key}.en.html`) ? `${key}${locale === 'en' ? '' : '.en'}.html` : undefined;
  });

  // Links to a page's source (`guides/cms.md`) become its URL, then every root-relative URL becomes page-relative.
  config.addPlugin(InputPathToUrlTransformPlugin);
  config.htmlTransformer.addUrlTransform(
    'html',
    function (url) {
      return relativeUrl(url, this.url);
    },
    { priority: -3 },
  );
  config.addPlugin(IdAttributePlugin);

  config.addPassthroughCopy({ 'docs/assets/site.css': 'assets/site.css', 'docs/assets/search.js': 'assets/search.js' });
  config.addPassthroughCopy({ 'packages/themes/src/default.css': 'assets/kb-theme.css' });

  return {
    dir: { input: 'docs', output: 'docs/dist', includes: '_includes', data: '_data' },
    templateFormats: ['md', 'njk'],
    // Markdown is not run through a template language: code samples hold `{{ }}` of Vue and Angular.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
