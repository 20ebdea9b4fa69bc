// @ts-check
// Tests of the docs site in docs/dist/ (built by `npm run docs`, which `npm test` runs first): no broken link or
// anchor (linkinator, on a server of its own on localhost, nothing fetched from outside), every page reachable,
// every element documented in Dutch and English with a live example that renders, the pages pass axe, and the
// search finds pages in the reader's language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { LinkChecker, LinkState } from 'linkinator';
import { parse } from 'parse5';
import { chromium } from 'playwright-core';
import { listenOnFreePort } from '../listen.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = join(root, 'docs/dist');
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('packages/elements/custom-elements.json'));
/** Every element of the manifest: `{ tag, declaration }`. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ tag: declaration.tagName, declaration })),
);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The ids and the `href`/`src` values of one HTML document, `<template>` content included (parse5, as a browser). */
function scan(html) {
  const ids = new Set();
  const links = [];
  const walk = (node) => {
    for (const { name, value } of node.attrs ?? []) {
      if (name === 'id') ids.add(value);
      if (name === 'href' || name === 'src') links.push(value);
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) walk(child);
  };
  walk(parse(html));
  return { ids, links };
}

/**
 * The link check: linkinator crawls `dir` from its index.html, following every internal link and checking every
 * `#fragment`; links to other hosts are listed, never fetched (CI has no network).
 */
async function checkLinks(dir) {
  const external = new Set();
  const result = await new LinkChecker().check({
    path: dir,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (url) => {
      const local = /^http:\/\/localhost:\d+\//.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url);
      if (!local && !url.startsWith('data:')) external.add(url);
      return !local;
    },
  });
  // (linkinator names a page on disk by its path.)
  const visited = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => resolve(decodeURIComponent(link.url.split('#')[0] ?? ''))));
  // One line per broken target, with the first page that links it.
  const broken = new Map();
  for (const link of result.links.filter((l) => l.state === LinkState.BROKEN)) {
    const target = `${link.url} (${link.status})`;
    if (!broken.has(target)) broken.set(target, link.parent);
  }
  return {
    broken: [...broken].map(([target, parent]) => `${relative(dir, parent)}: ${relative(dir, target)}`),
    visited,
    external,
    checked: result.links.length,
  };
}

/** The WCAG 2.2 A and AA violations axe-core finds in the page as it is now. */
async function axeViolations(page) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  return page.evaluate(async () => {
    const { axe } = /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window));
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

before(() => {
  assert.ok(existsSync(join(site, 'index.html')), 'docs/dist/index.html is missing: run `npm run docs` first');
});

describe('links of docs/dist', () => {
  test('every internal link and anchor resolves and every page is reachable from the home page', async () => {
    const { broken, visited, external, checked } = await checkLinks(site);
    assert.deepEqual(broken, []);
    const pages = htmlFiles(site);
    assert.ok(pages.length > 60, `only ${pages.length} pages`);
    assert.ok(checked > 300, `only ${checked} links checked`);
    const unreachable = pages.filter((page) => !visited.has(page) && !(page.endsWith(`${sep}index.html`) && visited.has(resolve(page, '..'))));
    assert.deepEqual(
      unreachable.map((page) => relative(site, page)),
      [],
    );
    console.log(`${pages.length} pages, ${checked} links checked, ${external.size} external links (not fetched):`);
    for (const url of [...external].sort()) console.log(`  ${url}`);
  });

  test('every link of the pages is relative, so the site works from file:// and any sub-path', () => {
    for (const page of htmlFiles(site).filter((file) => !file.includes(`${sep}api${sep}`))) {
      for (const link of scan(readFileSync(page, 'utf8')).links) {
        assert.ok(!/^\/(?!\/)/.test(link), `${relative(site, page)}: root-relative ${link}`);
        assert.ok(!/^javascript:/i.test(link), `${relative(site, page)}: ${link}`);
      }
    }
  });

  test('the link check finds a missing file, a missing anchor and a missing image inside a <template>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-link-check-'));
    try {
      mkdirSync(join(dir, 'guides'));
      writeFileSync(join(dir, 'index.html'), '<h1 id="top">x</h1><a href="guides/a.html#here">ok</a><a href="#top">ok</a>');
      writeFileSync(
        join(dir, 'guides/a.html'),
        '<p id="here"></p><a href="../index.html#nowhere">x</a><a href="b.html">x</a>' +
          '<template><img src="missing.png"></template><a href="https://example.org/">ext</a>',
      );
      const { broken, external } = await checkLinks(dir);
      assert.deepEqual(broken.sort(), [
        'guides/a.html: guides/b.html (404)',
        'guides/a.html: guides/missing.png (404)',
        'guides/a.html: index.html#nowhere (200)',
      ]);
      assert.deepEqual([...external], ['https://example.org/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pages', () => {
  test('the manifest has every element that a registration module defines, with its tag', () => {
    const src = join(root, 'packages/elements/src');
    const defined = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, `${entry.name}.ts`)))
      .flatMap((entry) => [...readFileSync(join(src, entry.name, `${entry.name}.ts`), 'utf8').matchAll(/\.define\('(kb-[a-z-]+)'\)/g)].map((m) => m[1]));
    assert.ok(defined.length >= 6, `only ${defined.length} registrations found`);
    assert.deepEqual(elements.map((e) => e.tag).sort(), [...new Set(defined)].sort());
    for (const { tag, declaration } of elements) assert.ok(declaration.summary, `<${tag}> has no @summary`);
    // Each registration module is the definition of its tag, pointing at the class's own module.
    const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    assert.deepEqual(definitions.map((d) => d.name).sort(), [...new Set(defined)].sort());
    for (const { name, declaration } of definitions) {
      const module = manifest.modules.find((m) => m.path === declaration.module);
      assert.ok(
        module?.declarations.some((d) => d.name === declaration.name && d.tagName === name),
        `${name} → ${declaration.module}`,
      );
    }
  });

  test('every element has a Dutch and an English page with the whole reference, a live example and its statement', () => {
    for (const { tag, declaration } of elements) {
      for (const [file, lang, twin] of /** @type {const} */ ([
        [`elements/${tag}.html`, 'nl', `${tag}.en.html`],
        [`elements/${tag}.en.html`, 'en', `${tag}.html`],
      ])) {
        const html = readFileSync(join(site, file), 'utf8');
        assert.match(html, new RegExp(`<html lang="${lang}">`), file);
        const { ids, links } = scan(html);
        for (const id of ['example', 'attributes', 'properties', 'events', 'slots', 'parts', 'tokens', 'accessibility']) {
          assert.ok(ids.has(id), `${file} has no #${id}`);
        }
        assert.match(html, /data-kb-docs-example[^>]*>\s*<template>/, `${file} has no live example`);
        assert.ok(links.includes(twin), `${file} links no ${twin}`);
        assert.ok(links.includes(`../accessibility${lang === 'en' ? '.en' : ''}.html#${tag}`), `${file} links not its part of the statement`);
        // Every attribute, event and slot of the manifest is on the page.
        for (const attribute of declaration.attributes ?? [])
          assert.ok(html.includes(`<code>${attribute.name}</code>`), `${file}: attribute ${attribute.name}`);
        for (const event of declaration.events ?? []) assert.ok(html.includes(`<code>${event.name}</code>`), `${file}: event ${event.name}`);
        for (const slot of (declaration.slots ?? []).filter((s) => s.name)) assert.ok(html.includes(`<code>${slot.name}</code>`), `${file}: slot ${slot.name}`);
      }
    }
  });

  test('every page of docs/ is built, in its language, and a page in both languages links its twin', () => {
    const docs = join(root, 'docs');
    const sources = readdirSync(docs, { recursive: true })
      .map((file) => file.split(sep).join('/'))
      .filter((file) => file.endsWith('.md') && !/^(dist|node_modules|api)\//.test(file));
    assert.ok(sources.length >= 20, `only ${sources.length} Markdown pages`);
    for (const source of sources) {
      const file = source.replace(/\.md$/, '.html');
      assert.ok(existsSync(join(site, file)), `${source} was not built into ${file}`);
      const html = readFileSync(join(site, file), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docs, source), 'utf8'))?.[1] ?? '';
      const lang = source.endsWith('.en.md') || /^lang: en$/m.test(front) ? 'en' : 'nl';
      assert.match(html, new RegExp(`<html lang="${lang}">`), file);
      const twin = source.endsWith('.en.md') ? source.replace(/\.en\.md$/, '.md') : source.replace(/\.md$/, '.en.md');
      if (existsSync(join(docs, twin))) {
        const other = lang === 'en' ? 'nl' : 'en';
        assert.match(
          html,
          new RegExp(`href="[^"]*${twin.split('/').at(-1).replace(/\.md$/, '.html').replace('.', '\\.')}" hreflang="${other}"`),
          `${file} links not ${twin}`,
        );
      }
    }
  });

  test('the element pages show the design tokens of @klantbeeld/themes with their defaults', () => {
    const tokens = JSON.parse(read('packages/themes/tokens.json')).tokens;
    const token = tokens.find((t) => t.elements?.includes('kb-status-tracker') && t.default);
    assert.ok(token, 'tokens.json has no token of kb-status-tracker');
    const html = readFileSync(join(site, 'elements/kb-status-tracker.en.html'), 'utf8');
    assert.ok(
      html.includes(`<td><code>${token.name}</code></td><td><code>${token.default.replace(/"/g, '&quot;')}</code></td>`),
      `${token.name} is not on the page with its default`,
    );
  });

  test('the CMS guide gives the measured size of klantbeeld.js, the autoloader and every element, in both languages', () => {
    for (const [file, decimal] of /** @type {const} */ ([
      ['guides/cms.html', ','],
      ['guides/cms.en.html', '.'],
    ])) {
      const html = readFileSync(join(site, file), 'utf8');
      assert.ok(!html.includes('{%'), `${file}: the size table was not filled in`);
      const figure = `\\d+\\${decimal}\\d kB`;
      for (const name of ['klantbeeld.js', 'autoloader.js', ...elements.map((e) => `&lt;${e.tag}&gt;`)]) {
        assert.match(html, new RegExp(`<tr><td><code>${name.replace('.', '\\.')}</code>[^<]*</td><td>${figure}</td>`), `${file}: no size of ${name}`);
      }
    }
  });

  test('the core API reference (typedoc) is part of the site', () => {
    assert.ok(existsSync(join(site, 'api/core/index.html')));
    assert.match(readFileSync(join(site, 'index.html'), 'utf8'), /href="api\/core\/index\.html"/);
  });
});

describe('in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(() => browser?.close());

  test('the pages pass axe (WCAG 2.2 A and AA rules), live examples included, from file://', async () => {
    const page = await browser.newPage();
    try {
      for (const file of [
        'index.html',
        'getting-started.en.html',
        'guides/cms.html',
        'gateway.html',
        'elements/index.html',
        'elements/kb-status-tracker.html',
        'accessibility.en.html',
        'accessibility.html',
        'search.html',
      ]) {
        await page.goto(pathToFileURL(join(site, file)).href);
        if (file.startsWith('elements/kb-')) {
          await page.waitForFunction(() =>
            [...document.querySelectorAll('[data-kb-docs-example] *')].some((el) => 'dataState' in el && el.dataState === 'ready'),
          );
        }
        assert.deepEqual(await axeViolations(page), [], file);
      }
    } finally {
      await page.close();
    }
  });

  for (const lang of ['nl', 'en']) {
    test(`every element page's example renders its data without a request leaving the page (${lang})`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      page.on('request', (request) => !/^(file|data):/.test(request.url()) && problems.push(`request: ${request.url()}`));
      try {
        for (const { tag } of elements) {
          const file = join(site, 'elements', lang === 'nl' ? `${tag}.html` : `${tag}.en.html`);
          await page.goto(pathToFileURL(file).href);
          const states = () =>
            page.evaluate(() =>
              [...document.querySelectorAll('[data-kb-docs-example] *')].filter((el) => 'dataState' in el).map((el) => `${el.localName}:${el.dataState}`),
            );
          // Settled: every example element shows data, nothing, or an error (a misconfigured one stays idle: timeout).
          await page
            .waitForFunction(
              () => {
                const examples = [...document.querySelectorAll('[data-kb-docs-example] *')].filter((el) => 'dataState' in el);
                return examples.length > 0 && examples.every((el) => 'dataState' in el && ['ready', 'empty', 'error'].includes(String(el.dataState)));
              },
              undefined,
              { timeout: 10_000 },
            )
            .catch(async () => assert.fail(`${tag} (${lang}) did not settle: ${(await states()).join(', ') || 'no example element'}`));
          const settled = await states();
          assert.ok(
            settled.every((state) => state.endsWith(':ready')),
            `${tag} (${lang}): ${settled.join(', ')}`,
          );
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  describe('search, with the site served over http', () => {
    const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
    let server;
    let origin;
    before(async () => {
      server = createServer((request, response) => {
        const path = resolve(site, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`);
        if (!path.startsWith(site + sep) || !existsSync(path)) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
      });
      origin = `http://127.0.0.1:${await listenOnFreePort(server)}`;
    });
    after(() => new Promise((done) => server.close(done)));

    for (const [file, query, expected, lang] of [
      ['search.html', 'toegankelijkheidsverklaring', 'accessibility.html', 'nl'],
      ['search.en.html', 'gateway', 'gateway.en.html', 'en'],
    ]) {
      test(`${file} finds "${query}" in the ${lang} pages only, and passes axe`, async () => {
        const page = await browser.newPage();
        try {
          await page.goto(`${origin}/${file}`);
          await page.fill('.pagefind-ui__search-input', query);
          await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
          // (Pagefind names a folder's index.html by the folder.)
          const results = await page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL(a.href).pathname.replace(/\/$/, '/index.html')));
          assert.ok(results.includes(`/${expected}`), `${query}: ${results.join(', ')}`);
          // Pagefind's search box and results, too, pass axe.
          assert.deepEqual(await axeViolations(page), [], file);
          for (const result of results) {
            assert.ok(!result.startsWith('/api/'), `${result}: the API reference is not in the site's index`);
            const html = readFileSync(join(site, result), 'utf8');
            assert.match(html, new RegExp(`<html lang="${lang}">`), `${result} is not in ${lang}`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });
});
