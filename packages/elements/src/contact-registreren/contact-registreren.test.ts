import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { createMockApi, type MockApi } from '@klantbeeld/mock-api';
import type { EmployeeSession, KlantbeeldClient, KlantContextInfo } from '@klantbeeld/core';
import './contact-registreren.js';
import '../contact-history/contact-history.js';
import type { KbContactRegistreren } from './contact-registreren.element.js';
import type { KbContactHistory } from '../contact-history/contact-history.element.js';
import { employeeContext, type EmployeeView } from '../shared/context.js';
import { collectEvents, failOnUncaught, gate, settled, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';

/** A klant context of the `kcc` profile: Klantinteracties may be written. */
const kcc = (access: KlantContextInfo['access'] = { klantinteracties: 'write', zaken: 'read' }): KlantContextInfo => ({
  klant: { kind: 'persoon', displayName: 'F. Jansen-El Amrani' },
  profile: 'kcc',
  purpose: 'telefoon',
  reference: null,
  startedAt: '2026-12-07T10:00:00Z',
  access,
});

/** An employee session that is never asked anything here: the element only reads the view's context. */
class FakeSession extends EventTarget implements EmployeeSession {
  constructor(readonly context: KlantContextInfo | null) {
    super();
  }
  info = () => Promise.reject(new Error('not in this test'));
  search = () => Promise.reject(new Error('not in this test'));
  choose = () => Promise.reject(new Error('not in this test'));
  end = () => Promise.resolve();
}

const view = (context: KlantContextInfo | null): EmployeeView => ({ info: undefined, context, session: new FakeSession(context) });

describe('<kb-contact-registreren>', () => {
  const { worker } = useMockApi();
  failOnUncaught();
  /** A mock of its own per test: the contacts one test registers must not show in the next. */
  const setup = (): { api: MockApi; client: KlantbeeldClient } => {
    const api = createMockApi({ origin: location.origin });
    worker.use(...api.handlers);
    return { api, client: mockClient() };
  };
  let current: ReturnType<typeof setup>;
  beforeEach(() => (current = setup()));
  const KI = () => current.api.urls.klantinteracties;

  /** The element (and a contact history on the same client) under an employee view (`undefined`: resident mode). */
  async function render(employee: EmployeeView | undefined, lang = 'nl') {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    if (employee) new ContextProvider(wrapper, { context: employeeContext, initialValue: employee });
    wrapper.innerHTML = '<kb-contact-registreren></kb-contact-registreren><kb-contact-history></kb-contact-history>';
    const el = wrapper.querySelector('kb-contact-registreren')!;
    const history = wrapper.querySelector('kb-contact-history')!;
    el.client = current.client;
    history.client = current.client;
    await el.updateComplete;
    return { el, history };
  }
  const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
  const focused = (el: Element) => el.shadowRoot!.activeElement;
  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  const check = (input: HTMLInputElement) => input.click();
  const choose = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  const submit = async (el: KbContactRegistreren) => {
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await el.updateComplete;
  };
  const writes = () => current.api.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname.split('/').pop());
  const historyTitles = (history: KbContactHistory) => [...history.shadowRoot!.querySelectorAll('[part~="item-heading"]')].map(textOf);

  async function fill(el: KbContactRegistreren, options: { terugbellen?: boolean } = {}) {
    type($<HTMLInputElement>(el, '#kb-onderwerp')!, 'Vraag over de parkeervergunning');
    type($<HTMLTextAreaElement>(el, '#kb-notitie')!, 'Wanneer krijg ik bericht?');
    const zaak = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="zaken"] input')].find((input) =>
      textOf(input.closest('.utrecht-form-field')).includes('ZAAK-'),
    )!;
    check(zaak);
    check($<HTMLInputElement>(el, '#kb-beantwoord-nee')!);
    if (options.terugbellen) {
      check($<HTMLInputElement>(el, '#kb-terugbellen')!);
      await el.updateComplete;
      const select = $<HTMLSelectElement>(el, '#kb-actor')!;
      choose(select, [...select.options].find((o) => o.textContent?.startsWith('Klantcontactcentrum'))!.value);
      type($<HTMLTextAreaElement>(el, '#kb-toelichting')!, 'Na 14:00');
    }
    await el.updateComplete;
  }

  it('outside employee mode, or without the right to write, shows a calm note and fetches nothing', async () => {
    for (const employee of [undefined, view(kcc({ klantinteracties: 'read' }))]) {
      const { el } = await render(employee);
      expect(el.dataState).to.equal('idle');
      expect(textOf($(el, '[part="note"]'))).to.equal('Afgeschermd voor uw rol: u kunt geen contacten registreren.');
      expect($(el, '[role="alert"], .utrecht-alert--error')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    expect(current.api.requests.filter((r) => r.url.includes('/actoren'))).to.deep.equal([]);
  });

  it('without a klant context says to choose a klant first', async () => {
    const { el } = await render(view(null));
    // The base class's shared note loads with the failure states on demand.
    await waitUntil(() => $(el, '[part="no-klant"]'), 'no "choose a klant" note');
    expect(textOf($(el, '[part="no-klant"]'))).to.equal('Kies eerst een klant');
    expect(current.api.requests.filter((r) => r.url.includes('/actoren') || r.url.includes('/zaken?'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the form with the klant’s zaken and who can call back; every control has a label and a description', async () => {
    const { el } = await render(view(kcc()));
    expect(await settled(el)).to.equal('ready');
    expect($<HTMLSelectElement>(el, '#kb-kanaal')!.value).to.equal('telefoon');
    expect(textOf($(el, '[part="zaken"]'))).to.contain('ZAAK-');
    check($<HTMLInputElement>(el, '#kb-terugbellen')!);
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('#kb-actor optgroup')].map((g) => g.getAttribute('label'));
    expect(groups).to.deep.equal(['Teams', 'Collega’s']);
    expect(textOf($(el, '#kb-actor'))).to.not.contain('Chatbot');
    for (const control of el.shadowRoot!.querySelectorAll('input, select, textarea')) {
      expect(el.shadowRoot!.querySelector(`label[for="${control.id}"]`), control.id).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('checks the draft before sending: the error summary gets focus, its links move focus to the fields', async () => {
    const { el } = await render(view(kcc()));
    await settled(el);
    check($<HTMLInputElement>(el, '#kb-terugbellen')!);
    await el.updateComplete;
    await submit(el);
    await waitUntil(() => focused(el)?.getAttribute('part') === 'error-summary');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
    expect(links.map(textOf)).to.deep.equal(['Vul het onderwerp in.', 'Kies of de vraag beantwoord is.', 'Kies wie terugbelt.']);
    expect($(el, '#kb-onderwerp')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#kb-onderwerp')!.getAttribute('aria-describedby')).to.equal('kb-onderwerp-error kb-onderwerp-description');
    await expect(el).to.be.accessible();
    links[1]!.click();
    expect(focused(el)?.id).to.equal('kb-beantwoord-ja');
    expect(writes()).to.deep.equal([]);
  });

  it('saves: the history shows the contact at once (being saved), then as returned; says what was created and moves focus there', async () => {
    const { el, history } = await render(view(kcc()));
    await settled(el);
    await settled(history);
    const before = historyTitles(history).length;
    const registered = collectEvents('kb-contact-registered');
    const held = gate();
    worker.use(
      http.post(`${KI()}/internetaken`, async () => {
        await held.promise;
        return undefined;
      }),
    );
    await fill(el, { terugbellen: true });
    await submit(el);

    await waitUntil(() => historyTitles(history).length === before + 1, 'the history shows the contact at once');
    expect(historyTitles(history)[0]).to.equal('Vraag over de parkeervergunning');
    expect(textOf($(history, '[part~="item-saving"]'))).to.equal('Wordt opgeslagen…');
    expect(textOf($(el, '[part="status"]'))).to.equal('Het contact wordt opgeslagen…');
    expect($(el, '[part="form"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($<HTMLButtonElement>(el, '[part="submit-button"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    held.open();
    await waitUntil(() => focused(el)?.getAttribute('part') === 'saved', 'focus on what was created');
    expect(writes()).to.deep.equal(['klantcontacten', 'betrokkenen', 'onderwerpobjecten', 'internetaken']);
    const created = [...el.shadowRoot!.querySelectorAll('[part="created"] li')].map(textOf);
    expect(created[0]).to.match(/^Klantcontact KC\d+$/);
    expect(created.slice(1)).to.deep.equal(['gekoppeld aan 1 zaak', 'terugbelverzoek voor Klantcontactcentrum']);
    expect(registered.events).to.have.length(1);
    registered.stop();
    await history.updateComplete;
    expect($(history, '[part~="item-saving"]')).to.equal(null);
    expect(historyTitles(history)).to.have.length(before + 1);
    await expect(el).to.be.accessible();
    await expect(history).to.be.accessible();

    $<HTMLButtonElement>(el, '[part="another-button"]')!.click();
    await waitUntil(() => focused(el)?.id === 'kb-kanaal', 'a new form, focus on its first field');
    expect($<HTMLInputElement>(el, '#kb-onderwerp')!.value).to.equal('');
  });

  it("shows Open Klant's refusal at the field, and the contact leaves the history", async () => {
    const { el, history } = await render(view(kcc()));
    await settled(el);
    await settled(history);
    const before = historyTitles(history);
    const invalidParams = [{ name: 'onderwerp', code: 'invalid', reason: 'Dit onderwerp staat niet in de lijst.' }];
    worker.use(
      http.post(`${KI()}/klantcontacten`, () =>
        HttpResponse.json(
          { code: 'invalid', title: 'Ongeldig', status: 400, invalidParams },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await fill(el);
    await submit(el);
    await waitUntil(() => focused(el)?.getAttribute('part') === 'error-summary');
    expect(textOf($(el, '#kb-onderwerp-error'))).to.equal('Dit onderwerp staat niet in de lijst.');
    await history.updateComplete;
    expect(historyTitles(history)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('a save that stops half-way says what is missing, and the retry writes only that', async () => {
    const { el } = await render(view(kcc()));
    await settled(el);
    let refuse = true;
    worker.use(http.post(`${KI()}/internetaken`, () => (refuse ? HttpResponse.json({ detail: 'Storing' }, { status: 503 }) : undefined)));
    await fill(el, { terugbellen: true });
    await submit(el);
    await waitUntil(() => focused(el)?.getAttribute('part') === 'save-error', 'focus on the failure');
    expect(textOf($(el, '[part="save-error"]'))).to.contain('Het contact is deels opgeslagen.');
    expect(textOf($(el, '[part="save-error"] li'))).to.equal('het terugbelverzoek');
    await expect(el).to.be.accessible();
    refuse = false;
    const before = writes().length;
    $<HTMLButtonElement>(el, '[part="retry-save-button"]')!.click();
    await waitUntil(() => focused(el)?.getAttribute('part') === 'saved');
    expect(writes().slice(before)).to.deep.equal(['internetaken']);
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const { el } = await render(view(kcc()));
    await settled(el);
    $<HTMLInputElement>(el, '#kb-onderwerp')!.focus();
    await sendKeys({ type: 'Adreswijziging' });
    await sendKeys({ press: 'Tab' }); // the note
    await sendKeys({ type: 'Verhuisd' });
    $<HTMLInputElement>(el, '#kb-beantwoord-ja')!.focus();
    await sendKeys({ press: 'Space' });
    $<HTMLInputElement>(el, '#kb-onderwerp')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'saved', 'sent with Enter');
    expect(current.api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/klantcontacten'))).to.not.equal(undefined);
  });

  it('speaks English under lang="en"', async () => {
    const { el } = await render(view(kcc()), 'en');
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Register a contact');
    expect(textOf($(el, 'label[for="kb-onderwerp"]'))).to.equal('Subject');
  });
});
