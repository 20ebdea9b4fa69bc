import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KlantbeeldClient } from '@klantbeeld/core';
import { fixtureZaken } from '@klantbeeld/mock-api';
import './lopende-zaken.js';
import '../provider/provider.js';
import type { KbLopendeZaken } from './lopende-zaken.element.js';
import type { KbProvider } from '../provider/provider.element.js';
import { fillHrefTemplate, isSafeHref, LinkTemplate } from '../shared/url.js';
import { collectEvents, failOnUncaught, settled, stateIs, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const PARKEREN_TITLE = 'Parkeervergunning bewoners, vergunninggebied Centrum-Oost';
const LANTAARNPAAL_TITLE = 'Kapotte lantaarnpaal bij Lindelaan 21';
const DAKKAPEL_TITLE = 'Dakkapel aan de achterkant, Lindelaan 17';
const STOEPTEGELS_TITLE = 'Losliggende stoeptegels Kastanjeplein';
const TOZO_TITLE = 'Tozo-uitkering levensonderhoud, april tot en met juni 2021';

describe('<kb-lopende-zaken>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (attrs: { hrefTemplate?: string; headingLevel?: string } = {}) =>
    attrs.hrefTemplate !== undefined
      ? fixture<KbLopendeZaken>(
          html`<kb-lopende-zaken .client=${client} href-template=${attrs.hrefTemplate} heading-level=${attrs.headingLevel ?? '2'}></kb-lopende-zaken>`,
        )
      : fixture<KbLopendeZaken>(html`<kb-lopende-zaken .client=${client} heading-level=${attrs.headingLevel ?? '2'}></kb-lopende-zaken>`);
  const $ = (el: KbLopendeZaken, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbLopendeZaken, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const titles = (el: KbLopendeZaken, list = 'ul[part="list"]') => $$(el, `${list} > li .kb-lopende-zaken__title`).map((p) => textOf(p));
  const item = (el: KbLopendeZaken, title: string) => $$(el, 'li[part="item"]').find((li) => textOf(li.querySelector('.kb-lopende-zaken__title')) === title);

  describe('many cases', () => {
    it('shows a page of page-size cases, and the keyboard reveals the next with focus on the first new case', async () => {
      api.seedZaken('veel', 100);
      api.setResident('veel');
      const el = await fixture<KbLopendeZaken>(html`<kb-lopende-zaken .client=${client} page-size="10"></kb-lopende-zaken>`);
      expect(await settled(el)).to.equal('ready');
      const open = (await client.list<{ einddatum: string | null }>('zaken', '/zaken', { query: { einddatum__isnull: true } })).length;
      expect(open).to.be.greaterThan(20);
      expect($$(el, 'li[part="item"]')).to.have.length(10);
      expect(textOf($(el, '[part="shown"]'))).to.equal(`10 van ${open} zaken getoond`);
      const nodes = el.shadowRoot!.querySelectorAll('*').length;

      ($(el, '[part="more"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, 'li[part="item"]')).to.have.length(20);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'li[data-index="10"] button'));
      // Twice the cases, about twice the nodes: the DOM grows only as the resident asks for more.
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(nodes * 2 + 10);
      await expect(el).to.be.accessible();
    });

    it('a new answer starts at the first page again, and a short list has no "more" button', async () => {
      const el = await fixture<KbLopendeZaken>(html`<kb-lopende-zaken .client=${client} page-size="2"></kb-lopende-zaken>`);
      expect(await settled(el)).to.equal('ready');
      ($(el, '[part="more"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($$(el, 'li[part="item"]').length).to.be.greaterThan(2);
      ($(el, '[part="toggle"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await stateIs(el, 'ready');
      expect($$(el, 'ul[part="list"] > li').length).to.equal(2);

      const wide = await fixture<KbLopendeZaken>(html`<kb-lopende-zaken .client=${client}></kb-lopende-zaken>`);
      expect(await settled(wide)).to.equal('ready');
      expect($(wide, '[part="more"]')).to.equal(null);
    });
  });

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.zaken}/zaken`,
    render: () => render(),
    skeletonText: 'Uw zaken worden geladen…',
    heading: 'Lopende zaken',
    alsoShows: { what: 'the toggle', check: (el) => expect($(el, '[part="toggle"]')).to.exist },
  });

  it('lists the open zaken as compact cards: title, one context line (zaaktype · status badge · date), then zaaknummer and behandelaar', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    const shown = titles(el);
    expect(shown).to.include.members([LANTAARNPAAL_TITLE, PARKEREN_TITLE, DAKKAPEL_TITLE]);
    expect(shown).not.to.include(STOEPTEGELS_TITLE);
    expect(shown).not.to.include(TOZO_TITLE);
    // Newest first (ordering=-startdatum).
    expect(shown.indexOf(LANTAARNPAAL_TITLE)).to.be.lessThan(shown.indexOf(PARKEREN_TITLE));
    expect(shown.indexOf(PARKEREN_TITLE)).to.be.lessThan(shown.indexOf(DAKKAPEL_TITLE));

    const parkeren = item(el, PARKEREN_TITLE)!;
    expect(textOf(parkeren.querySelector('[part="item-details"]'))).to.equal(
      'Aanvraag parkeervergunning bewoners Status: In behandeling Sinds 5 november 2026',
    );
    expect(textOf(parkeren.querySelector('[part="item-status"]'))).to.equal('In behandeling');
    expect(textOf(parkeren.querySelector('[part="item-meta"]'))).to.equal('Zaaknummer ZAAK-2026-0004127 Behandelaar Team Parkeren');
    // Three lines, no label/value rows any more.
    expect(parkeren.querySelectorAll('dl, dt')).to.have.length(0);
    expect(parkeren.querySelectorAll(':scope > p')).to.have.length(3);

    const lantaarnpaal = textOf(item(el, LANTAARNPAAL_TITLE));
    expect(lantaarnpaal).to.contain('Status: Nog geen status');
    expect(lantaarnpaal).to.contain('Gestart op 26 november 2026');
    expect(lantaarnpaal).not.to.contain('Behandelaar');

    // Without href-template: buttons, no links.
    expect($$(el, 'a')).to.have.length(0);
    expect($$(el, 'button[part="item-button"]').length).to.equal(shown.length);
    await expect(el).to.be.accessible();
  });

  it('makes each card one target: one interactive element whose area covers the card, one tab stop, a ring around the card', async () => {
    for (const hrefTemplate of [undefined, '#zaak-{identificatie}']) {
      const el = await render(hrefTemplate === undefined ? {} : { hrefTemplate });
      expect(await settled(el)).to.equal('ready');
      const cards = $$(el, 'li[part="item"]');
      expect(cards.length).to.be.greaterThan(2);
      for (const card of cards) {
        const targets = card.querySelectorAll('a, button, input, select, textarea, [tabindex]');
        expect(targets.length, 'interactive elements per card').to.equal(1);
        const target = targets[0] as HTMLElement;
        // A point near each corner of the card hits the title's target (its ::after covers the card).
        card.scrollIntoView({ block: 'center' });
        const box = card.getBoundingClientRect();
        for (const [x, y] of [
          [box.left + 4, box.top + 4],
          [box.right - 4, box.bottom - 4],
          [box.right - 4, box.top + box.height / 2],
        ] as const) {
          expect(el.shadowRoot!.elementFromPoint(x, y) === target, `hit at ${x},${y}`).to.equal(true);
        }
        // Not a filled button in any theme: the title reads as a link.
        expect(getComputedStyle(target).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(target).textDecorationLine).to.equal('underline');
      }
      // The keyboard goes from card to card, one stop each, and the focus ring surrounds the card.
      const first = cards[0]!.querySelector<HTMLElement>('a, button')!;
      first.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === cards[1]!.querySelector('a, button'), 'Tab reaches the next card').to.equal(true);
      const ring = getComputedStyle(cards[1]!.querySelector('a, button')!, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.position).to.equal('absolute');
      await expect(el).to.be.accessible();
    }
  });

  it('also shows the afgeronde zaken in a second list with the toggle (aria-pressed)', async () => {
    const el = await render({ headingLevel: '3' });
    await settled(el);
    const toggle = $(el, '[part="toggle"]') as HTMLButtonElement;
    expect(textOf(toggle)).to.equal('Toon ook afgeronde zaken');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, 'ul[part~="list-afgerond"]')).to.equal(null);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.status).to.equal('alle');
    await stateIs(el, 'ready');
    expect(titles(el, 'ul[part="list"]')).to.include(PARKEREN_TITLE);
    const closed = titles(el, 'ul[part~="list-afgerond"]');
    expect(closed).to.include.members([STOEPTEGELS_TITLE, TOZO_TITLE]);
    const closedText = textOf($(el, 'ul[part~="list-afgerond"]'));
    expect(closedText).to.contain('ZAAK-2024-0005112'); // the 2024 parkeervergunning (same omschrijving)
    expect(closedText).not.to.contain('ZAAK-2026-0004127'); // the open one
    expect(textOf($(el, 'h4.utrecht-heading-4'))).to.equal('Afgeronde zaken');
    const stoeptegels = textOf(item(el, STOEPTEGELS_TITLE));
    expect(stoeptegels).to.contain('Afgerond op');
    await expect(el).to.be.accessible();

    toggle.click();
    await stateIs(el, 'ready');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, 'ul[part~="list-afgerond"]')).to.equal(null);
  });

  it('shows the empty state for a resident without zaken', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('U heeft geen lopende zaken.');
    await expect(el).to.be.accessible();

    ($(el, '[part="toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await stateIs(el, 'empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('U heeft geen zaken.');
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.zaken}/zaken`,
      render: () => render(),
      ready: (el) => expect(titles(el)).to.include(PARKEREN_TITLE),
    });
  });

  describe('choosing a zaak', () => {
    it('fires a cancelable, composed kb-zaak-select on click (button without href-template)', async () => {
      const el = await render();
      await settled(el);
      const selects = collectEvents('kb-zaak-select');
      try {
        const button = item(el, PARKEREN_TITLE)!.querySelector('button')!;
        button.click();
        expect(selects.events).to.have.length(1);
        const event = selects.events[0]!;
        expect(event.detail.zaak.identificatie).to.equal('ZAAK-2026-0004127');
        expect(event.detail.zaak.omschrijving).to.equal(PARKEREN_TITLE);
        expect(event.cancelable).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event.bubbles).to.equal(true);
      } finally {
        selects.stop();
      }
    });

    it('fires kb-zaak-select with Enter and with Space on the keyboard', async () => {
      const el = await render();
      await settled(el);
      const selects = collectEvents('kb-zaak-select');
      try {
        const button = item(el, PARKEREN_TITLE)!.querySelector('button')!;
        button.focus();
        expect(el.shadowRoot!.activeElement).to.equal(button);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => selects.events.length === 1, 'no event on Enter');
        await sendKeys({ press: 'Space' });
        await waitUntil(() => selects.events.length === 2, 'no event on Space');
        expect(selects.events.map((e) => e.detail.zaak.identificatie)).to.deep.equal(['ZAAK-2026-0004127', 'ZAAK-2026-0004127']);
      } finally {
        selects.stop();
      }
    });

    it('renders links from href-template (URL-encoded values) that navigate unless the event is prevented', async () => {
      const el = await render({ hrefTemplate: '#zaak-{identificatie}-{uuid}' });
      await settled(el);
      const link = item(el, PARKEREN_TITLE)!.querySelector('a')!;
      expect(link.classList.contains('utrecht-link')).to.equal(true);
      expect(link.getAttribute('href')).to.equal('#zaak-ZAAK-2026-0004127-22c85614-4ae0-4b52-8709-d0dc7782de99');
      expect($$(el, 'button[part="item-button"]')).to.have.length(0);

      const selects = collectEvents('kb-zaak-select');
      const prevent = (e: Event) => e.preventDefault();
      const hash = location.hash;
      try {
        // Prevented: no navigation.
        document.addEventListener('kb-zaak-select', prevent);
        link.click();
        expect(selects.events).to.have.length(1);
        expect(location.hash).to.equal(hash);
        document.removeEventListener('kb-zaak-select', prevent);

        // Not prevented: the link navigates (to a fragment, harmless here).
        link.click();
        expect(selects.events).to.have.length(2);
        await waitUntil(() => location.hash === '#zaak-ZAAK-2026-0004127-22c85614-4ae0-4b52-8709-d0dc7782de99');

        // Enter on the link.
        document.addEventListener('kb-zaak-select', prevent);
        link.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => selects.events.length === 3, 'no event on Enter');
      } finally {
        document.removeEventListener('kb-zaak-select', prevent);
        selects.stop();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('leaves modified clicks (e.g. Ctrl+click for a new tab) to the browser', async () => {
      const el = await render({ hrefTemplate: '#zaak-{identificatie}' });
      await settled(el);
      const link = item(el, PARKEREN_TITLE)!.querySelector('a')!;
      const selects = collectEvents('kb-zaak-select');
      // Stop the browser's own action in this test (the element must not be the one preventing it).
      const stop = (e: Event) => e.preventDefault();
      window.addEventListener('click', stop);
      try {
        const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
        link.dispatchEvent(click);
        expect(selects.events).to.have.length(0);
      } finally {
        window.removeEventListener('click', stop);
        selects.stop();
      }
    });

    it('does not render links for an unsafe href-template (buttons instead, with a warning)', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await render({ hrefTemplate: 'java\tscript:alert("{identificatie}")' });
        await settled(el);
        expect($$(el, 'a')).to.have.length(0);
        expect($$(el, 'button[part="item-button"]').length).to.be.greaterThan(0);
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('fills and checks templates', () => {
      expect(fillHrefTemplate('/zaken/{identificatie}', { identificatie: 'A/B?c=d&e' })).to.equal('/zaken/A%2FB%3Fc%3Dd%26e');
      expect(fillHrefTemplate('https://example.nl/z/{uuid}?x={onbekend}', { uuid: 'u 1' })).to.equal('https://example.nl/z/u%201?x={onbekend}');
      expect(fillHrefTemplate('{identificatie}', { identificatie: 'javascript:alert(1)' })).to.equal('javascript%3Aalert(1)');
      expect(isSafeHref('javascript:alert(1)')).to.equal(false);
      expect(isSafeHref(' JavaScript:alert(1)')).to.equal(false);
      expect(isSafeHref('data:text/html,x')).to.equal(false);
      expect(isSafeHref('mailto:a@example.nl')).to.equal(false);
      expect(isSafeHref('//example.nl/x')).to.equal(true);
      expect(isSafeHref('zaken/1')).to.equal(true);
      expect(isSafeHref('https://example.nl/')).to.equal(true);
    });

    it('warns once per unsafe template, again for another one, never for a safe or empty one', () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const links = new LinkTemplate('<kb-x> href-template');
        expect(links.fill(' /z/{uuid} ', { uuid: '1' })).to.equal('/z/1');
        expect(links.fill('', { uuid: '1' })).to.equal(undefined);
        expect(links.fill(undefined, { uuid: '1' })).to.equal(undefined);
        expect(links.fill('javascript:{uuid}', { uuid: '1' })).to.equal(undefined);
        expect(links.fill('javascript:{uuid}', { uuid: '2' })).to.equal(undefined);
        expect(links.fill('data:{uuid}', { uuid: '1' })).to.equal(undefined);
        expect(warnings.map((args) => String(args[0]))).to.deep.equal([
          '[klantbeeld] <kb-x> href-template "javascript:{uuid}" does not give an http(s) or relative URL; no links are shown.',
          '[klantbeeld] <kb-x> href-template "data:{uuid}" does not give an http(s) or relative URL; no links are shown.',
        ]);
      } finally {
        console.warn = warn;
      }
    });
  });

  it('follows the nearest lang (English) and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-lopende-zaken .client=${client}></kb-lopende-zaken>
    </div>`);
    const el = wrapper.querySelector('kb-lopende-zaken')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Ongoing cases');
    expect(textOf($(el, '[part="toggle"]'))).to.equal('Also show completed cases');
    expect(textOf(item(el, PARKEREN_TITLE))).to.contain('Since 5 November 2026');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'nl-NL');
    await waitUntil(() => textOf($(el, 'h2')) === 'Lopende zaken', 'did not switch to Dutch');
    expect(textOf(item(el, PARKEREN_TITLE))).to.contain('Sinds 5 november 2026');
  });

  it('respects heading-level', async () => {
    const el = await render({ headingLevel: '5' });
    await settled(el);
    expect(textOf($(el, 'h5.utrecht-heading-5'))).to.equal('Lopende zaken');
    expect($(el, 'h2')).to.equal(null);
  });

  it('gets its client from <kb-provider gateway>', async () => {
    const provider = await fixture<KbProvider>(html`<kb-provider gateway=${location.origin}>
      <kb-lopende-zaken></kb-lopende-zaken>
    </kb-provider>`);
    const el = provider.querySelector('kb-lopende-zaken')!;
    await waitUntil(() => el.dataState === 'ready' || el.dataState === 'error', 'not loaded', { timeout: 5000 });
    expect(el.dataState).to.equal('ready');
    expect(titles(el)).to.include(PARKEREN_TITLE);
  });

  it('follows live status changes of the cases shown: the list updates in place, without the loading state', async () => {
    await waitUntil(() => api.eventStreams === 0, 'a stream of an earlier test is still open');
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    await waitUntil(() => el.subscribed && api.eventStreams === 1, 'not subscribed');
    expect(textOf(item(el, PARKEREN_TITLE))).to.contain('Status: In behandeling');
    const list = $(el, 'ul[part="list"]');
    const states: string[] = [];
    const observer = new MutationObserver(() => states.push(el.dataState));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      api.setZaakStatus(fixtureZaken.jansen.parkeervergunning, 3);
      await waitUntil(() => !textOf(item(el, PARKEREN_TITLE)).includes('Status: In behandeling'), 'the status did not follow');
      expect(textOf(item(el, PARKEREN_TITLE))).to.contain('Status: Besluit genomen');
      expect($(el, 'ul[part="list"]')).to.equal(list); // updated in place, not re-created
      expect(states.filter((state) => state !== 'ready')).to.deep.equal([]);
    } finally {
      observer.disconnect();
      api.setZaakStatus(fixtureZaken.jansen.parkeervergunning, 2);
    }
    const noLive = await fixture<KbLopendeZaken>(html`<kb-lopende-zaken .client=${client} no-live></kb-lopende-zaken>`);
    expect(await settled(noLive)).to.equal('ready');
    expect(noLive.subscribed).to.equal(false);
  });
});
