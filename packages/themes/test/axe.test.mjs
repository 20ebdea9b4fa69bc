// axe-core (every WCAG 2.0/2.1/2.2 A and AA rule, target size included) on every element, in every state the theme
// page can show × every demo theme, light and dark: 0 violations. States: ready with a resident's data, the same with
// every toggle button pressed, a resident without data, and an outage (every API answers 503).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { applyTheme, looks, startHarness, waitForReady } from './harness.mjs';

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

const STATES = [
  { name: 'ready', search: '' },
  { name: 'toggles pressed', search: '', prepare: pressToggles },
  { name: 'resident without data', search: '?resident=leeg' },
  { name: 'outage', search: '?state=outage' },
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
      opened = await harness.open({ search: state.search });
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
