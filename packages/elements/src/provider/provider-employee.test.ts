// <kb-provider mode="medewerker">: reads the employee's session, provides it, and gives the elements a new client
// for every klant context, so that after a switch no element renders anything of the previous klant; without a klant
// the elements wait and request nothing. The gateway's /medewerker routes are played by msw; the mock API plays the
// gateway's scoping by switching its resident when the context changes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ContextEvent } from '@lit/context';
import { fixtureZaken } from '@klantbeeld/mock-api';
import '../define.js';
import type { KbProvider } from './provider.element.js';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { employeeContext, type EmployeeView } from '../shared/context.js';
import { failOnUncaught, settled, textOf } from '../testing/guards.js';
import { useMockApi } from '../testing/mock.js';
import { kccContext } from '../testing/employee.js';

type DataElement = KlantbeeldDataElement<unknown>;
const TAGS = ['kb-persoonsgegevens', 'kb-lopende-zaken', 'kb-contact-history', 'kb-producten', 'kb-klantvoorkeuren', 'kb-zaak-detail'];
/** What only Jansen's data holds (her name, her street). */
const JANSEN = /El Amrani|Fatima|Lindelaan/;

/** The text of a node and of every shadow root below it. */
function deepText(node: Node): string {
  const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  return own + (node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(deepText).join(' '));
}

describe('<kb-provider mode="medewerker">', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  let context: ReturnType<typeof kccContext> | null;
  beforeEach(() => {
    context = kccContext('F. Jansen-El Amrani');
    worker.use(
      http.get(`${location.origin}/medewerker/session`, () => HttpResponse.json({ employee: { displayName: 'K. de Vries' }, profiles: [], context })),
      http.put(`${location.origin}/medewerker/context`, async ({ request }) => {
        const { ref } = (await request.json()) as { ref: string };
        api.setResident(ref);
        context = { ...kccContext(ref === 'de-vries' ? 'P. de Vries' : ref), startedAt: new Date(Date.now() + 1000).toISOString() };
        return HttpResponse.json(context);
      }),
      http.delete(`${location.origin}/medewerker/context`, () => {
        context = null;
        return new HttpResponse(null, { status: 204 });
      }),
    );
  });

  /** Waits until no request has reached the mock for 300 ms (at most 5 s). */
  const networkQuiet = async () => {
    let count = -1;
    await waitUntil(
      async () => {
        const quiet = api.requests.length === count;
        count = api.requests.length;
        if (!quiet) await new Promise((resolve) => setTimeout(resolve, 300));
        return quiet;
      },
      'requests keep coming',
      { timeout: 5000, interval: 0 },
    );
  };

  const page = async () => {
    const zaak = `${api.urls.zaken}/zaken/${fixtureZaken.jansen.dakkapel}`;
    const provider = await fixture<KbProvider>(html`<kb-provider mode="medewerker" gateway=${location.origin}>
      <kb-persoonsgegevens></kb-persoonsgegevens>
      <kb-lopende-zaken no-live></kb-lopende-zaken>
      <kb-contact-history></kb-contact-history>
      <kb-producten></kb-producten>
      <kb-klantvoorkeuren></kb-klantvoorkeuren>
      <kb-zaak-detail zaak=${zaak} no-live></kb-zaak-detail>
    </kb-provider>`);
    const elements = TAGS.map((tag) => provider.querySelector(tag) as unknown as DataElement);
    return { provider, elements };
  };
  const viewOf = (el: Element): EmployeeView | undefined => {
    let view: EmployeeView | undefined;
    el.dispatchEvent(new ContextEvent(employeeContext, el, (value: EmployeeView | undefined) => (view = value), false));
    return view;
  };

  it('provides the session and the klant context, and a client only for that klant', async () => {
    const { provider, elements } = await page();
    for (const el of elements) expect(await settled(el)).to.be.oneOf(['ready', 'empty']);
    const view = viewOf(elements[0]!);
    expect(view?.info?.employee.displayName).to.equal('K. de Vries');
    expect(view?.context?.klant.displayName).to.equal('F. Jansen-El Amrani');
    expect(deepText(provider)).to.match(JANSEN);
    expect(new Set(elements.map((el) => el.client)).size).to.equal(1);
  });

  it('after a switch of klant no element renders anything of the previous klant, and each has a new client', async () => {
    const { provider, elements } = await page();
    for (const el of elements) await settled(el);
    expect(deepText(provider)).to.match(JANSEN);
    const before = elements[0]!.client;
    // Watch every frame from the switch on (a frame is what gets painted): none may show Jansen's data again.
    const seen: string[] = [];
    let watching = false;
    const frames = () => {
      if (!watching) return;
      for (const el of elements) if (JANSEN.test(deepText(el))) seen.push(el.localName);
      requestAnimationFrame(frames);
    };
    const view = viewOf(elements[0]!)!;
    view.session.addEventListener('context-change', () => {
      watching = true;
      requestAnimationFrame(frames);
    });
    try {
      await view.session.choose({ ref: 'de-vries', profile: 'kcc', purpose: 'telefoon' });
      await waitUntil(() => textOf(elements[0]!.shadowRoot!.querySelector('[part="content"]')).includes('Vries'), 'De Vries not shown', { timeout: 5000 });
      for (const el of elements) await settled(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      watching = false;
    }
    expect(seen, 'elements that showed Jansen’s data after the switch').to.deep.equal([]);
    expect(deepText(provider)).not.to.match(JANSEN);
    expect(elements[0]!.client).to.not.equal(before);
    // Jansen's zaak is not De Vries's: the detail says it was not found.
    expect(elements[5]!.dataState).to.equal('empty');
  });

  it('ending the klant context: every element says "Kies eerst een klant", without a client and without requests', async () => {
    const { elements } = await page();
    for (const el of elements) await settled(el);
    // A ready element may still load more (the detail's tracker: its related zaken); a request sent before the end may
    // reach the mock after it. The test is about requests after the end, so it waits until the page is quiet first.
    await networkQuiet();
    await viewOf(elements[0]!)!.session.end();
    api.clearRequests();
    for (const el of elements) {
      await waitUntil(() => el.shadowRoot!.querySelector('[part="no-klant"]'), `<${el.localName}> waits for no klant`);
      expect(el.client).to.equal(undefined);
      expect(deepText(el)).not.to.match(JANSEN);
    }
    expect(api.requests).to.deep.equal([]);
  });

  it('a resident’s page (no mode) loads no employee code and provides no employee view', async () => {
    const provider = await fixture<KbProvider>(html`<kb-provider gateway=${location.origin}><kb-producten></kb-producten></kb-provider>`);
    const el = provider.querySelector('kb-producten') as unknown as DataElement;
    await settled(el);
    expect(viewOf(el)).to.equal(undefined);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('employee-mode'))).to.equal(false);
  });
});
