// Forced colours (Windows high contrast), light and dark system palettes:
// - a screenshot of every kind of interactive control and state (radio and checkbox, checked or not, select, text
//   box, primary, secondary and subtle buttons, a disabled button, a toggle pressed and not, link, button link, a
//   disclosure's summary, the current step, a badge), compared with the baselines in test/screenshots/forced-colors-<light|dark>/<control>.png;
// - in every theme, a checked radio button and checkbox and a pressed toggle differ visibly from their other state
//   (pixel difference of the control's box: in forced colours the browser drops backgrounds and gradients, which is
//   how the checked radio once vanished).
// `node scripts/screenshots.mjs --update` (KB_UPDATE_SCREENSHOTS=1) writes the baselines instead of comparing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { applyTheme, looks, startHarness, waitForReady } from './harness.mjs';

const update = process.env.KB_UPDATE_SCREENSHOTS === '1';
/** As in screenshots.test.mjs: a share of pixels that may differ; a control is small, so at least 2 pixels. */
const TOLERANCE = 0.0001;
/** A control's other state must change at least this share of its box (a radio's dot is ~15 %, a tick ~20 %). */
const MIN_STATE_DIFFERENCE = 0.05;
const baselines = fileURLToPath(new URL('./screenshots/', import.meta.url));
const actuals = fileURLToPath(new URL('../dist/screenshots/', import.meta.url));

/** Each kind of control, by the selector of its first instance in any element (nested shadow roots included). */
const CONTROLS = {
  radio: 'input[type="radio"]:not(:checked)',
  'radio-checked': 'input[type="radio"]:checked',
  checkbox: 'input[type="checkbox"]:not(:checked)',
  'checkbox-checked': 'input[type="checkbox"]:checked',
  select: 'select',
  textbox: 'input.utrecht-textbox',
  'button-primary': '.utrecht-button--primary-action:not(:disabled)',
  'button-secondary': '.utrecht-button--secondary-action:not(:disabled, [aria-pressed])',
  'button-subtle': '.utrecht-button--subtle:not(:disabled)',
  'button-disabled': 'button:disabled',
  toggle: 'button[aria-pressed="false"]',
  link: 'a.utrecht-link',
  'button-link': 'a.utrecht-button-link',
  'current-step': '.kb-status-tracker__step--current .kb-status-tracker__marker',
  badge: '.utrecht-badge-status',
  disclosure: 'summary',
};

const harness = await startHarness();
after(() => harness.close());
const first = await harness.open();
const allLooks = await looks(first.page);
await first.context.close();

/** The first match of `selector` in the elements, as a handle (Playwright scrolls to it and clips to its box). */
function find(page, selector) {
  return page.evaluateHandle(
    (s) => window.kbTags.flatMap((tag) => window.kbDeepElements(document.querySelector(tag).shadowRoot)).find((node) => node.matches(s)) ?? null,
    selector,
  );
}

async function shoot(page, selector) {
  const handle = await find(page, selector);
  const element = handle.asElement();
  assert.ok(element, `no ${selector} in any element`);
  return PNG.sync.read(await element.screenshot({ animations: 'disabled', caret: 'hide' }));
}

async function pressFirstToggle(page) {
  const toggle = (await find(page, CONTROLS.toggle)).asElement();
  assert.ok(toggle, 'no toggle button in any element');
  await toggle.click();
  await page.mouse.move(0, 0);
  await waitForReady(page);
}

function write(path, png) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, PNG.sync.write(png, { deflateLevel: 9 }));
}

/** Pixels that differ between two images of one size (anti-aliasing ignored). */
function difference(a, b) {
  assert.deepEqual([a.width, a.height], [b.width, b.height], 'the two states differ in size');
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
}

for (const palette of ['light', 'dark']) {
  describe(`forced colours (${palette}): every control looks like its baseline`, () => {
    let opened;
    before(async () => {
      opened = await harness.open({ forcedColors: 'active', colorScheme: palette });
      await applyTheme(opened.page, 'klantbeeld', palette);
    });
    after(() => opened?.context.close());

    const compare = (name, selector, prepare) =>
      void test(name, async () => {
        await prepare?.(opened.page);
        const actual = await shoot(opened.page, selector);
        const baselinePath = `${baselines}forced-colors-${palette}/${name}.png`;
        if (update) return write(baselinePath, actual);
        assert.ok(existsSync(baselinePath), `no baseline ${baselinePath}: run \`node scripts/screenshots.mjs --update\``);
        const expected = PNG.sync.read(readFileSync(baselinePath));
        const actualPath = `${actuals}forced-colors-${palette}/${name}.png`;
        if (expected.width !== actual.width || expected.height !== actual.height) {
          write(actualPath, actual);
          assert.fail(`${name}: ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}; actual in ${actualPath}`);
        }
        const different = difference(expected, actual);
        if (different > Math.max(2, TOLERANCE * actual.width * actual.height)) {
          write(actualPath, actual);
          assert.fail(`${name}: ${different} pixels differ; see ${actualPath}`);
        }
      });

    for (const [name, selector] of Object.entries(CONTROLS)) compare(name, selector);
    compare('toggle-pressed', 'button[aria-pressed="true"]', pressFirstToggle);
  });
}

describe('forced colours: a control’s states can be told apart, in every theme', () => {
  let opened;
  before(async () => {
    opened = await harness.open({ forcedColors: 'active' });
  });
  after(() => opened?.context.close());

  for (const { id, scheme } of allLooks) {
    test(`${id} (${scheme}): checked radio and checkbox, pressed toggle`, async () => {
      const { page } = opened;
      await applyTheme(page, id, scheme);
      for (const kind of ['radio', 'checkbox']) {
        const [off, on] = [await shoot(page, CONTROLS[kind]), await shoot(page, CONTROLS[`${kind}-checked`])];
        const share = difference(off, on) / (on.width * on.height);
        assert.ok(share >= MIN_STATE_DIFFERENCE, `${kind}: checked differs from unchecked in ${(share * 100).toFixed(1)} % of its box`);
      }
      const toggle = (await find(page, CONTROLS.toggle)).asElement();
      const before = PNG.sync.read(await toggle.screenshot());
      await pressFirstToggle(page);
      const after = PNG.sync.read(await toggle.screenshot());
      await toggle.click();
      await page.mouse.move(0, 0);
      await waitForReady(page);
      const share = difference(before, after) / (after.width * after.height);
      assert.ok(share >= MIN_STATE_DIFFERENCE, `toggle: pressed differs from not pressed in ${(share * 100).toFixed(1)} % of its box`);
    });
  }
});
