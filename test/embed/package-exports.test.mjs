// @ts-check
// The npm package reaches every element the same way as the CDN build: `@klantbeeld/elements/<name>` resolves (a
// subpath pattern in "exports") to its built registration module and its types, and "sideEffects" lists that module,
// so that a bundler keeps `import '@klantbeeld/elements/<name>'`. Needs `npm run build` (tsc, build:cdn).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elements } from './harness.mjs';

const pkgUrl = new URL('../../packages/elements/package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8'));

for (const name of elements) {
  test(`@klantbeeld/elements/${name}: resolves to its built module and types, listed in sideEffects`, () => {
    const resolved = fileURLToPath(import.meta.resolve(`@klantbeeld/elements/${name}`));
    assert.equal(resolved, fileURLToPath(new URL(`dist/src/${name}/${name}.js`, pkgUrl)));
    assert.ok(existsSync(resolved), `${resolved} was not built`);
    assert.ok(existsSync(resolved.replace(/\.js$/, '.d.ts')), 'no type declarations');
    assert.ok(pkg.sideEffects.includes(`./dist/src/${name}/${name}.js`));
    assert.ok(pkg.sideEffects.includes(`./src/${name}/${name}.ts`));
  });
}

test('@klantbeeld/elements/cdn/* serves the CDN build', () => {
  assert.ok(existsSync(fileURLToPath(import.meta.resolve('@klantbeeld/elements/cdn/klantbeeld.js'))));
  assert.ok(existsSync(fileURLToPath(import.meta.resolve('@klantbeeld/elements/cdn/autoloader.js'))));
});

// Core modules that elements load with import() when they need them; each is also part of `@klantbeeld/core`.
for (const [subpath, file, name] of /** @type {[subpath: string, file: string, name: string][]} */ ([
  ['live', 'live/subscribe', 'subscribe'],
  ['tip-facts', 'tips/facts', 'getTipFacts'],
])) {
  test(`@klantbeeld/core/${subpath} (for a lazy import()) resolves to its built module and types`, async () => {
    const resolved = fileURLToPath(import.meta.resolve(`@klantbeeld/core/${subpath}`));
    assert.equal(resolved, fileURLToPath(new URL(`../../packages/core/dist/src/${file}.js`, import.meta.url)));
    assert.ok(existsSync(resolved.replace(/\.js$/, '.d.ts')), 'no type declarations');
    const lazy = await import(`@klantbeeld/core/${subpath}`);
    const core = await import('@klantbeeld/core');
    assert.equal(lazy[name], core[name], 'one module, whichever way it is imported');
  });
}
