// @ts-check
// The autoloader (dist/cdn/autoloader.js) loads an element's file only when its tag appears: at start, when added
// later, and inside a shadow root handed to discover(). An unknown kb-* tag costs one warning, never an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useAutoloaderPage, root, settled } from './harness.mjs';

const site = useAutoloaderPage(
  '/lazy.html',
  (gateway) => `<kb-provider gateway="${gateway}"><kb-lopende-zaken heading-level="2"></kb-lopende-zaken></kb-provider>`,
);

test('at start it loads only the elements on the page', () => {
  assert.deepEqual(site.loaded(), ['lopende-zaken.js', 'provider.js']);
});

test('it asks for every chunk of the elements at once (modulepreload from the build graph), not level by level', async () => {
  const graph = JSON.parse(readFileSync(join(root, 'packages/elements/dist/cdn-graph.json'), 'utf8'));
  const closure = (file, seen = new Set()) => {
    for (const dep of graph.files[file].imports) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  const expected = [...new Set([...closure('elements/provider.js'), ...closure('elements/lopende-zaken.js')])].sort();
  const preloaded = await site.page.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => new URL(/** @type {HTMLLinkElement} */ (link).href).pathname),
  );
  assert.deepEqual(preloaded.map((path) => path.replace(/^\/cdn\//, '')).sort(), expected);
});

test('an element added later is loaded when it appears, and renders', async () => {
  await site.page.evaluate(() => /** @type {Element} */ (document.querySelector('kb-provider')).append(document.createElement('kb-producten')));
  await settled(site.page);
  assert.deepEqual(site.loaded(), ['lopende-zaken.js', 'producten.js', 'provider.js']);
  assert.match(
    await site.page.evaluate(() => /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('kb-producten')).shadowRoot).textContent),
    /\S/,
  );
});

test('discover() loads the elements inside a shadow root', async () => {
  await site.page.evaluate(async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('kb-taken'));
    /** @type {Element} */ (document.querySelector('kb-provider')).append(host);
    // The page's URL of the CDN build (no module here to type it from).
    const autoloader = '/cdn/autoloader.js';
    const { discover } = await import(autoloader);
    await discover(host.shadowRoot);
  });
  await site.page.waitForFunction(() => customElements.get('kb-taken') !== undefined);
  assert.ok(site.loaded().includes('taken.js'));
});

test('an unknown kb-* tag logs one warning and throws nothing', async () => {
  await site.page.evaluate(() => document.body.append(document.createElement('kb-onbekend')));
  const warnings = () => site.log.console.filter((m) => m.type === 'warning' && m.text.includes('<kb-onbekend>'));
  for (let i = 0; i < 100 && warnings().length === 0; i++) await site.page.waitForTimeout(50);
  assert.equal(warnings().length, 1);
  assert.deepEqual(site.log.errors, []);
});
