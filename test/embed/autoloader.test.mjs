// @ts-check
// The autoloader (dist/cdn/autoloader.js) loads an element's file only when its tag appears: at start, when added
// later, and inside a shadow root handed to discover(). An unknown kb-* tag costs one warning, never an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAutoloaderPage, root, settled } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openAutoloaderPage>>} */
let opened;
let p;
let log;
const loaded = () => opened.loaded();

before(async () => {
  opened = await openAutoloaderPage(
    '/lazy.html',
    (gateway) => `<kb-provider gateway="${gateway}"><kb-lopende-zaken heading-level="2"></kb-lopende-zaken></kb-provider>`,
  );
  ({ page: p, log } = opened);
});

after(async () => {
  await opened?.close();
});

test('at start it loads only the elements on the page', () => {
  assert.deepEqual(loaded(), ['lopende-zaken.js', 'provider.js']);
});

test('it asks for every chunk of the elements at once (modulepreload from the build graph), not level by level', async () => {
  const graph = JSON.parse(readFileSync(join(root, 'packages/elements/dist/cdn-graph.json'), 'utf8'));
  const closure = (file, seen = new Set()) => {
    for (const dep of graph.files[file].imports) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  const expected = [...new Set([...closure('elements/provider.js'), ...closure('elements/lopende-zaken.js')])].sort();
  const preloaded = await p.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => new URL(/** @type {HTMLLinkElement} */ (link).href).pathname),
  );
  assert.deepEqual(preloaded.map((path) => path.replace(/^\/cdn\//, '')).sort(), expected);
});

test('an element added later is loaded when it appears, and renders', async () => {
  await p.evaluate(() => /** @type {Element} */ (document.querySelector('kb-provider')).append(document.createElement('kb-producten')));
  await settled(p);
  assert.deepEqual(loaded(), ['lopende-zaken.js', 'producten.js', 'provider.js']);
  assert.match(
    await p.evaluate(() => /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('kb-producten')).shadowRoot).textContent),
    /\S/,
  );
});

test('discover() loads the elements inside a shadow root', async () => {
  await p.evaluate(async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('kb-taken'));
    /** @type {Element} */ (document.querySelector('kb-provider')).append(host);
    // The page's URL of the CDN build (no module here to type it from).
    const autoloader = '/cdn/autoloader.js';
    const { discover } = await import(autoloader);
    await discover(host.shadowRoot);
  });
  await p.waitForFunction(() => customElements.get('kb-taken') !== undefined);
  assert.ok(loaded().includes('taken.js'));
});

test('an unknown kb-* tag logs one warning and throws nothing', async () => {
  await p.evaluate(() => document.body.append(document.createElement('kb-onbekend')));
  const warnings = () => log.console.filter((m) => m.type === 'warning' && m.text.includes('<kb-onbekend>'));
  for (let i = 0; i < 100 && warnings().length === 0; i++) await p.waitForTimeout(50);
  assert.equal(warnings().length, 1);
  assert.deepEqual(log.errors, []);
});
