// @ts-check
// Shared by the embed tests: the CDN build served by a plain static server (with the response headers a host page
// would send), the mock APIs as a real HTTP server on another origin, and Debian's Chromium. Needs `npm run build`
// (tsc for the mock server, build:cdn for the bundles). Ports are picked free by the OS.
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { inside } from '../../scripts/inside.mjs';
import { listenOnFreePort } from '../../scripts/listen.mjs';
import { EMPLOYEE_ONLY } from '../../scripts/build-cdn.mjs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startMockServer } from '../../packages/mock-api/dist/src/server.js';
import { fixtureObjecten } from '../../packages/mock-api/dist/src/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = join(root, 'packages/elements/dist/cdn');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Every element of the CDN build (`provider`, `taken`, …), as `scripts/build-cdn.mjs` discovered them. */
export const elements = JSON.parse(readFileSync(join(root, 'packages/elements/dist/cdn-graph.json'), 'utf8')).elements;
/** The elements of a resident's page: all but the employee-only ones (which klantbeeld.js leaves out). */
export const residentElements = elements.filter((name) => !EMPLOYEE_ONLY.has(name));

/** The `kb-error` of the mock's deliberately invalid tip rule (`energietoeslag`). */
const FIXTURE_TIP_RULE_ERROR = /^kb-tips: TipRuleError: Invalid tip rule energietoeslag:/;

/** A case of resident 'jansen' in the mock, for elements that show one case (`zaak` attribute). */
export const ZAAK = 'ZAAK-2026-0004127';

/**
 * Attributes beyond `heading-level` that an element needs to show data: the case to show, and the municipality's
 * objecttype of tasks and tips (records in the Objecten API below `gateway`; without one the element reports a
 * configuration error).
 */
const attributes = (gateway) => {
  const objecttype = (uuid) => `objecttype="${gateway}/objecten/api/v2/objecttypes/${uuid}"`;
  return {
    'status-tracker': `zaak="${ZAAK}"`,
    'zaak-detail': `zaak="${ZAAK}"`,
    taken: objecttype(fixtureObjecten.objecttypen.taak),
    tips: objecttype(fixtureObjecten.objecttypen.tip),
  };
};

/**
 * One of every element of a resident's page (the provider and the employee-only elements excepted), each with the
 * attributes an embedder would write for `gateway`.
 */
export const allElements = (gateway) =>
  residentElements
    .filter((name) => name !== 'provider')
    .map((name) => `<kb-${name} heading-level="2" ${attributes(gateway)[name] ?? ''}></kb-${name}>`)
    .join('\n');

/** A host page: `head` and `body` HTML; scripts only as `<script src>` (no inline script anywhere). */
export const page = ({ head = '', body }) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Klantbeeld embed</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

/**
 * Starts the mock APIs and a static server for the host pages. `pages` maps a path to HTML; `/cdn/*` serves the CDN
 * build, `/themes/*` the theme CSS, `files` extra path → { type, body }. Every response carries `headers`.
 */
export async function startSite({ pages, files = {}, headers: initial = {} }) {
  const headers = { ...initial };
  const api = await startMockServer({ resident: 'jansen' });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a failure rejects unhandled, which ends the run: wanted here
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      let type;
      let body;
      if (pages[path] !== undefined) [type, body] = [TYPES['.html'], pages[path]];
      else if (files[path]) [type, body] = [files[path].type, files[path].body];
      else if (path.startsWith('/cdn/')) [type, body] = [TYPES[extname(path)], await readFile(inside(cdnDir, path.slice(5)))];
      else if (path.startsWith('/themes/')) [type, body] = [TYPES['.css'], await readFile(inside(join(root, 'packages/themes'), path.slice(8)))];
      else return void res.writeHead(404, headers).end();
      res.writeHead(200, { ...headers, 'Content-Type': type ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  const url = `http://127.0.0.1:${await listenOnFreePort(server)}`;
  return {
    url,
    api,
    /** Changes a response header of the host pages (e.g. a policy that names the mock's origin). */
    setHeader: (name, value) => void (headers[name] = value),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

/**
 * A strict Content-Security-Policy for a host page whose only other origin is `gateway`: no inline script or style,
 * no eval, Trusted Types required for script sinks and only Lit's policy allowed. `duplicates`: allow a second copy
 * of Lit to create its policy too (needed when two different copies of the bundle may load).
 */
export const strictPolicy = (gateway, { duplicates = false } = {}) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${gateway}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types lit-html${duplicates ? " 'allow-duplicates'" : ''}`,
  ].join('; ');

export const launch = () => chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

/**
 * Opens `url` in a new page and records what a host page owner would want to know: page errors, console messages
 * by type, CSP violations (the `securitypolicyviolation` event, listened to before any page script runs), `kb-error`
 * events and the URL of every request.
 */
export async function open(browser, url) {
  const page = await browser.newPage();
  const log = {
    /** @type {string[]} */ errors: [],
    /** @type {{ type: string; text: string }[]} */ console: [],
    /** @type {string[]} */ requests: [],
    violations: () => page.evaluate(() => window.__violations),
    // The mock's tip rules hold one invalid rule on purpose (a municipality's mistake, reported and skipped): not an
    // error of the embedding.
    kbErrors: async () => (await page.evaluate(() => window.__kbErrors)).filter((error) => !FIXTURE_TIP_RULE_ERROR.test(error)),
  };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('request', (request) => log.requests.push(request.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    window.__kbErrors = [];
    document.addEventListener('kb-error', (e) => {
      const { error } = /** @type {CustomEvent<{ error: Error }>} */ (e).detail;
      const source = /** @type {Element | undefined} */ (e.composedPath()[0]);
      window.__kbErrors.push(`${source?.localName}: ${error.name}: ${error.message}`);
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url);
  return { page, log };
}

/**
 * Waits until every `kb-*` element on the page is defined and has settled: rendered into its shadow root and no
 * longer busy (loading). Resolves with the tags and their text, for assertions. The generous timeout is for CI
 * machines under load; it is a wait, not a measurement.
 */
export async function settled(page, timeout = 60_000) {
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('kb-'));
      return (
        els.length > 0 &&
        els.every(
          (el) =>
            customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'),
        )
      );
    },
    undefined,
    { timeout },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('kb-') && el.localName !== 'kb-provider')
      .map((el) => ({ tag: el.localName, text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim() })),
  );
}

/**
 * A site under the strict CSP with one page at `path` that loads only the autoloader and holds `body(gateway)`, opened
 * in a new browser and settled. `loaded()`: the element files the page asked for so far (sorted); `close()` closes
 * the browser and the site.
 * @param {string} path
 * @param {(gateway: string) => string} body
 */
async function openAutoloaderPage(path, body) {
  /** @type {Record<string, string>} */
  const pages = {};
  const site = await startSite({ pages });
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  const close = async () => {
    await browser?.close();
    await site.close();
  };
  try {
    site.setHeader('Content-Security-Policy', strictPolicy(site.api.url));
    pages[path] = page({ head: '<script type="module" src="/cdn/autoloader.js"></script>', body: body(site.api.url) });
    browser = await launch();
    const opened = await open(browser, `${site.url}${path}`);
    await settled(opened.page);
    const loaded = () =>
      opened.log.requests
        .filter((url) => url.includes('/cdn/elements/'))
        .map((url) => url.split('/cdn/elements/')[1])
        .sort();
    return { ...opened, loaded, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * {@link openAutoloaderPage} for a whole test file: opened in `before`, closed in `after`. Read `page`, `log` and
 * `loaded()` inside the tests, once the page is open.
 * @param {string} path
 * @param {(gateway: string) => string} body
 */
export function useAutoloaderPage(path, body) {
  /** @type {Awaited<ReturnType<typeof openAutoloaderPage>> | undefined} */
  let opened;
  before(async () => {
    opened = await openAutoloaderPage(path, body);
  });
  after(async () => {
    await opened?.close();
  });
  const current = () => {
    if (!opened) throw new Error('the autoloader page is not open: read it inside a test');
    return opened;
  };
  return {
    get page() {
      return current().page;
    },
    get log() {
      return current().log;
    },
    loaded: () => current().loaded(),
  };
}
