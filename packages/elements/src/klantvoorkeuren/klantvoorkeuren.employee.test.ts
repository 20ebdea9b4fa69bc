// <kb-klantvoorkeuren> in employee mode: the gateway refuses an employee's writes to the klant's own preferences
// (403 `shielded`), so the element shows them as text with a calm note, and offers no control that could send a write.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import './klantvoorkeuren.js';
import type { KbKlantvoorkeuren } from './klantvoorkeuren.element.js';
import { editing } from './klantvoorkeuren.editing-on-demand.js';
import { failOnUncaught, settled, textOf } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { employeeContainer, FakeEmployeeSession, kccContext } from '../testing/employee.js';

const CONTROLS = 'button, input, select, textarea, form';

describe('<kb-klantvoorkeuren> in employee mode', () => {
  const { api } = useMockApi();
  failOnUncaught();

  const renderForEmployee = async (lang: string) => {
    const container = await employeeContainer(new FakeEmployeeSession(kccContext('F. Jansen-El Amrani')), lang);
    render(html`<kb-klantvoorkeuren .client=${mockClient()} heading-level="2"></kb-klantvoorkeuren>`, container);
    return container.querySelector<KbKlantvoorkeuren>('kb-klantvoorkeuren')!;
  };
  const $ = (el: KbKlantvoorkeuren, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
  const texts = (el: KbKlantvoorkeuren, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].map(textOf);

  it('shows the klant’s addresses and preferences as text, with a note, no control, no write, accessible', async () => {
    const el = await renderForEmployee('nl');
    expect(await settled(el)).to.equal('ready');
    expect(texts(el, '[data-soort="email"] li .kb-klantvoorkeuren__adres-tekst')).to.deep.equal(['f.jansen@example.nl', 'fatima.jansen@werk.example.com']);
    expect(texts(el, '[data-soort="telefoonnummer"] li .kb-klantvoorkeuren__adres-tekst')).to.deep.equal(['0612345678']);
    expect(textOf($(el, '[data-soort="email"] li[part~="adres-standaard"] [part="standaard-badge"]'))).to.equal('Standaard');
    // The same preferences the resident's form shows (channel: phone; language: Dutch; zaken and taken on).
    expect(texts(el, '[part="voorkeuren"] dt')).to.deep.equal(['Voorkeurskanaal', 'Voorkeurstaal', 'Bericht ontvangen over']);
    expect(texts(el, '[part="voorkeuren"] dd').slice(0, 2)).to.deep.equal(['Per telefoon', 'Nederlands']);
    expect(texts(el, '[part="voorkeuren"] dd li')).to.deep.equal(['Mijn zaken (aanvragen en meldingen)', 'Taken die ik moet doen']);
    expect(textOf($(el, '[part="read-only-note"]'))).to.equal('Alleen de klant zelf kan deze voorkeuren wijzigen.');
    expect(el.shadowRoot!.querySelectorAll(CONTROLS)).to.have.length(0);
    expect($(el, '[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(api.requests.filter((request) => request.method !== 'GET')).to.deep.equal([]);
    // The forms module (controller, core's editor, form templates and CSS) is never loaded for an employee.
    expect(editing()).to.equal(undefined);
  });

  it('says in English that only the klant can change them', async () => {
    const el = await renderForEmployee('en');
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, '[part="read-only-note"]'))).to.equal('Only the klant can change these preferences.');
    expect(texts(el, '[part="voorkeuren"] dt')[0]).to.equal('Preferred channel');
  });

  it('keeps every control for a resident (no employee view), without the note', async () => {
    const el = await fixture<KbKlantvoorkeuren>(html`<kb-klantvoorkeuren .client=${mockClient()} heading-level="2"></kb-klantvoorkeuren>`);
    expect(await settled(el)).to.equal('ready');
    expect($(el, '[part="read-only-note"]')).to.equal(null);
    expect($(el, '[data-add="email"]')).to.not.equal(null);
    expect($(el, '[data-action="edit"]')).to.not.equal(null);
    expect($(el, '[part="voorkeuren-form"] [part="submit-button"]')).to.not.equal(null);
    // A resident's ready state waited for the forms module, whose NL DS form CSS is adopted into the shadow root.
    expect(editing()).to.not.equal(undefined);
    expect(getComputedStyle($(el, '[part="voorkeuren-form"] .utrecht-form-field--radio')!).display).to.equal('grid');
  });
});
