// How do <kb-contact-history> and <kb-lopende-zaken> scale with the resident's data? For each size: the element's
// shadow-DOM node count once ready (deterministic), and its render time in headless Chromium (median of RUNS): from
// setting `client` to `dataState === 'ready'` and `updateComplete`, with the core call alone timed separately.
// The page (bench/render/) is served by Vite on the workspace TypeScript sources; the mock API answers from an msw
// service worker, so the timings include msw's round trips through the worker but no network latency.
import { createServer, loadConfigFromFile } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable } from '../scripts/table.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CASES = [
  { kind: 'contacts', element: 'kb-contact-history', unit: 'contacts', sizes: [100, 1000, 10000] },
  { kind: 'zaken', element: 'kb-lopende-zaken', unit: 'zaken', sizes: [10, 100, 1000] },
];
const RUNS = 5;
/** Runs of the core call alone (fewer: its time is also in each render run's `of which data`). */
const LOAD_RUNS = 3;
const TIMEOUT_MS = 85_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Vite with the root vite.config.ts (workspace packages resolved to their TS sources), rooted at bench/render.
 * Lit's production build: the config's `development|production` condition would pick Lit's dev mode, which
 * no page ships.
 */
async function startServer() {
  const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
  const { config } = await loadConfigFromFile({ command: 'serve', mode: 'development' }, configFile, undefined, 'silent');
  const server = await createServer({
    ...config,
    configFile: false,
    root: fileURLToPath(new URL('./render/', import.meta.url)),
    publicDir: fileURLToPath(new URL('../demo/public/', import.meta.url)), // mockServiceWorker.js
    cacheDir: join(tmpdir(), 'klantbeeld-bench-render-vite'),
    resolve: { ...config.resolve, conditions: config.resolve.conditions.filter((c) => c !== 'development|production') },
    server: { ...config.server, port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  return server;
}

/** Closes the browser and the server (idempotent): after the run, and at once on the time limit. */
async function shutDown(open) {
  const { browser, server } = open;
  open.stopped = true;
  open.browser = open.server = undefined;
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}

async function measure(open) {
  try {
    const server = (open.server = await startServer());
    if (open.stopped) throw new Error('stopped');
    const browser = (open.browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS }));
    if (open.stopped) throw new Error('stopped');
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 30_000 });

    const rows = [];
    for (const { kind, element, unit, sizes } of CASES) {
      for (const n of sizes) {
        if (open.stopped) throw new Error('stopped');
        await page.evaluate(([k, size]) => window.bench.prepare(k, size), [kind, n]);
        // A warm-up render per element (JIT, style sheets), then RUNS measured ones and LOAD_RUNS core calls alone.
        if (n === sizes[0]) await page.evaluate((k) => window.bench.render(k), kind);
        const renders = [];
        for (let i = 0; i < RUNS; i++) renders.push(await page.evaluate((k) => window.bench.render(k), kind));
        const loads = [];
        for (let i = 0; i < LOAD_RUNS; i++) loads.push(await page.evaluate((k) => window.bench.load(k), kind));
        const states = new Set(renders.map((r) => r.state));
        if (states.size !== 1 || !states.has('ready')) throw new Error(`${element} with ${n} ${unit}: state ${[...states].join(', ')}`);
        const nodes = new Set(renders.map((r) => r.nodes));
        if (nodes.size !== 1) throw new Error(`${element} with ${n} ${unit}: node counts differ (${[...nodes].join(', ')})`);
        rows.push({
          element,
          unit,
          n,
          loaded: loads[0].count,
          shown: renders[0].items,
          nodes: renders[0].nodes,
          requests: loads[0].requests,
          renderMs: median(renders.map((r) => r.ms)),
          taskMs: median(renders.map((r) => r.taskMs)),
          updateMs: median(renders.map((r) => r.ms - r.taskMs)),
          minMs: Math.min(...renders.map((r) => r.ms)),
          maxMs: Math.max(...renders.map((r) => r.ms)),
          layoutMs: median(renders.map((r) => r.layoutMs)),
          loadMs: median(loads.map((l) => l.ms)),
        });
      }
    }
    if (problems.length > 0) throw new Error(`page errors: ${problems.join('; ')}`);
    return rows;
  } finally {
    await shutDown(open);
  }
}

export async function run() {
  const open = {};
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`elements-render bench took over ${TIMEOUT_MS / 1000} s`));
      void shutDown(open);
    }, TIMEOUT_MS);
  });
  const measuring = measure(open);
  measuring.catch(() => undefined); // after a time-out, its own failure is of no interest
  try {
    return await Promise.race([measuring, timeout]);
  } finally {
    clearTimeout(timer);
    await shutDown(open);
  }
}

export function print(rows) {
  console.log(`\nElement render: shadow-DOM nodes once ready, and render time in headless Chromium (median of ${RUNS} runs, fresh element and client each)\n`);
  const header = ['element', 'items', 'loaded', 'rendered', 'shadow nodes', 'requests', 'render ms', '(min–max)', 'of which data', 'of which update', '+ layout ms', 'core call alone'];
  const ms = (value) => value.toFixed(0);
  const lines = rows.map((r) => [
    r.element,
    `${r.n.toLocaleString('en')} ${r.unit}`,
    r.loaded.toLocaleString('en'),
    r.shown.toLocaleString('en'),
    r.nodes.toLocaleString('en'),
    String(r.requests),
    ms(r.renderMs),
    `${ms(r.minMs)}–${ms(r.maxMs)}`,
    ms(r.taskMs),
    ms(r.updateMs),
    ms(r.layoutMs),
    ms(r.loadMs),
  ]);
  console.log(formatTable(header, lines, { text: [0, 1], rule: true }));
  console.log(
    '\nloaded: what the core call returns (kb-lopende-zaken shows the open zaken, the default; kb-contact-history all contacts).' +
      '\nrendered: list items in the shadow DOM (kb-contact-history shows page-size = 20 at first, "Toon eerdere contacten" adds more).' +
      '\nshadow nodes: el.shadowRoot.querySelectorAll("*").length in the ready state; deterministic.' +
      '\nrender ms: setting `client` to dataState "ready" and updateComplete (median, and min–max of the runs), split into' +
      '\n  of which data: until the element\'s load() resolves (the core call and its mapping), and' +
      '\n  of which update: the rest, mostly the Lit update that renders the ready state. + layout ms: render, then a forced style and layout (no theme CSS).' +
      `\ncore call alone: listKlantcontacten / listZaken (status open) in the page with a fresh client, no element (median of ${LOAD_RUNS}).` +
      '\nrequests: HTTP requests of the core call (contacts: pages of 100; zaken: pages of 100 with expand), all answered by msw in a service worker.' +
      '\nTimings are this machine\'s (2 cores, Debian Chromium headless, Lit production build, sources via Vite) and vary from run to run; node counts do not.',
  );
}
