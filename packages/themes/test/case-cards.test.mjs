// The case cards of <kb-lopende-zaken> in every demo theme, light and dark: each card is one target (one interactive
// element, whose area covers the whole card), the keyboard goes from card to card with a focus ring around the card,
// and the title reads as a link, never as a filled button (Den Haag's theme filled subtle buttons in green). axe for
// the list in every theme and state: axe.test.mjs.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTheme, looks, startHarness } from './harness.mjs';

const harness = await startHarness();
const { page } = await harness.open({ viewport: { width: 1280, height: 900 } });
const allLooks = await looks(page);
after(() => harness.close());

/** Per card: its interactive elements, what a point near each corner hits, and how the title looks. */
function measureCards() {
  const root = document.querySelector('kb-lopende-zaken').shadowRoot;
  return [...root.querySelectorAll('li[part~="item"]')].map((card) => {
    card.scrollIntoView({ block: 'center' });
    const targets = card.querySelectorAll('a, button, input, select, textarea, [tabindex]');
    const target = targets[0];
    const box = card.getBoundingClientRect();
    const points = [
      [box.left + 3, box.top + 3],
      [box.right - 3, box.bottom - 3],
      [box.right - 3, box.top + box.height / 2],
      [box.left + 3, box.bottom - 3],
    ];
    const style = getComputedStyle(target);
    return {
      title: target.textContent.trim(),
      targets: targets.length,
      hits: points.filter(([x, y]) => root.elementFromPoint(x, y) === target).length,
      points: points.length,
      background: style.backgroundColor,
      decoration: style.textDecorationLine,
      lines: card.querySelectorAll(':scope > p').length,
    };
  });
}

describe('case cards in every theme', () => {
  for (const { id, scheme } of allLooks) {
    test(`${id} (${scheme}): one target per card, a link-like title, card to card by keyboard with a ring around the card`, async () => {
      await applyTheme(page, id, scheme);
      const cards = await page.evaluate(measureCards);
      assert.ok(cards.length >= 3, `only ${cards.length} cards`);
      for (const card of cards) {
        assert.equal(card.targets, 1, `${card.title}: interactive elements`);
        assert.equal(card.hits, card.points, `${card.title}: the whole card is the target`);
        assert.equal(card.background, 'rgba(0, 0, 0, 0)', `${card.title}: the title has no fill`);
        assert.equal(card.decoration, 'underline', `${card.title}: the title is underlined as a link`);
        assert.ok(card.lines >= 2 && card.lines <= 3, `${card.title}: ${card.lines} lines`);
      }
      const links = page.locator('kb-lopende-zaken li[part~="item"] a');
      await links.nth(0).focus();
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const root = document.querySelector('kb-lopende-zaken').shadowRoot;
        const active = root.activeElement;
        const cards = [...root.querySelectorAll('li[part~="item"]')];
        const after = active && getComputedStyle(active, '::after');
        return { index: cards.findIndex((card) => card.contains(active)), outline: after?.outlineStyle, position: after?.position };
      });
      // The theme's focus ring (solid, dotted, …) drawn by the overlay, so around the whole card.
      assert.equal(ring.index, 1, 'Tab reaches the next card');
      assert.notEqual(ring.outline, 'none', 'a focus ring');
      assert.equal(ring.position, 'absolute');
    });
  }
});
