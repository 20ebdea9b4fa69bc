// One tag, "Mijn overzicht": with the autoloader, a page with only <kb-klantbeeld> loads the element files of the
// sections it shows (asked for with kb-discover from its shadow root), every section renders the resident's data, and
// the tasks, left out without their objecttype, load nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAutoloaderPage } from './harness.mjs';

const site = useAutoloaderPage(
  '/overzicht.html',
  (gateway) => `<kb-provider gateway="${gateway}"><kb-klantbeeld heading-level="1"></kb-klantbeeld></kb-provider>`,
);

test("the sections' element files load on demand, only those shown", async () => {
  const sections = ['kb-persoonsgegevens', 'kb-klantvoorkeuren', 'kb-lopende-zaken', 'kb-contact-history', 'kb-producten'];
  await site.page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag) !== undefined), sections, { timeout: 60_000 });
  assert.deepEqual(site.loaded(), [
    'contact-history.js',
    'klantbeeld.js',
    'klantvoorkeuren.js',
    'lopende-zaken.js',
    'persoonsgegevens.js',
    'producten.js',
    'provider.js',
  ]);
  assert.equal(await site.page.evaluate(() => customElements.get('kb-taken')), undefined);
});

test('every section renders the resident’s data, without an error', async () => {
  await site.page.waitForFunction(
    () => {
      const root = document.querySelector('kb-klantbeeld').shadowRoot;
      const children = [...root.querySelectorAll('[part~="section"] > *')].filter((el) => el.localName.startsWith('kb-'));
      return children.length === 5 && children.every((el) => el.shadowRoot?.textContent.trim() && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    undefined,
    { timeout: 60_000 },
  );
  const summary = await site.page.evaluate(() =>
    document.querySelector('kb-klantbeeld').shadowRoot.querySelector('[part="figures"]').textContent.replace(/\s+/g, ' ').trim(),
  );
  assert.match(summary, /Lopende zaken\s*\d+\s*Laatste contact\s*\S.+Voorkeurskanaal\s*Telefoon/);
  assert.deepEqual(await site.log.kbErrors(), []);
  assert.deepEqual(site.log.errors, []);
});
