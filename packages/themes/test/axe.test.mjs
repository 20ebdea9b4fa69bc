// axe-core (every WCAG 2.0/2.1/2.2 A and AA rule, target size included) on every element, in every state the theme
// page can show × every demo theme, light and dark: 0 violations. States: ready with a resident's data; in English
// with every toggle button pressed and every disclosure (<details>) open, so that what they reveal is checked too;
// a resident without data; an outage (every API answers 503); and at 320 px the case with a besluit, whose detail has
// sections the default case has not.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { applyTheme, looks, setLanguage, startHarness, waitForReady } from './harness.mjs';

const require = createRequire(fileURLToPath(new URL('../../../package.json', import.meta.url)));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Presses every `aria-pressed="false"` button in the elements (in a toggle, the other state of the page). */
async function pressToggles(page) {
  const pressed = await page.evaluate(() =>
    window.kbTags.flatMap((tag) => {
      const toggles = [...document.querySelector(tag).shadowRoot.querySelectorAll('button[aria-pressed="false"]')];
      for (const toggle of toggles) toggle.click();
      return toggles.map(() => tag);
    }),
  );
  assert.ok(pressed.length > 0, 'no toggle button on the page');
  await waitForReady(page);
}

/** Opens every closed `<details>` in the elements, nested shadow roots included. */
async function openDisclosures(page) {
  const opened = await page.evaluate(() => {
    const closed = window.kbTags
      .flatMap((tag) => window.kbDeepElements(document.querySelector(tag).shadowRoot))
      .filter((node) => node.matches('details:not([open])'));
    for (const details of closed) details.open = true;
    return closed.length;
  });
  assert.ok(opened > 0, 'no disclosure on the page');
  await waitForReady(page);
}

const STATES = [
  { name: 'ready', search: '' },
  {
    name: 'English, toggles pressed, disclosures open',
    search: '',
    prepare: async (page) => {
      await setLanguage(page, 'en');
      await pressToggles(page);
      await openDisclosures(page);
    },
  },
  { name: 'resident without data', search: '?resident=leeg' },
  { name: 'outage', search: '?state=outage' },
  { name: 'case with a besluit, 320 px', search: '?zaak=ZAAK-2024-0005112', viewport: { width: 320, height: 640 } },
];

const harness = await startHarness();
after(() => harness.close());
const first = await harness.open();
const allLooks = await looks(first.page);
await first.context.close();

for (const state of STATES) {
  describe(`axe, ${state.name}`, () => {
    let opened;
    before(async () => {
      opened = await harness.open({ search: state.search, ...(state.viewport ? { viewport: state.viewport } : {}) });
      await opened.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      await state.prepare?.(opened.page);
    });
    after(() => opened?.context.close());

    for (const { id, scheme } of allLooks) {
      test(`${id} (${scheme}): no violation in any element`, async () => {
        await applyTheme(opened.page, id, scheme);
        const violations = await opened.page.evaluate(async (tags) => {
          const result = await window.axe.run(document.querySelector('#elements'), { runOnly: { type: 'tag', values: tags } });
          return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' > ')}`));
        }, TAGS);
        assert.deepEqual(violations, []);
      });
    }
  });
}
