import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { KlantbeeldClient } from '@klantbeeld/core';
import { fixtureObjecten, fixtureZaken, generateKlantcontacten } from '@klantbeeld/mock-api';
import './contact-history.js';
import '../provider/provider.js';
import type { KbContactHistory } from './contact-history.element.js';
import type { KbProvider } from '../provider/provider.element.js';
import { failOnUncaught, settled, stateIs, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { badResponses } from '../testing/bad-responses.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

/** The fixtures' "today": both jansen afspraken (8 December 2026, 12 January 2027) are still to come. */
const NOW = new Date('2026-11-28T12:00:00Z');

describe('<kb-contact-history>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const afspraakType = () => `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.afspraak}`;
  const render = (attrs: { headingLevel?: string; zaak?: string; afspraken?: boolean; pageSize?: string } = {}) =>
    fixture<KbContactHistory>(html`<kb-contact-history
      .client=${client}
      .now=${NOW}
      heading-level=${attrs.headingLevel ?? '2'}
      zaak=${attrs.zaak ?? ''}
      afspraak-objecttype=${attrs.afspraken === false ? '' : afspraakType()}
      page-size=${attrs.pageSize ?? '20'}
    ></kb-contact-history>`);
  const $ = (el: KbContactHistory, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbContactHistory, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const groupHeadings = (el: KbContactHistory) => $$(el, '[part="group-heading"]').map((h) => textOf(h));
  const itemHeadings = (el: KbContactHistory) => $$(el, '[part="item-heading"]').map((h) => textOf(h));
  const item = (el: KbContactHistory, title: string) => $$(el, 'li[part~="item"]').find((li) => textOf(li.querySelector('[part="item-heading"]')) === title);
  const nodes = (el: KbContactHistory) => el.shadowRoot!.querySelectorAll('*').length;

  /** Serves `contacts` from the klantcontacten endpoint in pages of 500, following `next`. */
  const serveMany = (contacts: Record<string, unknown>[]) => {
    const base = `${api.urls.klantinteracties}/klantcontacten`;
    worker.use(
      http.get(base, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
        const size = 500;
        const results = contacts.slice((page - 1) * size, page * size);
        const next = page * size < contacts.length ? `${base}?page=${page + 1}` : null;
        return HttpResponse.json({ count: contacts.length, next, previous: page > 1 ? `${base}?page=${page - 1}` : null, results });
      }),
    );
  };

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.klantinteracties}/klantcontacten`,
    render: () => render(),
    skeletonText: 'Uw contacten worden geladen…',
    heading: 'Contact met de gemeente',
  });

  it('shows the upcoming afspraken first, then the contacts newest first, grouped by month', async () => {
    const el = await render({ headingLevel: '2' });
    expect(await settled(el)).to.equal('ready');
    expect(groupHeadings(el)).to.deep.equal([
      'Gepland',
      'november 2026',
      'oktober 2026',
      'juni 2026',
      'maart 2026',
      'november 2025',
      'augustus 2025',
      'februari 2025',
    ]);
    // Month headings one level below heading-level, entries one more.
    expect($$(el, 'h3[part="group-heading"]')).to.have.length(8);
    expect($$(el, 'h4[part="item-heading"]')).to.have.length(10);
    expect(itemHeadings(el)).to.deep.equal([
      'Paspoort aanvragen',
      'Gesprek over uw dakkapel',
      'Kapotte lantaarnpaal bij Lindelaan 21',
      'Uploaden kentekenbewijs lukt niet',
      'Dakkapel: wanneer komt het advies?',
      'Losliggende stoeptegels Kastanjeplein',
      'Telefoon', // the vertrouwelijk contact: its channel only
      'Paspoort ophalen',
      'Verhuizing: huurcontract ontbreekt',
      'Vraag over de afvalkalender',
    ]);
    // Semantics: an <ol> per group of <li><article>, times in <time datetime>.
    expect($$(el, 'section[part="group"] > ol[part="list"]')).to.have.length(8);
    expect($$(el, 'ol[part="list"] > li > article')).to.have.length(10);

    const paspoort = item(el, 'Paspoort aanvragen')!;
    expect(paspoort.getAttribute('part')).to.equal('item item-afspraak');
    expect(textOf(paspoort)).to.contain('Afspraak · 8 december 2026 om 09:30');
    expect(textOf(paspoort)).to.contain('Locatie: Stadskantoor, balie Burgerzaken, Stadsplein 1, 1011 AB Voorbeeldstad.');
    expect(paspoort.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-08T09:30:00+01:00');

    const kenteken = item(el, 'Uploaden kentekenbewijs lukt niet')!;
    expect(textOf(kenteken.querySelector('[part="item-meta"]'))).to.equal('Telefoon · 6 november 2026 om 17:10');
    expect(kenteken.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-06T16:10:00Z');
    // Organisational units only (the default behandelaar policy): no medewerker names.
    expect(textOf(kenteken.querySelector('[part="item-actors"]'))).to.equal('Met: Klantcontactcentrum');
    expect(textOf(kenteken.querySelector('[part="item-inhoud"]'))).to.equal('Het uploaden van het kentekenbewijs in Mijn Voorbeeldstad geeft een foutmelding.');

    const dakkapel = item(el, 'Dakkapel: wanneer komt het advies?')!;
    expect(textOf(dakkapel.querySelector('[part="item-meta"]'))).to.contain('E-mail');
    expect(textOf(dakkapel.querySelector('[part="item-reactie"]'))).to.contain('Reactie: Het advies wordt eind november verwacht');
    expect(textOf(item(el, 'Paspoort ophalen')!.querySelector('[part="item-meta"]'))).to.contain('Balie');
    expect(textOf(item(el, 'Losliggende stoeptegels Kastanjeplein')!.querySelector('[part="item-meta"]'))).to.contain('Chat');
    // The chatbot (an automated actor) is not a "with whom".
    expect(textOf(item(el, 'Losliggende stoeptegels Kastanjeplein')!.querySelector('[part="item-actors"]'))).to.equal('Met: Team Buitenruimte');

    // Vertrouwelijk: only the channel, the date and the notice.
    const vertrouwelijk = $(el, 'li[part~="item-vertrouwelijk"]')!;
    expect(textOf(vertrouwelijk)).to.equal('Telefoon 5 maart 2026 om 16:30 De inhoud van dit contact is vertrouwelijk.');
    expect(vertrouwelijk.querySelector('[part="item-actors"]')).to.equal(null);
    expect(textOf(el.shadowRoot)).not.to.contain('betalingsregeling');

    // Everything fits in one page: no "more" button.
    expect($(el, '[part="more-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves out past afspraken, and all afspraken without afspraak-objecttype', async () => {
    const later = await fixture<KbContactHistory>(html`<kb-contact-history
      .client=${client}
      .now=${new Date('2026-12-20T00:00:00Z')}
      afspraak-objecttype=${afspraakType()}
    ></kb-contact-history>`);
    await settled(later);
    expect(itemHeadings(later).slice(0, 2)).to.deep.equal(['Gesprek over uw dakkapel', 'Kapotte lantaarnpaal bij Lindelaan 21']);

    const without = await render({ afspraken: false });
    await settled(without);
    expect(groupHeadings(without)[0]).to.equal('november 2026');
    expect($(without, 'li[part~="item-afspraak"]')).to.equal(null);
  });

  it('limits the timeline to one zaak with the zaak attribute', async () => {
    const el = await render({ zaak: `${api.urls.zaken}/zaken/${fixtureZaken.jansen.dakkapel}` });
    expect(await settled(el)).to.equal('ready');
    expect(itemHeadings(el)).to.deep.equal(['Gesprek over uw dakkapel', 'Dakkapel: wanneer komt het advies?']);
    expect(groupHeadings(el)).to.deep.equal(['Gepland', 'oktober 2026']);
    const request = api.requests.find((r) => r.url.includes('/klantcontacten'));
    expect(request?.url).to.contain(`onderwerpobject__onderwerpobjectidentificatorObjectId=${fixtureZaken.jansen.dakkapel}`);
  });

  it('shows the empty state for a resident without contacts', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Er zijn nog geen contacten met u vastgelegd.');
    await expect(el).to.be.accessible();
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.klantinteracties}/klantcontacten`,
      render: () => render(),
      ready: (el) => expect(itemHeadings(el)).to.include('Paspoort ophalen'),
    });

    it('shows the error state when the afspraken cannot be loaded, and recovers on retry', async () => {
      worker.use(http.get(`${api.urls.objecten}/objects`, badResponses[0]!.response));
      const el = await render();
      expect(await settled(el)).to.equal('error');
      expect(textOf($(el, '[part="error-message"]'))).to.contain(badResponses[0]!.message);
      worker.resetHandlers();
      ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
      await stateIs(el, 'ready');
      expect(itemHeadings(el)[0]).to.equal('Paspoort aanvragen');
    });

    it('shows the error state for a zaak attribute that is not a zaak', async () => {
      const el = await render({ zaak: 'geen-zaak' });
      expect(await settled(el)).to.equal('error');
    });
  });

  describe('many contacts', () => {
    it('keeps the DOM bounded for 10,000 contacts and shows more with the keyboard', async () => {
      serveMany(generateKlantcontacten(api.urls.klantinteracties, 10_000));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button type="button" id="before">Ervoor</button>
        <kb-contact-history .client=${client} .now=${NOW}></kb-contact-history>
      </div>`);
      const el = wrapper.querySelector('kb-contact-history')!;
      expect(await settled(el)).to.equal('ready');
      const first = nodes(el);
      expect(first).to.be.lessThan(1500);
      expect($$(el, 'li[part~="item"]')).to.have.length(20);
      expect(textOf($(el, '[part="count"]'))).to.equal('20 van 10.000 getoond');

      // Keyboard only: Tab from the button before the element to "Toon eerdere contacten", then Enter.
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const more = $(el, '[part="more-button"]') as HTMLButtonElement;
      expect(el.shadowRoot!.activeElement).to.equal(more);
      expect(textOf(more)).to.equal('Toon eerdere contacten');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, 'li[part~="item"]').length === 40, 'no more contacts shown');
      await el.updateComplete;
      const second = nodes(el);
      expect(second).to.be.lessThan(1500);
      // Focus moved to the first newly shown contact.
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('data-index')).to.equal('20');
      expect(textOf(focused.querySelector('[part="item-heading"]'))).to.equal(textOf($$(el, '[part="item-heading"]')[20]));
      expect(textOf($(el, '[part="count"]'))).to.equal('40 van 10.000 getoond');
      console.log(`[kb-contact-history] 10,000 contacts: ${first} nodes after first render, ${second} after one "more"`);
    });

    for (const count of [100, 1000]) {
      it(`keeps the DOM bounded for ${count} contacts`, async () => {
        serveMany(generateKlantcontacten(api.urls.klantinteracties, count));
        const el = await render({ afspraken: false });
        expect(await settled(el)).to.equal('ready');
        const first = nodes(el);
        ($(el, '[part="more-button"]') as HTMLButtonElement).click();
        await waitUntil(() => $$(el, 'li[part~="item"]').length === 40, 'no more contacts shown');
        const second = nodes(el);
        expect(first).to.be.lessThan(1500);
        expect(second).to.be.lessThan(1500);
        console.log(`[kb-contact-history] ${count} contacts: ${first} nodes after first render, ${second} after one "more"`);
      });
    }

    it('continues a month across pages, honours page-size, and hides the button when all are shown', async () => {
      serveMany(generateKlantcontacten(api.urls.klantinteracties, 25));
      const el = await render({ afspraken: false, pageSize: '10' });
      await settled(el);
      expect($$(el, 'li[part~="item"]')).to.have.length(10);
      // 25 contacts 7 hours apart from 20 November: all in November 2026, so one group that keeps growing.
      expect(groupHeadings(el)).to.deep.equal(['november 2026']);
      ($(el, '[part="more-button"]') as HTMLButtonElement).click();
      await waitUntil(() => $$(el, 'li[part~="item"]').length === 20);
      expect(groupHeadings(el)).to.deep.equal(['november 2026']);
      ($(el, '[part="more-button"]') as HTMLButtonElement).click();
      await waitUntil(() => $$(el, 'li[part~="item"]').length === 25);
      expect($(el, '[part="more-button"]')).to.equal(null);
      expect($(el, '[part="count"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('follows the nearest lang (English) and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-contact-history .client=${client} .now=${NOW} afspraak-objecttype=${afspraakType()}></kb-contact-history>
    </div>`);
    const el = wrapper.querySelector('kb-contact-history')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Contact with the municipality');
    expect(groupHeadings(el).slice(0, 3)).to.deep.equal(['Planned', 'November 2026', 'October 2026']);
    expect(textOf($(el, 'li[part~="item-vertrouwelijk"] [part="item-vertrouwelijk"]'))).to.equal('The content of this contact is confidential.');
    expect(textOf(item(el, 'Uploaden kentekenbewijs lukt niet')!.querySelector('[part="item-meta"]'))).to.equal('Phone · 6 November 2026 at 17:10');
    expect(textOf(item(el, 'Paspoort aanvragen'))).to.contain('Appointment');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'nl-NL');
    await waitUntil(() => textOf($(el, 'h2')) === 'Contact met de gemeente', 'did not switch to Dutch');
    expect(groupHeadings(el)[1]).to.equal('november 2026');
  });

  it('takes partial text overrides', async () => {
    client = mockClient();
    const el = await fixture<KbContactHistory>(html`<kb-contact-history
      .client=${client}
      texts=${JSON.stringify({ contactHistory: { heading: 'Uw contacten', kanalen: { telefoon: 'Telefoongesprek' } } })}
    ></kb-contact-history>`);
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Uw contacten');
    expect(textOf($(el, 'li[part~="item-vertrouwelijk"] [part="item-heading"]'))).to.equal('Telefoongesprek');
    expect(textOf(item(el, 'Paspoort ophalen')!.querySelector('[part="item-meta"]'))).to.contain('Balie');
  });

  it('respects heading-level', async () => {
    const el = await render({ headingLevel: '5' });
    await settled(el);
    expect(textOf($(el, 'h5.utrecht-heading-5'))).to.equal('Contact met de gemeente');
    expect($$(el, 'h6[part="group-heading"]').length).to.be.greaterThan(0);
    expect($$(el, 'h6[part="item-heading"]').length).to.be.greaterThan(0);
    expect($(el, 'h2')).to.equal(null);
  });

  it('gets its client from <kb-provider gateway>', async () => {
    const provider = await fixture<KbProvider>(html`<kb-provider gateway=${location.origin}>
      <kb-contact-history></kb-contact-history>
    </kb-provider>`);
    const el = provider.querySelector('kb-contact-history')!;
    await waitUntil(() => el.dataState === 'ready' || el.dataState === 'error', 'not loaded', { timeout: 5000 });
    expect(el.dataState).to.equal('ready');
    expect(itemHeadings(el)).to.include('Paspoort ophalen');
  });
});
