// Layout checks in every demo theme, measured in Chromium inside the elements' shadow roots (nested ones too: the
// status tracker inside the case detail, through window.kbDeepElements of page/page.ts):
// - every radio button and checkbox has its label's text within 16 px (a theme without control-size tokens centred
//   labels far away from their controls);
// - no heading is smaller than a heading below it in the outline (Rotterdam's h3 tokens are larger than its h2);
// - nothing scrolls sideways at 320 CSS px (WCAG 1.4.10, = 1280 px at 400 %) nor at 640 CSS px (1280 px at 200 %).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTheme, looks, startHarness } from './harness.mjs';

/** How far (CSS px) a radio button's or checkbox's label text may be from the control. */
const MAX_LABEL_GAP = 16;
/** Widths without sideways scrolling: 320 (400 % zoom of 1280) and 640 (200 % zoom of 1280). */
const REFLOW_WIDTHS = [320, 640];

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
      if (parent && parent.size < own.size) problems.push(`${tag}: h${own.level} "${own.text}" ${own.size}px under h${parent.level} "${parent.text}" ${parent.size}px`);
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
      return wide.length ? [`${tag}: ${wide.slice(0, 3).map((node) => node.className || node.localName).join(', ')}`] : [];
    }),
  ];
}

describe('radio buttons and checkboxes sit next to their labels', () => {
  for (const { id } of lightLooks) {
    test(`${id}: every label within ${MAX_LABEL_GAP} px of its control`, async () => {
      await applyTheme(page, id);
      const gaps = await page.evaluate(measureLabelGaps);
      assert.ok(gaps.some(({ id: control }) => control), 'no radio button or checkbox on the page');
      assert.deepEqual(gaps.filter(({ gap }) => gap > MAX_LABEL_GAP), []);
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
  for (const width of REFLOW_WIDTHS) {
    test(`at ${width} CSS px, in every theme`, async () => {
      const narrow = await harness.open({ viewport: { width, height: 640 } });
      try {
        for (const { id } of lightLooks) {
          await applyTheme(narrow.page, id);
          assert.deepEqual(await narrow.page.evaluate(measureOverflow, width), [], `${id} at ${width} px`);
        }
      } finally {
        await narrow.context.close();
      }
    });
  }
});
