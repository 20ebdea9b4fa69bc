import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './taken.js';
import { urgentie, type KbTaken } from './taken.element.js';
import { collectEvents, failOnUncaught, settled, textOf, focusJustBefore } from '../testing/guards.js';
import { mockClient, oneObjectRecord, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const DAKKAPEL = 'Vul uw aanvraag dakkapel aan met de maten van het dakvlak';
const KENTEKEN = 'Upload een kopie van uw kentekenbewijs';
const LEGES = 'Betaal de leges voor uw parkeervergunning';
const HUURCONTRACT = 'Stuur een kopie van uw huurcontract';
/** 8 December 2026, 11:00 in the Netherlands. */
const NOW = Date.parse('2026-12-08T10:00:00Z');

describe('<kb-taken>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  const objecttype = `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.taak}`;
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (attrs: { headingLevel?: string; dueSoonDays?: string } = {}) =>
    fixture<KbTaken>(html`<kb-taken
      .client=${client}
      .now=${NOW}
      objecttype=${objecttype}
      heading-level=${attrs.headingLevel ?? '2'}
      due-soon-days=${attrs.dueSoonDays ?? '7'}
    ></kb-taken>`);
  const $ = (el: KbTaken, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbTaken, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const titles = (el: KbTaken, list = 'ul[part="list"]') => $$(el, `${list} > li [part="item-title"]`).map((p) => textOf(p));
  const item = (el: KbTaken, title: string) =>
    $$(el, 'li').find((li) => textOf(li.querySelector('[part="item-title"]')) === title) as HTMLLIElement | undefined;

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.objecten}/objects`,
    render: () => render(),
    skeletonText: 'Uw taken worden geladen…',
    heading: 'Mijn taken',
  });

  it('stays idle without an objecttype', async () => {
    const el = await fixture<KbTaken>(html`<kb-taken .client=${client}></kb-taken>`);
    expect(el.dataState).to.equal('idle');
    expect(api.requests.filter((r) => r.url.includes('/objects'))).to.have.length(0);
  });

  it('lists the open taken by deadline, saying overdue and due-soon in words', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([DAKKAPEL, KENTEKEN, LEGES]);

    const dakkapel = item(el, DAKKAPEL)!;
    expect(dakkapel.getAttribute('part')).to.equal('item item-verlopen');
    expect(textOf(dakkapel.querySelector('[part="deadline-note"]'))).to.equal('Verlopen op 20 november 2026');
    expect(textOf(dakkapel)).to.contain('Uiterlijk 20 november 2026');
    expect(textOf(dakkapel)).to.contain('Hoort bij zaak Dakkapel aan de achterkant, Lindelaan 17 (ZAAK-2026-0003561)');
    const form = dakkapel.querySelector('a[part="action"]')!;
    expect(form.className).to.contain('utrecht-button-link');
    expect(form.getAttribute('href')).to.equal('https://formulieren.voorbeeldstad.nl/dakkapel-aanvullen');
    expect(textOf(form)).to.equal(`Formulier invullen: ${DAKKAPEL}`);

    const kenteken = item(el, KENTEKEN)!;
    expect(kenteken.getAttribute('part')).to.equal('item item-binnenkort');
    expect(textOf(kenteken.querySelector('[part="deadline-note"]'))).to.equal('Nog 2 dagen');
    expect(textOf(kenteken)).to.contain('Uiterlijk 10 december 2026');
    expect(textOf(kenteken)).to.contain('(ZAAK-2026-0004127)');
    expect(kenteken.querySelector('a[part="action"]')!.getAttribute('href')).to.equal(
      'https://mijn.voorbeeldstad.nl/parkeren/kentekenbewijs?zaak=ZAAK-2026-0004127',
    );

    const leges = item(el, LEGES)!;
    expect(leges.querySelector('[part="deadline-note"]')).to.equal(null);
    expect(textOf(leges)).to.contain('Uiterlijk Geen einddatum');
    expect(leges.querySelector('a')).to.equal(null);
    expect(textOf(leges.querySelector('[part="no-action"]'))).to.equal('Deze taak kunt u niet via deze website afronden.');
    await expect(el).to.be.accessible();
  });

  it('makes the due-soon window configurable with due-soon-days', async () => {
    const el = await render({ dueSoonDays: '1' });
    await settled(el);
    expect(item(el, KENTEKEN)!.querySelector('[part="deadline-note"]')).to.equal(null);
    el.dueSoonDays = 2;
    await el.updateComplete;
    expect(textOf(item(el, KENTEKEN)!.querySelector('[part="deadline-note"]'))).to.equal('Nog 2 dagen');
    el.now = new Date('2026-11-01T10:00:00Z');
    await el.updateComplete;
    expect(item(el, DAKKAPEL)!.querySelector('[part="deadline-note"]')).to.equal(null);
  });

  it('computes urgency in Dutch calendar days', () => {
    const now = Date.parse('2026-12-08T22:30:00Z'); // 23:30 on 8 December in the Netherlands
    expect(urgentie('2026-12-09T22:59:59Z', now, 7)).to.deep.equal({ urgentie: 'binnenkort', dagen: 1 });
    expect(urgentie('2026-12-08', now, 7)).to.deep.equal({ urgentie: 'binnenkort', dagen: 0 });
    expect(urgentie('2026-12-07', now, 7).urgentie).to.equal('verlopen');
    expect(urgentie('2026-12-08T22:00:00Z', now, 7).urgentie).to.equal('verlopen');
    expect(urgentie('2027-01-08', now, 7)).to.deep.equal({ urgentie: 'later', dagen: 31 });
    expect(urgentie(undefined, now, 7).urgentie).to.equal('geen');
    expect(urgentie('morgen', now, 7).urgentie).to.equal('geen');
  });

  it('puts the completed taken in a collapsible section that opens with the keyboard', async () => {
    const el = await render();
    await settled(el);
    const details = $(el, 'details[part="afgerond"]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(textOf(summary)).to.equal('Afgeronde taken (1)');
    expect(titles(el, 'ul[part~="list-afgerond"]')).to.deep.equal([HUURCONTRACT]);
    expect(textOf(item(el, HUURCONTRACT))).to.contain('Status Afgerond');
    expect(item(el, HUURCONTRACT)!.querySelector('a')).to.equal(null);

    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'did not open on Enter');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !details.open, 'did not close on Space');
  });

  it('shows the empty state for a resident without taken', async () => {
    api.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('U heeft geen openstaande taken.');
    await expect(el).to.be.accessible();
  });

  it('still shows the taken when the zaken cannot be loaded (without case names)', async () => {
    worker.use(http.get(`${api.urls.zaken}/zaken`, () => new HttpResponse(null, { status: 500 })));
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([DAKKAPEL, KENTEKEN, LEGES]);
    expect(textOf(el.shadowRoot)).not.to.contain('Hoort bij zaak');
  });

  it('never links an action URL that is not http(s)', async () => {
    worker.use(
      http.get(`${api.urls.objecten}/objects`, () =>
        oneObjectRecord(api, objecttype, { titel: '<b>Klik</b>', status: 'open', soort: 'url', url: { uri: 'javascript:alert(1)' } }),
      ),
    );
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal(['<b>Klik</b>']);
    expect($$(el, 'a')).to.have.length(0);
    expect($$(el, 'b')).to.have.length(0);
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.objecten}/objects`,
      render: () => render(),
      ready: (el) => expect(titles(el)).to.include(KENTEKEN),
    });
  });

  describe('choosing a taak', () => {
    it('fires a cancelable, composed kb-taak-select on click, which can stop the navigation', async () => {
      const el = await render();
      await settled(el);
      const link = item(el, KENTEKEN)!.querySelector('a')!;
      const selects = collectEvents('kb-taak-select');
      const prevent = (e: Event) => e.preventDefault();
      document.addEventListener('kb-taak-select', prevent);
      try {
        link.click();
        expect(selects.events).to.have.length(1);
        const event = selects.events[0]!;
        expect(event.detail.taak.titel).to.equal(KENTEKEN);
        expect(event.cancelable).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event.bubbles).to.equal(true);
        expect(event.defaultPrevented).to.equal(true);
      } finally {
        document.removeEventListener('kb-taak-select', prevent);
        selects.stop();
      }
    });

    it('reaches the actions with Tab and fires kb-taak-select with Enter', async () => {
      const el = await render();
      await settled(el);
      const selects = collectEvents('kb-taak-select');
      const prevent = (e: Event) => e.preventDefault();
      document.addEventListener('kb-taak-select', prevent);
      const before = focusJustBefore(el);
      try {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(item(el, DAKKAPEL)!.querySelector('a'));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(item(el, KENTEKEN)!.querySelector('a'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => selects.events.length === 1, 'no event on Enter');
        expect(selects.events[0]!.detail.taak.titel).to.equal(KENTEKEN);
        await sendKeys({ press: 'Tab' });
        expect((el.shadowRoot!.activeElement as HTMLElement).tagName).to.equal('SUMMARY');
      } finally {
        before.remove();
        document.removeEventListener('kb-taak-select', prevent);
        selects.stop();
      }
    });

    it('leaves modified clicks to the browser', async () => {
      const el = await render();
      await settled(el);
      const link = item(el, KENTEKEN)!.querySelector('a')!;
      const selects = collectEvents('kb-taak-select');
      const stop = (e: Event) => e.preventDefault();
      window.addEventListener('click', stop);
      try {
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
        expect(selects.events).to.have.length(0);
      } finally {
        window.removeEventListener('click', stop);
        selects.stop();
      }
    });
  });

  it('follows the nearest lang (English)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-taken .client=${client} .now=${NOW} objecttype=${objecttype}></kb-taken>
    </div>`);
    const el = wrapper.querySelector('kb-taken')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('My tasks');
    expect(textOf(item(el, DAKKAPEL)!.querySelector('[part="deadline-note"]'))).to.equal('Overdue since 20 November 2026');
    expect(textOf(item(el, KENTEKEN)!.querySelector('[part="deadline-note"]'))).to.equal('2 days left');
    expect(textOf(item(el, KENTEKEN))).to.contain('Due by 10 December 2026');
    expect(textOf($(el, 'summary'))).to.equal('Completed tasks (1)');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => textOf($(el, 'h2')) === 'Mijn taken', 'did not switch to Dutch');
  });

  it('accepts partial text overrides as JSON (values of the wrong type ignored)', async () => {
    const el = await fixture<KbTaken>(html`<kb-taken
      .client=${client}
      .now=${NOW}
      objecttype=${objecttype}
      texts='{"taken": {"heading": "Te doen", "nogDagen": "kapot", "statussen": {"afgerond": "Klaar"}}}'
    ></kb-taken>`);
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Te doen');
    expect(textOf(item(el, KENTEKEN)!.querySelector('[part="deadline-note"]'))).to.equal('Nog 2 dagen');
    expect(textOf(item(el, HUURCONTRACT))).to.contain('Status Klaar');
  });

  it('respects heading-level', async () => {
    const el = await render({ headingLevel: '4' });
    await settled(el);
    expect(textOf($(el, 'h4.utrecht-heading-4'))).to.equal('Mijn taken');
    expect($(el, 'h2')).to.equal(null);
  });
});
