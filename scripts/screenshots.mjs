// @ts-check
// Runs the theme checks in Chromium (node:test, spec reporter).
//   node scripts/screenshots.mjs            the screenshot comparisons only (elements per theme, controls in forced colours)
//   node scripts/screenshots.mjs --update   writes their baselines anew (packages/themes/test/screenshots/, emptied
//                                           first, so that no baseline of a removed element or control stays)
//   node scripts/screenshots.mjs --all      every theme check: tokens, computed styles, layout, axe, screenshots
//   node scripts/screenshots.mjs --sheet    writes packages/themes/dist/screenshots/index.html: every baseline on one
//                                           page, per element, for the person who reviews them (runs no check)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const dir = 'packages/themes/test';

/** One HTML page with every baseline, grouped by what is shown (element or control), then by look. */
function writeSheet() {
  const shots = readdirSync(`${dir}/screenshots`, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.png'))
    .sort();
  const groups = new Map();
  for (const file of shots) {
    const name = (file.split('/').at(-1) ?? file).replace(/-(nl|en)-\d+\.png$|\.png$/, '');
    groups.set(name, [...(groups.get(name) ?? []), file]);
  }
  const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const sections = [...groups].map(
    ([name, files]) =>
      `<h2>${escape(name)}</h2><div class="shots">${files.map((file) => `<figure><img src="../../test/screenshots/${escape(file)}" alt="" loading="lazy"><figcaption>${escape(file)}</figcaption></figure>`).join('')}</div>`,
  );
  const out = 'packages/themes/dist/screenshots/index.html';
  mkdirSync('packages/themes/dist/screenshots', { recursive: true });
  writeFileSync(
    out,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Theme baselines</title><style>body{font:14px system-ui;margin:1rem}.shots{display:flex;flex-wrap:wrap;gap:1rem;align-items:start}figure{margin:0}img{display:block;border:1px solid #999;max-inline-size:420px}</style><h1>${shots.length} baselines</h1>${sections.join('')}</html>`,
  );
  console.log(`${shots.length} baselines on ${out}`);
}
if (process.argv.includes('--sheet')) {
  writeSheet();
  process.exit(0);
}
/** The checks that compare screenshots with baselines, and write them with --update. */
const SCREENSHOTS = ['screenshots.test.mjs', 'forced-colors.test.mjs'];
const all = process.argv.includes('--all');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.test.mjs') && (all || SCREENSHOTS.includes(file)))
  .map((file) => `${dir}/${file}`);
const update = process.argv.includes('--update');
if (update) rmSync(`${dir}/screenshots`, { recursive: true, force: true });
const started = Date.now();
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, ...(update ? { KB_UPDATE_SCREENSHOTS: '1' } : {}) },
});
console.log(`theme checks: ${files.length} files in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
