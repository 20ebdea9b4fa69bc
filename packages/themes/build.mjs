// @ts-check
// Builds the distributable theme files from the sources in src/ (the one place the values live):
// - dist/index.css: .kb-theme (light), .kb-theme--dark, and the dark values again under prefers-color-scheme: dark for
//   .kb-theme--media-query-color-scheme (the NL DS opt-in modifier);
// - dist/root.css: the light values under :root, for pages whose markup cannot get the class.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

/** The body (declarations) of the one rule with `selector` in `source`. */
/** @param {string} source @param {string} selector @returns {string} */
function declarations(source, selector) {
  const match = new RegExp(`^${selector.replace(/[.-]/g, '\\$&')}\\s*\\{([^}]*)\\}`, 'm').exec(source);
  if (!match) throw new Error(`no ${selector} rule`);
  return match[1] ?? '';
}

/** The theme files, by name relative to dist/. */
export function buildThemes() {
  const light = read('./src/default.css');
  const dark = read('./src/dark.css');
  const darkBody = declarations(dark, '.kb-theme--dark');
  const header = (what) => `/* @klantbeeld/themes ${what} (EUPL-1.2): generated from src/ by build.mjs; values derived from the NL DS voorbeeld theme. */\n`;
  return {
    'index.css': `${header('index.css')}.kb-theme {${declarations(light, '.kb-theme')}}\n\n.kb-theme--dark {${darkBody}}\n\n@media (prefers-color-scheme: dark) {\n  .kb-theme--media-query-color-scheme {${darkBody.replace(/\n/g, '\n  ')}}\n}\n`,
    'root.css': `${header('root.css; the default theme under :root')}:root {${declarations(light, '.kb-theme')}}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(fileURLToPath(new URL('./dist/', import.meta.url)), { recursive: true });
  for (const [name, text] of Object.entries(buildThemes())) writeFileSync(fileURLToPath(new URL(`./dist/${name}`, import.meta.url)), text);
}
