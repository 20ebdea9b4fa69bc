// Tests of the docs site in docs/dist/ (built by `npm run docs`, which `npm test` runs first): no broken link or
// anchor, every element documented in Dutch and English with a live example that renders, the pages pass axe, and
// the link checker itself on broken input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { checkSite, scan } from './link-check.mjs';
import { manifestElements } from './elements.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = join(root, 'docs/dist');
const read = (path) => readFileSync(join(root, path), 'utf8');

before(() => {
  assert.ok(existsSync(join(site, 'index.html')), 'docs/dist/index.html is missing: run `npm run docs` first');
});

describe('link check of docs/dist', () => {
  test('every internal link and anchor resolves; external links are listed, not fetched', () => {
    const result = checkSite(site);
    const report = result.broken.map((b) => `${b.page}: ${b.link} (${b.reason})`).join('\n');
    assert.equal(result.broken.length, 0, `broken links:\n${report}`);
    assert.ok(result.pages > 20, `only ${result.pages} pages`);
    assert.ok(result.checked > 100, `only ${result.checked} internal links`);
    console.log(`${result.pages} pages, ${result.checked} internal links, ${result.external.size} external links (not fetched):`);
    for (const url of [...result.external].sort()) console.log(`  ${url}`);
  });

  test('finds a missing file, a missing anchor, a root-relative link and a link out of the site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-link-check-'));
    try {
      mkdirSync(join(dir, 'guides'));
      writeFileSync(join(dir, 'index.html'), '<h1 id="top">x</h1><a href="guides/a.html#here">ok</a><a href="#top">ok</a><a href="">self</a>');
      writeFileSync(
        join(dir, 'guides/a.html'),
        '<p id="here"></p><a href="../index.html#nowhere">x</a><a href="b.html">x</a><a href="/index.html">x</a>' +
          '<a href="../../outside.html">x</a><template><img src="missing.png"></template><a href="https://example.org/">ext</a>',
      );
      const { broken, external } = checkSite(dir);
      assert.deepEqual(
        broken.map((b) => `${b.page} ${b.link} ${b.reason.split(' ')[0]}`).sort(),
        [
          'guides/a.html ../../outside.html points',
          'guides/a.html ../index.html#nowhere no',
          'guides/a.html /index.html root-relative',
          'guides/a.html b.html no',
          'guides/a.html missing.png no',
        ],
      );
      assert.deepEqual([...external], ['https://example.org/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pages', () => {
  const manifest = JSON.parse(read('packages/elements/custom-elements.json'));
  const elements = manifestElements(manifest);

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
      assert.ok(module?.declarations.some((d) => d.name === declaration.name && d.tagName === name), `${name} → ${declaration.module}`);
    }
  });

  test('every element has a Dutch and an English page with the reference, a live example and a statement', () => {
    for (const { tag } of elements) {
      for (const [file, lang] of [[`elements/${tag}.html`, 'nl'], [`elements/${tag}.en.html`, 'en']]) {
        const html = readFileSync(join(site, file), 'utf8');
        assert.match(html, new RegExp(`<html lang="${lang}">`), file);
        const { anchors } = scan(html);
        for (const id of ['example', 'attributes', 'properties', 'events', 'slots', 'parts', 'tokens', 'accessibility']) {
          assert.ok(anchors.has(id), `${file} has no #${id}`);
        }
        assert.match(html, /data-kb-docs-example>\s*<template>/, `${file} has no live example`);
      }
    }
  });

  test('the pages residents and editors read exist in Dutch and English, linked to each other', () => {
    for (const key of ['index', 'getting-started', 'guides/cms', 'gateway', 'accessibility']) {
      const nl = readFileSync(join(site, `${key}.html`), 'utf8');
      const en = readFileSync(join(site, `${key}.en.html`), 'utf8');
      assert.match(nl, /<html lang="nl">/);
      assert.match(en, /<html lang="en">/);
      assert.match(nl, /hreflang="en"/, `${key}.html links no English version`);
      assert.match(en, /hreflang="nl"/, `${key}.en.html links no Dutch version`);
    }
  });

  test('the element pages show the design tokens of @klantbeeld/themes with their defaults', () => {
    const tokens = JSON.parse(read('packages/themes/tokens.json')).tokens;
    const token = tokens.find((t) => t.elements?.includes('kb-status-tracker') && t.default);
    assert.ok(token, 'tokens.json has no token of kb-status-tracker');
    const html = readFileSync(join(site, 'elements/kb-status-tracker.en.html'), 'utf8');
    assert.ok(html.includes(`<code>${token.name}</code>`), `${token.name} is not on the page`);
  });

  test('the CMS guide gives the measured size of klantbeeld.js, the autoloader and every element, in both languages', () => {
    for (const [file, decimal] of [['guides/cms.html', ','], ['guides/cms.en.html', '.']]) {
      const html = readFileSync(join(site, file), 'utf8');
      assert.ok(!html.includes('kb-docs:sizes'), `${file}: the size table was not filled in`);
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

describe('in Chromium, from file://', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(() => browser?.close());

  test('the pages pass axe (WCAG 2.2 A and AA rules), live examples included', async () => {
    const axe = createRequire(import.meta.url).resolve('axe-core');
    const page = await browser.newPage();
    try {
      for (const file of ['index.html', 'getting-started.en.html', 'guides/cms.html', 'gateway.html', 'elements/index.html', 'elements/kb-status-tracker.html', 'accessibility.en.html']) {
        await page.goto(pathToFileURL(join(site, file)).href);
        await page.addScriptTag({ path: axe });
        if (file.startsWith('elements/kb-')) {
          await page.waitForFunction(() => [...document.querySelectorAll('[data-kb-docs-example] *')].some((el) => el.dataState === 'ready'));
        }
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], file);
      }
    } finally {
      await page.close();
    }
  });

  const manifest = JSON.parse(read('packages/elements/custom-elements.json'));
  for (const lang of ['nl', 'en']) {
    test(`every element page's example renders its data without a request leaving the page (${lang})`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      page.on('request', (request) => !/^(file|data):/.test(request.url()) && problems.push(`request: ${request.url()}`));
      try {
        for (const { tag } of manifestElements(manifest)) {
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
                return examples.length > 0 && examples.every((el) => ['ready', 'empty', 'error'].includes(el.dataState));
              },
              undefined,
              { timeout: 10_000 },
            )
            .catch(async () => assert.fail(`${tag} (${lang}) did not settle: ${(await states()).join(', ') || 'no example element'}`));
          const settled = await states();
          assert.ok(settled.every((state) => state.endsWith(':ready')), `${tag} (${lang}): ${settled.join(', ')}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});
