import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './persoonsgegevens.js';
import { formatBrpDatum, type KbPersoonsgegevens } from './persoonsgegevens.element.js';
import { collectEvents, failOnUncaught, settled, stateIs, textOf, focusJustBefore } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const BSN_JANSEN = '999993653';

describe('<kb-persoonsgegevens>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (attrs: { headingLevel?: string; bsnDisplay?: string; brpHref?: string; contactHref?: string } = {}) =>
    fixture<KbPersoonsgegevens>(html`<kb-persoonsgegevens
      .client=${client}
      heading-level=${attrs.headingLevel ?? '2'}
      bsn-display=${attrs.bsnDisplay ?? 'hidden'}
      brp-correction-href=${attrs.brpHref ?? ''}
      contact-correction-href=${attrs.contactHref ?? ''}
    ></kb-persoonsgegevens>`);
  const $ = (el: KbPersoonsgegevens, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbPersoonsgegevens, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  /** The data list of a part as [key, value] pairs. */
  const rows = (el: KbPersoonsgegevens, part: 'section-brp' | 'section-contact') =>
    $$(el, `[part~="${part}"] .utrecht-data-list__item`).map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.klantinteracties}/partijen`,
    render: () => render(),
    skeletonText: 'Uw gegevens worden geladen…',
    heading: 'Mijn gegevens',
  });

  it('shows the BRP data and the contact details, each with its source and where to correct it', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(rows(el, 'section-brp')).to.deep.equal([
      ['Naam', 'Fatima El Amrani'],
      ['Geboortedatum', '12 april 1986'],
      ['Adres', 'Lindelaan 17 3581 KP VOORBEELDSTAD'],
      ['Woont hier sinds', '28 augustus 2025'],
    ]);
    // Each address line is its own line.
    expect($(el, '[part~="section-brp"] .kb-persoonsgegevens__lines')!.textContent).to.equal('Lindelaan 17\n3581 KP  VOORBEELDSTAD');
    expect(textOf($(el, '[part~="section-brp"] h3'))).to.equal('Gegevens uit de Basisregistratie Personen');
    expect(textOf($(el, '[part~="section-brp"] [part="source"]'))).to.equal('Bron: Basisregistratie Personen (BRP)');
    expect(textOf($(el, '[part~="section-brp"] [part="correction"]'))).to.contain('Neem contact op met Burgerzaken van uw gemeente');
    expect(textOf($(el, '[part~="section-brp"] [part="correction"]'))).to.contain('Geef uw verhuizing door');

    expect(rows(el, 'section-contact')).to.deep.equal([
      ['E-mailadres', 'f.jansen@example.nl (Privé)'],
      ['E-mailadres', 'fatima.jansen@werk.example.com (Werk)'],
      ['Telefoonnummer', '0612345678 (Mobiel, uw voorkeur)'],
    ]);
    expect(textOf($(el, '[part~="section-contact"] [part="source"]'))).to.equal('Bron: Klantinteracties (uw contactgegevens bij de gemeente)');
    expect($$(el, 'section').map((s) => s.getAttribute('aria-labelledby'))).to.deep.equal(['kb-persoonsgegevens-brp', 'kb-persoonsgegevens-klantinteracties']);

    expect($(el, '[part="geheimhouding"]')).to.equal(null);
    // No BSN unless the host opts in; the values are kept from translation services.
    expect(textOf(el.shadowRoot)).not.to.contain(BSN_JANSEN);
    expect($$(el, 'dd').every((dd) => dd.getAttribute('translate') === 'no')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never puts the BSN in a URL: it goes to the BRP only in the request body (two requests in all)', async () => {
    const el = await render({ bsnDisplay: 'visible' });
    await settled(el);
    expect(api.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).to.deep.equal([
      `GET ${api.urls.klantinteracties}/partijen`,
      `POST ${api.urls.brp}/personen`,
    ]);
    expect(api.requests.filter((request) => request.url.includes(BSN_JANSEN))).to.deep.equal([]);
  });

  it('shows the BSN only when the host opts in: masked (last three digits) or visible', async () => {
    const el = await render({ bsnDisplay: 'masked' });
    await settled(el);
    const bsn = $(el, '[part="bsn"]')!;
    expect(textOf(bsn.querySelector('[aria-hidden="true"]'))).to.equal('••••••653');
    expect(textOf(bsn.querySelector('.kb-visually-hidden'))).to.equal('eindigend op 653');
    expect(textOf(el.shadowRoot)).not.to.contain(BSN_JANSEN);
    expect(rows(el, 'section-brp')[2]![0]).to.equal('Burgerservicenummer (BSN)');
    await expect(el).to.be.accessible();

    el.bsnDisplay = 'visible';
    await el.updateComplete;
    expect(textOf($(el, '[part="bsn"]'))).to.equal(BSN_JANSEN);

    el.setAttribute('bsn-display', 'yes please');
    await el.updateComplete;
    expect($(el, '[part="bsn"]')).to.equal(null);
  });

  it('explains geheimhouding, and still shows the resident their own address', async () => {
    api.setResident('de-vries');
    const el = await render({ bsnDisplay: 'masked' });
    expect(await settled(el)).to.equal('ready');
    const notice = $(el, '[part="geheimhouding"]')!;
    expect(notice.classList.contains('utrecht-alert')).to.equal(true);
    expect(notice.getAttribute('role')).to.equal(null);
    expect(textOf(notice)).to.contain('Er geldt geheimhouding voor uw gegevens');
    expect(textOf(notice)).to.contain('niet aan derden');
    expect(rows(el, 'section-brp')).to.deep.include(['Adres', 'Havenkade 42 B 3582 AB VOORBEELDSTAD']);
    expect(rows(el, 'section-contact')).to.deep.equal([['E-mailadres', 'pj.devries@example.org (Privé, uw voorkeur)']]);
    // The notice comes before the data it is about.
    expect(notice.compareDocumentPosition($(el, 'section')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a location without address, partial dates, and no contact details (leeg)', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(rows(el, 'section-brp')).to.deep.equal([
      ['Naam', 'Sem Bakker'],
      ['Geboortedatum', 'maart 1958'],
      ['Adres', 'Woonboot bij de Zuiderbrug VOORBEELDSTAD'],
      ['Woont hier sinds', '1994'],
    ]);
    expect(textOf($(el, '[part="no-contact"]'))).to.equal('U heeft de gemeente nog geen e-mailadres of telefoonnummer gegeven.');
    await expect(el).to.be.accessible();
  });

  it('formats BRP dates as precisely as the BRP knows them, in the language', () => {
    expect(formatBrpDatum({ iso: '1986-04-12', tekst: '12 april 1986' }, 'en', 'Unknown')).to.equal('12 April 1986');
    expect(formatBrpDatum({ iso: '1958-03', tekst: 'maart 1958' }, 'en', 'Unknown')).to.equal('March 1958');
    expect(formatBrpDatum({ iso: '1994', tekst: '1994' }, 'nl', 'Onbekend')).to.equal('1994');
    expect(formatBrpDatum({ tekst: 'onbekend' }, 'en', 'Unknown')).to.equal('Unknown');
    expect(formatBrpDatum(undefined, 'nl', 'Onbekend')).to.equal(undefined);
  });

  it('says so when the BRP does not know the resident, and still shows the contact details', async () => {
    worker.use(http.post(`${api.urls.brp}/personen`, () => HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen: [] })));
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, '[part="not-found"]'))).to.equal('Uw gegevens zijn niet gevonden in de Basisregistratie Personen.');
    expect(rows(el, 'section-contact')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when there is no partij for the resident', async () => {
    worker.use(http.get(`${api.urls.klantinteracties}/partijen`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })));
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Er zijn geen gegevens van u gevonden.');
    expect(api.requests.some((request) => request.url.startsWith(api.urls.brp))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.klantinteracties}/partijen`,
      render: () => render(),
      ready: (el) => {
        expect(rows(el, 'section-brp')[0]).to.deep.equal(['Naam', 'Fatima El Amrani']);
      },
    });

    it('shows the error state when the BRP fails, and recovers on retry', async () => {
      worker.use(http.post(`${api.urls.brp}/personen`, () => new HttpResponse(null, { status: 500 })));
      const errors = collectEvents('kb-error');
      try {
        const el = await render();
        expect(await settled(el)).to.equal('error');
        expect(textOf($(el, '[part="error-message"]'))).to.contain('storing');
        expect(errors.events).to.have.length(1);
        await expect(el).to.be.accessible();
        worker.resetHandlers();
        ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
        await stateIs(el, 'ready');
        expect(rows(el, 'section-brp')[0]).to.deep.equal(['Naam', 'Fatima El Amrani']);
      } finally {
        errors.stop();
      }
    });
  });

  describe('correction links', () => {
    it('links to the configured pages, and never to a non-http(s) URL', async () => {
      const el = await render({ brpHref: 'https://www.voorbeeldstad.nl/verhuizing-doorgeven', contactHref: 'javascript:alert(1)' });
      await settled(el);
      const brp = $(el, '[part~="section-brp"] a[part="correction-link"]')!;
      expect(brp.getAttribute('href')).to.equal('https://www.voorbeeldstad.nl/verhuizing-doorgeven');
      expect(textOf(brp)).to.equal('Gegevens laten aanpassen of verhuizing doorgeven');
      expect($(el, '[part~="section-contact"] a')).to.equal(null);
      expect(textOf($(el, '[part~="section-contact"] [part="correction"]'))).to.equal('Wilt u uw contactgegevens wijzigen? Neem contact op met de gemeente.');
      await expect(el).to.be.accessible();
    });

    it('reaches the links with Tab and fires a cancelable kb-correction-select without personal data on Enter', async () => {
      const el = await render({ brpHref: '/verhuizing', contactHref: '/mijn-voorkeuren' });
      await settled(el);
      const selects = collectEvents('kb-correction-select');
      const prevent = (e: Event) => e.preventDefault();
      document.addEventListener('kb-correction-select', prevent);
      const before = focusJustBefore(el);
      try {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="section-brp"] a'));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="section-contact"] a'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => selects.events.length === 1, 'no event on Enter');
        const event = selects.events[0]!;
        expect(event.detail).to.deep.equal({ bron: 'klantinteracties', href: '/mijn-voorkeuren' });
        expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
        expect(event.defaultPrevented).to.equal(true);
        expect(location.pathname).not.to.equal('/mijn-voorkeuren');
      } finally {
        before.remove();
        document.removeEventListener('kb-correction-select', prevent);
        selects.stop();
      }
    });
  });

  it('follows the nearest lang (English)', async () => {
    api.setResident('de-vries');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><kb-persoonsgegevens .client=${client}></kb-persoonsgegevens></div>`);
    const el = wrapper.querySelector('kb-persoonsgegevens')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('My personal data');
    expect(textOf($(el, '[part="geheimhouding"]'))).to.contain('does not give your data');
    expect(rows(el, 'section-brp')).to.deep.include(['Date of birth', '30 September 1979']);
    expect(textOf($(el, '[part~="section-brp"] [part="source"]'))).to.equal('Source: Personal Records Database (BRP)');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => textOf($(el, 'h2')) === 'Mijn gegevens', 'did not switch to Dutch');
  });

  it('respects heading-level (parts one deeper) and text overrides', async () => {
    const el = await fixture<KbPersoonsgegevens>(html`<kb-persoonsgegevens
      .client=${client}
      heading-level="3"
      texts='{"persoonsgegevens": {"heading": "Over mij", "bron": "kapot"}}'
    ></kb-persoonsgegevens>`);
    await settled(el);
    expect(textOf($(el, 'h3.utrecht-heading-3'))).to.equal('Over mij');
    expect($$(el, 'h4.utrecht-heading-4')).to.have.length(2);
    expect($(el, 'h2')).to.equal(null);
    expect(textOf($(el, '[part="source"]'))).to.equal('Bron: Basisregistratie Personen (BRP)');
  });
});
