// End to end in Chromium on the real path: a page on another origin signs in through the development IdP's
// login page, shows who is signed in and Jansen's zaken fetched through the gateway (real proxy) from the
// mock API in upstream mode, signs out (at the gateway and at the IdP) and then gets 401.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser as Chromium, type Page } from 'playwright-core';
import { startDevStack, type DevStack } from '../src/dev/stack.js';
import { createLogger } from '../src/server/logger.js';
import { LogCapture, freePort } from './support.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA violations on the current page (axe runs through DevTools, so the page's strict CSP stays on). */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const ids = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => v.id);
  });
  return ids;
}

/** The page: plain HTML and one script file (the page's CSP forbids inline script). */
const PAGE_SCRIPT = `
const gateway = document.querySelector('meta[name="gateway"]').content;
const status = document.getElementById('status');
const zaken = document.getElementById('zaken');
document.getElementById('login').href = gateway + '/auth/login?returnTo=' + encodeURIComponent(location.origin + '/');
document.getElementById('logout').addEventListener('click', async () => {
  const response = await fetch(gateway + '/auth/logout', { method: 'POST', credentials: 'include', headers: { accept: 'application/json' } });
  location.assign((await response.json()).next);
});
(async () => {
  const session = await (await fetch(gateway + '/auth/session', { credentials: 'include' })).json();
  status.textContent = session.signedIn ? 'Ingelogd als ' + session.displayName : 'Niet ingelogd';
  const response = await fetch(gateway + '/zaken/api/v1/zaken', { credentials: 'include', headers: { accept: 'application/json' } });
  if (!response.ok) { zaken.dataset.status = String(response.status); return; }
  const body = await response.json();
  zaken.replaceChildren(...body.results.map((zaak) => Object.assign(document.createElement('li'), { textContent: zaak.omschrijving })));
  zaken.dataset.status = String(response.status);
})();
`;

function pageHtml(gateway: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="gateway" content="${gateway}"><title>Mijn gemeente</title>
<script type="module" src="/page.js"></script></head>
<body><p id="status">…</p><a id="login">Inloggen</a> <button id="logout" type="button">Uitloggen</button><ul id="zaken"></ul></body></html>`;
}

let pageServer: Server;
let pageOrigin: string;
let stack: DevStack;
let chromiumBrowser: Chromium;
let page: Page;
const problems: string[] = [];

before(async () => {
  let gatewayUrl = '';
  pageServer = createServer((req, res) => {
    const csp = `default-src 'none'; script-src 'self'; connect-src ${new URL(gatewayUrl).origin}`;
    if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(PAGE_SCRIPT);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(pageHtml(gatewayUrl));
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  const port = await freePort();
  gatewayUrl = `http://127.0.0.1:${port}/api/klantbeeld`;
  stack = await startDevStack({ publicUrl: gatewayUrl, pageOrigins: [pageOrigin], gatewayPort: port, logger: createLogger({ destination: new LogCapture() }) });
  chromiumBrowser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  page = await chromiumBrowser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
});

after(async () => {
  await chromiumBrowser?.close();
  await stack?.close();
  await new Promise((resolve) => pageServer?.close(resolve));
});

test('sign in as Jansen on the IdP page, see her zaken through the gateway, sign out, then 401', async () => {
  await page.goto(`${pageOrigin}/`);
  await page.locator('#zaken[data-status="401"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#status').innerText(), 'Niet ingelogd');

  await page.getByRole('link', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: /inloggen als testaccount/ }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the login page passes axe');
  await page.getByLabel(/Fatima Jansen-El Amrani/).check();
  await page.getByLabel('Betrouwbaarheidsniveau').selectOption('substantieel');
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await page.waitForURL(`${pageOrigin}/`);
  await page.locator('#zaken[data-status="200"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#status').innerText(), 'Ingelogd als Fatima Jansen-El Amrani');
  const zaken = await page.locator('#zaken li').allInnerTexts();
  assert.ok(zaken.includes('Parkeervergunning bewoners, vergunninggebied Centrum-Oost'), zaken.join('\n'));
  assert.ok(!zaken.some((omschrijving) => /Havenkwartier|schuldhulpverlening/.test(omschrijving)), 'no zaak of De Vries');
  // The proxy reported its upstream calls into the gateway's metrics.
  const metrics = await (await fetch(`${new URL(stack.config.publicUrl).origin}/metrics`)).text();
  assert.match(metrics, /klantbeeld_gateway_upstream_duration_seconds_count\{api="zaken",status="200"\} [1-9]/);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === '__Host-klantbeeld');
  assert.ok(session, 'Chromium kept the __Host- Secure cookie on http://127.0.0.1 (a potentially trustworthy origin)');
  assert.equal(session.httpOnly, true);
  assert.equal(session.secure, true);
  assert.equal(session.sameSite, 'Lax');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { name: /uitloggen/ }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the sign-out page passes axe');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(`${pageOrigin}/`);
  await page.locator('#zaken[data-status="401"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#status').innerText(), 'Niet ingelogd');
  assert.equal(
    (await page.context().cookies()).find((c) => c.name === '__Host-klantbeeld'),
    undefined,
  );
  assert.deepEqual(problems, []);
});
