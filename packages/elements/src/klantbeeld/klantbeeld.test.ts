import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import './klantbeeld.js';
import type { KbKlantbeeld } from './klantbeeld.element.js';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { settled, textOf } from '../testing/guards.js';
import { $, $$, figure, sectionElements, sectionsSettled, useKlantbeeldTestbed } from '../testing/klantbeeld.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const ALL_TAGS = ['kb-persoonsgegevens', 'kb-klantvoorkeuren', 'kb-lopende-zaken', 'kb-contact-history', 'kb-producten', 'kb-taken'];

describe('<kb-klantbeeld> for a resident ("Mijn overzicht")', () => {
  const testbed = useKlantbeeldTestbed();
  const { api, worker, discovery, objecttype } = testbed;

  const render = (attrs: { lang?: string; taken?: boolean } = {}) =>
    fixture<KbKlantbeeld>(html`<kb-klantbeeld
      .client=${testbed.client}
      lang=${attrs.lang ?? 'nl'}
      heading-level="2"
      taak-objecttype=${attrs.taken === false ? '' : objecttype}
    ></kb-klantbeeld>`);
  const openZakenInApi = async () => {
    const answer = await fetch(`${api.urls.zaken}/zaken?einddatum__isnull=true`, { headers: { 'Accept-Crs': 'EPSG:4326' } });
    return ((await answer.json()) as { count: number }).count;
  };

  it('asks the autoloader for the sections it shows (kb-discover): none of their elements is loaded before', async () => {
    expect(ALL_TAGS.map((tag) => customElements.get(tag))).to.deep.equal(ALL_TAGS.map(() => undefined));
    const asked: Event[] = [];
    const listener = (event: Event) => asked.push(event);
    document.addEventListener('kb-discover', listener);
    try {
      const el = await render({ taken: false });
      await sectionsSettled(el);
      expect(asked.length).to.be.greaterThan(0);
      expect(asked.every((event) => event.target === el && event.bubbles && event.composed)).to.equal(true);
      expect(sectionElements(el).map((child) => child.localName)).to.deep.equal(ALL_TAGS.slice(0, 5));
      expect(discovery.loaded).to.deep.equal(ALL_TAGS.slice(0, 5));
      // No objecttype for the tasks: no tasks section, and its code is not asked for.
      expect(customElements.get('kb-taken')).to.equal(undefined);
    } finally {
      document.removeEventListener('kb-discover', listener);
    }
  });

  it('shows every section, the summary with her open zaken, last contact and preferred channel, and a heading outline', async () => {
    const open = await openZakenInApi();
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(textOf($(el, 'h2'))).to.equal('Mijn overzicht');
    expect(textOf($(el, '[part~="summary-heading"]'))).to.equal('In het kort');
    expect($(el, '[part~="summary-heading"]')!.localName).to.equal('h3');
    expect(figure(el, 'open-zaken')).to.equal(String(open));
    expect(figure(el, 'laatste-contact')).to.equal('Chat, 26 november 2026');
    expect(figure(el, 'voorkeurskanaal')).to.equal('Telefoon');
    expect($(el, '[part="retry-button"]')).to.equal(null);

    expect(sectionElements(el).map((child) => child.localName)).to.deep.equal(ALL_TAGS);
    // Each section's element one level below the overview; the zaken with the completed ones.
    expect(sectionElements(el).map((child) => child.getAttribute('heading-level'))).to.deep.equal(ALL_TAGS.map(() => '3'));
    expect($(el, 'kb-lopende-zaken')!.getAttribute('status')).to.equal('alle');
    // A resident keeps each element's own heading ("Mijn producten").
    expect(textOf($(el, 'kb-producten')!.shadowRoot!.querySelector('h3'))).to.equal('Mijn producten');
    expect($$(el, '[part="shielded"]')).to.have.length(0);
    expect($$(el, '[part="nav-link"]').map((a) => textOf(a))).to.deep.equal([
      'Persoonsgegevens',
      'Contactvoorkeuren',
      'Zaken',
      'Contacten en afspraken',
      'Producten',
      'Taken',
    ]);
    await expect(el).to.be.accessible();
  });

  itShowsLoadingState({
    worker,
    endpoint: () => `${api.urls.zaken}/zaken`,
    render: () => render({ taken: false }),
    skeletonText: 'Het overzicht wordt geladen…',
    heading: 'Mijn overzicht',
  });

  it('in English: headings, figures and navigation', async () => {
    const el = await render({ lang: 'en' });
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(textOf($(el, 'h2'))).to.equal('My overview');
    expect(textOf($(el, '[part~="summary-heading"]'))).to.equal('At a glance');
    expect(textOf($(el, '[part~="figure-open-zaken"] dt'))).to.equal('Ongoing cases');
    expect(figure(el, 'laatste-contact')).to.equal('Chat, 26 November 2026');
    expect(figure(el, 'voorkeurskanaal')).to.equal('Phone');
    expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Parts of the overview');
    expect(textOf($(el, 'kb-producten')!.shadowRoot!.querySelector('h3'))).to.equal('My products');
    await expect(el).to.be.accessible();
  });

  it('empty: a resident with nothing known yet', async () => {
    api.setResident('leeg');
    const el = await render({ taken: false });
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Er zijn nog geen lopende zaken, contacten of voorkeuren bekend.');
    await sectionsSettled(el);
    await expect(el).to.be.accessible();
  });

  it('one figure failing: the others are shown, that one says so, and retry loads it again', async () => {
    let fail = true;
    worker.use(http.get(`${api.urls.klantinteracties}/klantcontacten`, () => (fail ? HttpResponse.json({ title: 'Stuk' }, { status: 500 }) : undefined)));
    const el = await render({ taken: false });
    expect(await settled(el)).to.equal('ready');
    expect(figure(el, 'laatste-contact')).to.equal('Kon niet worden geladen');
    expect(figure(el, 'voorkeurskanaal')).to.equal('Telefoon');
    await sectionsSettled(el);
    await expect(el).to.be.accessible();
    fail = false;
    ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => figure(el, 'laatste-contact') === 'Chat, 26 november 2026', 'the retry did not load the contact');
    expect($(el, '[part="retry-button"]')).to.equal(null);
  });

  it('every figure failing: one error alert with a retry and kb-error; the sections stand on their own', async () => {
    let fail = true;
    const broken = () => (fail ? HttpResponse.json({ title: 'Stuk' }, { status: 500 }) : undefined);
    worker.use(http.get(`${api.urls.zaken}/zaken`, broken), http.get(`${api.urls.klantinteracties}/klantcontacten`, broken));
    worker.use(http.get(`${api.urls.klantinteracties}/partijen`, broken));
    const el = await render({ taken: false });
    // The sections' elements fire their own kb-error (retargeted to this host): the summary's comes from the host itself.
    const own: Event[] = [];
    el.addEventListener('kb-error', (event) => {
      if (event.composedPath()[0] === el) own.push(event);
    });
    expect(await settled(el)).to.equal('error');
    expect($(el, '.utrecht-alert')!.getAttribute('role')).to.equal('alert');
    expect(own).to.have.length(1);
    // The products do not depend on those APIs: their section is ready.
    await sectionsSettled(el);
    expect(($(el, 'kb-producten') as KlantbeeldDataElement<unknown>).dataState).to.equal('ready');
    await expect(el).to.be.accessible();
    fail = false;
    ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
    expect(await settled(el)).to.equal('ready');
  });

  it('the navigation takes keyboard focus to a section', async () => {
    const el = await render({ taken: false });
    await settled(el);
    await sectionsSettled(el);
    const link = $$(el, '[part="nav-link"]').find((a) => textOf(a) === 'Producten') as HTMLAnchorElement;
    link.focus();
    await sendKeys({ press: 'Enter' });
    const producten = $(el, 'kb-producten')!;
    await waitUntil(() => producten.shadowRoot!.activeElement !== null, 'focus did not move to the products');
    expect(textOf(producten.shadowRoot!.activeElement)).to.equal('Mijn producten');
  });
});
