// Writes dist/root.css: the default theme's declarations under :root instead of .kb-theme, for pages
// whose markup cannot get the class. default.css stays the one source of the values.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = readFileSync(fileURLToPath(new URL('./src/default.css', import.meta.url)), 'utf8');
const selector = /^\.kb-theme\s*\{/m;
if (!selector.test(source)) throw new Error('src/default.css must have a .kb-theme rule');
const root = source
  .replace(/^\/\*[\s\S]*?\*\/\s*/, '/* @klantbeeld/themes root.css (EUPL-1.2): generated from src/default.css by build.mjs; the default theme under :root. */\n')
  .replace(selector, ':root {');
mkdirSync(fileURLToPath(new URL('./dist/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL('./dist/root.css', import.meta.url)), root);
