// @ts-check
// ESLint for the whole repository: typed rules (typescript-eslint) everywhere, the Lit and web-component rules on the
// elements, and the project rules that used to be regular expressions in scripts/lint.mjs. `npm run lint` runs it with
// `--max-warnings 0`, so a rule is either an error or off: nothing is left to be ignored.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Test files of every runner: mocha in the browser (elements), node:test elsewhere, e2e and harnesses. */
const tests = ['**/*.test.ts', '**/*.test.mjs', '**/test/**', 'packages/elements/src/testing/**'];

/** Shipped source: what a municipality's page or the gateway runs. */
const shipped = ['packages/*/src/**/*.ts'];

/**
 * API data is text, never HTML: no HTML-injection API in shipped source. Lit escapes every binding; these are the ways
 * around that. (unsafeCSS is allowed only in the generated NL Design System styles, which are ignored below.)
 */
const htmlInjection = {
  imports: [
    { name: 'lit/directives/unsafe-html.js', message: 'API data is text: render it in a binding, never as HTML.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'API data is text: render it in a binding, never as SVG.' },
    { name: 'lit-html/directives/unsafe-html.js', message: 'API data is text: render it in a binding, never as HTML.' },
    { name: 'lit-html/directives/unsafe-svg.js', message: 'API data is text: render it in a binding, never as SVG.' },
    { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'Tags and attributes come from static literals (`literal`), never from data.' },
    { name: 'lit', importNames: ['unsafeCSS'], message: 'Styles are static `css` literals; unsafeCSS is for the generated NL DS styles only.' },
  ],
  properties: [
    { property: 'innerHTML', message: 'API data is text: use textContent or a Lit binding.' },
    { property: 'outerHTML', message: 'API data is text: use textContent or a Lit binding.' },
    { property: 'insertAdjacentHTML', message: 'API data is text: use textContent or a Lit binding.' },
    { property: 'setHTMLUnsafe', message: 'API data is text: use textContent or a Lit binding.' },
    { property: 'createContextualFragment', message: 'API data is text: use textContent or a Lit binding.' },
    { object: 'document', property: 'write', message: 'API data is text: never write markup into the page.' },
    { object: 'document', property: 'writeln', message: 'API data is text: never write markup into the page.' },
  ],
};

/**
 * One network door: core and elements send every request through `packages/core/src/transport/`, so each gets the same
 * URL resolution, redirect rule, credentials, timeout and concurrency cap.
 */
const networkMessage = 'Send requests through the client (packages/core/src/transport/), not directly.';
const network = {
  globals: ['fetch', 'EventSource', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: networkMessage })),
  properties: [
    ...['globalThis', 'window', 'self'].flatMap((object) =>
      ['fetch', 'EventSource', 'XMLHttpRequest', 'WebSocket'].map((property) => ({ object, property, message: networkMessage })),
    ),
    { property: 'sendBeacon', message: networkMessage },
  ],
};

/** No focused or skipped test left behind (mocha's `it.only`/`xit`, node:test's `{ only: true }`/`t.skip()`). */
const focusedOrSkipped = [
  {
    selector: 'CallExpression > MemberExpression.callee[object.name=/^(it|describe|test|suite|context)$/][property.name=/^(only|skip|todo)$/]',
    message: 'No focused or skipped test: every test runs every time.',
  },
  {
    selector: 'CallExpression[callee.name=/^(xit|xdescribe|xtest|xcontext)$/]',
    message: 'No skipped test: every test runs every time.',
  },
  {
    selector: 'CallExpression[callee.name=/^(it|describe|test|suite)$/] > ObjectExpression > Property[key.name=/^(only|skip|todo)$/]',
    message: 'No focused or skipped test: every test runs every time.',
  },
  {
    selector: "CallExpression > MemberExpression.callee[object.name='t'][property.name=/^(skip|todo|runOnly)$/]",
    message: 'No skipped test: every test runs every time.',
  },
];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/dist-*/',
    'docs/api/',
    'docs/_site/',
    'specs/',
    // Generated: regenerated and checked by `generate-types --check` / `generate-styles --check`.
    'packages/core/src/generated/',
    'packages/elements/src/shared/nl-design-system*.styles.ts',
    // Copied from msw (`npx msw init`); a vendored file.
    '**/mockServiceWorker.js',
    // Vue single-file components need their own parser; the example is checked by `vue-tsc`-free type checking of its .ts.
    '**/*.vue',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      parserOptions: {
        // TypeScript sources: the nearest tsconfig.json (each package, core's tests, the examples, docs).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's test/describe return promises the runner itself awaits.
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
            // @open-wc/semantic-dom-diff types chai's `equal` as a Promise for every value, but it is async only for
            // `.dom`/`.shadowDom` snapshots (which our tests await; `accessible()` too).
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      'no-restricted-syntax': ['error', ...focusedOrSkipped],
      // An abort passes on the signal's own reason (`any` in the DOM types), which callers recognise as an AbortError.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // An async function without `await` is how a sync implementation of a Promise-returning interface (an in-memory
      // session store, a test double) stays one: a throw becomes a rejection, as callers expect.
      '@typescript-eslint/require-await': 'off',
      // A `let` that a closure reads before its one assignment stays `let`: as `const` the closure would hit the TDZ.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `eval` and `new Function` run strings as code.
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },

  // Scripts, benches, end-to-end tests, harnesses and configs that no package tsconfig covers: typed through
  // tsconfig.scripts.json (scripts/ and test/, checkJs) and tsconfig.tools.json (the rest, file by file with
  // `// @ts-check`), which `npm run lint:scripts` also type-checks.
  {
    files: [
      '**/*.mjs',
      '**/*.js',
      'test/**/*.ts',
      'demo/**/*.ts',
      'bench/**/*.ts',
      'packages/themes/**/*.ts',
      '*.ts',
      'examples/*/vite.config.ts',
      'examples/shared/*.ts',
    ],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: false,
        project: ['./tsconfig.scripts.json', './tsconfig.tools.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: {
      // JavaScript without a JSDoc type is `any` by nature: these five would flag every untyped value. The type check
      // of tsconfig.scripts.json still catches misuse of everything that is typed.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Scripts print whatever they hold, and page.evaluate strings embed a function's source (`${fn}`) on purpose.
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    // TypeScript reports undefined names in every linted file (the JavaScript through tsconfig.scripts.json's checkJs),
    // with the right globals per file: no-undef would not know that a `page.evaluate` callback runs in the browser.
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['bench/peers/react/**', 'bench/render/**', 'demo/**', 'examples/*/src/**', 'packages/themes/test/page/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // The elements: Lit's template rules and the custom-element rules.
  {
    files: ['packages/elements/src/**/*.ts'],
    extends: [lit['flat/recommended'], wc['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement', 'KlantbeeldElement', 'KlantbeeldDataElement'] } },
  },

  // Shipped source: no HTML injection, nothing in the console but warnings to the page's developer, one network door.
  {
    files: shipped,
    ignores: tests,
    rules: {
      'no-restricted-imports': ['error', { paths: htmlInjection.imports }],
      'no-restricted-properties': ['error', ...htmlInjection.properties],
    },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'],
    ignores: tests,
    rules: {
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'],
    ignores: [...tests, 'packages/core/src/transport/**'],
    rules: {
      'no-restricted-globals': ['error', ...network.globals],
      'no-restricted-properties': ['error', ...htmlInjection.properties, ...network.properties],
    },
  },

  // Tests.
  {
    files: tests,
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` is a property access that asserts.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: tests,
    rules: {
      // Tests read HTTP answers as JSON and match thrown values (`assert.rejects(p, (e) => e.kind === …)`): that shape
      // is what they check, so they may take it as `any` rather than cast it to the types they are meant to verify; a
      // wrong assumption fails the test at run time. Shipped source keeps all five rules and no-explicit-any.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
]);
