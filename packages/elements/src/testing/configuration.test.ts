// Every element that misses configuration it cannot work without says so: a visible message, one kb-error with a
// ConfigurationError, one console warning in development builds (this test runner serves Lit's development build).
// Elements with nothing required render no such message; the tracker and the detail without a case say there is none.
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../define.js';
import { ConfigurationError } from '../shared/configuration.js';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { collectEvents, failOnUncaught, textOf } from './guards.js';
import { mockClient, useMockApi } from './mock.js';

type DataElement = KlantbeeldDataElement<unknown>;

/** The elements with required attributes, and what they need. */
const REQUIRED: Record<string, readonly string[]> = { 'kb-taken': ['objecttype'], 'kb-tips': ['objecttype'] };
/** Without a case, these say there is none to show (a page sets `zaak` when the resident chooses one). */
const NEED_A_CASE = ['kb-status-tracker', 'kb-zaak-detail'];
const TAGS = [
  'kb-status-tracker',
  'kb-lopende-zaken',
  'kb-contact-history',
  'kb-taken',
  'kb-producten',
  'kb-tips',
  'kb-persoonsgegevens',
  'kb-verwerkingen',
  'kb-zaak-detail',
  'kb-klantvoorkeuren',
];

describe('missing configuration', () => {
  useMockApi();
  failOnUncaught();
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  const render = async (tag: string, lang = 'nl') => {
    const wrapper = await fixture<HTMLDivElement>(staticHtml`<div lang=${lang}><${unsafeStatic(tag)} .client=${mockClient()}></${unsafeStatic(tag)}></div>`);
    const el = wrapper.firstElementChild as DataElement;
    await el.updateComplete;
    return el;
  };

  it('covers every registered data element', () => {
    const registered = TAGS.filter((tag) => customElements.get(tag));
    expect(registered).to.deep.equal(TAGS);
  });

  for (const tag of TAGS) {
    const missing = REQUIRED[tag];
    if (missing) {
      it(`<${tag}> without ${missing.join(', ')}: a message (nl, en), one kb-error with a ConfigurationError, one warning`, async () => {
        const errors = collectEvents('kb-error');
        try {
          const el = await render(tag);
          const message = el.shadowRoot!.querySelector('[part="configuration"]');
          expect(textOf(message)).to.equal(`Dit onderdeel is nog niet ingesteld: ${missing.join(', ')} ontbreekt.`);
          expect(el.dataState).to.equal('idle');
          expect(errors.events).to.have.length(1);
          const error = errors.events[0]!.detail.error;
          expect(error).to.be.instanceOf(ConfigurationError);
          expect((error as ConfigurationError).element).to.equal(tag);
          expect((error as ConfigurationError).missing).to.deep.equal(missing);
          expect(warnings.filter((w) => w.includes(`<${tag}>`))).to.have.length(1);
          await expect(el).to.be.accessible();

          // Re-rendering does not fire or warn again; a second such element fires, but does not warn again.
          el.requestUpdate();
          await el.updateComplete;
          const second = await render(tag, 'en');
          expect(textOf(second.shadowRoot!.querySelector('[part="configuration"]'))).to.equal(
            `This part has not been set up yet: ${missing.join(', ')} is missing.`,
          );
          expect(errors.events).to.have.length(2);
          expect(warnings.filter((w) => w.includes(`<${tag}>`))).to.have.length(1);
          await expect(second).to.be.accessible();

          // Configured: the message goes.
          el.setAttribute(missing[0]!, `${location.origin}/objecttypes/api/v2/objecttypes/00000000-0000-4000-8000-000000000000`);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part="configuration"]')).to.equal(null);
        } finally {
          errors.stop();
        }
      });
    } else {
      it(`<${tag}> needs no configuration message${NEED_A_CASE.includes(tag) ? ', and says there is no case without one' : ''}`, async () => {
        const errors = collectEvents('kb-error');
        try {
          const el = await render(tag);
          expect(el.shadowRoot!.querySelector('[part="configuration"]')).to.equal(null);
          expect(errors.events.filter((e) => e.detail.error instanceof ConfigurationError)).to.have.length(0);
          if (NEED_A_CASE.includes(tag)) {
            expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('Er is geen zaak om te tonen.');
            expect(el.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
            const en = await render(tag, 'en');
            expect(textOf(en.shadowRoot!.querySelector('[part="empty"]'))).to.equal('There is no case to show.');
            await expect(el).to.be.accessible();
          }
        } finally {
          errors.stop();
        }
      });
    }
  }
});
