import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fixtureZaken } from '@klantbeeld/mock-api';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './zaak-detail.js';
import type { KbZaakDetail } from './zaak-detail.element.js';
import type { KbStatusTracker } from '../status-tracker/status-tracker.element.js';
import { MAX_BESLUITEN, fileSize, fileType, parseDuur, pickContactRoute, telHref, termijnStand, toContactRoutes } from '@klantbeeld/core';
import { collectEvents, failOnUncaught, gate, settled, stateIs, textOf, focusJustBefore } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';

const { jansen } = fixtureZaken;
/** 29 November 2026, 11:00 in the Netherlands. */
const NOW = Date.parse('2026-11-29T10:00:00Z');
const DAKKAPEL_TITLE = 'Dakkapel aan de achterkant, Lindelaan 17';
const PARKEERVERGUNNING = 'ZAAK-2026-0004127';

const ROUTES = [
  {
    zaaktype: ['ZT-PRK-BEWONER', 'something else'],
    label: 'Team Parkeren',
    telefoon: '14 030',
    url: 'https://www.voorbeeldstad.nl/parkeren/vraag',
    urlLabel: 'Stel uw vraag over parkeren',
    openingstijden: 'werkdagen van 8.30 tot 17.00 uur',
  },
  { label: 'Klantcontactcentrum', telefoon: '+31 (0)30 123 45 67', url: 'javascript:alert(1)' },
];

describe('<kb-zaak-detail>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let client: KlantbeeldClient;
  beforeEach(() => {
    client = mockClient();
  });

  const zaakUrl = (uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
  const render = (zaak: string, options: { now?: number; headingLevel?: string } = {}) =>
    fixture<KbZaakDetail>(html`<kb-zaak-detail
      .client=${client}
      .now=${options.now ?? NOW}
      zaak=${zaak}
      no-live
      heading-level=${options.headingLevel ?? '2'}
      contact-routes=${JSON.stringify(ROUTES)}
    ></kb-zaak-detail>`);
  const $ = (el: KbZaakDetail, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: KbZaakDetail, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const section = (el: KbZaakDetail, name: string) => $(el, `section[part~="section-${name}"]`);
  const tracker = (el: KbZaakDetail) => $(el, 'kb-status-tracker') as KbStatusTracker;
  const downloadLabels = (within: Element | null) => [...(within?.querySelectorAll('[part="document-download"]') ?? [])].map((button) => textOf(button));
  /** Renders and waits for the detail and its embedded steps. */
  const ready = async (zaak: string, options?: { now?: number; headingLevel?: string }) => {
    const el = await render(zaak, options);
    expect(await settled(el)).to.equal('ready');
    expect(await settled(tracker(el))).to.equal('ready');
    return el;
  };

  it('shows a loading state with aria-busy and a skeleton', async () => {
    const hold = gate();
    worker.use(
      http.get(`${api.urls.zaken}/zaken/:uuid`, async () => {
        await hold.promise;
        return undefined;
      }),
    );
    try {
      const el = await render(zaakUrl(jansen.dakkapel));
      expect(el.dataState).to.equal('loading');
      await waitUntil(() => $(el, '[part="skeleton"]'), 'no skeleton after the loading delay');
      expect($(el, '[part="content"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($(el, '[part="skeleton"]'))).to.equal('Uw zaak wordt geladen…');
      await expect(el).to.be.accessible();
    } finally {
      hold.open();
    }
  });

  it('stays idle without a zaak', async () => {
    const el = await fixture<KbZaakDetail>(html`<kb-zaak-detail .client=${client}></kb-zaak-detail>`);
    expect(el.dataState).to.equal('idle');
    expect(api.requests).to.have.length(0);
  });

  it('shows the case: omschrijving, zaaktype, number, start date, steps with messages, term, besluit, documents, contact', async () => {
    const el = await ready(zaakUrl(jansen.dakkapel));
    expect(textOf($(el, 'h2.utrecht-heading-2'))).to.equal(DAKKAPEL_TITLE);
    expect(textOf($(el, '[part="meta"]'))).to.equal('Soort zaak Omgevingsvergunning (dakkapel) Zaaknummer ZAAK-2026-0003561 Gestart op 22 september 2026');
    expect($$(el, 'h3[part="section-heading"]').map((h) => textOf(h))).to.deep.equal(['Status', 'Termijn', 'Besluiten', 'Documenten', 'Contact']);

    // Steps by the embedded tracker, without its own heading; the resident's substatussen under the current step.
    const steps = tracker(el);
    expect(steps.stepsOnly).to.equal(true);
    expect(steps.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(textOf(steps.shadowRoot!.querySelector('li[aria-current="step"] .kb-status-tracker__name'))).to.equal('Advies gevraagd, huidige stap');
    const slot = steps.shadowRoot!.querySelector('li[aria-current="step"] slot[name="current-step"]') as HTMLSlotElement;
    const [berichten] = slot.assignedElements();
    expect(berichten!.getAttribute('part')).to.equal('berichten');
    expect(berichten!.getAttribute('aria-label')).to.equal('Berichten over deze stap');
    expect([...berichten!.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
      'Adviesaanvraag verstuurd naar de Omgevingsdienst Voorbeeldregio. 6 oktober 2026',
      'De adviescommissie bespreekt uw plan op 3 november. 20 oktober 2026',
    ]);
    expect(textOf(el.shadowRoot)).not.to.contain('vergunningenoverleg'); // an intern substatus

    // Term: the planned date has passed, the (extended) final date has not; the verlenging as such.
    const termijn = section(el, 'termijn')!;
    expect(termijn.querySelector('[part~="termijn-note"]')!.getAttribute('part')).to.equal('termijn-note termijn-later-dan-gepland');
    expect(textOf(termijn.querySelector('[part~="termijn-note"]'))).to.equal(
      'Dit duurt langer dan gepland, maar het is nog op tijd: de termijn loopt tot en met 29 december 2026.',
    );
    expect(textOf(termijn.querySelector('dl'))).to.equal('Verwachte einddatum 17 november 2026 Uiterlijke einddatum 29 december 2026');
    expect(textOf(termijn.querySelector('[part="verlenging"]'))).to.equal(
      'De termijn is verlengd met 42 dagen. Reden: Het advies over ruimtelijke kwaliteit kost meer tijd.',
    );
    expect(termijn.querySelector('[part="opschorting"]')).to.equal(null);

    const besluit = section(el, 'besluiten')!.querySelector('[part="besluit"]')!;
    expect(textOf(besluit)).to.contain('Verdaging beslistermijn Besloten op 10 november 2026 Geldig vanaf 17 november 2026');
    expect(besluit.querySelector('[part="bezwaar"]')).to.equal(null); // this besluit has no uiterlijkeReactiedatum
    expect(downloadLabels(besluit)).to.deep.equal(['Besluit verdaging beslistermijn (PDF, 780 B)']);

    // Only definitief, openbaar documents meant for the resident; type and size in the button text. The besluit's
    // document is listed under the besluit only.
    const documenten = section(el, 'documenten')!;
    expect(downloadLabels(documenten)).to.deep.equal(['Bouwtekening dakkapel achterzijde (PDF, 760 B)']);
    const papier = [...documenten.querySelectorAll('[part="document"]')].find((li) => textOf(li).startsWith('Situatietekening'))!;
    expect(textOf(papier)).to.equal('Situatietekening (op papier ontvangen) Niet digitaal beschikbaar Soort document Bouwtekening Datum 29 september 2026');
    expect(textOf(documenten)).not.to.contain('Notitie constructeur');
    expect(textOf(documenten)).not.to.contain('Concept welstandsadvies');

    // No route for this zaaktype: the default route; its javascript: URL is not a link.
    const contact = section(el, 'contact')!;
    expect(textOf(contact)).to.equal(
      'Contact Uw zaak wordt behandeld door Team Vergunningen. Heeft u een vraag? Neem contact op met Klantcontactcentrum. Bel +31 (0)30 123 45 67 Noem uw zaaknummer ZAAK-2026-0003561.',
    );
    expect([...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+31301234567']);
    await expect(el).to.be.accessible();
  });

  it('finds a case by identificatie, and shows an opschorting as such (never late while suspended)', async () => {
    const el = await ready(PARKEERVERGUNNING, { now: Date.parse('2027-01-10T10:00:00Z') });
    const termijn = section(el, 'termijn')!;
    expect(termijn.querySelector('[part~="termijn-note"]')!.getAttribute('part')).to.equal('termijn-note termijn-opgeschort');
    expect(textOf(termijn.querySelector('[part~="termijn-note"]'))).to.equal('De termijn staat stil: de behandeling van uw zaak is opgeschort.');
    expect(textOf(termijn.querySelector('[part="opschorting"]'))).to.equal('Reden: We wachten op een kopie van uw kentekenbewijs.');
    expect(textOf(termijn)).not.to.contain('Te laat');
    expect(section(el, 'besluiten')).to.equal(null);
    // The configured route for this zaaktype (matched by identificatie), with phone and link.
    const route = section(el, 'contact')!.querySelector('[part="contact-route"]')!;
    expect(textOf(route)).to.equal(
      'Heeft u een vraag? Neem contact op met Team Parkeren. Bel 14 030 Stel uw vraag over parkeren Bereikbaar: werkdagen van 8.30 tot 17.00 uur Noem uw zaaknummer ZAAK-2026-0004127.',
    );
    expect([...route.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:14030', 'https://www.voorbeeldstad.nl/parkeren/vraag']);
    await expect(el).to.be.accessible();
  });

  it('says in words whether the case is on time or late at `now`', async () => {
    const el = await ready(zaakUrl(jansen.dakkapel), { now: Date.parse('2026-11-01T10:00:00Z') });
    const note = () => $(el, '[part~="termijn-note"]')!;
    expect(textOf(note())).to.equal('Op tijd: we verwachten uw zaak uiterlijk 17 november 2026 af te ronden.');
    el.now = new Date('2026-12-29T22:00:00Z'); // 23:00 on the last day, Dutch time: still on time
    await el.updateComplete;
    expect(note().getAttribute('part')).to.equal('termijn-note termijn-later-dan-gepland');
    el.now = Date.parse('2026-12-29T23:30:00Z'); // 00:30 on 30 December
    await el.updateComplete;
    expect(note().getAttribute('part')).to.equal('termijn-note termijn-te-laat');
    expect(textOf(note())).to.equal('Te laat: de termijn is verstreken op 29 december 2026.');
    await expect(el).to.be.accessible();
  });

  it('shows a closed case with its outcome, and the last day for bezwaar relative to now', async () => {
    const el = await ready(zaakUrl(jansen.parkeervergunning2024), { now: Date.parse('2024-03-01T10:00:00Z') });
    expect(textOf($(el, '[part="meta"]'))).to.equal(
      'Soort zaak Aanvraag parkeervergunning bewoners Zaaknummer ZAAK-2024-0005112 Gestart op 12 februari 2024 Afgerond op 26 februari 2024 Resultaat Verleend Vergunning verleend voor kenteken 12-ABC-3.',
    );
    expect(textOf($(el, '[part~="termijn-note"]'))).to.equal('Op tijd afgerond.');
    expect(section(el, 'termijn')!.querySelector('dl')).to.equal(null);
    const bezwaar = () => section(el, 'besluiten')!.querySelector('[part="bezwaar"]');
    expect(textOf(bezwaar())).to.equal('U kunt tot en met 8 april 2024 bezwaar maken.');
    el.now = Date.parse('2024-04-09T08:00:00Z');
    await el.updateComplete;
    expect(textOf(bezwaar())).to.equal('De termijn voor bezwaar is verstreken op 8 april 2024.');
    expect(textOf(section(el, 'besluiten'))).to.contain('Geldig tot en met 28 februari 2025');
    await expect(el).to.be.accessible();
  });

  it('shows more confidential documents only up to max-vertrouwelijkheid', async () => {
    const el = await ready(PARKEERVERGUNNING);
    const titles = () => [...section(el, 'documenten')!.querySelectorAll('[part="document-download"]')].map((b) => textOf(b).replace(/ \(.*$/, ''));
    expect(titles()).to.deep.equal(['Aanvraag parkeervergunning bewoners', 'Ontvangstbevestiging aanvraag parkeervergunning']);
    el.maxVertrouwelijkheid = 'intern';
    await el.updateComplete;
    expect(await settled(el)).to.equal('ready');
    expect(titles()).to.deep.equal(['Aanvraag parkeervergunning bewoners', 'Ontvangstbevestiging aanvraag parkeervergunning', 'Controle inschrijving BRP']);
    expect(textOf(section(el, 'documenten'))).not.to.contain('Conceptbesluit'); // a concept, whatever the maximum
  });

  it('shows a case without status or behandelaar; the contact section only with a route or slotted content', async () => {
    const lantaarnpaal = zaakUrl(jansen.lantaarnpaal);
    const el = await fixture<KbZaakDetail>(html`<kb-zaak-detail .client=${client} .now=${NOW} no-live zaak=${lantaarnpaal}></kb-zaak-detail>`);
    await settled(el);
    await settled(tracker(el));
    expect(textOf(tracker(el).shadowRoot!.querySelector('[part="empty"]'))).to.equal('Deze zaak heeft nog geen status.');
    expect(textOf($(el, '[part~="termijn-note"]'))).to.equal('Op tijd: we verwachten uw zaak uiterlijk 10 december 2026 af te ronden.');
    expect(textOf(section(el, 'documenten'))).to.equal('Documenten Er zijn nog geen documenten die u kunt inzien.');
    expect(section(el, 'contact')).to.equal(null);
    await expect(el).to.be.accessible();

    const withSlot = await fixture<KbZaakDetail>(html`<kb-zaak-detail .client=${client} .now=${NOW} no-live zaak=${lantaarnpaal}>
      <p slot="contact">Bel de gemeente op 14 030.</p>
    </kb-zaak-detail>`);
    await settled(withSlot);
    const slot = section(withSlot, 'contact')!.querySelector('slot[name="contact"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((node) => textOf(node))).to.deep.equal(['Bel de gemeente op 14 030.']);
  });

  it('shows the empty state for an unknown case', async () => {
    const el = await render('ZAAK-1999-0000001');
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Deze zaak is niet gevonden.');
    await expect(el).to.be.accessible();
  });

  it('says so when the case has more besluiten than it shows (in the page language), and not otherwise', async () => {
    const plain = await ready(zaakUrl(jansen.dakkapel));
    expect(section(plain, 'besluiten')!.querySelector('[part="meer-besluiten"]')).to.equal(null);

    worker.use(
      http.get(`${api.urls.besluiten}/besluiten`, ({ request }) => {
        const zaak = new URL(request.url).searchParams.get('zaak');
        const results = Array.from({ length: MAX_BESLUITEN + 3 }, (_, i) => ({
          url: `${api.urls.besluiten}/besluiten/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          identificatie: `B-${i}`,
          zaak,
          datum: '2026-01-01',
          ingangsdatum: '2026-01-01',
        }));
        return HttpResponse.json({ count: results.length, next: null, previous: null, results });
      }),
    );
    client = mockClient(); // a client without the besluiten it holds of the first render
    const el = await ready(zaakUrl(jansen.dakkapel));
    const besluiten = section(el, 'besluiten')!;
    expect([...besluiten.querySelectorAll('[part="besluit"]')]).to.have.length(MAX_BESLUITEN);
    expect(textOf(besluiten.querySelector('[part="meer-besluiten"]'))).to.equal(`Hier staan de eerste ${MAX_BESLUITEN} besluiten; deze zaak heeft er meer.`);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await waitUntil(
      () =>
        textOf(section(el, 'besluiten')!.querySelector('[part="meer-besluiten"]')) === `These are the first ${MAX_BESLUITEN} decisions; this case has more.`,
      'no English note',
    );
  });

  it('shows the rest of the case when documents cannot be loaded, with a retry', async () => {
    worker.use(http.get(`${api.urls.zaken}/zaakinformatieobjecten`, () => new HttpResponse(null, { status: 500 })));
    const errors = collectEvents('kb-error');
    try {
      const el = await ready(zaakUrl(jansen.dakkapel));
      const documenten = section(el, 'documenten')!;
      expect(textOf(documenten.querySelector('[part="section-error"]'))).to.equal('Dit onderdeel kon niet worden geladen. Opnieuw proberen');
      expect(downloadLabels(section(el, 'besluiten'))).to.have.length(1);
      expect(errors.events).to.have.length(0);
      await expect(el).to.be.accessible();

      worker.resetHandlers();
      (documenten.querySelector('[part="section-retry"]') as HTMLButtonElement).click();
      await stateIs(el, 'ready');
      await waitUntil(() => downloadLabels(section(el, 'documenten')).length === 1, 'documents did not load on retry');
    } finally {
      errors.stop();
    }
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${api.urls.zaken}/zaken/:uuid`,
      render: () => render(zaakUrl(jansen.dakkapel)),
      ready: (el) => {
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(DAKKAPEL_TITLE);
      },
      errorHeading: 'Uw zaak',
    });
  });

  describe('documents', () => {
    /** Records (and stops) the download link clicks inside the element. */
    const captureDownloads = (el: KbZaakDetail) => {
      const links: { href: string; download: string }[] = [];
      el.shadowRoot!.addEventListener(
        'click',
        (event) => {
          const target = event.target;
          if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
            links.push({ href: target.href, download: target.download });
            event.preventDefault();
          }
        },
        { capture: true },
      );
      return links;
    };
    const button = (el: KbZaakDetail, label: string) => $$(el, '[part="document-download"]').find((b) => textOf(b).startsWith(label)) as HTMLButtonElement;

    it('downloads through the configured source into a blob URL, fires kb-document-download, and announces it', async () => {
      const el = await ready(PARKEERVERGUNNING);
      const links = captureDownloads(el);
      const events = collectEvents('kb-document-download');
      try {
        button(el, 'Aanvraag parkeervergunning bewoners').click();
        await waitUntil(() => links.length === 1, 'no download');
        expect(events.events).to.have.length(1);
        const event = events.events[0]!;
        expect(event.detail.document.titel).to.equal('Aanvraag parkeervergunning bewoners');
        expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
        expect(links[0]!.href).to.match(/^blob:/);
        expect(links[0]!.download).to.equal('aanvraag-parkeervergunning.pdf');
        const blob = await (await globalThis.fetch(links[0]!.href)).blob();
        expect(blob.type).to.equal('application/pdf');
        expect(await blob.text()).to.match(/^%PDF/);
        expect(api.requests.some((r) => r.method === 'GET' && r.url.endsWith('/download'))).to.equal(true);
        await waitUntil(() => textOf($(el, '[part="live-region"]')) === 'Aanvraag parkeervergunning bewoners is gedownload.');
        await expect(el).to.be.accessible();
      } finally {
        events.stop();
      }
    });

    it('lets the host page take over: preventDefault() on kb-document-download stops the download', async () => {
      const el = await ready(PARKEERVERGUNNING);
      const links = captureDownloads(el);
      const prevent = (event: Event) => event.preventDefault();
      document.addEventListener('kb-document-download', prevent);
      try {
        api.clearRequests();
        button(el, 'Ontvangstbevestiging').click();
        await el.updateComplete;
        expect(links).to.have.length(0);
        expect(api.requests.filter((r) => r.url.endsWith('/download'))).to.have.length(0);
      } finally {
        document.removeEventListener('kb-document-download', prevent);
      }
    });

    it('says so when a download fails, fires kb-error with a retry that works', async () => {
      worker.use(http.get(`${api.urls.documenten}/enkelvoudiginformatieobjecten/:uuid/download`, () => new HttpResponse(null, { status: 500 })));
      const el = await ready(PARKEERVERGUNNING);
      const links = captureDownloads(el);
      const errors = collectEvents('kb-error');
      try {
        button(el, 'Ontvangstbevestiging').click();
        await waitUntil(() => $(el, '[part="download-error"]') !== null, 'no download error shown');
        expect(textOf($(el, '[part="download-error"]'))).to.equal(
          'Ontvangstbevestiging aanvraag parkeervergunning kon niet worden gedownload. Probeer het later opnieuw.',
        );
        expect(errors.events).to.have.length(1);
        expect((errors.events[0]!.detail.error as Error & { kind?: string }).kind).to.equal('server');
        expect(el.dataState).to.equal('ready');
        await expect(el).to.be.accessible();

        worker.resetHandlers();
        errors.events[0]!.detail.retry!();
        await waitUntil(() => links.length === 1, 'retry did not download');
        await waitUntil(() => $(el, '[part="download-error"]') === null, 'error stayed');
      } finally {
        errors.stop();
      }
    });

    it('reaches the downloads with Tab and starts one with Enter', async () => {
      const el = await ready(PARKEERVERGUNNING);
      const links = captureDownloads(el);
      const before = focusJustBefore(el);
      try {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Aanvraag parkeervergunning bewoners'));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Ontvangstbevestiging'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => links.length === 1, 'no download on Enter');
        expect(links[0]!.download).to.equal('ontvangstbevestiging.pdf');
        await sendKeys({ press: 'Tab' });
        expect((el.shadowRoot!.activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('tel:14030');
        await sendKeys({ press: 'Tab' });
        expect((el.shadowRoot!.activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('https://www.voorbeeldstad.nl/parkeren/vraag');
      } finally {
        before.remove();
      }
    });
  });

  it('after a live update of the steps, reloads the rest in the background: the messages follow the new step', async () => {
    const el = await fixture<KbZaakDetail>(html`<kb-zaak-detail .client=${client} .now=${NOW} zaak=${PARKEERVERGUNNING}></kb-zaak-detail>`);
    await settled(el);
    const steps = tracker(el);
    await settled(steps);
    await waitUntil(() => steps.subscribed && api.eventStreams === 1, 'not subscribed');
    expect(textOf(steps.querySelector('[part="berichten"]'))).to.contain('We wachten op een kopie van uw kentekenbewijs.');
    const states: string[] = [];
    const observer = new MutationObserver(() => states.push(el.dataState));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      api.setZaakStatus(jansen.parkeervergunning, 3);
      await waitUntil(() => textOf(steps.shadowRoot!.querySelector('li[aria-current="step"] .kb-status-tracker__name')).startsWith('Besluit genomen'));
      await waitUntil(() => steps.querySelector('[part="berichten"]') === null, 'the messages of the previous step stayed');
      expect($(el, 'kb-status-tracker')).to.equal(steps); // the same steps, not re-created
      expect(states.filter((state) => state !== 'ready')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      api.setZaakStatus(jansen.parkeervergunning, 2);
    }
  });

  it('follows the nearest lang (English), the steps too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-zaak-detail .client=${client} .now=${NOW} no-live zaak=${zaakUrl(jansen.dakkapel)}></kb-zaak-detail>
    </div>`);
    const el = wrapper.querySelector('kb-zaak-detail')!;
    await settled(el);
    await settled(tracker(el));
    expect($$(el, 'h3').map((h) => textOf(h))).to.deep.equal(['Status', 'Term', 'Decisions', 'Documents', 'Contact']);
    expect(textOf($(el, '[part="meta"]'))).to.equal('Type of case Omgevingsvergunning (dakkapel) Case number ZAAK-2026-0003561 Started on 22 September 2026');
    expect(textOf($(el, '[part~="termijn-note"]'))).to.equal(
      'This is taking longer than planned, but it is still on time: the term runs until 29 December 2026.',
    );
    expect(textOf($(el, '[part="verlenging"]'))).to.equal(
      'The term has been extended by 42 days. Reason: Het advies over ruimtelijke kwaliteit kost meer tijd.',
    );
    expect(textOf(tracker(el).shadowRoot!.querySelector('li[aria-current="step"] .kb-status-tracker__name'))).to.equal('Advies gevraagd, current step');
    expect(textOf(section(el, 'contact'))).to.equal('Contact Your case is handled by Team Vergunningen.');
    await expect(el).to.be.accessible();
  });

  it('accepts partial text overrides as JSON, and respects heading-level', async () => {
    const el = await fixture<KbZaakDetail>(html`<kb-zaak-detail
      .client=${client}
      .now=${NOW}
      no-live
      heading-level="3"
      zaak=${zaakUrl(jansen.dakkapel)}
      texts='{"zaakDetail": {"termijn": "Doorlooptijd", "duur": {"dagen": "kapot"}}}'
    ></kb-zaak-detail>`);
    await settled(el);
    expect(textOf($(el, 'h3.utrecht-heading-3'))).to.equal(DAKKAPEL_TITLE);
    expect($$(el, 'h4').map((h) => textOf(h))).to.include('Doorlooptijd');
    expect(textOf($(el, '[part="verlenging"]'))).to.contain('42 dagen');
    expect($(el, 'h2')).to.equal(null);
  });
});

describe('zaak detail helpers', () => {
  it('decides the term in Dutch calendar days', () => {
    const open = { open: true, opgeschort: false, einddatumGepland: '2026-11-17', uiterlijkeEinddatum: '2026-12-29' };
    expect(termijnStand(open, Date.parse('2026-11-17T22:59:00Z'))).to.equal('op-tijd');
    expect(termijnStand(open, Date.parse('2026-11-17T23:00:00Z'))).to.equal('later-dan-gepland');
    expect(termijnStand(open, Date.parse('2026-12-29T12:00:00Z'))).to.equal('later-dan-gepland'); // the last day counts
    expect(termijnStand(open, Date.parse('2026-12-30T00:00:00Z'))).to.equal('te-laat');
    expect(termijnStand({ ...open, opgeschort: true }, Date.parse('2027-06-01T00:00:00Z'))).to.equal('opgeschort');
    expect(termijnStand({ open: true, opgeschort: false, einddatumGepland: '2026-11-17' }, Date.parse('2026-11-20T00:00:00Z'))).to.equal('te-laat');
    expect(termijnStand({ open: true, opgeschort: false }, Date.parse('2026-11-20T00:00:00Z'))).to.equal('onbekend');
    expect(termijnStand({ ...open, open: false, einddatum: '2026-12-29' }, 0)).to.equal('afgerond-op-tijd');
    expect(termijnStand({ ...open, open: false, einddatum: '2026-12-30' }, 0)).to.equal('afgerond-te-laat');
    expect(termijnStand({ ...open, uiterlijkeEinddatum: 'morgen', einddatumGepland: 'ooit' }, 0)).to.equal('onbekend');
  });

  it('reads ISO 8601 durations in calendar units only', () => {
    expect(parseDuur('P42D')).to.deep.equal({ jaren: 0, maanden: 0, weken: 0, dagen: 42 });
    expect(parseDuur('P1Y2M3W4D')).to.deep.equal({ jaren: 1, maanden: 2, weken: 3, dagen: 4 });
    expect(parseDuur('PT5H')).to.equal(undefined);
    expect(parseDuur('P0D')).to.equal(undefined);
    expect(parseDuur('6 weken')).to.equal(undefined);
  });

  it('names file types and sizes', () => {
    expect(fileType('application/pdf', 'x.bin')).to.equal('PDF');
    expect(fileType('application/octet-stream', 'plan.dwg')).to.equal('DWG');
    expect(fileType('image/svg+xml', '')).to.equal(undefined);
    expect(fileType(undefined, undefined)).to.equal(undefined);
    expect(fileSize(780, 'nl')).to.equal('780 B');
    expect(fileSize(120_400, 'nl')).to.equal('120 kB');
    expect(fileSize(1_250_000, 'nl')).to.equal('1,3 MB');
    expect(fileSize(1_250_000, 'en')).to.equal('1.3 MB');
    expect(fileSize(undefined, 'nl')).to.equal(undefined);
  });

  it('picks the most specific contact route: zaaktype, then organisation, then the default', () => {
    const zaaktype = { url: 'https://x/zaaktypen/1', identificatie: 'ZT-1', omschrijving: 'Aanvraag parkeervergunning' };
    const routes = toContactRoutes([
      'not a route',
      { label: 'Standaard' },
      { organisatie: '820045585', label: 'Omgevingsdienst' },
      { zaaktype: 'aanvraag PARKEERVERGUNNING', label: 'Parkeren', url: 'ftp://x' },
      { zaaktype: 'ZT-1', organisatie: '820045585', label: 'Parkeren bij de omgevingsdienst' },
    ]);
    expect(routes).to.have.length(4);
    expect(routes[2]).to.deep.equal({ zaaktype: 'aanvraag PARKEERVERGUNNING', label: 'Parkeren' });
    expect(pickContactRoute(routes, { zaaktype, bronorganisatie: '820036468' })?.label).to.equal('Parkeren');
    expect(pickContactRoute(routes, { zaaktype, bronorganisatie: '820045585' })?.label).to.equal('Parkeren bij de omgevingsdienst');
    expect(pickContactRoute(routes, { bronorganisatie: '820045585' })?.label).to.equal('Omgevingsdienst');
    expect(pickContactRoute(routes, {})?.label).to.equal('Standaard');
    expect(pickContactRoute(routes.slice(1), {})).to.equal(undefined);
    expect(telHref('+31 (0)30 123 45 67')).to.equal('tel:+31301234567');
    expect(telHref('bel ons')).to.equal(undefined);
  });
});
