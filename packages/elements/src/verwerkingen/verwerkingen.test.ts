import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fixtureOrganisaties } from '@klantbeeld/mock-api';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './verwerkingen.js';
import type { KbVerwerkingen } from './verwerkingen.element.js';
import { checkPeriod, parseDatum, toInvoer } from './period.js';
import { collectEvents, failOnUncaught, settled, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

/** 1 December 2026, 11:00 in the Netherlands: the default range is 1 September – 1 December 2026. */
const NOW = new Date('2026-12-01T10:00:00Z');
const NAMEN = Object.fromEntries(Object.values(fixtureOrganisaties).map(({ oin, naam }) => [oin, naam]));

describe('<kb-verwerkingen>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (attrs: { headingLevel?: string; pageSize?: string } = {}) =>
    fixture<KbVerwerkingen>(html`<kb-verwerkingen
      .client=${client}
      .now=${NOW}
      .organisaties=${NAMEN}
      heading-level=${attrs.headingLevel ?? '2'}
      page-size=${attrs.pageSize ?? '10'}
    ></kb-verwerkingen>`);
  const $ = (el: KbVerwerkingen, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbVerwerkingen, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const input = (el: KbVerwerkingen, field: 'van' | 'tot') => $(el, `#kb-verwerkingen-${field}`) as HTMLInputElement;
  const items = (el: KbVerwerkingen) => $$(el, '[part="list"] > li');
  const details = (item: Element) =>
    Object.fromEntries([...item.querySelectorAll('.utrecht-data-list__item')].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]));
  const logRequests = () => api.requests.filter((request) => request.url.startsWith(`${api.urls.verwerkingen}/verwerkte-objecten`));
  const submit = (el: KbVerwerkingen) => ($(el, '[part="submit"]') as HTMLButtonElement).click();
  async function type(el: KbVerwerkingen, field: 'van' | 'tot', text: string): Promise<void> {
    const box = input(el, field);
    box.focus();
    box.select();
    await sendKeys(text === '' ? { press: 'Backspace' } : { type: text });
  }

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.verwerkingen}/verwerkte-objecten`,
    render: () => render(),
    skeletonText: 'De verwerkingen worden geladen…',
    heading: 'Wie heeft mijn gegevens gebruikt?',
    alsoShows: {
      what: 'the range form',
      check: (el) => {
        expect($(el, 'form[part="form"]')).not.to.equal(null);
      },
    },
  });

  it('shows the last three months by default (from now), without sending a BSN', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(input(el, 'van').value).to.equal('1-9-2026');
    expect(input(el, 'tot').value).to.equal('1-12-2026');
    expect(el.periode).to.deep.equal({ van: '2026-09-01', tot: '2026-12-01' });
    const url = new URL(logRequests()[0]!.url);
    expect(url.searchParams.get('beginDatum')).to.equal('2026-09-01');
    expect(url.searchParams.get('eindDatum')).to.equal('2026-12-02');
    expect(url.searchParams.has('objectId')).to.equal(false);
    expect(textOf($(el, '[part="summary"]'))).to.equal('Van 1 september 2026 tot en met 1 december 2026: 14 verwerkingen. Pagina 1 van 2');
  });

  it('names per action the purpose, when, the organisation, what happened and the kinds of data', async () => {
    const el = await render();
    await settled(el);
    const list = items(el);
    expect(list).to.have.length(10);
    expect(textOf(list[0]!.querySelector('[part="item-title"]'))).to.equal('Doel: Heffen hondenbelasting');
    expect(details(list[0]!)).to.deep.equal({
      Wanneer: '27 november 2026 om 06:00',
      Organisatie: 'Belastingsamenwerking Voorbeeldregio',
      'Wat er gebeurde': 'Automatische incasso: Verwerken betaling termijn',
      'Welke gegevens': 'Naam, Rekeningnummer',
    });
    expect(list[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-27T06:00:00+01:00');

    // Provided to a person: never that person's number.
    expect(details(list[1]!)['Verstrekt aan']).to.equal('Een persoon');
    expect(textOf(el.shadowRoot)).not.to.contain('999992235');
    const verstrekking = list.find((li) => details(li)['Wat er gebeurde'] === 'Adviesaanvraag: Verstrekken aanvraag aan omgevingsdienst')!;
    expect(details(verstrekking)['Verstrekt aan']).to.equal('Omgevingsdienst Voorbeeldregio');
    // Vertrouwelijk actions in the range (12 November, 21 October) are not there.
    expect(textOf(el.shadowRoot)).not.to.contain('Fraudeonderzoek');
    expect(textOf(el.shadowRoot)).not.to.contain('Handhaving bouwregelgeving');
    await expect(el).to.be.accessible();
  });

  it('pages in the browser with a bounded DOM, and moves focus to the top of the new page (keyboard)', async () => {
    const el = await render();
    await settled(el);
    const next = $(el, '[part="next"]') as HTMLButtonElement;
    expect(($(el, '[part="previous"]') as HTMLButtonElement).disabled).to.equal(true);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf($(el, '[part="page-status"]')) === 'Pagina 2 van 2', 'did not page');
    expect(items(el)).to.have.length(4);
    expect(details(items(el)[3]!)['Wat er gebeurde']).to.equal('Ontvangen aanvraag: Registreren aanvraag');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="summary"]'));
    expect(textOf($(el, '[part="summary"]'))).to.contain('Pagina 2 van 2');
    expect(($(el, '[part="next"]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="previous"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 10, 'did not page back');
    // One request for the whole range: paging needs no new requests.
    expect(logRequests()).to.have.length(1);

    el.pageSize = 3;
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
    expect(textOf($(el, '[part="page-status"]'))).to.equal('Pagina 1 van 5');
  });

  it('never shows a vertrouwelijk action, even when the gateway returns one', async () => {
    const actie = (id: string, vertrouwelijkheid: string, verwerkingNaam: string) => ({
      url: `${api.urls.verwerkingen}/verwerkte-objecten/${id}`,
      verwerktObjectId: id,
      objecttype: 'persoon',
      soortObjectId: 'BSN',
      objectId: '999993653',
      betrokkenheid: 'Aanvrager',
      verwerkteSoortenGegevens: [{ soortGegeven: 'Naam' }],
      verwerkingsactie: {
        url: `${api.urls.verwerkingen}/verwerkingsacties/${id}`,
        actieId: id,
        actieNaam: 'Raadplegen',
        verwerkingNaam,
        vertrouwelijkheid,
        tijdstip: '2026-11-20T10:00:00+01:00',
        uitvoerder: fixtureOrganisaties.gemeente.oin,
        verwerkteObjecten: [],
      },
    });
    worker.use(
      http.get(`${api.urls.verwerkingen}/verwerkte-objecten`, () =>
        HttpResponse.json({
          count: 3,
          next: null,
          previous: null,
          results: [
            actie('11111111-1111-4111-8111-111111111111', 'vertrouwelijk', 'Geheim onderzoek'),
            actie('22222222-2222-4222-8222-222222222222', 'normaal', 'Verlenen parkeervergunning'),
            actie('33333333-3333-4333-8333-333333333333', 'opgeheven', 'Controle kentekens'),
          ],
        }),
      ),
    );
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(items(el).map((li) => textOf(li.querySelector('[part="item-title"]')))).to.deep.equal([
      'Doel: Verlenen parkeervergunning',
      'Doel: Controle kentekens',
    ]);
    expect(textOf(el.shadowRoot)).not.to.contain('Geheim onderzoek');
    const opgeheven = items(el).find((li) => textOf(li).includes('Controle kentekens'))!;
    expect(textOf(opgeheven.querySelector('[part="opgeheven"]'))).to.equal('Deze verwerking was eerder vertrouwelijk.');
  });

  describe('range form', () => {
    it('ties each message to its field and focuses the first wrong field; nothing is loaded', async () => {
      const el = await render();
      await settled(el);
      const before = logRequests().length;
      await type(el, 'van', '');
      await type(el, 'tot', '31-2-2026');
      submit(el);
      await waitUntil(() => $(el, '[part~="field-invalid"]') !== null, 'no validation');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'van'));
      expect(input(el, 'van').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'van').getAttribute('aria-describedby')).to.equal('kb-verwerkingen-van-error kb-verwerkingen-van-hint');
      expect(textOf($(el, '#kb-verwerkingen-van-error'))).to.equal('Vul in vanaf welke datum u de verwerkingen wilt zien.');
      expect(textOf($(el, '#kb-verwerkingen-tot-error'))).to.equal('Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 1-9-2026.');
      expect($(el, '[part~="field-tot"]')!.classList.contains('utrecht-form-field--invalid')).to.equal(true);
      expect(logRequests()).to.have.length(before);
      await expect(el).to.be.accessible();

      await type(el, 'van', '1-7-2026');
      await type(el, 'tot', '30-6-2026');
      submit(el);
      await waitUntil(() => textOf($(el, '#kb-verwerkingen-van-error')).includes('vóór'), 'no range message');
      expect(textOf($(el, '#kb-verwerkingen-van-error'))).to.equal('De datum bij "Van" moet op of vóór de datum bij "Tot en met" liggen.');
      expect($(el, '#kb-verwerkingen-tot-error')).to.equal(null);
      expect(input(el, 'tot').getAttribute('aria-invalid')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'van'));
      expect(logRequests()).to.have.length(before);
    });

    it('loads the chosen range with the keyboard and fires kb-period-change', async () => {
      const el = await render();
      await settled(el);
      const changes = collectEvents('kb-period-change');
      try {
        // Nothing is announced before the resident searches.
        expect(textOf($(el, '[part="live-region"]'))).to.equal('');
        expect($(el, '[part="live-region"]')!.getAttribute('aria-live')).to.equal('polite');
        await type(el, 'van', '1-6-2026');
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(input(el, 'tot'));
        input(el, 'tot').select();
        await sendKeys({ type: '30/06/2026' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => changes.events.length === 1, 'no kb-period-change');
        expect(changes.events[0]!.detail).to.deep.equal({ van: '2026-06-01', tot: '2026-06-30' });
        expect(changes.events[0]!.bubbles && changes.events[0]!.composed).to.equal(true);
        await waitUntil(() => textOf($(el, '[part="summary"]')).startsWith('Van 1 juni 2026'), 'did not load the range');
        expect(textOf($(el, '[part="summary"]'))).to.equal('Van 1 juni 2026 tot en met 30 juni 2026: 3 verwerkingen');
        // The result is announced politely; focus stays on the field the search was started from.
        expect(textOf($(el, '[part="live-region"]'))).to.equal('Van 1 juni 2026 tot en met 30 juni 2026: 3 verwerkingen');
        expect(el.shadowRoot!.activeElement === input(el, 'tot'), 'focus stays in the field').to.equal(true);
        expect($(el, '[part="pagination"]')).to.equal(null);
        const url = new URL(logRequests().at(-1)!.url);
        expect([url.searchParams.get('beginDatum'), url.searchParams.get('eindDatum')]).to.deep.equal(['2026-06-01', '2026-07-01']);
        expect(input(el, 'tot').value).to.equal('30-6-2026');
        expect(el.van).to.equal('2026-06-01');
        await expect(el).to.be.accessible();
      } finally {
        changes.stop();
      }
    });

    it('reads day-month-year with -, / or . and rejects dates that do not exist', () => {
      expect(parseDatum('1-9-2026')).to.equal('2026-09-01');
      expect(parseDatum(' 01/09/2026 ')).to.equal('2026-09-01');
      expect(parseDatum('29.2.2028')).to.equal('2028-02-29');
      expect(parseDatum('2026-09-01')).to.equal('2026-09-01');
      for (const bad of ['29-2-2026', '31-4-2026', '0-1-2026', '1-13-2026', '1-9-26', 'gisteren', '2026-02-30', '']) {
        expect(parseDatum(bad), bad).to.equal(undefined);
      }
      expect(toInvoer('2026-09-01')).to.equal('1-9-2026');
      expect(checkPeriod('1-9-2026', '1-9-2026').errors).to.deep.equal({});
      expect(checkPeriod('2-9-2026', '1-9-2026').errors).to.deep.equal({ van: 'vanNaTot' });
      expect(checkPeriod(' ', 'x').errors).to.deep.equal({ van: 'leeg', tot: 'ongeldig' });
    });

    it('ignores an unreadable or reversed van/tot from the host (the default range is shown)', async () => {
      const el = await fixture<KbVerwerkingen>(html`<kb-verwerkingen .client=${client} .now=${NOW} van="2026-12-05" tot="2026-11-01"></kb-verwerkingen>`);
      expect(await settled(el)).to.equal('ready');
      expect(el.periode).to.deep.equal({ van: '2026-09-01', tot: '2026-12-01' });
      el.setAttribute('van', '2026-11-15');
      el.setAttribute('tot', '2026-11-30');
      await settled(el);
      await waitUntil(() => items(el).length === 2, 'did not load the host range');
      // Without organisation names, the OIN says who it was.
      expect(details(items(el)[1]!)['Organisatie']).to.equal(`Organisatie met OIN ${fixtureOrganisaties.gemeente.oin}`);
    });
  });

  it('shows the empty state for a range without actions', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal(
      'Van 1 september 2026 tot en met 1 december 2026: In deze periode is er niets met uw gegevens gedaan dat hier kan worden getoond.',
    );
    await expect(el).to.be.accessible();
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.verwerkingen}/verwerkte-objecten`,
      render: () => render(),
      ready: (el) => expect(items(el)).to.have.length(10),
    });
  });

  it('follows the nearest lang (English)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-verwerkingen .client=${client} .now=${NOW} .organisaties=${NAMEN}></kb-verwerkingen>
    </div>`);
    const el = wrapper.querySelector('kb-verwerkingen')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Who has used my data?');
    // Dates and times in one British style in every element: day month year, 24-hour clock.
    expect(textOf($(el, '[part="summary"]'))).to.equal('From 1 September 2026 up to and including 1 December 2026: 14 processing actions. Page 1 of 2');
    expect(details(items(el)[0]!)['When']).to.equal('27 November 2026 at 06:00');
    // A search is announced in English too.
    ($(el, '[part="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => textOf($(el, '[part="live-region"]')) !== '', 'nothing announced');
    expect(textOf($(el, '[part="live-region"]'))).to.equal('From 1 September 2026 up to and including 1 December 2026: 14 processing actions');
    expect(textOf($(el, 'legend'))).to.equal('Period');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => textOf($(el, 'h2')) === 'Wie heeft mijn gegevens gebruikt?', 'did not switch to Dutch');
  });

  it('respects heading-level, text overrides and an organisaties attribute', async () => {
    const el = await fixture<KbVerwerkingen>(html`<kb-verwerkingen
      .client=${client}
      .now=${NOW}
      heading-level="4"
      organisaties=${JSON.stringify({ [fixtureOrganisaties.belastingen.oin]: 'BSVR' })}
      texts='{"verwerkingen": {"heading": "Inzage", "aantal": "kapot"}}'
    ></kb-verwerkingen>`);
    await settled(el);
    expect(textOf($(el, 'h4.utrecht-heading-4'))).to.equal('Inzage');
    expect($(el, 'h2')).to.equal(null);
    expect(textOf($(el, '[part="summary"]'))).to.contain('14 verwerkingen');
    expect(details(items(el)[0]!)['Organisatie']).to.equal('BSVR');
  });
});
