// Full-page screenshots of the demo's KCC page for a person to judge (not a test): signed in as the KCC employee
// K. de Vries, before a klant is chosen, with Jansen chosen (purpose: a question on the phone), and with one of her
// zaken open, × language × width, in one theme. Through the settings panel and in-page steps (no reloads, which the
// gateway's rate limit would answer with 429s).
//   node demo/kcc-screenshots.mjs <out-dir> [theme=klantbeeld] [languages=nl,en] [widths=1280,320]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chooseKlantByBsn, signInStaff } from './sign-in.mjs';
import { startDemoServer } from './demo-server.mjs';

const [out = 'dist-demo-shots', theme = 'klantbeeld', languages = 'nl,en', widths = '1280,320'] = process.argv.slice(2);

mkdirSync(out, { recursive: true });
const { server, origin } = await startDemoServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
/** Waits until no element on the page is loading. */
const settled = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('#kcc-workspace *')]
      .filter((node) => node.localName.startsWith('kb-') && node.checkVisibility())
      .every((node) => node.shadowRoot && !node.shadowRoot.querySelector('[aria-busy="true"]')),
  );
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(`${origin}/kcc`);
  await signInStaff(page, `${origin}/kcc`, /K\. de Vries/);
  const shoot = async (name) => {
    for (const width of widths.split(',').map(Number)) {
      await page.setViewportSize({ width, height: 900 });
      await settled(page);
      await page.mouse.move(0, 0);
      const file = `${out}/kcc-${name}-${theme}-${await page.evaluate(() => document.documentElement.lang)}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
      console.log(file);
    }
  };
  await page.click('#demo-settings-toggle');
  await page.selectOption('#demo-theme', theme);
  await page.click('#demo-settings-close');
  for (const language of languages.split(',')) {
    await page.click('#demo-settings-toggle');
    await page.selectOption('#demo-language', language);
    await page.click('#demo-settings-close');
    await shoot('start');
    await chooseKlantByBsn(page, '999993653', language === 'nl' ? 'Vraag van de klant aan de telefoon' : 'Question from the klant on the phone');
    await shoot('klant');
    await page.locator('kb-klantbeeld kb-lopende-zaken [part~="item"] button').first().click();
    await page.locator('kb-zaak-detail [part~="heading"]').first().waitFor();
    await shoot('zaak');
    await page.click('#kcc-zaak-close');
    // Another klant for the next language: end this one.
    await page.locator('kb-klant-zoeken [part~="end-button"]').click();
  }
} finally {
  await browser.close();
  await server.close();
}
