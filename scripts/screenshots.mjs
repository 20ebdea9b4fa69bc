// @ts-check
// Runs the theme checks in Chromium (node:test, spec reporter).
//   node scripts/screenshots.mjs            the screenshot comparisons only (elements per theme, controls in forced colours)
//   node scripts/screenshots.mjs --update   writes their baselines (packages/themes/test/screenshots/)
//   node scripts/screenshots.mjs --all      every theme check: tokens, computed styles, layout, axe, screenshots
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = 'packages/themes/test';
/** The checks that compare screenshots with baselines, and write them with --update. */
const SCREENSHOTS = ['screenshots.test.mjs', 'forced-colors.test.mjs'];
const all = process.argv.includes('--all');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.test.mjs') && (all || SCREENSHOTS.includes(file)))
  .map((file) => `${dir}/${file}`);
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, ...(process.argv.includes('--update') ? { KB_UPDATE_SCREENSHOTS: '1' } : {}) },
});
process.exit(result.status ?? 1);
