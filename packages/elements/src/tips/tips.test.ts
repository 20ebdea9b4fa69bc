import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import { TipRuleError, memoryTipStore, type KlantbeeldClient, type TipStore } from '@klantbeeld/core';
import './tips.js';
import type { KbTips } from './tips.element.js';
import { collectEvents, failOnUncaught, gate, settled, textOf, focusJustBefore } from '../testing/guards.js';
import { mockClient, oneObjectRecord, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';

/** 8 December 2026, 11:00 in the Netherlands (the Christmas 2025 tip has expired). */
const NOW = Date.parse('2026-12-08T10:00:00Z');
const AFVAL = 'Zet de afvalkalender in uw agenda';
const DIGID = 'Log sneller in met de DigiD app';
const PARKEREN = 'Laat uw bezoek voordelig parkeren';
const DAKKAPEL = 'Vertel uw buren over de verbouwing';
const HOND = 'Hier mag uw hond los lopen';
const RULES_FILE = new URL('./tips.test-rules.json', import.meta.url).pathname;

describe('<kb-tips>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  const objecttype = `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.tip}`;
  let client: KlantbeeldClient;
  let store: TipStore;
  beforeEach(() => {
    client = mockClient();
    store = memoryTipStore();
  });

  const render = (attrs: { headingLevel?: string; audience?: string; lang?: string; src?: string } = {}) =>
    fixture<KbTips>(html`<kb-tips
      .client=${client}
      .store=${store}
      .now=${NOW}
      objecttype=${attrs.src ? '' : objecttype}
      src=${attrs.src ?? ''}
      audience=${attrs.audience ?? 'inwoner'}
      lang=${attrs.lang ?? 'nl'}
      heading-level=${attrs.headingLevel ?? '2'}
    ></kb-tips>`);
  const $ = (el: KbTips, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbTips, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const titles = (el: KbTips) => $$(el, '[part~="tip"] [part="tip-title"]').map((h) => textOf(h));
  const tip = (el: KbTips, title: string) =>
    $$(el, '[part~="tip"]').find((li) => textOf(li.querySelector('[part="tip-title"]')) === title) as HTMLLIElement | undefined;
  const klantbeeldRequests = () => api.requests.filter((r) => /\/(zaken|producten|haalcentraal|klantinteracties)\//.test(r.url));
  const personalize = (el: KbTips) => $(el, '[part="personalize-button"]') as HTMLButtonElement;
  /** After a change that reloads (the opt-in): waits for the new run to start, then to settle. */
  const reloaded = async (el: KbTips) => {
    await el.updateComplete;
    return settled(el);
  };

  it('shows a loading state with aria-busy and a skeleton, under the heading', async () => {
    const hold = gate();
    worker.use(
      http.get(`${api.urls.objecten}/objects`, async () => {
        await hold.promise;
        return undefined;
      }),
    );
    try {
      const el = await render();
      expect(el.dataState).to.equal('loading');
      await waitUntil(() => $(el, '[part="skeleton"]'), 'no skeleton after the loading delay');
      expect($(el, '[part="content"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($(el, '[part="skeleton"]'))).to.equal('Tips worden geladen…');
      expect(textOf($(el, 'h2'))).to.equal('Tips voor u');
      await expect(el).to.be.accessible();
    } finally {
      hold.open();
    }
  });

  it('stays idle without objecttype or src', async () => {
    const el = await fixture<KbTips>(html`<kb-tips .client=${client} .store=${store}></kb-tips>`);
    expect(el.dataState).to.equal('idle');
    expect(api.requests).to.have.length(0);
  });

  it('shows only general tips before the opt-in, reads nothing of the klantbeeld, and offers the opt-in', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([AFVAL, DIGID]);
    expect($$(el, '[part~="tip-personal"]')).to.have.length(0);
    expect($$(el, '[part="tip-reason"]')).to.have.length(0);
    expect(klantbeeldRequests()).to.deep.equal([]);
    const afval = tip(el, AFVAL)!;
    expect(textOf(afval.querySelector('[part="tip-text"]'))).to.equal('Zie in één oogopslag wanneer welk afval wordt opgehaald in uw straat.');
    const link = afval.querySelector('a[part="tip-link"]')!;
    expect(link.className).to.contain('utrecht-link');
    expect(link.getAttribute('href')).to.equal('https://www.voorbeeldstad.nl/afvalkalender');
    expect(textOf($(el, '[part="personalize"]'))).to.contain(
      'Dan kijken we naar uw lopende en afgeronde zaken, uw producten, uw leeftijd en uw contactvoorkeuren.',
    );
    expect(textOf(personalize(el))).to.equal('Maak tips persoonlijk');
    await expect(el).to.be.accessible();
  });

  it('skips the invalid rule and reports it once with kb-error, without leaving the ready state', async () => {
    const errors = collectEvents('kb-error');
    try {
      const el = await render();
      await settled(el);
      await waitUntil(() => errors.events.length === 1, 'no kb-error for the invalid rule');
      const error = errors.events[0]!.detail.error as TipRuleError;
      expect(error).to.be.instanceOf(TipRuleError);
      expect(error.ruleId).to.equal('energietoeslag');
      expect(error.issues.map((i) => i.path)).to.deep.equal(['/voorwaarde/feit']);
      expect(errors.events[0]!.composed).to.equal(true);
      expect(el.dataState).to.equal('ready');
      expect(textOf(el.shadowRoot)).not.to.contain('energietoeslag');
      expect(textOf(el.shadowRoot)).not.to.contain('Vraag energietoeslag aan');
      personalize(el).click();
      await reloaded(el);
      expect(titles(el)).to.include(PARKEREN);
      expect(errors.events).to.have.length(1, 'reported again after the reload');
    } finally {
      errors.stop();
    }
  });

  it('turns personal tips on with the keyboard: each says why it is shown, the choice is stored', async () => {
    const el = await render();
    await settled(el);
    const changes = collectEvents('kb-tips-personal-change');
    try {
      const button = personalize(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => changes.events.length === 1, 'no kb-tips-personal-change');
      expect(changes.events[0]!.detail).to.deep.equal({ persoonlijk: true });
      expect(await reloaded(el)).to.equal('ready');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="content"]'));
      expect(titles(el)).to.deep.equal([PARKEREN, DAKKAPEL, HOND, AFVAL, DIGID]);
      const parkeren = tip(el, PARKEREN)!;
      expect(parkeren.getAttribute('part')).to.equal('tip tip-personal');
      expect(textOf(parkeren.querySelector('[part="tip-reason"]'))).to.equal('Persoonlijke tip: Omdat u een parkeervergunning heeft');
      expect(textOf(tip(el, DAKKAPEL)!.querySelector('[part="tip-reason"]'))).to.contain('Omdat u een omgevingsvergunning voor een dakkapel heeft aangevraagd');
      expect(titles(el)).not.to.include('Gratis gesprek met een ouderenadviseur');
      expect(await store.load()).to.deep.equal({ persoonlijk: true, verborgen: [] });
      expect(textOf($(el, '[part="personalize"]'))).to.contain('U ziet ook tips die passen bij uw situatie.');
      // Only the one BRP field the rules read.
      expect(klantbeeldRequests().filter((r) => r.url.includes('/haalcentraal/'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      changes.stop();
    }
  });

  it('starts personal when the store says so, and turns back to general tips', async () => {
    store = memoryTipStore({ persoonlijk: true, verborgen: [] });
    const el = await render();
    await settled(el);
    expect(titles(el)).to.include(PARKEREN);
    expect(textOf(personalize(el))).to.equal('Toon alleen algemene tips');
    personalize(el).click();
    await reloaded(el);
    expect(titles(el)).to.deep.equal([AFVAL, DIGID]);
    expect((await store.load()).persoonlijk).to.equal(false);
  });

  it('hides a tip for good: focus moves on, it is announced, stored, and can be brought back', async () => {
    const el = await render();
    await settled(el);
    const dismissals = collectEvents('kb-tip-dismiss');
    try {
      const button = tip(el, AFVAL)!.querySelector('[part="dismiss-button"]') as HTMLButtonElement;
      expect(textOf(button)).to.equal(`Verberg tip: ${AFVAL}`);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => titles(el).length === 1, 'tip not hidden');
      expect(titles(el)).to.deep.equal([DIGID]);
      expect(dismissals.events.map((e) => e.detail)).to.deep.equal([{ id: 'afvalkalender' }]);
      await waitUntil(() => el.shadowRoot!.activeElement === tip(el, DIGID), 'focus did not move to the next tip');
      expect(textOf($(el, '[role="status"]'))).to.equal(`De tip „${AFVAL}” is verborgen.`);
      await waitUntil(async () => (await store.load()).verborgen.includes('afvalkalender'), 'not stored');
      await expect(el).to.be.accessible();
    } finally {
      dismissals.stop();
    }

    const again = await render();
    await settled(again);
    expect(titles(again)).to.deep.equal([DIGID], 'a dismissal lasts');
    const restore = $(again, '[part="restore-button"]') as HTMLButtonElement;
    expect(textOf(restore)).to.equal('Toon de verborgen tip');
    restore.click();
    await again.updateComplete;
    expect(titles(again)).to.deep.equal([AFVAL, DIGID]);
    await waitUntil(async () => (await store.load()).verborgen.length === 0, 'restore not stored');
  });

  it('is used with Tab alone: each link of a tip, then its hide button, then the opt-in', async () => {
    const el = await render();
    await settled(el);
    const before = focusJustBefore(el);
    const focused = () => el.shadowRoot!.activeElement;
    try {
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(tip(el, AFVAL)!.querySelector('[part="tip-link"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(tip(el, AFVAL)!.querySelector('[part="dismiss-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(tip(el, DIGID)!.querySelector('[part="tip-link"]'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(personalize(el));
      // Hiding the last tip sends focus to the one before it; the list is then one Tab stop shorter.
      (tip(el, DIGID)!.querySelector('[part="dismiss-button"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => focused() === tip(el, AFVAL), 'focus did not move to the previous tip');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(tip(el, AFVAL)!.querySelector('[part="tip-link"]'));
    } finally {
      before.remove();
    }
  });

  it('shows the empty state, still offering the opt-in, when every general tip is hidden', async () => {
    store = memoryTipStore({ persoonlijk: false, verborgen: ['afvalkalender', 'digid-app'] });
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Er zijn nu geen tips voor u.');
    expect(personalize(el) !== null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('hides the tips whose facts failed to load, with a note, and keeps the others', async () => {
    store = memoryTipStore({ persoonlijk: true, verborgen: [] });
    worker.use(http.get(`${api.urls.producten}/producten`, () => new HttpResponse(null, { status: 500 })));
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([DAKKAPEL, AFVAL, DIGID]);
    expect(textOf($(el, '[part="facts-note"]'))).to.contain('Niet al uw gegevens konden worden opgehaald');
  });

  it('speaks English, with the English reason', async () => {
    store = memoryTipStore({ persoonlijk: true, verborgen: [] });
    const el = await render({ lang: 'en' });
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Tips for you');
    expect(titles(el)[0]).to.equal('Let your visitors park at a discount');
    expect(textOf(tip(el, 'Let your visitors park at a discount')!.querySelector('[part="tip-reason"]'))).to.equal(
      'Personal tip: Because you have a parking permit',
    );
    expect(textOf(personalize(el))).to.equal('Show general tips only');
  });

  it('follows heading-level (tip titles one level deeper) and the audience', async () => {
    const el = await render({ headingLevel: '3', audience: 'ondernemer' });
    await settled(el);
    expect(textOf($(el, 'h3'))).to.equal('Tips voor u');
    expect($$(el, 'h4').map((h) => textOf(h))).to.deep.equal([DIGID, 'Maak een afspraak bij het Ondernemersloket']);
    // The one personal rule for ondernemers reads only the contact preferences.
    expect(textOf($(el, '[part="personalize"]'))).to.contain('Dan kijken we naar uw contactvoorkeuren.');
  });

  it('renders rule texts as text, never as HTML', async () => {
    worker.use(
      http.get(`${api.urls.objecten}/objects`, () =>
        oneObjectRecord(api, objecttype, { id: 'html', titel: { nl: '<b>Vet</b>' }, tekst: { nl: '<img src=x onerror=alert(1)>' }, doelgroep: ['inwoner'] }),
      ),
    );
    const el = await render();
    await settled(el);
    expect(titles(el)).to.deep.equal(['<b>Vet</b>']);
    expect($$(el, 'b, img')).to.have.length(0);
  });

  it('keeps the choices in localStorage under klantbeeld:tips by default (ids and a boolean only)', async () => {
    localStorage.removeItem('klantbeeld:tips');
    try {
      const el = await fixture<KbTips>(html`<kb-tips .client=${client} .now=${NOW} objecttype=${objecttype}></kb-tips>`);
      await settled(el);
      (tip(el, AFVAL)!.querySelector('[part="dismiss-button"]') as HTMLButtonElement).click();
      personalize(el).click();
      await waitUntil(() => JSON.parse(localStorage.getItem('klantbeeld:tips') ?? '{}').persoonlijk === true, 'not stored');
      expect(JSON.parse(localStorage.getItem('klantbeeld:tips')!)).to.deep.equal({ persoonlijk: true, verborgen: ['afvalkalender'] });
      await reloaded(el);
      expect(titles(el)).to.deep.equal([PARKEREN, DAKKAPEL, HOND, DIGID]);
    } finally {
      localStorage.removeItem('klantbeeld:tips');
    }
  });

  it('shows the general tips when a replaced store fails, and keeps the choice for the page', async () => {
    store = {
      load: () => Promise.reject(new Error('gateway down')),
      save: () => Promise.reject(new Error('gateway down')),
    };
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([AFVAL, DIGID]);
    personalize(el).click();
    await reloaded(el);
    expect(titles(el)).to.include(PARKEREN);
  });

  it('reads rules from a same-origin JSON file (src)', async () => {
    const el = await render({ src: RULES_FILE });
    expect(await settled(el)).to.equal('ready');
    expect(titles(el)).to.deep.equal([AFVAL]);
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${location.origin}${RULES_FILE}`,
      render: () => render({ src: RULES_FILE }),
      ready: (el) => {
        expect(titles(el)).to.deep.equal([AFVAL]);
      },
    });
  });
});
