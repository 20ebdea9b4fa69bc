// Theme checks in Chromium: each theme of the demo's switcher, applied by its root class on <html>, really styles the
// inside of every element: heading font and colour, button background, link colour and the current-step marker equal
// the values the theme's own token package defines. Also: the demo's classes are the packages' real root classes,
// and forced colours. Reflow, label distance and the heading outline: layout.test.mjs; axe (colour contrast among
// every WCAG A/AA rule) in every state and theme: axe.test.mjs.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { applyTheme, looks, startHarness } from './harness.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(`${root}package.json`);
const reference = JSON.parse(readFileSync(new URL('../tokens.json', import.meta.url), 'utf8'));

const harness = await startHarness();
const { page } = await harness.open();
const themes = await page.evaluate(() => window.kbThemes);
const allLooks = await looks(page);
after(() => harness.close());

/** What an element reads, in the order NL DS (or our token reference) falls back. */
const marker = reference.tokens.find(({ name }) => name === '--kb-status-tracker-marker-current-background-color');
const checks = [
  {
    what: 'heading font',
    selector: '.utrecht-heading-2',
    property: 'fontFamily',
    chain: ['--utrecht-heading-2-font-family', '--utrecht-heading-font-family', '--utrecht-document-font-family'],
  },
  {
    what: 'heading colour',
    selector: '.utrecht-heading-2',
    property: 'color',
    chain: ['--utrecht-heading-2-color', '--utrecht-heading-color', '--utrecht-document-color'],
  },
  {
    what: 'button background',
    selector: '.utrecht-button--secondary-action',
    property: 'backgroundColor',
    chain: ['--utrecht-button-secondary-action-background-color', '--utrecht-button-background-color'],
  },
  { what: 'link colour', selector: '.utrecht-link', property: 'color', chain: ['--utrecht-link-color'] },
  {
    what: 'current-step marker',
    selector: '.kb-status-tracker__step--current .kb-status-tracker__marker',
    property: 'backgroundColor',
    chain: [marker.name, ...marker.fallbacks],
    fallback: marker.default,
  },
];

/** The computed style of the first match inside any element's shadow root, and the value the theme's tokens give. */
function measure({ selector, property, chain, fallback }) {
  const probe = document.body.appendChild(document.createElement('div'));
  const normalise = (value) => {
    probe.style.setProperty(
      property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      value,
    );
    return getComputedStyle(probe)[property];
  };
  try {
    const target = window.kbTags.map((tag) => document.querySelector(tag).shadowRoot.querySelector(selector)).find(Boolean);
    const tokens = getComputedStyle(document.documentElement);
    const token = chain.find((name) => tokens.getPropertyValue(name).trim());
    return {
      actual: target ? getComputedStyle(target)[property] : undefined,
      token: token ?? null,
      expected: token ? normalise(tokens.getPropertyValue(token).trim()) : fallback ? normalise(fallback) : undefined,
    };
  } finally {
    probe.remove();
  }
}

describe('each demo theme is its package’s real root class', () => {
  for (const theme of themes) {
    test(`${theme.id}: .${theme.className} is the root rule of ${theme.tokenPackage}/${theme.tokenFile}`, () => {
      const file =
        theme.tokenPackage === '@klantbeeld/themes'
          ? fileURLToPath(new URL(`../${theme.tokenFile}`, import.meta.url))
          : require.resolve(`${theme.tokenPackage}/${theme.tokenFile}`);
      const rootRules = [...readFileSync(file, 'utf8').matchAll(/^(\.[\w-]+)\s*\{([^}]*)\}/gm)].filter((m) => /--[\w-]+\s*:/.test(m[2])).map((m) => m[1]);
      assert.ok(rootRules.length > 0, `${file} has no class rule declaring custom properties`);
      // The root class, and at most its BEM modifiers (.utrecht-theme--media-query-color-scheme).
      assert.ok(rootRules.includes(`.${theme.className}`), `${file} has no .${theme.className} rule, only ${[...new Set(rootRules)].join(', ')}`);
      assert.deepEqual(
        rootRules.filter((rule) => rule !== `.${theme.className}` && !rule.startsWith(`.${theme.className}--`)),
        [],
        `other root rules in ${file}`,
      );
      if (theme.stylesheets.length)
        assert.ok(theme.stylesheets[0].endsWith(`${theme.tokenPackage}/${theme.tokenFile}`), `the demo loads ${theme.stylesheets[0]}`);
    });
  }
});

describe('computed styles inside the elements equal the theme’s tokens', () => {
  for (const { id, scheme } of allLooks) {
    test(`${id} (${scheme})`, async () => {
      await applyTheme(page, id, scheme);
      for (const check of checks) {
        const { actual, token, expected } = await page.evaluate(measure, check);
        assert.ok(actual !== undefined, `${check.what}: no ${check.selector} in any element`);
        assert.ok(expected !== undefined, `${check.what}: ${id} defines none of ${check.chain.join(', ')}`);
        assert.equal(actual, expected, `${check.what} in ${id} (${scheme}) should be ${token ?? 'the default'}`);
      }
    });
  }
});

describe('forced colours', () => {
  test('in forced-colors mode the current step and the buttons use system colours', async () => {
    const forced = await harness.open({ forcedColors: 'active' });
    try {
      const colours = await forced.page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.setProperty('forced-color-adjust', 'none');
        const system = (name) => ((probe.style.backgroundColor = name), getComputedStyle(probe).backgroundColor);
        const inside = (tag, selector) => document.querySelector(tag).shadowRoot.querySelector(selector);
        const firstInAny = (selector) => window.kbTags.map((tag) => inside(tag, selector)).find(Boolean);
        return {
          marker: getComputedStyle(inside('kb-status-tracker', '.kb-status-tracker__step--current .kb-status-tracker__marker')).backgroundColor,
          button: getComputedStyle(firstInAny('.utrecht-button--secondary-action')).backgroundColor,
          highlight: system('Highlight'),
          buttonFace: system('ButtonFace'),
        };
      });
      assert.equal(colours.marker, colours.highlight);
      assert.equal(colours.button, colours.buttonFace);
    } finally {
      await forced.context.close();
    }
  });
});
