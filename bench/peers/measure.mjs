// The measurements of the peer benchmark (bench/peers-process-steps.mjs), shared with the ratchet test of its
// deterministic budgets (test/perf/): counts (DOM nodes, renders, requests) and bytes here are the same on every run;
// timings are only ever printed, never asserted.
import { chromium } from 'playwright-core';
import { BUDGETS as SIZE_BUDGETS, measure as measureSizes } from '../../scripts/size.mjs';
import { EMPLOYEE_ONLY } from '../../scripts/build-cdn.mjs';
import { OTHER_ZAAK, STEPS, ZAAK } from './case.mjs';
import { countNodes, probe } from './probe.mjs';
import { SIDES } from './site.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const launch = () => chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

/** How long a wait may take on a loaded machine: a wait, not a measurement. */
const WAIT_MS = 30_000;
/** Quiet time after which a tracker counts as settled (no further update follows on the loopback mock). */
const SETTLE_MS = 300;

/**
 * Opens `side`'s page of `site` in a fresh context (empty cache) with the probe, and waits until the timeline is
 * painted. `onRequest(request)` sees every request. Returns `{ context, page, painted, htmlEnd }`.
 */
export async function openSide(browser, site, side, { onRequest, beforeGoto } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (onRequest) page.on('request', onRequest);
  await page.addInitScript(probe, STEPS);
  await beforeGoto?.(page);
  await page.goto(`${site.url}${SIDES[side].path}`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__peer?.painted !== undefined, undefined, { timeout: WAIT_MS, polling: 50 });
  } catch (error) {
    await context.close();
    throw new Error(`${side}: no timeline painted${errors.length ? ` (${errors.join('; ')})` : ''}: ${error.message}`, { cause: error });
  }
  const { painted, htmlEnd } = await page.evaluate(() => ({ painted: window.__peer.painted, htmlEnd: window.__peer.htmlEnd }));
  return { context, page, painted, htmlEnd, errors };
}

/**
 * Waits until the page has had no tracker update and no request for SETTLE_MS, so that what follows counts only what
 * it causes itself; returns the states of every tracker update so far.
 */
async function settled(page) {
  let requests = 0;
  const count = () => void requests++;
  page.on('request', count);
  try {
    let seen = -1;
    for (;;) {
      const now = (await page.evaluate(() => window.__peer.updates.length)) + requests;
      if (now === seen) break;
      seen = now;
      await page.waitForTimeout(SETTLE_MS);
    }
  } finally {
    page.off('request', count);
  }
  return page.evaluate(() => window.__peer.updates.map((u) => u.state));
}

/** The requests to the mock API that `run` causes on `page` until it is quiet again, as paths below the API (`zaken/…`, `statussen`, `events`). */
async function requestsDuring(page, api, run) {
  const seen = [];
  const listen = (request) => {
    if (request.url().startsWith(api)) seen.push(new URL(request.url()).pathname.replace(/^\/[a-z]+\/api\/v1\//, ''));
  };
  page.on('request', listen);
  try {
    await run();
    await settled(page);
  } finally {
    page.off('request', listen);
  }
  return seen;
}

/**
 * The deterministic figures (goals 3 and 4), measured on `site` (latency 0): DOM nodes of one timeline on each side;
 * the tracker's renders from page load to ready and until settled; renders and API requests of a new tracker for a
 * zaak the client has, of a switch to a zaak it has not seen, and of a switch back; React's renders per change.
 */
export async function measureCounts(browser, site) {
  const kb = await openSide(browser, site, 'oneFile');
  const react = await openSide(browser, site, 'react');
  try {
    const firstLoad = await settled(kb.page);
    const reactFirstLoad = await react.page.evaluate(() => window.peer.renders);
    const paintedAfter = await kb.page.evaluate(() => window.__peer.updates.findIndex((u) => u.state === 'ready') + 1);
    const kbNodes = await kb.page.evaluate(`(${countNodes})(document.querySelector('kb-status-tracker').shadowRoot)`);
    const reactNodes = await react.page.evaluate(`(${countNodes})(document.querySelector('section.timeline'))`);

    // A second tracker of the same zaak: the client has it.
    // The updates of one tracker (`selector`) and the API requests that `run` causes, until the page is quiet again.
    const renders = async (selector, run) => {
      const before = await kb.page.evaluate(() => window.__peer.updates.length);
      const requests = await requestsDuring(kb.page, site.api, run);
      const states = await kb.page.evaluate(
        ([from, which]) => {
          const tracker = document.querySelector(which);
          return window.__peer.updates
            .slice(from)
            .filter((u) => u.tracker === tracker)
            .map((u) => u.state);
        },
        [before, selector],
      );
      // The live-update stream (`events`) is apart: a subscription, not data of the zaak.
      const data = requests.filter((path) => path !== 'events');
      const zaakFetches = data.filter((path) => /^zaken(\/|$)/.test(path)).length;
      return {
        renders: states.length,
        untilReady: states.indexOf('ready') + 1,
        states,
        requests: data.length,
        zaakFetches,
        urls: data,
        streams: requests.length - data.length,
      };
    };
    const cachedMount = await renders('#second', () =>
      kb.page.evaluate(async (zaak) => {
        const el = document.createElement('kb-status-tracker');
        el.setAttribute('heading-level', '2');
        el.setAttribute('zaak', zaak);
        el.id = 'second';
        document.querySelector('kb-provider').append(el);
        await window.__peer.until(el, (t) => t.dataState === 'ready');
      }, ZAAK.identificatie),
    );
    await kb.page.evaluate(() => document.getElementById('second').remove());
    const switchTo = (zaak, step) =>
      renders('kb-status-tracker', () =>
        kb.page.evaluate(
          async ([z, s]) => {
            const el = document.querySelector('kb-status-tracker');
            const current = (t) => [...t.shadowRoot.querySelectorAll('li[part~="step"]')].findIndex((li) => li.hasAttribute('aria-current')) + 1;
            el.zaak = z;
            await window.__peer.until(el, (t) => t.dataState === 'ready' && current(t) === s);
          },
          [zaak, step],
        ),
      );
    const switchNew = await switchTo(OTHER_ZAAK.identificatie, OTHER_ZAAK.current);
    const switchBack = await switchTo(ZAAK.identificatie, ZAAK.current);

    await react.page.evaluate(() => window.peer.prepare());
    const reactRenders = await react.page.evaluate((other) => {
      const before = window.peer.renders;
      window.peer.show(other);
      return window.peer.renders - before;
    }, OTHER_ZAAK.identificatie);

    return {
      nodes: { klantbeeld: kbNodes, react: reactNodes },
      renders: {
        firstLoad: { renders: firstLoad.length, untilReady: paintedAfter, states: firstLoad },
        cachedMount,
        switchNew,
        switchBack,
        react: reactRenders,
        reactFirstLoad,
      },
    };
  } finally {
    await kb.context.close();
    await react.context.close();
  }
}

/**
 * Bytes before first render (goal 5), gzip of each file as served, from scripts/size.mjs: the autoloader with the
 * provider and the heaviest other element beside it (the closures share chunks, counted once); the provider with
 * <kb-zaak-detail>; klantbeeld.js.
 */
export function measureBytes() {
  const rows = measureSizes();
  const byTag = (tag) => rows.find((row) => row.tag === tag);
  const autoloader = rows.find((row) => row.name === 'autoloader.js').gzip;
  const provider = byTag('kb-provider').gzip;
  // A resident's page: the employee-only elements (a staff page's search and contact form) are not in its budget.
  const employeeOnly = new Set([...EMPLOYEE_ONLY].map((name) => `kb-${name}`));
  const others = rows.filter((row) => row.tag && row.tag !== 'kb-provider' && row.tag !== 'kb-zaak-detail' && !employeeOnly.has(row.tag));
  const heaviest = others.reduce((a, b) => (b.besideProvider > a.besideProvider ? b : a));
  const lightest = others.reduce((a, b) => (b.besideProvider < a.besideProvider ? b : a));
  return {
    autoloaderPage: {
      gzip: autoloader + provider + heaviest.besideProvider,
      heaviest: heaviest.tag,
      lightest: { tag: lightest.tag, gzip: autoloader + provider + lightest.besideProvider },
    },
    zaakDetail: { gzip: provider + byTag('kb-zaak-detail').besideProvider },
    oneFile: { gzip: rows.find((row) => row.name.startsWith('klantbeeld.js')).gzip, budget: SIZE_BUDGETS.sdk },
  };
}
