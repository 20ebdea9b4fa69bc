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
import { withTimeLimit } from '../scripts/time-limit.mjs';
import { selfTimes, waterfall } from './peers/profile.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CASES = [
  { kind: 'contacts', element: 'kb-contact-history', unit: 'contacts', sizes: [100, 1000, 10000] },
  { kind: 'zaken', element: 'kb-lopende-zaken', unit: 'zaken', sizes: [10, 100, 1000] },
];
const RUNS = 5;
/** Runs of the core call alone (fewer: its time is also in each render run's `of which data`). */
const LOAD_RUNS = 3;
const TIMEOUT_MS = 110_000;
/**
 * Issue 16, goal 6: large data stays flat. The DOM bounds are the shadow-node counts recorded when the goal was set;
 * data-to-paint is the Lit update after the data arrived (`of which update`).
 */
const GOALS = {
  'kb-contact-history 10000': { nodes: 147, updateMs: 20 },
  'kb-lopende-zaken 1000': { nodes: 409, updateMs: 20 },
};

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

/**
 * Where the core call for n contacts spends its time: a CPU profile of one listKlantcontacten (CDP), and its requests'
 * waterfall from the page's resource timing.
 */
async function profileContacts(page, n) {
  await page.evaluate((size) => window.bench.prepare('contacts', size), n);
  await page.evaluate(() => {
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const load = await page.evaluate(() => window.bench.load('contacts'));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const requests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/klantcontacten'))
      .map((entry) => ({ kind: 'api', start: entry.startTime, end: entry.responseEnd })),
  );
  return { n, ms: load.ms, count: load.count, ...waterfall(requests), cpu: selfTimes(profile) };
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
    const browser = (open.browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    }));
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
    const profile = await profileContacts(page, 10_000);
    if (problems.length > 0) throw new Error(`page errors: ${problems.join('; ')}`);
    return { rows, profile };
  } finally {
    await shutDown(open);
  }
}

export const run = () => withTimeLimit('elements-render', TIMEOUT_MS, measure, shutDown);

export function print({ rows, profile }) {
  console.log(`\nElement render: shadow-DOM nodes once ready, and render time in headless Chromium (median of ${RUNS} runs, fresh element and client each)\n`);
  const header = [
    'element',
    'items',
    'loaded',
    'rendered',
    'shadow nodes',
    'requests',
    'render ms',
    '(min–max)',
    'of which data',
    'of which update',
    '+ layout ms',
    'core call alone',
    'goal 6',
    '',
  ];
  const ms = (value) => value.toFixed(0);
  const lines = rows.map((r) => {
    const goal = GOALS[`${r.element} ${r.n}`];
    const met = goal && r.nodes <= goal.nodes && r.updateMs <= goal.updateMs;
    return [
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
      goal ? `≤ ${goal.nodes} nodes, update ≤ ${goal.updateMs} ms` : '',
      goal ? (met ? 'MET' : 'NOT MET') : '',
    ];
  });
  console.log(formatTable(header, lines, { text: [0, 1, 12, 13], rule: true }));
  console.log(
    '\nloaded: what the core call returns (kb-lopende-zaken shows the open zaken, the default; kb-contact-history all contacts).' +
      '\nrendered: list items in the shadow DOM (kb-contact-history shows page-size = 20 at first, "Toon eerdere contacten" adds more).' +
      '\nshadow nodes: el.shadowRoot.querySelectorAll("*").length in the ready state; deterministic.' +
      '\nrender ms: setting `client` to dataState "ready" and updateComplete (median, and min–max of the runs), split into' +
      "\n  of which data: until the element's load() resolves (the core call and its mapping), and" +
      '\n  of which update: the rest, mostly the Lit update that renders the ready state. + layout ms: render, then a forced style and layout (no theme CSS).' +
      `\ncore call alone: listKlantcontacten / listZaken (status open) in the page with a fresh client, no element (median of ${LOAD_RUNS}).` +
      '\nrequests: HTTP requests of the core call (contacts: pages of 100; zaken: pages of 100 with expand), all answered by msw in a service worker.' +
      "\nTimings are this machine's (2 cores, Debian Chromium headless, Lit production build, sources via Vite) and vary from run to run; node counts do not." +
      '\ngoal 6 (issue 16): large data keeps its DOM bound (the node count when the goal was set) and data-to-paint (of which update) ≤ 20 ms.',
  );
  const p = profile;
  console.log(
    `\nThe core call for ${p.n.toLocaleString('en')} contacts, profiled: ${ms(p.ms)} ms, ${p.api} requests in ${p.depth} levels (pages 3…n together when the links allow, core transport/page-plan.ts);` +
      ` main thread busy ${ms(p.cpu.busy)} ms, idle (waiting for the service worker's answers) ${ms(p.cpu.idle)} ms. Top self time:`,
  );
  console.log(
    formatTable(
      null,
      p.cpu.top.map(([name, time]) => [name, `${time.toFixed(1)} ms`]),
      { indent: '  ' },
    ),
  );
}
