// @ts-check
// Screenshots of every element in every theme (and dark where the theme has it), compared with the committed
// baselines in test/screenshots/<theme>[-dark]/<tag>.png. A missing baseline fails; a difference above the tolerance
// fails and writes the actual image and a diff image to dist/screenshots/. `npm run test:screenshots -- --update`
// (KB_UPDATE_SCREENSHOTS=1) writes the baselines instead.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { applyTheme, looks, startHarness } from './harness.mjs';

const update = process.env.KB_UPDATE_SCREENSHOTS === '1';
/** Share of pixels that may differ (~20 of a 448×480 shot; anti-aliasing is ignored by pixelmatch on top of this): a changed 20 px marker fails. */
const TOLERANCE = 0.0001;
/** Screenshots stop at this height: enough to show the theme, and the baselines stay small. */
const MAX_HEIGHT = 480;
const baselines = fileURLToPath(new URL('./screenshots/', import.meta.url));
const actuals = fileURLToPath(new URL('../dist/screenshots/', import.meta.url));

const harness = await startHarness();
const { page } = await harness.open({ viewport: { width: 480, height: 900 } });
const tags = await page.evaluate(() => window.kbTags);
const allLooks = await looks(page);
after(() => harness.close());

function write(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

async function shoot(tag) {
  // The element itself, not a copy nested in another element (kb-zaak-detail embeds a kb-status-tracker).
  const box = await page.locator(`#elements > kb-provider > ${tag}`).boundingBox();
  assert.ok(box && box.height > 0, `${tag} is not rendered`);
  return page.screenshot({
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    clip: { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), MAX_HEIGHT) },
  });
}

for (const { id, scheme } of allLooks) {
  const look = scheme === 'dark' ? `${id}-dark` : id;
  describe(`screenshots: ${look}`, () => {
    for (const tag of tags) {
      test(`${tag} looks like its baseline`, async () => {
        await applyTheme(page, id, scheme);
        const png = await shoot(tag);
        const baselinePath = `${baselines}${look}/${tag}.png`;
        // Baselines are re-encoded at the highest compression: smaller files, same pixels.
        if (update) return write(baselinePath, PNG.sync.write(PNG.sync.read(png), { deflateLevel: 9 }));
        assert.ok(existsSync(baselinePath), `no baseline ${baselinePath}: run \`npm run test:screenshots -- --update\``);
        const expected = PNG.sync.read(readFileSync(baselinePath));
        const actual = PNG.sync.read(png);
        const actualPath = `${actuals}${look}/${tag}.png`;
        if (expected.width !== actual.width || expected.height !== actual.height) {
          write(actualPath, png);
          assert.fail(`${look}/${tag}: ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}; actual in ${actualPath}`);
        }
        const diff = new PNG({ width: actual.width, height: actual.height });
        const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
        if (different > TOLERANCE * actual.width * actual.height) {
          write(actualPath, png);
          write(actualPath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff));
          assert.fail(`${look}/${tag}: ${different} pixels differ; see ${actualPath} and its .diff.png`);
        }
      });
    }
  });
}
