// Layout checks in every demo theme, measured in Chromium inside the elements' shadow roots (nested ones too: the
// status tracker inside the case detail, through window.kbDeepElements of page/page.ts):
// - every radio button and checkbox has its label's text within 16 px (a theme without control-size tokens centred
//   labels far away from their controls);
// - no heading is smaller than a heading below it in the outline (Rotterdam's h3 tokens are larger than its h2);
// - nothing scrolls sideways at 320 CSS px (WCAG 1.4.10, = 1280 px at 400 %) nor at 200 % zoom of a 1280 px window,
//   in Dutch and English, with data, without data and in an outage. 200 % zoom is emulated as a browser does it: a
//   640 CSS px viewport at device scale factor 2 (zooming shrinks the CSS viewport, so media queries and vw units
//   see 640 px). CSS `zoom: 2` on a 1280 px viewport would not: its media queries still see 1280 px;
// - in a portal's content column (768 px of a 1280 px page) no button breaks its label over two lines, also in the
//   outage state ("Opnieuw proberen" did);
// - in the default theme, light and dark, a disabled button is quieter (less contrast) than the enabled one beside it.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, applyTheme, looks, setLanguage, startHarness } from './harness.mjs';

/** How far (CSS px) a radio button's or checkbox's label text may be from the control. */
const MAX_LABEL_GAP = 16;
/** Viewports without sideways scrolling: 320 px (400 % zoom of 1280) and 200 % zoom of 1280 (see above). */
const REFLOW_VIEWPORTS = [
  { name: '320 px', width: 320, deviceScaleFactor: 1 },
  { name: '200 % zoom of 1280 px', width: 640, deviceScaleFactor: 2 },
];
/**
 * The page's states that reflow is checked in (see page/page.ts): all of them at 320 px; at 200 % zoom (twice as
 * wide, so only an element that overflows between the two widths would be missed there) the ready state.
 */
const REFLOW_STATES = [
  { name: 'ready', search: '' },
  { name: 'resident without data', search: '?resident=leeg' },
  { name: 'outage', search: '?state=outage' },
];

const harness = await startHarness();
const { page } = await harness.open({ viewport: { width: 1280, height: 900 } });
const lightLooks = (await looks(page)).filter(({ scheme }) => scheme === 'light');
after(() => harness.close());

function measureLabelGaps() {
  const deep = window.kbDeepElements;
  return window.kbTags.flatMap((tag) =>
    deep(document.querySelector(tag).shadowRoot)
      .filter((node) => node.matches('input[type="radio"], input[type="checkbox"]'))
      .map((control) => {
        const label = control.labels?.[0];
        if (!label) return { tag, id: control.id, gap: Infinity };
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        const box = control.getBoundingClientRect();
        const dx = Math.max(0, text.left - box.right, box.left - text.right);
        const dy = Math.max(0, text.top - box.bottom, box.top - text.bottom);
        return { tag, id: control.id, gap: Math.round(Math.hypot(dx, dy)) };
      }),
  );
}

function measureHeadingOutline() {
  const deep = window.kbDeepElements;
  const level = (node) => Number(node.getAttribute('aria-level') ?? /^h([1-6])$/i.exec(node.localName)?.[1]);
  return window.kbTags.flatMap((tag) => {
    const headings = deep(document.querySelector(tag).shadowRoot).filter((node) => /^h[1-6]$/.test(node.localName) || node.getAttribute('role') === 'heading');
    const problems = [];
    const stack = [];
    for (const heading of headings) {
      const own = { level: level(heading), size: parseFloat(getComputedStyle(heading).fontSize), text: heading.textContent.trim().slice(0, 40) };
      while (stack.length && stack.at(-1).level >= own.level) stack.pop();
      const parent = stack.at(-1);
      if (parent && parent.size < own.size)
        problems.push(`${tag}: h${own.level} "${own.text}" ${own.size}px under h${parent.level} "${parent.text}" ${parent.size}px`);
      stack.push(own);
    }
    return problems;
  });
}

function measureOverflow(width) {
  return [
    ...(document.documentElement.scrollWidth > width ? [`page ${document.documentElement.scrollWidth}px`] : []),
    ...window.kbTags.flatMap((tag) => {
      const host = document.querySelector(tag);
      const edge = host.getBoundingClientRect().right + 1;
      const wide = [...host.shadowRoot.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > edge);
      return wide.length
        ? [
            `${tag}: ${wide
              .slice(0, 3)
              .map((node) => node.className || node.localName)
              .join(', ')}`,
          ]
        : [];
    }),
  ];
}

function measureWrappedButtons() {
  return window.kbTags.flatMap((tag) =>
    window
      .kbDeepElements(document.querySelector(tag).shadowRoot)
      .filter((node) => node.matches('button.utrecht-button:not(.utrecht-button--subtle)') && node.getClientRects().length > 0)
      .filter((button) => {
        // The visible text only: a visually hidden addition ("Wijzigen: <address>") is clipped, not laid out on a line.
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const lines = new Set();
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          if (text.parentElement.closest('.kb-visually-hidden') || !text.textContent.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.top));
        }
        return lines.size > 1;
      })
      .map((button) => `${tag}: "${button.textContent.trim()}"`),
  );
}

/** WCAG contrast of the text of the first enabled and the first disabled secondary button against their background. */
function measureDisabledContrast() {
  const luminance = (colour) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const page = luminance(getComputedStyle(document.body).backgroundColor);
  const contrast = (button) => {
    const style = getComputedStyle(button);
    const background = style.backgroundColor.endsWith(', 0)') || style.backgroundColor === 'transparent' ? page : luminance(style.backgroundColor);
    const [a, b] = [luminance(style.color), background].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const buttons = window.kbTags
    .flatMap((tag) => window.kbDeepElements(document.querySelector(tag).shadowRoot))
    .filter((node) => node.matches('button.utrecht-button--secondary-action'));
  const enabled = buttons.find((button) => !button.disabled && !button.hasAttribute('aria-pressed'));
  const disabled = buttons.find((button) => button.disabled);
  return { enabled: enabled && contrast(enabled), disabled: disabled && contrast(disabled) };
}

describe('radio buttons and checkboxes sit next to their labels', () => {
  for (const { id } of lightLooks) {
    test(`${id}: every label within ${MAX_LABEL_GAP} px of its control, in ${LANGUAGES.join(' and ')}`, async () => {
      await applyTheme(page, id);
      for (const language of LANGUAGES) {
        await setLanguage(page, language);
        const gaps = await page.evaluate(measureLabelGaps);
        assert.ok(
          gaps.some(({ id: control }) => control),
          'no radio button or checkbox on the page',
        );
        assert.deepEqual(
          gaps.filter(({ gap }) => gap > MAX_LABEL_GAP),
          [],
          language,
        );
      }
      await setLanguage(page, 'nl');
    });
  }
});

describe('headings get no larger down the outline', () => {
  // Level 2 is how the demo places the elements; level 1 is an element that is the page's main content.
  for (const headingLevel of [2, 1]) {
    test(`elements starting at h${headingLevel}: no heading larger than the heading it is under, in any theme`, async () => {
      const outline = headingLevel === 2 ? { page } : await harness.open({ viewport: { width: 1280, height: 900 }, search: `?heading-level=${headingLevel}` });
      try {
        for (const { id } of lightLooks) {
          await applyTheme(outline.page, id);
          assert.deepEqual(await outline.page.evaluate(measureHeadingOutline), [], id);
        }
      } finally {
        await outline.context?.close();
      }
    });
  }
});

describe('reflow: nothing scrolls sideways', () => {
  for (const { name, width, deviceScaleFactor } of REFLOW_VIEWPORTS) {
    for (const state of width === 320 ? REFLOW_STATES : REFLOW_STATES.slice(0, 1)) {
      test(`at ${name}, ${state.name}: in every theme, in ${LANGUAGES.join(' and ')}`, async () => {
        const narrow = await harness.open({ viewport: { width, height: 640 }, deviceScaleFactor, search: state.search });
        try {
          for (const { id } of lightLooks) {
            await applyTheme(narrow.page, id);
            for (const language of LANGUAGES) {
              await setLanguage(narrow.page, language);
              assert.deepEqual(await narrow.page.evaluate(measureOverflow, width), [], `${id}, ${language}, at ${name}`);
            }
          }
        } finally {
          await narrow.context.close();
        }
      });
    }
  }
});

describe('buttons keep their label on one line in a portal’s content column (768 px of a 1280 px page)', () => {
  for (const search of ['', '?state=outage']) {
    test(`${search || 'ready'}: in every theme`, async () => {
      const column = await harness.open({ viewport: { width: 800, height: 900 }, search });
      try {
        for (const { id } of lightLooks) {
          await applyTheme(column.page, id);
          assert.deepEqual(await column.page.evaluate(measureWrappedButtons), [], id);
        }
      } finally {
        await column.context.close();
      }
    });
  }
});

describe('the default theme’s disabled buttons are quieter than enabled ones', () => {
  for (const scheme of ['light', 'dark']) {
    test(scheme, async () => {
      await applyTheme(page, 'klantbeeld', scheme);
      const { enabled, disabled } = await page.evaluate(measureDisabledContrast);
      assert.ok(enabled && disabled, 'no enabled and disabled secondary button on the page');
      assert.ok(disabled < enabled, `disabled ${disabled.toFixed(2)}:1, enabled ${enabled.toFixed(2)}:1`);
    });
  }
});
