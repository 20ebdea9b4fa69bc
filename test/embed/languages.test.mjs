// @ts-check
// Only the page's language before the first render (issue 16): an element's file holds its Dutch texts; on a page in
// English the autoloader path loads the English texts as chunks of their own, before the element renders (never a
// Dutch first frame), and a Dutch page never loads them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ZAAK, launch, open, page, settled, startSite } from './harness.mjs';

let site;
let browser;

const body = (lang) =>
  `<div lang="${lang}"><kb-provider gateway="${site.api.url}"><kb-status-tracker zaak="${ZAAK}" heading-level="2" no-live></kb-status-tracker></kb-provider></div>`;
const englishChunks = (log) => log.requests.filter((url) => /\/cdn\/chunks\/[a-z-]+\.texts-/.test(url));

/** Opens `path` and records the text of the tracker's shadow root in every frame, from its first render on. */
async function openRecording(path) {
  const { page: p, log } = await open(browser, `${site.url}${path}`);
  await p.evaluate(() => {
    window.__texts = [];
    const frame = () => {
      const text = document.querySelector('kb-status-tracker')?.shadowRoot?.textContent ?? '';
      if (text && text !== window.__texts.at(-1)) window.__texts.push(text);
      requestAnimationFrame(frame);
    };
    frame();
  });
  await settled(p);
  // Settled can be seen before the provider's client reaches the tracker (idle, its general heading shown): wait for
  // its timeline, then two frames so the recording has it.
  await p.waitForFunction(() => document.querySelector('kb-status-tracker')?.dataState === 'ready', undefined, { timeout: 30_000 });
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { p, log, texts: await p.evaluate(() => window.__texts.join('\n')) };
}

before(async () => {
  const pages = {};
  site = await startSite({ pages });
  const head = '<script type="module" src="/cdn/autoloader.js"></script>';
  pages['/nl.html'] = page({ head, body: body('nl') });
  pages['/en.html'] = page({ head, body: body('en') });
  // A failure state (here missing configuration): its templates and texts load on demand, English ones on this page.
  pages['/en-failure.html'] = page({ head, body: `<div lang="en"><kb-provider gateway="${site.api.url}"><kb-taken></kb-taken></kb-provider></div>` });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('a Dutch page loads no English texts', async () => {
  const { log, texts } = await openRecording('/nl.html');
  assert.match(texts, /Zaaknummer/);
  assert.deepEqual(englishChunks(log), []);
  assert.deepEqual(log.errors, []);
});

test('a page in English loads the English texts of the elements it shows, and renders English from the first frame', async () => {
  const { log, texts } = await openRecording('/en.html');
  assert.match(texts, /Case number/);
  assert.doesNotMatch(texts, /Zaaknummer|Voortgang|wordt geladen/);
  const loaded = englishChunks(log).map((url) => url.split('/cdn/chunks/')[1].replace(/-[\w-]+\.js$/, ''));
  assert.deepEqual(loaded.sort(), ['states.texts', 'status-tracker.texts']);
  assert.deepEqual(log.errors, []);
});

test('a failure state on a page in English loads its templates and texts on demand, in English', async () => {
  const { page: p, log } = await open(browser, `${site.url}/en-failure.html`);
  await p.waitForFunction(() => document.querySelector('kb-taken')?.shadowRoot?.querySelector('[part="configuration"]'), undefined, { timeout: 10_000 });
  const message = await p.evaluate(() =>
    /** @type {Element} */ (
      /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('kb-taken')).shadowRoot).querySelector('[part="configuration"]')
    ).textContent?.trim(),
  );
  assert.equal(message, 'This part has not been set up yet: objecttype is missing.');
  assert.ok(
    log.requests.some((url) => /\/cdn\/chunks\/failure\.texts-/.test(url)),
    'the failure texts load on demand',
  );
  assert.deepEqual(log.errors, []);
});
