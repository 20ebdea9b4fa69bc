// Full-page screenshots of the demo portal for a person to judge (not a test): every page (overview, Mijn zaken, a
// case, Mijn gegevens, the settings panel open) × theme × language × width, signed in as Jansen, through the settings
// panel and in-page navigation (no reloads, which the gateway's rate limit would answer with 429s).
//   node demo/screenshots.mjs <out-dir> [themes=klantbeeld,denhaag,utrecht] [languages=nl,en] [widths=1280,320] [scheme=light]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { signIn } from './sign-in.mjs';
import { startDemoServer } from './demo-server.mjs';

const [out = 'dist-demo-shots', themes = 'klantbeeld,denhaag,utrecht', languages = 'nl,en', widths = '1280,320', scheme = 'light'] = process.argv.slice(2);
const PAGES = { overview: '/', cases: '/zaken', case: '/zaken/ZAAK-2026-0003561', details: '/gegevens', settings: '/' };

mkdirSync(out, { recursive: true });
const { server, origin } = await startDemoServer();
const url = `${origin}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(url);
  await signIn(page, url, /Fatima Jansen-El Amrani/);
  const go = (path) => page.evaluate((p) => (history.pushState(null, '', p), dispatchEvent(new PopStateEvent('popstate'))), path);
  for (const theme of themes.split(',')) {
    for (const language of languages.split(',')) {
      await page.click('#demo-settings-toggle');
      await page.selectOption('#demo-theme', theme);
      await page.selectOption('#demo-language', language);
      if (await page.locator('#demo-color-scheme').isVisible()) await page.selectOption('#demo-color-scheme', scheme);
      await page.click('#demo-settings-close');
      await page.waitForFunction(() => [...document.querySelectorAll('link[data-demo-theme]')].every((link) => link.sheet));
      for (const width of widths.split(',').map(Number)) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, path] of Object.entries(PAGES)) {
          await go(path);
          await page.waitForFunction(() =>
            [...document.querySelectorAll('[data-page]:not([hidden]) *')]
              .filter((node) => node.localName.startsWith('kb-'))
              .every((node) => node.shadowRoot && !node.shadowRoot.querySelector('[aria-busy="true"]')),
          );
          if (name === 'settings') await page.click('#demo-settings-toggle');
          await page.mouse.move(0, 0);
          const file = `${out}/${name}-${theme}${scheme === 'dark' ? '-dark' : ''}-${language}-${width}.png`;
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
          if (name === 'settings') await page.click('#demo-settings-close');
          console.log(file);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
