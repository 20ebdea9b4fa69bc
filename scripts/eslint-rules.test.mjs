// @ts-check
// The project rules in eslint.config.js (what scripts/lint.mjs checked before): each offence is found where it is
// forbidden and let through where it is allowed. Runs the repository's own config on in-memory sources; the typed
// rules are switched off here because these sources belong to no tsconfig (they have their own checks).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  cache: false,
  overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false, project: null } } }],
});

/**
 * The rules that report `code` as the file `path`.
 * @param {string} path
 * @param {string} code
 * @returns {Promise<string[]>}
 */
async function offences(path, code) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  assert.ok(result, `no result for ${path}`);
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('HTML injection in shipped source', () => {
  /** @type {[code: string, rule: string][]} */
  const cases = [
    ["import { unsafeHTML } from 'lit/directives/unsafe-html.js';", 'no-restricted-imports'],
    ["import { unsafeSVG } from 'lit/directives/unsafe-svg.js';", 'no-restricted-imports'],
    ["import { unsafeStatic } from 'lit/static-html.js';", 'no-restricted-imports'],
    ["import { unsafeCSS } from 'lit';", 'no-restricted-imports'],
    ['export const f = (el: Element, s: string): void => { el.innerHTML = s; };', 'no-restricted-properties'],
    ["export const f = (el: Element, s: string): void => { el.insertAdjacentHTML('beforeend', s); };", 'no-restricted-properties'],
    ['export const f = (s: string): void => { document.write(s); };', 'no-restricted-properties'],
    ['export const f = (s: string): unknown => eval(s);', 'no-eval'],
    ['export const f = (s: string): unknown => new Function(s);', 'no-new-func'],
  ];
  for (const [code, rule] of cases) {
    test(`${rule}: ${code}`, async () => {
      for (const path of ['packages/elements/src/x/x.ts', 'packages/core/src/x.ts', 'packages/gateway/src/x.ts']) {
        assert.ok((await offences(path, code)).includes(rule), path);
      }
    });
  }

  test('allowed: static literals for the heading tag, and tests', async () => {
    assert.deepEqual(await offences('packages/elements/src/x/x.ts', "import { literal } from 'lit/static-html.js';\nexport const h = literal`h2`;"), []);
    assert.deepEqual(await offences('packages/elements/src/x/x.test.ts', 'export const f = (el: Element): void => { el.innerHTML = "<p>fixture</p>"; };'), []);
  });
});

describe('console output in shipped core and elements', () => {
  test('log, info, debug and error are refused; a warning to the page developer is allowed', async () => {
    for (const method of ['log', 'info', 'debug', 'error']) {
      assert.ok((await offences('packages/elements/src/x/x.ts', `console.${method}('x');`)).includes('no-console'), method);
      assert.ok((await offences('packages/core/src/x.ts', `console.${method}('x');`)).includes('no-console'), method);
    }
    assert.deepEqual(await offences('packages/elements/src/x/x.ts', "console.warn('[klantbeeld] x');"), []);
    assert.deepEqual(await offences('packages/elements/src/x/x.test.ts', "console.log('x');"), []);
  });
});

describe('one network door', () => {
  /** @type {[code: string, rule: string][]} */
  const requests = [
    ["void fetch('/x');", 'no-restricted-globals'],
    ["void globalThis.fetch('/x');", 'no-restricted-properties'],
    ["void window.fetch('/x');", 'no-restricted-properties'],
    ["new EventSource('/x');", 'no-restricted-globals'],
    ['new XMLHttpRequest();', 'no-restricted-globals'],
    ["new WebSocket('wss://x');", 'no-restricted-globals'],
    ["navigator.sendBeacon('/x');", 'no-restricted-properties'],
  ];
  for (const [code, rule] of requests) {
    test(`${rule}: ${code}`, async () => {
      assert.ok((await offences('packages/elements/src/x/x.ts', code)).includes(rule));
      assert.ok((await offences('packages/core/src/klantbeeld/x.ts', code)).includes(rule));
      // The transport is the door; tests and test support stand in for servers.
      assert.deepEqual(await offences('packages/core/src/transport/x.ts', code), []);
      assert.deepEqual(await offences('packages/elements/src/testing/x.ts', code), []);
      assert.deepEqual(await offences('packages/core/test/x.test.ts', code), []);
    });
  }
});

describe('focused or skipped tests', () => {
  const cases = [
    "describe.only('x', () => {});",
    "it.skip('x', () => {});",
    "test.todo('x');",
    "xit('x', () => {});",
    "xdescribe('x', () => {});",
    "it('x', { only: true }, () => {});",
    "describe('x', { skip: true }, () => {});",
    "it('x', (t) => { t.skip(); });",
  ];
  for (const code of cases) {
    test(code, async () => {
      assert.ok((await offences('packages/elements/src/x/x.test.ts', code)).includes('no-restricted-syntax'));
      assert.ok((await offences('packages/gateway/test/x.test.ts', code)).includes('no-restricted-syntax'));
      assert.ok((await offences('test/x/x.test.mjs', code)).includes('no-restricted-syntax'));
    });
  }

  test('a plain test passes', async () => {
    assert.deepEqual(await offences('packages/elements/src/x/x.test.ts', "describe('x', () => { it('y', () => {}); });"), []);
  });
});
