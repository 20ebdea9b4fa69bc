// Shared set-up of the theme checks: a Vite server for test/page (the workspace sources, the mock APIs in an msw
// worker), Debian's Chromium through playwright-core, and a page made deterministic: fixed clock, fixed viewport,
// no animations, no network beyond the server (fonts therefore come from the system only).
import { createServer, defaultClientConditions } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];
/** The mock fixtures are dated around this moment; relative dates ("over 3 dagen") depend on it. */
export const NOW = new Date('2026-06-15T10:00:00+02:00');
export const VIEWPORT = { width: 800, height: 900 };

export async function startHarness() {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('./page/', import.meta.url)),
    publicDir: `${root}demo/public`,
    resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
    cacheDir: `${root}node_modules/.vite-theme-checks`,
    // No watching and no reloads: a source edited during a run must not navigate the page away.
    server: { host: '127.0.0.1', port: 0, fs: { allow: [root] }, hmr: false, watch: null },
    logLevel: 'error',
  });
  await server.listen();
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    /**
     * A new page with every element ready (no skeleton left), in `light` unless told. `search` selects another state
     * of the page (see page/page.ts): `?resident=leeg`, `?state=outage`. `deviceScaleFactor: 2` with half the width
     * is what a browser's 200 % zoom gives.
     */
    async open({ viewport = VIEWPORT, deviceScaleFactor = 1, forcedColors = 'none', colorScheme = 'light', search = '' } = {}) {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor,
        reducedMotion: 'reduce',
        forcedColors,
        colorScheme,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.clock.setFixedTime(NOW);
      await page.goto(`${origin}/${search}`);
      await page.waitForFunction(() => Array.isArray(window.kbTags) && window.kbTags.length > 0);
      await page.addStyleTag({
        content: '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }',
      });
      await waitForReady(page);
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Every element has left its loading state and its shadow root is rendered. */
export async function waitForReady(page) {
  await page.waitForFunction(() =>
    window.kbTags.every((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return root && root.childElementCount > 0 && !root.querySelector('.kb-skeleton, [aria-busy="true"]');
    }),
  );
  await page.evaluate(async () => {
    await Promise.all(window.kbTags.map((tag) => document.querySelector(tag).updateComplete));
    await document.fonts.ready;
  });
}

/** Switches the theme like the demo does and waits until its stylesheets are applied. */
export async function applyTheme(page, id, scheme = 'light') {
  await page.evaluate(([themeId, colorScheme]) => window.kbApplyTheme(themeId, colorScheme), [id, scheme]);
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The languages the elements speak; the checks run in each. */
export const LANGUAGES = ['nl', 'en'];

/** Puts `language` on <html> (the elements follow the nearest `lang`) and waits until every element re-rendered. */
export async function setLanguage(page, language) {
  await page.evaluate((lang) => {
    document.documentElement.lang = lang;
  }, language);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await waitForReady(page);
}

/** The themes × colour schemes to check: every theme light, and dark where the theme ships dark values. */
export async function looks(page) {
  const themes = await page.evaluate(() => window.kbThemes.map(({ id, dark }) => ({ id, dark: Boolean(dark) })));
  return themes.flatMap(({ id, dark }) => [{ id, scheme: 'light' }, ...(dark ? [{ id, scheme: 'dark' }] : [])]);
}
