// Screenshots of every element × every demo theme (and dark where the theme has it) × nl and en × 1280 and 320 px,
// compared with the committed baselines in test/screenshots/<theme>[-dark]/<tag>-<language>-<width>.png. At 1280 px
// the elements stand in a portal's content column (52rem, as in the demo), at 320 px in the full width less a
// gutter. A missing baseline fails; a difference above the tolerance fails and writes the actual image and a diff
// image to dist/screenshots/. `node scripts/screenshots.mjs --update` writes every baseline anew (one command; a person
// reviews the changed images in the diff before committing them).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { LANGUAGES, applyTheme, looks, setLanguage, startHarness } from './harness.mjs';

const update = process.env.KB_UPDATE_SCREENSHOTS === '1';
/** Share of pixels that may differ (anti-aliasing is ignored by pixelmatch on top of this): a changed 20 px marker fails. */
const TOLERANCE = 0.0001;
/**
 * The viewport widths, and where each shot stops: enough of the element to judge the theme and its layout, while
 * the baselines stay small (the whole matrix is a few hundred images).
 */
const WIDTHS = [
  { width: 1280, maxHeight: 480 },
  { width: 320, maxHeight: 600 },
];
const baselines = fileURLToPath(new URL('./screenshots/', import.meta.url));
const actuals = fileURLToPath(new URL('../dist/screenshots/', import.meta.url));

const harness = await startHarness();
after(() => harness.close());
const first = await harness.open();
const tags = await first.page.evaluate(() => window.kbTags);
const allLooks = await looks(first.page);
await first.context.close();

function write(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

async function shoot(page, tag, maxHeight) {
  // The element itself, not a copy nested in another element (kb-zaak-detail embeds a kb-status-tracker). Scrolled
  // to the top of the viewport and clipped there: a full-page capture of the long page costs far more.
  const box = await page.locator(`#elements > kb-provider > ${tag}`).evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
  assert.ok(box.height > 0, `${tag} is not rendered`);
  return page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    clip: { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), maxHeight) },
  });
}

/** Compares `png` with its baseline (or writes it with --update); fails with the actual and a diff image. */
function compare(name, png) {
  const baselinePath = `${baselines}${name}.png`;
  // Baselines are re-encoded as RGB (the page is opaque) at the highest compression: smaller files, same pixels.
  if (update) return write(baselinePath, PNG.sync.write(PNG.sync.read(png), { deflateLevel: 9, colorType: 2 }));
  assert.ok(existsSync(baselinePath), `no baseline ${baselinePath}: run \`node scripts/screenshots.mjs --update\``);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(png);
  const actualPath = `${actuals}${name}.png`;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    write(actualPath, png);
    assert.fail(`${name}: ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}; actual in ${actualPath}`);
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (different > TOLERANCE * actual.width * actual.height) {
    write(actualPath, png);
    write(actualPath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff));
    assert.fail(`${name}: ${different} pixels differ; see ${actualPath} and its .diff.png`);
  }
}

// Width outermost, then theme, then language: each switch happens as few times as the matrix allows.
for (const { width, maxHeight } of WIDTHS) {
  describe(`screenshots at ${width} px`, () => {
    let opened;
    after(() => opened?.context.close());
    for (const { id, scheme } of allLooks) {
      const look = scheme === 'dark' ? `${id}-dark` : id;
      for (const language of LANGUAGES) {
        test(`${look}, ${language}: every element looks like its baseline`, async () => {
          opened ??= await harness.open({ viewport: { width, height: 900 } });
          const { page } = opened;
          await applyTheme(page, id, scheme);
          await setLanguage(page, language);
          const failures = [];
          for (const tag of tags) {
            try {
              compare(`${look}/${tag}-${language}-${width}`, await shoot(page, tag, maxHeight));
            } catch (error) {
              failures.push(error.message);
            }
          }
          assert.deepEqual(failures, []);
        });
      }
    }
  });
}
