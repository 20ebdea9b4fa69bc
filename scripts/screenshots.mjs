// Runs the theme checks in Chromium (node:test, spec reporter).
//   node scripts/screenshots.mjs            the screenshot comparisons only (elements per theme, controls in forced colours)
//   node scripts/screenshots.mjs --update   writes their baselines anew (packages/themes/test/screenshots/, emptied
//                                           first, so that no baseline of a removed element or control stays)
//   node scripts/screenshots.mjs --all      every theme check: tokens, computed styles, layout, axe, screenshots
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

const dir = 'packages/themes/test';
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
