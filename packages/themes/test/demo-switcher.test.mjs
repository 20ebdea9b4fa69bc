// The demo's theme switcher (the <select> in the settings panel of `npm start`): every choice puts exactly that theme's
// root class on <html>, loads its stylesheets without errors, and changes what the elements and the page's own shell
// (NL DS page header, nav bar, footer) look like.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './harness.mjs';
import { signIn } from '../../../demo/sign-in.mjs';
import { startDemoServer } from '../../../demo/demo-server.mjs';

let server;
let browser;
let page;
const problems = [];

before(async () => {
  let origin;
  ({ server, origin } = await startDemoServer());
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${origin}/`);
  await signIn(page, `${origin}/`, /Fatima Jansen-El Amrani/);
  await page.getByRole('link', { name: 'Mijn zaken' }).click();
  await page.locator('kb-lopende-zaken [part~="item"]').first().waitFor();
  await page.click('#demo-settings-toggle');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('each theme in the settings panel switches the root class and restyles the elements', async () => {
  const options = await page.locator('#demo-theme option').evaluateAll((nodes) => nodes.map((node) => node.value));
  assert.deepEqual(options, ['klantbeeld', 'voorbeeld', 'denhaag', 'openforms', 'utrecht', 'rotterdam', 'amsterdam']);
  const expectedClass = {
    klantbeeld: 'kb-theme',
    voorbeeld: 'voorbeeld-theme',
    denhaag: 'denhaag-theme',
    openforms: 'openforms-theme',
    utrecht: 'utrecht-theme',
    rotterdam: 'rods-theme',
    amsterdam: 'ams-theme',
  };
  const looks = new Set();
  const shells = new Set();
  for (const id of options) {
    await page.selectOption('#demo-theme', id);
    await page.waitForFunction((className) => document.documentElement.classList.contains(className), expectedClass[id]);
    await page.waitForFunction(() => [...document.querySelectorAll('link[data-demo-theme]')].every((link) => link.sheet));
    // Utrecht's dark values follow the system's setting (a media query) once its dark class is there: always, then.
    const dark = id === 'utrecht' ? ['utrecht-theme--media-query-color-scheme'] : [];
    assert.deepEqual(await page.evaluate(() => [...document.documentElement.classList]), [expectedClass[id], ...dark]);
    const look = await page.evaluate(() => {
      const button = document.querySelector('kb-lopende-zaken').shadowRoot.querySelector('.utrecht-button');
      const heading = document.querySelector('kb-lopende-zaken').shadowRoot.querySelector('.utrecht-heading-2');
      return [getComputedStyle(heading).fontFamily, getComputedStyle(button).backgroundColor, getComputedStyle(button).borderColor].join(' | ');
    });
    looks.add(look);
    shells.add(
      await page.evaluate(() => {
        const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
        return [
          style('.utrecht-heading-1', 'fontFamily'),
          style('.demo-nav__link[aria-current="page"]', 'boxShadow'),
          style('.utrecht-page-footer', 'backgroundColor'),
        ].join(' | ');
      }),
    );
  }
  assert.equal(looks.size, options.length, 'every theme looks different');
  assert.equal(shells.size, options.length, 'every theme gives the shell a look of its own');
  assert.deepEqual(problems, []);
});

test('the colour scheme switch makes the default theme dark, and is hidden for themes without dark values', async () => {
  await page.selectOption('#demo-theme', 'klantbeeld');
  await page.selectOption('#demo-color-scheme', 'dark');
  await page.waitForFunction(() => document.documentElement.classList.contains('kb-theme--dark'));
  const color = await page.evaluate(() => getComputedStyle(document.querySelector('kb-lopende-zaken').shadowRoot.querySelector('.utrecht-heading-2')).color);
  assert.equal(color, 'rgb(255, 255, 255)');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.selectOption('#demo-theme', 'denhaag');
  assert.equal(await page.locator('#demo-color-scheme').isVisible(), false);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('kb-theme--dark')), false);
});
