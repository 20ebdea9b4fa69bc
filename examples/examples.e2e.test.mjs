// The framework examples, each built with its own toolchain (`npm run build -w examples/<name>`: type check, then
// Vite) and opened in Debian's Chromium: the elements render the mock resident's data, the properties the framework
// set took effect (`client` on the provider, `texts` on the list), and the framework's `kb-zaak-select` handler ran
// (it cancels the link and shows the chosen case in the tracker). The CMS snippet runs as pasted, on the CDN build
// and the mock gateway over HTTP, under a strict CSP. Needs the compiled workspace (`npx tsc -b`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { startMockServer } from '@klantbeeld/mock-api/server';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const EXAMPLES = ['react', 'vue', 'angular'];

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** A new page that records every page error, console error and warning in `problems`. */
async function openPage(url, problems) {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000); // generous: a loaded 2-core machine builds and serves slowly
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}

for (const name of EXAMPLES) {
  describe(`${name} example`, () => {
    const configFile = fileURLToPath(new URL(`./${name}/vite.config.ts`, import.meta.url));
    let server;
    let page;
    let home;
    const problems = [];

    after(async () => {
      await page?.close();
      await server?.close();
    });

    test('type-checks and builds with its own toolchain', async () => {
      const build = spawnSync('npm', ['run', 'build', '-w', `examples/${name}`], { encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
      server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
      home = server.resolvedUrls.local[0];
      page = await openPage(home, problems);
    });

    const items = () => page.locator('kb-lopende-zaken [part~="item"]');

    test('lists the resident’s cases through the client property, under the heading of the texts property', async () => {
      await items().first().waitFor();
      assert.equal(await items().filter({ hasText: 'Parkeervergunning bewoners, vergunninggebied Centrum-Oost' }).count(), 1);
      await page.locator('kb-lopende-zaken').getByRole('heading', { level: 2, name: 'Mijn aanvragen' }).waitFor();
      assert.equal(await page.locator('kb-lopende-zaken').getByRole('heading', { name: 'Lopende zaken', exact: true }).count(), 0);
    });

    test('the tracker shows the first case', async () => {
      await page.locator('kb-status-tracker [aria-current="step"]', { hasText: 'In behandeling' }).waitFor();
    });

    test('choosing a case runs the framework’s handler: no navigation, the tracker shows that case', async () => {
      await items().filter({ hasText: 'Kapotte lantaarnpaal' }).getByRole('link').click();
      await page.locator('#chosen', { hasText: /Gekozen zaak: ZAAK-\d{4}-\d+/ }).waitFor();
      await page.locator('kb-status-tracker').getByText('Kapotte lantaarnpaal bij Lindelaan 21').first().waitFor();
      assert.equal(page.url(), home, 'the handler cancelled the link');
    });

    test('the page logged no error or warning', () => {
      assert.deepEqual(problems, []);
    });
  });
}

describe('CMS snippet', () => {
  const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  const snippet = readFileSync(new URL('./cms/snippet.html', import.meta.url), 'utf8');
  // The URLs an editor replaces, and what this test serves instead: its own copy of the CDN build and the mock gateway.
  const CDN = 'https://cdn.jsdelivr.net/npm/@klantbeeld/elements@0.1/dist/cdn/';
  const GATEWAY = 'https://gateway.voorbeeldgemeente.nl';
  // The theme stylesheet is part of the CDN build (dist/cdn/klantbeeld.css).
  const folders = { '/cdn/': repo('packages/elements/dist/cdn/') };
  const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
  let gateway;
  let site;
  let page;
  const problems = [];

  before(async () => {
    if (!existsSync(join(folders['/cdn/'], 'klantbeeld.css'))) run('node', ['scripts/build-cdn.mjs']);
    gateway = await startMockServer();
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Mijn zaken</title></head>
<body><main><h1>Mijn zaken</h1>${snippet.replaceAll(CDN, '/cdn/').replaceAll(GATEWAY, gateway.url)}</main></body></html>`;
    site = createServer((request, response) => {
      const path = new URL(request.url, 'http://localhost').pathname;
      const prefix = Object.keys(folders).find((folder) => path.startsWith(folder));
      const file = prefix && normalize(join(folders[prefix], path.slice(prefix.length)));
      if (path === '/') send(response, 200, '.html', html);
      else if (file?.startsWith(folders[prefix]) && existsSync(file)) send(response, 200, extname(file), readFileSync(file));
      else send(response, 404, '.html', 'Not found');
    });
    await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
    page = await openPage(`http://127.0.0.1:${site.address().port}/`, problems);
  });

  after(async () => {
    await page?.close();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
    await gateway?.close();
  });

  // A CMS page with a strict CSP: scripts and styles only from the site, requests only to the site and the gateway.
  function send(response, status, type, body) {
    response.writeHead(status, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Content-Security-Policy': `default-src 'self'; connect-src 'self' ${gateway.url}; img-src 'self' data:`,
    });
    response.end(body);
  }

  function run(command, args) {
    const result = spawnSync(command, args, { cwd: repo(''), encoding: 'utf8' });
    assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }

  test('is markup only: the CDN script, the theme, a provider with the gateway, no script of its own', () => {
    assert.ok(snippet.includes(`<script type="module" src="${CDN}klantbeeld.js"></script>`));
    assert.ok(snippet.includes(`<link rel="stylesheet" href="${CDN}klantbeeld.css" />`));
    assert.ok(snippet.includes(`<kb-provider gateway="${GATEWAY}">`));
    assert.equal(snippet.match(/<script\b/g)?.length, 1);
    assert.doesNotMatch(snippet, /\son[a-z]+=/i, 'no inline event handlers');
  });

  test('renders the resident’s cases from the gateway, with the texts attribute and the case links', async () => {
    const list = page.locator('kb-lopende-zaken');
    await list.getByRole('heading', { level: 2, name: 'Mijn aanvragen en meldingen' }).waitFor();
    const link = list.getByRole('link', { name: /Parkeervergunning bewoners/ });
    await link.waitFor();
    assert.match(await link.getAttribute('href'), /^\/mijn-zaken\/zaak\?nummer=ZAAK-\d{4}-\d+$/);
  });

  test('renders the products and the contact history', async () => {
    await page
      .locator('kb-producten')
      .getByText(/parkeervergunning/i)
      .first()
      .waitFor();
    await page.locator('kb-contact-history').getByRole('heading', { level: 2, name: 'Contact met de gemeente' }).waitFor();
  });

  test('the page is themed and logged no error or warning', async () => {
    const color = await page.locator('.kb-theme').evaluate((node) => getComputedStyle(node).getPropertyValue('--utrecht-document-color').trim());
    assert.notEqual(color, '');
    assert.deepEqual(problems, []);
  });
});
