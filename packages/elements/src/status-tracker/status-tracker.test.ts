import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './status-tracker.js';
import type { KbStatusTracker } from './status-tracker.element.js';
import { collectEvents, failOnUncaught, settled, stateIs, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { createClient, EVENTS_PATH } from '@klantbeeld/core';
import { statusCreated } from '@klantbeeld/mock-api';
import { badResponses } from '../testing/bad-responses.js';
import { holdRequests } from '../testing/hold.js';

const PARKEERVERGUNNING = 'ZAAK-2026-0004127';
const PARKEERVERGUNNING_UUID = '22c85614-4ae0-4b52-8709-d0dc7782de99';
const TOZO = 'ZAAK-2021-0001388';
const LANTAARNPAAL = 'ZAAK-2026-0004410';
// Live tests move the dakkapel on (the mock is shared by the file): no test before them uses it.
const DAKKAPEL = 'ZAAK-2026-0003561';
const DAKKAPEL_UUID = '4078c219-386d-4716-b105-a5eb3b515501';

describe('<kb-status-tracker>', () => {
  const { api, worker } = useMockApi();
  const uncaught = failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const render = (zaak: string, extra: { headingLevel?: string } = {}) =>
    fixture<KbStatusTracker>(html`<kb-status-tracker .client=${client} zaak=${zaak} heading-level=${extra.headingLevel ?? '2'}></kb-status-tracker>`);
  const $ = (el: KbStatusTracker, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbStatusTracker, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

  it('shows a loading state with aria-busy and a skeleton while the zaak loads', async () => {
    const hold = holdRequests(worker, `${api.urls.zaken}/zaken`);
    const el = await render(PARKEERVERGUNNING);
    expect(el.dataState).to.equal('loading');
    // Only after a short delay: fast data never flashes a skeleton.
    expect($(el, '[part="skeleton"]')).to.equal(null);
    await waitUntil(() => $(el, '[part="skeleton"]'), 'no skeleton after the loading delay');
    const content = $(el, '[part="content"]')!;
    expect(content.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="skeleton"]')).to.exist;
    expect(textOf($(el, '[part="skeleton"]'))).to.equal('De status van uw zaak wordt geladen…');
    await expect(el).to.be.accessible();
    hold.open();
    await settled(el);
    expect(content.getAttribute('aria-busy')).to.equal('false');
    expect(el.dataState).to.equal('ready');
  });

  it('shows the zaak, its steps, behandelaar and expected end date', async () => {
    const el = await render(PARKEERVERGUNNING);
    expect(await settled(el)).to.equal('ready');

    const heading = $(el, 'h2')!;
    expect(heading.className).to.equal('utrecht-heading-2');
    expect(textOf(heading)).to.equal('Parkeervergunning bewoners, vergunninggebied Centrum-Oost');
    const meta = textOf($(el, '[part="meta"]'));
    expect(meta).to.contain('Aanvraag parkeervergunning bewoners');
    expect(meta).to.contain(PARKEERVERGUNNING);

    const steps = $$(el, 'ol[part="steps"] > li');
    expect(steps.map((li) => textOf(li.querySelector('.kb-status-tracker__name')))).to.deep.equal([
      'Aanvraag ontvangen, afgerond',
      'In behandeling, huidige stap',
      'Besluit genomen, nog niet',
      'Afgehandeld, nog niet',
    ]);
    // Dates for reached steps only, in Dutch, as <time datetime>.
    expect(textOf(steps[0]!.querySelector('time'))).to.equal('3 november 2026');
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-03T08:12:44Z');
    expect(textOf(steps[1]!.querySelector('time'))).to.equal('5 november 2026');
    expect(steps[2]!.querySelector('time')).to.equal(null);
    // The current step explains itself: statustekst and the case worker's toelichting.
    const current = textOf(steps[1]);
    expect(current).to.contain('We controleren uw gegevens, zoals uw adres en het kenteken van uw auto.');
    expect(current).to.contain('We wachten nog op een kopie van uw kentekenbewijs. Upload die via Mijn Voorbeeldstad.');
    expect(textOf(steps[0])).not.to.contain('We hebben uw aanvraag voor een parkeervergunning ontvangen');

    const details = textOf($(el, '[part="details"]'));
    expect(details).to.contain('Behandeld door Team Parkeren');
    expect(details).to.contain('Verwachte einddatum');
    expect(details).to.contain('24 november 2026');
    expect(details).to.contain('Uiterlijke einddatum');
    expect(details).to.contain('29 december 2026');
    expect($(el, '[part="result"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks only the current step with aria-current="step", and states are in words for screen readers', async () => {
    const el = await render(PARKEERVERGUNNING);
    await settled(el);
    const steps = $$(el, 'ol[part="steps"] > li');
    expect(steps.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null]);
    const hidden = steps.map((li) => textOf(li.querySelector('.kb-visually-hidden')));
    expect(hidden).to.deep.equal([', afgerond', ', huidige stap', ', nog niet', ', nog niet']);
    // The visually hidden text is really hidden (1px clip), not display:none (which screen readers skip too).
    const box = steps[0]!.querySelector('.kb-visually-hidden')!.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
  });

  it('renders a zaak the client has ready in its first render: no loading state, no request (issue 16)', async () => {
    await settled(await render(PARKEERVERGUNNING));
    const requests: string[] = [];
    // Data requests only: the first tracker's live stream may (re)connect at any moment, which is not this tracker's.
    const onRequest = ({ request }: { request: Request }) => void (request.url.endsWith(EVENTS_PATH) || requests.push(request.url));
    worker.events.on('request:start', onRequest);
    try {
      const el = document.createElement('kb-status-tracker');
      const states: string[] = [];
      el.addController({ hostUpdated: () => void states.push(el.dataState) });
      el.client = client;
      el.noLive = true;
      el.zaak = PARKEERVERGUNNING;
      document.body.append(el);
      await waitUntil(() => el.dataState === 'ready' && !el.isUpdatePending);
      expect(states).to.deep.equal(['ready']);
      expect(requests).to.deep.equal([]);
      el.remove();
    } finally {
      worker.events.removeListener('request:start', onRequest);
    }
  });

  it('loads a zaak by URL as well', async () => {
    const el = await render(`${api.urls.zaken}/zaken/${PARKEERVERGUNNING_UUID}`);
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, 'h2'))).to.equal('Parkeervergunning bewoners, vergunninggebied Centrum-Oost');
  });

  it('shows the outcome of a closed case', async () => {
    const el = await render(TOZO);
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, 'h2'))).to.equal('Tozo-uitkering levensonderhoud, april tot en met juni 2021');
    const result = textOf($(el, '[part="result"]'));
    expect(result).to.contain('Deze zaak is afgerond op');
    expect(result).to.contain('Toegekend');
    expect(result).to.contain('Tozo-uitkering toegekend voor de maanden april, mei en juni 2021.');
    // Closed: no expected end date any more; the end status is the current step.
    expect(textOf($(el, '[part="details"]'))).not.to.contain('Verwachte einddatum');
    const current = $(el, 'li[aria-current="step"]');
    expect(textOf(current?.querySelector('.kb-status-tracker__name'))).to.equal('Afgerond, huidige stap');
    await expect(el).to.be.accessible();
  });

  it('shows only the steps with steps-only, and slotted current-step content under the current step', async () => {
    const el = await fixture<KbStatusTracker>(html`<kb-status-tracker .client=${client} zaak=${PARKEERVERGUNNING} steps-only no-live>
      <p slot="current-step">Bericht bij deze stap</p>
    </kb-status-tracker>`);
    expect(await settled(el)).to.equal('ready');
    expect($(el, 'h2')).to.equal(null);
    expect($(el, '[part="meta"]')).to.equal(null);
    expect($(el, '[part="details"]')).to.equal(null);
    expect($$(el, 'ol[part="steps"] > li')).to.have.length(4);
    const slot = $(el, 'li[aria-current="step"] slot[name="current-step"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((node) => textOf(node))).to.deep.equal(['Bericht bij deze stap']);
    expect($$(el, 'slot[name="current-step"]')).to.have.length(1);
    await expect(el).to.be.accessible();

    el.stepsOnly = false;
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Parkeervergunning bewoners, vergunninggebied Centrum-Oost');
    expect($(el, '[part="details"]')).to.exist;
  });

  it('says so when a case has no status yet', async () => {
    const el = await render(LANTAARNPAAL);
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, 'h2'))).to.equal('Kapotte lantaarnpaal bij Lindelaan 21');
    expect(textOf(el.shadowRoot)).to.contain('Deze zaak heeft nog geen status.');
    expect($(el, 'li[aria-current]')).to.equal(null);
    const states = $$(el, 'ol[part="steps"] > li').map((li) => textOf(li.querySelector('.kb-visually-hidden')));
    expect(states.length).to.be.greaterThan(0);
    expect(states.every((s) => s === ', nog niet')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for an unknown identificatie and for a 404 on a zaak URL', async () => {
    const el = await render('ZAAK-1999-0000000');
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Deze zaak is niet gevonden.');
    // Not the case's name (there is none), but the element's general heading: no gap without a title.
    expect(textOf($(el, 'h2'))).to.equal('Status van uw zaak');
    await expect(el).to.be.accessible();

    const byUrl = await render(`${api.urls.zaken}/zaken/00000000-0000-4000-8000-000000000000`);
    expect(await settled(byUrl)).to.equal('empty');
    expect(textOf($(byUrl, '[part="empty"]'))).to.equal('Deze zaak is niet gevonden.');
  });

  it('moves focus to its heading once a newly chosen case is shown (focusHeading), and names itself in English while failing', async () => {
    const el = await render(PARKEERVERGUNNING);
    await settled(el);
    el.setAttribute('zaak', 'ZAAK-2024-0005112');
    await el.focusHeading();
    const h2 = $(el, 'h2')!;
    expect(el.shadowRoot!.activeElement === h2, 'focus on the heading').to.equal(true);
    expect(textOf(h2)).to.not.equal('Status van uw zaak');
    await expect(el).to.be.accessible();

    worker.use(http.get(`${api.urls.zaken}/zaken`, () => new HttpResponse(null, { status: 500 })));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><kb-status-tracker .client=${mockClient()} zaak=${PARKEERVERGUNNING}></kb-status-tracker></div>`,
    );
    const en = wrapper.firstElementChild as KbStatusTracker;
    expect(await settled(en)).to.equal('error');
    expect(textOf($(en, '[part~="heading"]'))).to.equal('Status of your case');
    await expect(en).to.be.accessible();
  });

  describe('error state', () => {
    for (const c of badResponses) {
      it(`explains ${c.name}, fires kb-error, and recovers on retry`, async () => {
        // Every attempt gets the bad answer: the client retries 502 and network errors by itself.
        worker.use(http.get(`${api.urls.zaken}/zaken`, c.response));
        const errors = collectEvents('kb-error');
        try {
          const el = await render(PARKEERVERGUNNING);
          expect(await settled(el)).to.equal('error');
          const alert = $(el, '.utrecht-alert')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          // A failed tracker is still identifiable by its heading.
          expect(textOf($(el, '[part~="heading"]'))).to.equal('Status van uw zaak');
          expect(textOf($(el, '[part="error-message"]'))).to.contain(c.message);
          expect(errors.events).to.have.length(1);
          const detail = errors.events[0]!.detail;
          expect(detail.error).to.be.instanceOf(Error);
          expect((detail.error as Error & { kind?: string }).kind).to.equal(c.kind);
          expect(detail.retry).to.be.a('function');
          expect(errors.events[0]!.composed).to.equal(true);
          if (c.kind === 'server') await expect(el).to.be.accessible();

          worker.resetHandlers();
          const retry = $(el, '[part="retry-button"]') as HTMLButtonElement;
          expect(textOf(retry)).to.equal('Opnieuw proberen');
          retry.click();
          await stateIs(el, 'ready');
          expect(textOf($(el, 'h2'))).to.equal('Parkeervergunning bewoners, vergunninggebied Centrum-Oost');
          // Focus stays in the element after the retry button disappeared.
          expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="content"]'));
          expect(errors.events).to.have.length(1);
        } finally {
          errors.stop();
        }
      });
    }

    it('a single 502 is retried by the client: the resident never sees an error', async () => {
      let failed = 0;
      worker.use(http.get(`${api.urls.zaken}/zaken`, () => (failed++, new HttpResponse(null, { status: 502 })), { once: true }));
      const errors = collectEvents('kb-error');
      try {
        const el = await render(PARKEERVERGUNNING);
        expect(await settled(el)).to.equal('ready');
        expect(errors.events).to.have.length(0);
        // The first attempt got the 502 (the override), the second reached the mock.
        expect(failed).to.equal(1);
        expect(api.requests.filter((r) => new URL(r.url).pathname.endsWith('/zaken')).length).to.equal(1);
      } finally {
        errors.stop();
      }
    });

    it('can be retried through the kb-error detail', async () => {
      worker.use(http.get(`${api.urls.zaken}/zaken`, () => new HttpResponse(null, { status: 503 })));
      const errors = collectEvents('kb-error');
      try {
        const el = await render(PARKEERVERGUNNING);
        expect(await settled(el)).to.equal('error');
        worker.resetHandlers();
        errors.events[0]!.detail.retry!();
        await stateIs(el, 'ready');
      } finally {
        errors.stop();
      }
    });

    it('never throws uncaught, whatever a later request returns (ready or error, nothing else)', async () => {
      const garbage: unknown[] = [null, [], 'x', 42, { results: [{}] }, { results: [null, 1, 'x', { url: 7 }] }, { count: 'x', next: 5 }];
      for (const body of garbage) {
        for (const path of [`${api.urls.catalogi}/statustypen`, `${api.urls.zaken}/statussen`, `${api.urls.zaken}/rollen`]) {
          worker.resetHandlers();
          worker.use(http.get(path, () => HttpResponse.json(body as never)));
          const fresh = mockClient();
          const el = await fixture<KbStatusTracker>(html`<kb-status-tracker .client=${fresh} zaak=${PARKEERVERGUNNING}></kb-status-tracker>`);
          const state = await settled(el);
          expect(['ready', 'error'], `${path} → ${JSON.stringify(body)}`).to.include(state);
          expect(uncaught.errors, `${path} → ${JSON.stringify(body)}`).to.have.length(0);
        }
      }
    });

    it('survives an error in a later request (statussen) too', async () => {
      worker.use(http.get(`${api.urls.zaken}/statussen`, () => HttpResponse.json({ results: 42 }), { once: true }));
      const el = await render(PARKEERVERGUNNING);
      expect(await settled(el)).to.equal('error');
      expect(textOf($(el, '[part="error-message"]'))).to.contain('Uw gegevens konden niet worden gelezen.');
    });
  });

  it('follows the nearest lang (English) and re-renders when lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <section><kb-status-tracker .client=${client} zaak=${PARKEERVERGUNNING}></kb-status-tracker></section>
    </div>`);
    const el = wrapper.querySelector('kb-status-tracker')!;
    await settled(el);
    const current = () => textOf($(el, 'li[aria-current="step"] .kb-status-tracker__name'));
    expect(current()).to.equal('In behandeling, current step');
    expect(textOf($(el, 'li[aria-current="step"] time'))).to.equal('5 November 2026');
    expect(textOf($(el, '[part="details"]'))).to.contain('Handled by Team Parkeren');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'nl');
    await el.updateComplete;
    await waitFor(() => current() === 'In behandeling, huidige stap');
    expect(textOf($(el, 'li[aria-current="step"] time'))).to.equal('5 november 2026');

    // A closer ancestor with lang now decides.
    wrapper.querySelector('section')!.setAttribute('lang', 'en-GB');
    await waitFor(() => current() === 'In behandeling, current step');
    expect(textOf($(el, 'li[aria-current="step"] time'))).to.equal('5 November 2026');
  });

  it('follows <html lang> when no closer ancestor has one', async () => {
    const html0 = document.documentElement;
    const before = html0.getAttribute('lang');
    try {
      html0.setAttribute('lang', 'en');
      const el = await render(PARKEERVERGUNNING);
      await settled(el);
      expect(textOf($(el, '[part="details"]'))).to.contain('Handled by Team Parkeren');
      html0.setAttribute('lang', 'nl');
      await waitFor(() => textOf($(el, '[part="details"]')).includes('Behandeld door Team Parkeren'));
    } finally {
      if (before === null) html0.removeAttribute('lang');
      else html0.setAttribute('lang', before);
    }
  });

  it('respects heading-level (1–6), defaulting to 2 for invalid values', async () => {
    const el = await render(PARKEERVERGUNNING, { headingLevel: '4' });
    await settled(el);
    expect($(el, 'h4.utrecht-heading-4')).to.exist;
    expect($(el, 'h2')).to.equal(null);

    el.headingLevel = 1;
    await el.updateComplete;
    expect($(el, 'h1.utrecht-heading-1')).to.exist;

    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, 'h2.utrecht-heading-2')).to.exist;
  });

  it('lets every text be overridden (texts property or JSON attribute)', async () => {
    const el = await render('ZAAK-1999-0000000');
    el.texts = { zaakNotFound: 'Geen zaak met dit nummer.' };
    await settled(el);
    // A key of 0.1: its compatibility layer loads on first use, then the element renders again.
    await waitUntil(() => textOf($(el, '[part="empty"]')) === 'Geen zaak met dit nummer.', textOf($(el, '[part="empty"]')));
    el.setAttribute('texts', '{"zaakNotFound": "Onbekende zaak."}');
    await el.updateComplete;
    expect(textOf($(el, '[part="empty"]'))).to.equal('Onbekende zaak.');
  });

  it('aborts the pending request when the zaak changes, and shows only the new zaak', async () => {
    const signals: AbortSignal[] = [];
    client = mockClient(signals);
    const hold = holdRequests(worker, `${api.urls.zaken}/zaken`, { once: true });
    try {
      const el = await render(PARKEERVERGUNNING);
      expect(el.dataState).to.equal('loading');
      await waitFor(() => signals.length === 1);
      el.zaak = TOZO;
      await el.updateComplete;
      expect(signals[0]!.aborted).to.equal(true);
      expect(await settled(el)).to.equal('ready');
      expect(textOf($(el, 'h2'))).to.equal('Tozo-uitkering levensonderhoud, april tot en met juni 2021');
    } finally {
      hold.open();
    }
  });

  it('aborts on disconnect without an error, and loads again when connected again', async () => {
    const signals: AbortSignal[] = [];
    client = mockClient(signals);
    const hold = holdRequests(worker, `${api.urls.zaken}/zaken`, { once: true });
    const errors = collectEvents('kb-error');
    try {
      const el = await render(PARKEERVERGUNNING);
      await waitFor(() => signals.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      hold.open();
      parent.append(el);
      expect(await settled(el)).to.equal('ready');
      expect(textOf($(el, 'h2'))).to.equal('Parkeervergunning bewoners, vergunninggebied Centrum-Oost');
      expect(errors.events).to.have.length(0);
    } finally {
      hold.open();
      errors.stop();
    }
  });

  it('stays idle (no request, no error) without a client or without a zaak', async () => {
    const signals: AbortSignal[] = [];
    client = mockClient(signals);
    const el = await fixture<KbStatusTracker>(html`<kb-status-tracker zaak=${PARKEERVERGUNNING}></kb-status-tracker>`);
    expect(el.dataState).to.equal('idle');
    expect($(el, '[part="content"]')!.getAttribute('aria-busy')).to.equal('false');
    const noZaak = await fixture<KbStatusTracker>(html`<kb-status-tracker .client=${client}></kb-status-tracker>`);
    expect(noZaak.dataState).to.equal('idle');
    expect(signals).to.have.length(0);
    noZaak.zaak = PARKEERVERGUNNING;
    expect(await settled(noZaak)).to.equal('ready');
    expect(signals.length).to.be.greaterThan(0);
  });
  describe('live updates and related zaken', () => {
    /** A client that also reaches the omgevingsdienst's Zaken and Catalogi API (ketenstatus). */
    const ketenClient = () =>
      createClient({
        gateway: location.origin,
        sources: {
          zaken: [api.urls.zaken, { url: api.otherOrganisation.zaken, organisatie: api.otherOrganisation.naam }],
          catalogi: [api.urls.catalogi, api.otherOrganisation.catalogi],
        },
      });
    // Every stream of an earlier test has closed (each test counts its own).
    beforeEach(() => waitFor(() => api.eventStreams === 0));
    const currentName = (el: KbStatusTracker) => textOf($(el, 'li[aria-current="step"] .kb-status-tracker__name'));
    const liveText = (el: KbStatusTracker) => textOf($(el, '[part="live-region"]'));
    /** Records every data-state / aria-busy value and every skeleton that appears in the shadow root. */
    const watch = (el: KbStatusTracker) => {
      const states: string[] = [];
      let skeletons = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') states.push(`${record.attributeName}=${(record.target as Element).getAttribute(record.attributeName!)}`);
          for (const node of record.addedNodes) {
            if (node instanceof Element && (node.matches('[part="skeleton"]') || node.querySelector('[part="skeleton"]'))) skeletons++;
          }
        }
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'aria-busy'] });
      return { states, skeletons: () => skeletons, stop: () => observer.disconnect() };
    };

    it('updates the current step on a status change without reload, announces it politely, never shows the skeleton', async () => {
      const el = await render(DAKKAPEL);
      expect(await settled(el)).to.equal('ready');
      await waitFor(() => api.eventStreams === 1 && el.subscribed);
      const before = currentName(el).replace(/, huidige stap$/, '');
      expect(before).to.equal('Advies gevraagd');
      const region = $(el, '[part="live-region"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(liveText(el)).to.equal('');

      // Hold the refresh open, to see what is shown meanwhile.
      const hold = holdRequests(worker, `${api.urls.zaken}/zaken/${DAKKAPEL_UUID}`);
      const watcher = watch(el);
      const focused = document.activeElement;
      const heading = $(el, 'h2');
      const changes = collectEvents('kb-zaak-change');
      try {
        api.setZaakStatus(DAKKAPEL_UUID, 4, 'De adviezen zijn binnen.');
        await waitFor(() => el.refreshing);
        await el.updateComplete;
        expect(el.dataState).to.equal('ready');
        expect($(el, '[part="skeleton"]')).to.equal(null);
        expect($(el, '[part="content"]')!.getAttribute('aria-busy')).to.equal('false');
        expect(currentName(el)).to.equal('Advies gevraagd, huidige stap'); // the previous timeline stays visible
      } finally {
        hold.open();
      }

      await waitFor(() => currentName(el) === 'Inhoudelijke beoordeling, huidige stap');
      await waitFor(() => changes.events.length === 1);
      changes.stop();
      const change = changes.events[0]!;
      expect(change.detail).to.deep.equal({
        zaak: `${api.urls.zaken}/zaken/${DAKKAPEL_UUID}`,
        status: 'Inhoudelijke beoordeling',
        previousStatus: 'Advies gevraagd',
      });
      expect([change.bubbles, change.composed]).to.deep.equal([true, true]);
      expect(textOf($(el, 'li[aria-current="step"]'))).to.contain('De adviezen zijn binnen.');
      expect(liveText(el)).to.equal('De status van uw zaak is gewijzigd van Advies gevraagd naar Inhoudelijke beoordeling.');
      expect(region.isConnected).to.equal(true); // the same region, its text changed
      expect($(el, 'h2')).to.equal(heading); // re-rendered in place, not re-created
      expect(el.dataState).to.equal('ready');
      watcher.stop();
      expect(watcher.skeletons()).to.equal(0);
      expect(watcher.states.filter((s) => s === 'data-state=loading' || s === 'aria-busy=true')).to.deep.equal([]);
      expect(document.activeElement).to.equal(focused);
      await expect(el).to.be.accessible();
    });

    it('unsubscribes on disconnect (no event stream left), and subscribes again when connected again', async () => {
      const el = await render(DAKKAPEL);
      await settled(el);
      await waitFor(() => api.eventStreams === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(el.subscribed).to.equal(false);
      await waitFor(() => api.eventStreams === 0);
      parent.append(el);
      await waitFor(() => api.eventStreams === 1 && el.subscribed);
      el.remove();
      await waitFor(() => api.eventStreams === 0);
    });

    it('re-subscribes when the zaak changes, and does not subscribe with live="false" or no-live', async () => {
      const el = await render(DAKKAPEL);
      await settled(el);
      await waitFor(() => el.subscribed);
      el.zaak = PARKEERVERGUNNING;
      await el.updateComplete;
      expect(el.subscribed).to.equal(false); // the old zaak's subscription ended at once
      expect(await settled(el)).to.equal('ready');
      await waitFor(() => el.subscribed);
      el.remove();
      await waitFor(() => api.eventStreams === 0);

      // A client of its own that records what it requests: no event stream may be asked for.
      const requested: string[] = [];
      client = createClient({
        gateway: location.origin,
        fetch: (input, init) => {
          requested.push(input instanceof Request ? input.url : String(input));
          return globalThis.fetch(input, init);
        },
      });
      const streams = () => requested.filter((url) => url.startsWith(api.eventsUrl)).length;
      const off = await fixture<KbStatusTracker>(html`<kb-status-tracker .client=${client} zaak=${DAKKAPEL} live="false"></kb-status-tracker>`);
      const noLive = await fixture<KbStatusTracker>(html`<kb-status-tracker .client=${client} zaak=${DAKKAPEL} no-live></kb-status-tracker>`);
      expect(await settled(off)).to.equal('ready');
      expect(await settled(noLive)).to.equal('ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(off.live).to.equal(false);
      expect(off.subscribed).to.equal(false);
      expect(noLive.subscribed).to.equal(false);
      expect(streams()).to.equal(0);
      off.live = true;
      await waitFor(() => off.subscribed && streams() === 1);
    });

    it('follows the deelzaak at the omgevingsdienst live: its new status shows under the current step without reload', async () => {
      client = ketenClient();
      const el = await render(DAKKAPEL);
      await settled(el);
      const followed = () => (el as unknown as { relatedLive: { subscribed: boolean } }).relatedLive.subscribed;
      await waitFor(() => $(el, '[part="related-status"]') !== null && api.eventStreams === 1 && followed());
      const odvStatus = () =>
        $$(el, '[part~="related"]')
          .filter((li) => textOf(li).includes('Toets constructieve veiligheid'))
          .map((li) => textOf(li.querySelector('[part="related-status"]')));
      expect(odvStatus()).to.deep.equal(['Status: Constructieve toets']);
      // The omgevingsdienst's deelzaak (fixtureOtherOrganisation.constructieveVeiligheid of the mock).
      const uuid = 'c3f0b6a2-5d7e-4f81-9a2b-6e4d8c1f0a37';
      try {
        const status = api.setOtherOrganisationZaakStatus(uuid, 1);
        // What the gateway relays from the omgevingsdienst's Notificaties API.
        api.notify(statusCreated(status));
        await waitFor(() => odvStatus()[0] === 'Status: Adviesvraag ontvangen');
      } finally {
        api.setOtherOrganisationZaakStatus(uuid, 2);
      }
    });

    it('lists the deelzaak at the omgevingsdienst with its organisation and status, under the current step', async () => {
      client = ketenClient();
      const el = await render(DAKKAPEL);
      await settled(el);
      await waitFor(() => $(el, '[part="relations"]') !== null);
      const relations = $(el, 'li[aria-current="step"] [part="relations"]')!;
      expect(relations, 'nested under the current step').to.exist;
      expect(textOf(relations)).to.contain('Onderdelen van deze zaak');
      const items = $$(el, '[part~="related"]');
      const odv = items.find((li) => textOf(li).includes('Toets constructieve veiligheid dakkapel Lindelaan 17'))!;
      expect(odv, textOf(relations)).to.exist;
      expect(textOf(odv.querySelector('[part="related-organisation"]'))).to.equal('bij Omgevingsdienst Voorbeeldregio');
      expect(textOf(odv.querySelector('[part="related-status"]'))).to.equal('Status: Constructieve toets');
      expect(odv.querySelector('a')).to.equal(null); // no zaak-href-template
      // The zaak at a third organisation that nobody configured: named as such, never a link.
      const foreign = items.filter((li) => li.getAttribute('part')!.includes('related-unreachable'));
      expect(foreign.map((li) => textOf(li))).to.include('Een zaak bij een andere organisatie');
      expect(foreign.every((li) => li.querySelector('a') === null)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('names the hoofdzaak of a deelzaak, with its status and a link', async () => {
      const el = await fixture<KbStatusTracker>(
        html`<kb-status-tracker .client=${client} zaak="ODV-2026-000981" no-live zaak-href-template="/zaken/{identificatie}"></kb-status-tracker>`,
      );
      await settled(el);
      await waitFor(() => $(el, '[part="relations"]') !== null);
      const relations = $(el, 'li[aria-current="step"] [part="relations"]')!;
      expect(textOf(relations.querySelector('[part="relations-label"]'))).to.equal('Deze zaak is een onderdeel van');
      const [hoofdzaak] = $$(el, '[part~="related"]');
      // The live tests before this one moved the dakkapel on: its status is whatever it is now.
      expect(textOf(hoofdzaak)).to.match(/^Dakkapel aan de achterkant, Lindelaan 17 Status: \S/);
      expect(hoofdzaak!.querySelector('a')!.getAttribute('href')).to.equal(`/zaken/${DAKKAPEL}`);
      await expect(el).to.be.accessible();
    });

    it('links reachable related zaken with zaak-href-template, and names an unreachable deelzaak without a link', async () => {
      // The default client does not reach the omgevingsdienst.
      const el = await fixture<KbStatusTracker>(
        html`<kb-status-tracker .client=${client} zaak=${DAKKAPEL} zaak-href-template="/zaken/{uuid}"></kb-status-tracker>`,
      );
      await settled(el);
      await waitFor(() => $(el, '[part="relations"]') !== null);
      const unreachable = $$(el, '[part~="related-unreachable"]').map((li) => textOf(li));
      expect(unreachable).to.include('Een onderdeel bij een andere organisatie');
      expect($$(el, '[part~="related-unreachable"] a')).to.have.length(0);
      for (const link of $$(el, '[part="related-link"]')) expect(link.getAttribute('href')).to.match(/^\/zaken\/[0-9a-f-]{36}$/);
      await expect(el).to.be.accessible();
    });

    it('shows the timeline when the relations request fails, without an error or kb-error', async () => {
      let failed = 0;
      worker.use(
        http.get(`${api.urls.zaken}/zaken/${DAKKAPEL_UUID}`, ({ request }) => {
          if (!new URL(request.url).searchParams.get('expand')?.includes('deelzaken')) return undefined;
          failed++;
          return HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
        }),
      );
      const errors = collectEvents('kb-error');
      try {
        const el = await render(DAKKAPEL);
        expect(await settled(el)).to.equal('ready');
        await waitFor(() => failed > 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        expect(el.dataState).to.equal('ready');
        expect($$(el, 'ol[part="steps"] > li').length).to.be.greaterThan(3);
        expect($(el, 'li[aria-current="step"]')).to.exist;
        expect($(el, '[part="relations"]')).to.equal(null);
        expect($(el, '[part="error"]')).to.equal(null);
        expect(errors.events).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        errors.stop();
      }
    });

    it('announces in English, and names the organisation in English', async () => {
      client = ketenClient();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <kb-status-tracker .client=${client} zaak=${DAKKAPEL}></kb-status-tracker>
      </div>`);
      const el = wrapper.querySelector('kb-status-tracker')!;
      await settled(el);
      await waitFor(() => $(el, '[part="relations"]') !== null && api.eventStreams === 1);
      expect(textOf($(el, '[part="relations"]'))).to.contain('Parts of this case');
      expect(textOf($(el, '[part="relations"]'))).to.contain('at Omgevingsdienst Voorbeeldregio');
      const before = currentName(el).replace(/, current step$/, '');
      api.setZaakStatus(DAKKAPEL_UUID, 5);
      await waitFor(() => currentName(el) === 'Besluit genomen, current step');
      expect(liveText(el)).to.equal(`The status of your case has changed from ${before} to Besluit genomen.`);
      // The relations stay after the refresh.
      await waitFor(() => $(el, '[part="relations"]') !== null);
      await expect(el).to.be.accessible();
    });
  });
});

function waitFor(predicate: () => boolean): Promise<void> {
  return waitUntil(predicate, 'condition not met', { timeout: 3000 });
}
