// @ts-check
// A CMS page may include the bundle twice (two blocks that each add the script), or two versions. Registration is
// idempotent: nothing throws, the first registration stays and works, and only another version warns (once per tag).
// Under the strict policy of csp.test.mjs; two different copies need 'allow-duplicates' for Lit's Trusted Types policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allElements, residentElements as elements, launch, open, page, settled, startSite, strictPolicy } from './harness.mjs';

const bundle = readFileSync(new URL('../../packages/elements/dist/cdn/klantbeeld.js', import.meta.url), 'utf8');
const VERSION = JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8')).version;

let site;
let browser;

const host = (gateway, scripts) =>
  page({
    head: scripts.map((src) => `<script type="module" src="${src}"></script>`).join(''),
    body: `<kb-provider gateway="${gateway}">${allElements(gateway)}</kb-provider>`,
  });

before(async () => {
  const pages = {};
  // The same file under another URL is a second copy (a module is evaluated once per URL), and one claiming another version.
  const other = bundle.replaceAll(`\`${VERSION}\``, '`9.9.9`');
  assert.equal(bundle.split(`\`${VERSION}\``).length, 2, 'the version string occurs once in the bundle');
  site = await startSite({
    pages,
    files: {
      '/copy/klantbeeld.js': { type: 'text/javascript', body: bundle },
      '/other/klantbeeld.js': { type: 'text/javascript', body: other },
    },
  });
  site.setHeader('Content-Security-Policy', strictPolicy(site.api.url, { duplicates: true }));
  pages['/twice.html'] = host(site.api.url, ['/cdn/klantbeeld.js', '/copy/klantbeeld.js', '/cdn/klantbeeld.js']);
  pages['/other-version.html'] = host(site.api.url, ['/cdn/klantbeeld.js', '/other/klantbeeld.js']);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const warnings = (log) => log.console.filter((m) => m.type === 'warning').map((m) => m.text);

test('loading the bundle twice (and a second copy) does not throw or warn, and every element works', async () => {
  const { page: p, log } = await open(browser, `${site.url}/twice.html`);
  try {
    const rendered = await settled(p);
    assert.equal(rendered.length, elements.length - 1);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(warnings(log), []);
    assert.deepEqual(await log.kbErrors(), []);
    assert.deepEqual(await log.violations(), []);
    // Both URLs were fetched (a module is evaluated once per URL: the third script tag adds nothing).
    assert.equal(log.requests.filter((url) => url.endsWith('/klantbeeld.js')).length, 2);
  } finally {
    await p.close();
  }
});

test('another version warns once per tag, without throwing; the first registration stays', async () => {
  const { page: p, log } = await open(browser, `${site.url}/other-version.html`);
  try {
    await settled(p);
    assert.deepEqual(log.errors, []);
    const tags = elements.map((name) => `kb-${name}`);
    const warned = warnings(log);
    assert.equal(warned.length, tags.length, warned.join('\n'));
    for (const tag of tags) {
      assert.ok(
        warned.some((w) => w.includes(`<${tag}> is already defined by version ${VERSION}; version 9.9.9 is not registered`)),
        `no warning for <${tag}>`,
      );
    }
    assert.equal(await p.evaluate(() => /** @type {CustomElementConstructor & { version: string }} */ (customElements.get('kb-provider')).version), VERSION);
  } finally {
    await p.close();
  }
});
