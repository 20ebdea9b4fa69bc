import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './producten.js';
import { uuidOfReference as zaakUuid } from '@klantbeeld/core';
import { formatPrijs, type KbProducten } from './producten.element.js';
import { collectEvents, failOnUncaught, settled, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const DAKKAPEL = 'Omgevingsvergunning dakkapel Lindelaan 17';
const PARKEREN = 'Bewonersparkeervergunning Centrum-Oost';
const HOND = 'Hondenbelasting (1 hond)';
const TOZO = 'Tozo-uitkering april tot en met juni 2021';
const DAKKAPEL_ZAAK = 'Dakkapel aan de achterkant, Lindelaan 17 (ZAAK-2026-0003561)';
const PARKEREN_ZAAK_2024 = 'Parkeervergunning bewoners, vergunninggebied Centrum-Oost (ZAAK-2024-0005112)';
const PARKEREN_ZAAK_2026 = 'Parkeervergunning bewoners, vergunninggebied Centrum-Oost (ZAAK-2026-0004127)';

describe('<kb-producten>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (attrs: { template?: string; headingLevel?: string } = {}) =>
    attrs.template !== undefined
      ? fixture<KbProducten>(
          html`<kb-producten .client=${client} heading-level=${attrs.headingLevel ?? '2'} zaak-href-template=${attrs.template}></kb-producten>`,
        )
      : fixture<KbProducten>(html`<kb-producten .client=${client} heading-level=${attrs.headingLevel ?? '2'}></kb-producten>`);
  const $ = (el: KbProducten, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbProducten, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const titlesIn = (group: Element | null) => [...(group?.querySelectorAll('[part="item-title"]') ?? [])].map((p) => textOf(p));
  const item = (el: KbProducten, title: string) =>
    $$(el, 'li').find((li) => textOf(li.querySelector('[part="item-title"]')) === title) as HTMLLIElement | undefined;
  const groups = (el: KbProducten) => $$(el, '[part~="group"]');

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.producten}/producten`,
    render: () => render(),
    skeletonText: 'Uw producten worden geladen…',
    heading: 'Mijn producten',
  });

  it('groups the products by phase, with status, dates and price in words', async () => {
    const el = await render({ headingLevel: '3' });
    expect(await settled(el)).to.equal('ready');
    const [aangevraagd, geleverd, beeindigd] = groups(el);
    expect(textOf(aangevraagd!.querySelector('h4'))).to.equal('Aangevraagd');
    expect(titlesIn(aangevraagd!)).to.deep.equal([DAKKAPEL]);
    expect(textOf(geleverd!.querySelector('h4'))).to.equal('Lopend en geleverd');
    expect(titlesIn(geleverd!)).to.deep.equal([HOND, PARKEREN]);
    expect(beeindigd!.tagName).to.equal('DETAILS');
    expect((beeindigd as HTMLDetailsElement).open).to.equal(false);
    expect(textOf(beeindigd!.querySelector('summary'))).to.equal('Beëindigd (1)');
    expect(titlesIn(beeindigd!)).to.deep.equal([TOZO]);

    const parkeren = textOf(item(el, PARKEREN));
    expect(parkeren).to.contain('Soort product Bewonersparkeervergunning');
    expect(parkeren).to.contain('Status Actief');
    expect(parkeren).to.contain('Startdatum 1 maart 2024');
    expect(parkeren).to.contain('Einddatum 28 februari 2027');
    expect(parkeren).to.contain('Prijs € 84,60 per jaar');
    expect(parkeren).to.contain(`Aangevraagd met zaak ${PARKEREN_ZAAK_2024}`);
    expect(parkeren).to.contain(`Zaak ${PARKEREN_ZAAK_2026}`);

    const dakkapel = textOf(item(el, DAKKAPEL));
    expect(dakkapel).to.contain('Status In aanvraag');
    expect(dakkapel).to.contain('Prijs € 412,00 (eenmalig)');
    expect(dakkapel).not.to.contain('Startdatum');

    // A zaak at another organisation (not a configured source): said in words, never its URL, a link or a button.
    const hond = item(el, HOND)!;
    expect(textOf(hond)).to.contain('Zaak Een zaak die u hier niet kunt bekijken');
    expect(textOf(hond)).not.to.contain('https://');
    expect(hond.querySelector('a, button')).to.equal(null);

    const tozo = textOf(item(el, TOZO));
    expect(tozo).to.contain('Status Verlopen');
    // Known only by a URN: said in words, not as the URN.
    expect(tozo).to.contain('Aangevraagd met zaak Een zaak die u hier niet kunt bekijken');
    expect(tozo).not.to.contain('urn:');
    expect(tozo).not.to.contain('Prijs');

    // Without a template: buttons for the zaken the resident can see, no links.
    expect($$(el, 'a')).to.have.length(0);
    expect($$(el, 'button[part="zaak-button"]').map((b) => textOf(b))).to.deep.equal([DAKKAPEL_ZAAK, PARKEREN_ZAAK_2024, PARKEREN_ZAAK_2026]);
    await expect(el).to.be.accessible();
  });

  it('opens the ended products with the keyboard', async () => {
    const el = await render();
    await settled(el);
    const details = $(el, 'details') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'did not open on Enter');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !details.open, 'did not close on Space');
  });

  it('links the zaken from zaak-href-template (uuid from the zaak URL), firing kb-zaak-select', async () => {
    const el = await render({ template: '#zaak-{uuid}-{identificatie}' });
    await settled(el);
    const links = $$(el, 'a[part="zaak-link"]') as HTMLAnchorElement[];
    expect(links.map((a) => textOf(a))).to.deep.equal([DAKKAPEL_ZAAK, PARKEREN_ZAAK_2024, PARKEREN_ZAAK_2026]);
    const link = links[2]!;
    expect(link.getAttribute('href')).to.equal('#zaak-22c85614-4ae0-4b52-8709-d0dc7782de99-ZAAK-2026-0004127');
    expect(link.className).to.equal('utrecht-link');
    expect($$(el, 'button[part="zaak-button"]')).to.have.length(0);

    const selects = collectEvents('kb-zaak-select');
    const prevent = (e: Event) => e.preventDefault();
    const hash = location.hash;
    document.addEventListener('kb-zaak-select', prevent);
    try {
      link.click();
      expect(selects.events).to.have.length(1);
      expect(selects.events[0]!.detail.zaak.identificatie).to.equal('ZAAK-2026-0004127');
      expect(selects.events[0]!.cancelable).to.equal(true);
      expect(selects.events[0]!.composed).to.equal(true);
      expect(location.hash).to.equal(hash);

      link.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => selects.events.length === 2, 'no event on Enter');

      // Modified clicks are the browser's.
      const stop = (e: Event) => e.preventDefault();
      window.addEventListener('click', stop);
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      window.removeEventListener('click', stop);
      expect(selects.events).to.have.length(2);
    } finally {
      document.removeEventListener('kb-zaak-select', prevent);
      selects.stop();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('fires kb-zaak-select from the buttons with Enter and Space', async () => {
    const el = await render();
    await settled(el);
    const selects = collectEvents('kb-zaak-select');
    try {
      const button = item(el, DAKKAPEL)!.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => selects.events.length === 1, 'no event on Enter');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => selects.events.length === 2, 'no event on Space');
      expect(selects.events.map((e) => e.detail.zaak.identificatie)).to.deep.equal(['ZAAK-2026-0003561', 'ZAAK-2026-0003561']);
    } finally {
      selects.stop();
    }
  });

  it('does not render links for an unsafe zaak-href-template (with one warning)', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await render({ template: 'javascript:alert("{uuid}")' });
      await settled(el);
      expect($$(el, 'a')).to.have.length(0);
      expect(textOf(item(el, DAKKAPEL))).to.contain(DAKKAPEL_ZAAK);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('still shows the products when the zaken cannot be loaded (references as text, links without names)', async () => {
    worker.use(http.get(`${api.urls.zaken}/zaken`, () => new HttpResponse(null, { status: 500 })));
    const el = await render({ template: '/zaken/{uuid}' });
    expect(await settled(el)).to.equal('ready');
    expect(titlesIn(groups(el)[1]!)).to.deep.equal([HOND, PARKEREN]);
    const link = item(el, DAKKAPEL)!.querySelector('a')!;
    expect(textOf(link)).to.equal('Bekijk de zaak');
    expect(link.getAttribute('href')).to.match(/^\/zaken\/[0-9a-f-]{36}$/);
  });

  it('formats prices and parses zaak URLs', () => {
    expect(formatPrijs('84.60', 'nl')!.replace(/\s/g, ' ')).to.equal('€ 84,60');
    expect(formatPrijs('84.60', 'en')).to.equal('€84.60');
    expect(formatPrijs('x', 'nl')).to.equal(undefined);
    expect(formatPrijs('1', 'not a tag!')!.replace(/\s/g, ' ')).to.equal('€ 1,00');
    expect(zaakUuid('https://x.nl/zaken/api/v1/zaken/22C85614-4ae0-4b52-8709-d0dc7782de99')).to.equal('22c85614-4ae0-4b52-8709-d0dc7782de99');
    expect(zaakUuid('https://x.nl/zaken/api/v1/zaken/abc')).to.equal(undefined);
    expect(zaakUuid('niet een url')).to.equal(undefined);
  });

  it('shows the empty state for a resident without products', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('U heeft nog geen producten.');
    await expect(el).to.be.accessible();
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.producten}/producten`,
      render: () => render(),
      ready: (el) => expect(item(el, PARKEREN)).to.exist,
    });
  });

  it('follows the nearest lang (English)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-producten .client=${client}></kb-producten>
    </div>`);
    const el = wrapper.querySelector('kb-producten')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('My products');
    expect(textOf(groups(el)[0]!.querySelector('h3'))).to.equal('Applied for');
    expect(textOf($(el, 'summary'))).to.equal('Ended (1)');
    const parkeren = textOf(item(el, PARKEREN));
    expect(parkeren).to.contain('Status Active');
    expect(parkeren).to.contain('Start date 1 March 2024');
    expect(parkeren).to.contain('Price €84.60 per year');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => textOf($(el, 'h2')) === 'Mijn producten', 'did not switch to Dutch');
  });

  it('renders odd products as text without failing (unknown status, bad price, odd zaak URLs)', async () => {
    worker.use(
      http.get(`${api.urls.producten}/producten`, () =>
        HttpResponse.json({
          count: 2,
          next: null,
          previous: null,
          results: [
            {
              url: `${api.urls.producten}/producten/33333333-3333-4333-8333-333333333333`,
              uuid: '33333333-3333-4333-8333-333333333333',
              naam: '<img src=x onerror=alert(1)>',
              status: 'raar',
              prijs: 'gratis',
              frequentie: 'wekelijks',
              start_datum: 'ooit',
              zaken: [
                { url: 'javascript:alert(1)', urn: null },
                { url: `${api.urls.zaken}/zaken/geen-uuid`, urn: null },
              ],
            },
            { naam: 'Zonder URL' },
          ],
        }),
      ),
    );
    const el = await render({ template: '/zaken/{uuid}' });
    expect(await settled(el)).to.equal('ready');
    const odd = item(el, '<img src=x onerror=alert(1)>')!;
    expect(textOf(odd)).to.contain('Status Onbekend');
    expect(textOf(odd)).not.to.contain('Prijs');
    expect(textOf(odd)).not.to.contain('Startdatum');
    // A javascript: "zaak URL" is neither a link nor shown: only the words for an unreadable case.
    expect(textOf(odd)).not.to.contain('javascript:');
    expect(textOf(odd)).to.contain('Een zaak die u hier niet kunt bekijken');
    expect($$(el, 'a, img')).to.have.length(0);
    expect(item(el, 'Zonder URL')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('accepts partial text overrides as JSON', async () => {
    const el = await fixture<KbProducten>(
      html`<kb-producten .client=${client} texts='{"producten": {"statussen": {"actief": "Loopt"}, "beeindigd": 3}}'></kb-producten>`,
    );
    await settled(el);
    expect(textOf(item(el, PARKEREN))).to.contain('Status Loopt');
    expect(textOf(item(el, DAKKAPEL))).to.contain('Status In aanvraag');
    expect(textOf($(el, 'summary'))).to.equal('Beëindigd (1)');
  });

  it('respects heading-level', async () => {
    const el = await render({ headingLevel: '5' });
    await settled(el);
    expect(textOf($(el, 'h5.utrecht-heading-5'))).to.equal('Mijn producten');
    expect($$(el, 'h6.utrecht-heading-6')).to.have.length(2);
    expect($(el, 'h2')).to.equal(null);
  });
});
