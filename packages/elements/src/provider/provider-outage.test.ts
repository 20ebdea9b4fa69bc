import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import './provider.js';
import '../lopende-zaken/lopende-zaken.js';
import '../producten/producten.js';
import '../persoonsgegevens/persoonsgegevens.js';
import type { KbProvider } from './provider.element.js';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { collectEvents, failOnUncaught, settled, stateIs, textOf } from '../testing/guards.js';
import { useMockApi } from '../testing/mock.js';

type DataElement = KlantbeeldDataElement<unknown>;
const TAGS = ['kb-lopende-zaken', 'kb-producten', 'kb-persoonsgegevens'];

describe('<kb-provider>: one message for an outage', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();

  const page = async (attrs: { lang?: string; loginUrl?: string } = {}) => {
    const provider = await fixture<KbProvider>(html`<kb-provider gateway=${location.origin} lang=${attrs.lang ?? 'nl'} login-url=${attrs.loginUrl ?? ''}>
      <kb-lopende-zaken></kb-lopende-zaken>
      <kb-producten></kb-producten>
      <kb-persoonsgegevens></kb-persoonsgegevens>
    </kb-provider>`);
    const elements = TAGS.map((tag) => provider.querySelector(tag) as unknown as DataElement);
    for (const el of elements) await settled(el);
    await provider.updateComplete;
    return { provider, elements };
  };
  /** Every `role=alert` on the page, through shadow roots. */
  const alerts = (root: ParentNode = document): Element[] =>
    [...root.querySelectorAll('*')].flatMap((node) => [...(node.matches('[role="alert"]') ? [node] : []), ...(node.shadowRoot ? alerts(node.shadowRoot) : [])]);
  const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
  /** Every standard API answers `status` (the gateway is down, or the session expired). */
  const down = (status: number) => worker.use(...Object.values(api.urls).map((base) => http.all(`${base}/*`, () => new HttpResponse(null, { status }))));

  it('gateway down: one alert from the provider, a short note in each element, one retry that retries all (keyboard)', async () => {
    down(503);
    const errors = collectEvents('kb-error');
    try {
      const { provider, elements } = await page();
      for (const el of elements) expect(el.dataState).to.equal('error');
      // Each element still fires its own kb-error for the page's code.
      expect(errors.events.length).to.be.at.least(TAGS.length);
      await waitUntil(() => provider.outage?.kind === 'server', 'no outage');
      await waitUntil(() => part(provider, 'outage-alert'), 'no alert');
      expect(alerts()).to.have.length(1);
      const alert = part(provider, 'outage-alert')!;
      expect(textOf(alert)).to.contain('Er is een storing');
      expect(textOf(alert)).to.contain('Uw gegevens kunnen nu niet worden opgehaald door een storing.');
      for (const el of elements) {
        await el.updateComplete;
        expect(part(el, 'error'), el.localName).to.equal(null);
        expect(textOf(part(el, 'outage-note'))).to.equal('Niet beschikbaar door de storing die bovenaan wordt gemeld.');
        // Still identifiable: the element's heading stays.
        expect(part(el, 'heading'), el.localName).to.exist;
      }
      await expect(provider).to.be.accessible();

      worker.resetHandlers();
      const retry = part(provider, 'outage-retry') as HTMLButtonElement;
      expect(textOf(retry)).to.equal('Opnieuw proberen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      for (const el of elements) await stateIs(el, 'ready');
      await provider.updateComplete;
      expect(provider.outage).to.equal(undefined);
      expect(alerts()).to.have.length(0);
      // Focus stays where the alert was, not lost to <body>.
      expect(provider.shadowRoot!.activeElement === part(provider, 'outage'), 'focus where the alert was').to.equal(true);
    } finally {
      errors.stop();
    }
  });

  it('in English too', async () => {
    down(503);
    const { provider } = await page({ lang: 'en' });
    await waitUntil(() => provider.outage !== undefined, 'no outage');
    await waitUntil(() => part(provider, 'outage-alert'), 'no alert');
    expect(textOf(part(provider, 'outage-alert'))).to.contain('There is a disruption');
    expect(textOf(part(provider, 'outage-retry'))).to.equal('Try again');
    const el = provider.querySelector('kb-producten') as unknown as DataElement;
    expect(textOf(part(el, 'outage-note'))).to.equal('Not available because of the disruption reported above.');
    await expect(provider).to.be.accessible();
  });

  it('session expired: signing in again, to the gateway’s sign-in route with the page as returnTo, or login-url', async () => {
    down(401);
    const { provider, elements } = await page();
    await waitUntil(() => provider.outage?.kind === 'not-authenticated', 'no outage');
    await waitUntil(() => part(provider, 'outage-alert'), 'no alert');
    expect(alerts()).to.have.length(1);
    expect(textOf(part(provider, 'outage-alert'))).to.contain('U bent niet meer ingelogd');
    const signIn = part(provider, 'sign-in') as HTMLAnchorElement;
    expect(textOf(signIn)).to.equal('Opnieuw inloggen');
    const href = new URL(signIn.href);
    expect(`${href.origin}${href.pathname}`).to.equal(`${location.origin}/auth/login`);
    expect(href.searchParams.get('returnTo')).to.equal(location.href);
    for (const el of elements) expect(part(el, 'outage-note')).to.exist;
    await expect(provider).to.be.accessible();

    provider.loginUrl = 'https://mijn.gemeente.example/inloggen?via=klantbeeld';
    await provider.updateComplete;
    const custom = new URL((part(provider, 'sign-in') as HTMLAnchorElement).href);
    expect(custom.origin + custom.pathname).to.equal('https://mijn.gemeente.example/inloggen');
    expect(custom.searchParams.get('via')).to.equal('klantbeeld');
    expect(custom.searchParams.get('returnTo')).to.equal(location.href);

    provider.loginUrl = 'javascript:alert(1)';
    await provider.updateComplete;
    expect(part(provider, 'sign-in')).to.equal(null);
    expect(part(provider, 'outage-retry')).to.exist;
  });

  it('one element’s own failure (not found) stays that element’s own alert', async () => {
    worker.use(http.get(`${api.urls.zaken}/zaken`, () => new HttpResponse(null, { status: 404 })));
    const { provider, elements } = await page();
    expect(elements[0]!.dataState).to.equal('error');
    expect(provider.outage).to.equal(undefined);
    expect(part(provider, 'outage-alert')).to.equal(null);
    expect(part(elements[0]!, 'error')).to.exist;
    expect(alerts()).to.have.length(1);
  });
});
