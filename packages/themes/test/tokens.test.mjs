// The token reference (tokens.json) and the styles cannot drift: every `--kb-*` token a style reads is documented,
// every documented token is read by some style, each entry names the elements whose styles read it, and the theme
// files set only documented tokens. Read independently of scripts/generate-styles.mjs (which writes tokens.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildThemes } from '../build.mjs';

const src = fileURLToPath(new URL('../../elements/src/', import.meta.url));
const themes = fileURLToPath(new URL('../', import.meta.url));
const reference = JSON.parse(readFileSync(join(themes, 'tokens.json'), 'utf8'));
const documented = new Map(reference.tokens.map((token) => [token.name, token]));

/** Style sources: every non-test .ts file of the elements (styles live in *.styles.ts and shared/styles.ts). */
const sources = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'))
  .map((file) => ({ file, text: readFileSync(join(src, file), 'utf8') }));
const reads = (text) => new Set([...text.matchAll(/var\(\s*(--kb-[a-z0-9-]+)/g)].map((m) => m[1]));
const read = new Set(sources.flatMap(({ text }) => [...reads(text)]));

test('every --kb-* token the styles read is in tokens.json', () => {
  assert.ok(read.size > 0);
  assert.deepEqual([...read].filter((name) => !documented.has(name)).sort(), []);
});

test('every token in tokens.json is read by a style', () => {
  assert.deepEqual(
    [...documented.keys()].filter((name) => !read.has(name)),
    [],
  );
});

test('every token has a default, a description and the elements whose own styles read it', () => {
  for (const token of reference.tokens) {
    assert.ok(token.default, `${token.name} has no default`);
    assert.ok(token.description, `${token.name} has no description`);
    assert.ok(Array.isArray(token.fallbacks), `${token.name} has no fallbacks list`);
    for (const fallback of token.fallbacks) assert.match(fallback, /^--[a-z]/, `${token.name} falls back to ${fallback}`);
    // A token read in <folder>/*.styles.ts belongs to the element registered in <folder>/<folder>.ts.
    for (const { file, text } of sources) {
      const [folder] = file.split(/[\\/]/);
      const registration = join(src, folder, `${folder}.ts`);
      if (folder === 'shared' || !existsSync(registration) || !reads(text).has(token.name)) continue;
      const tags = [...readFileSync(registration, 'utf8').matchAll(/\.define\(\s*'(kb-[a-z0-9-]+)'/g)].map((m) => m[1]);
      for (const tag of tags) assert.ok(token.elements.includes(tag), `${token.name} is read by ${tag} (${file})`);
    }
  }
});

test('the theme files set only documented --kb-* tokens', () => {
  for (const file of ['src/default.css', 'src/dark.css', 'src/bridges/amsterdam.css']) {
    const set = [...readFileSync(join(themes, file), 'utf8').matchAll(/(--kb-[a-z0-9-]+)\s*:/g)].map((m) => m[1]);
    assert.ok(set.length > 0, `${file} sets no --kb-* token`);
    assert.deepEqual(
      set.filter((name) => !documented.has(name)),
      [],
      file,
    );
  }
});

test('the built theme has light, dark by class, dark by media query, and :root', () => {
  const { 'index.css': index, 'root.css': root } = buildThemes();
  assert.match(index, /^\.kb-theme \{[^}]*--utrecht-document-color: #001a40;/m);
  assert.match(index, /^\.kb-theme--dark \{[^}]*--utrecht-document-color: #eff1f3;/m);
  assert.match(index, /@media \(prefers-color-scheme: dark\) \{\s*\.kb-theme--media-query-color-scheme \{[^}]*--utrecht-document-color: #eff1f3;/);
  assert.match(root, /^:root \{[^}]*--utrecht-document-color: #001a40;/m);
  assert.doesNotMatch(root, /\.kb-theme/);
});
