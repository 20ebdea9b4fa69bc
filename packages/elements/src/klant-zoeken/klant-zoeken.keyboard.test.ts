import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { collectEvents, failOnUncaught, focusJustBefore, textOf } from '../testing/guards.js';
import { KCC, namesakes, ScriptedEmployeeSession, signedIn, SOCIAAL_DOMEIN } from '../testing/scripted-employee-session.js';
import { $, $$, focused, focusOn, part, press, renderZoeken, searchBsn, shown, status } from '../testing/klant-zoeken.js';

describe('<kb-klant-zoeken> keyboard, languages, small screens', () => {
  failOnUncaught();
  let session: ScriptedEmployeeSession;
  beforeEach(() => {
    session = new ScriptedEmployeeSession();
  });

  it('search → choose → purpose → summary → another klant, by keyboard only, announced and with focus following', async () => {
    session.results = namesakes(3);
    const { el } = await renderZoeken(signedIn(session));
    const changes = collectEvents('kb-klant-change');
    const before = focusJustBefore(el);
    try {
      // Into the element: the way of searching (BSN checked), then the BSN field.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, 'input[name="zoeken-op"][value="bsn"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#kb-zoek-bsn'));
      await sendKeys({ type: '9999 93653' });
      await sendKeys({ press: 'Enter' });
      await focusOn(el, 'results-heading');
      expect(status(el)).to.equal('3 klanten gevonden op pagina 1.');
      expect(session.calls.search).to.deep.equal([{ bsn: '999993653', profile: 'kcc', page: 1 }]);

      // The second namesake's button, two Tabs on.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($$(el, '[part="choose-button"]')[1]);
      await sendKeys({ press: 'Enter' });
      await focusOn(el, 'purpose-heading');
      expect(textOf(part(el, 'chosen-klant'))).to.contain('B. Jansen');

      // Purposes: Tab to the group, arrows choose; then the reference; Enter confirms.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#kb-doel'));
      await sendKeys({ press: 'ArrowDown' });
      expect($<HTMLInputElement>(el, 'input[name="doel"]:checked')?.value).to.equal('balie');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#kb-referentie'));
      await sendKeys({ type: 'GESPREK-42' });
      await sendKeys({ press: 'Enter' });
      await focusOn(el, 'summary-heading');
      expect(session.calls.choose).to.deep.equal([{ ref: 'ref-2', profile: 'kcc', purpose: 'balie', reference: 'GESPREK-42' }]);
      expect(status(el)).to.equal('B. Jansen is gekozen.');
      expect(textOf(part(el, 'summary-data')))
        .to.contain('B. Jansen')
        .and.contain('Vraag van de klant aan de balie')
        .and.contain('GESPREK-42');
      expect(changes.events.map((e) => e.detail.context?.klant.displayName ?? null)).to.deep.equal(['B. Jansen']);
      expect(changes.events[0]?.bubbles && changes.events[0]?.composed).to.equal(true);
      await expect(el).to.be.accessible();

      // "Andere klant kiezen": the context ends, the form is back, empty, with focus on its first field.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'end-button'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === $(el, 'input[name="zoeken-op"][value="bsn"]'), 'focus not on the form');
      expect($<HTMLInputElement>(el, '#kb-zoek-bsn')?.value).to.equal('');
      expect(status(el)).to.equal('De klant is losgelaten. U kunt een andere klant zoeken.');
      expect(changes.events.map((e) => e.detail.context)).to.have.length(2);
      expect(changes.events[1]?.detail.context).to.equal(null);
      expect(session.calls.end).to.equal(1);
    } finally {
      changes.stop();
      before.remove();
    }
  });

  it('"Terug naar de zoekresultaten" puts focus back on the chosen result', async () => {
    session.results = namesakes(2);
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    await shown(el, 'result-list');
    $$(el, '[part="choose-button"]')[1]?.click();
    await focusOn(el, 'purpose-heading');
    await press(el, 'back-button');
    await waitUntil(() => focused(el) === $$(el, '[part="choose-button"]')[1], 'focus not on the result');
  });

  it('a purpose is required and the reference has a limit: the summary lists both, nothing is chosen', async () => {
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    await shown(el, 'result-list');
    await press(el, 'choose-button');
    const reference = $<HTMLInputElement>(el, '#kb-referentie');
    if (reference) reference.value = 'x'.repeat(101);
    reference?.dispatchEvent(new InputEvent('input'));
    await press(el, 'confirm-button');
    await focusOn(el, 'error-summary');
    expect(textOf(part(el, 'error-summary')))
      .to.contain('Er zijn 2 fouten gevonden')
      .and.contain('Kies het doel van het inzien.')
      .and.contain('maximaal 100');
    expect($(el, '[part="purpose-form"] fieldset')?.getAttribute('aria-invalid')).to.equal('true');
    expect(session.calls.choose).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en": texts, profile and purpose labels, dates', async () => {
    session.results = namesakes(12);
    const { el } = await renderZoeken(signedIn(session, [KCC, SOCIAAL_DOMEIN]), 'en');
    expect(textOf(part(el, 'heading'))).to.equal('Find a customer');
    expect(textOf($(el, 'label[for="kb-zoek-profiel"]'))).to.equal('Customer contact centre');
    expect(textOf($(el, 'label[for="kb-zoek-bsn"]'))).to.equal('BSN');
    await press(el, 'submit-button');
    expect(textOf(part(el, 'error-summary')))
      .to.contain('There is 1 error')
      .and.contain('Enter the BSN.');
    await searchBsn(el);
    await shown(el, 'result-list');
    expect(status(el)).to.equal('10 customers found on page 1, there are more pages.');
    expect(textOf(part(el, 'result'))).to.contain('born 1 February 1980');
    expect(textOf(part(el, 'pager')))
      .to.contain('Page 1')
      .and.contain('Next');
    await expect(el).to.be.accessible();
    await press(el, 'choose-button');
    expect(textOf(part(el, 'purpose')))
      .to.contain('Purpose of this look')
      .and.contain('Question of the customer on the phone');
    (el.shadowRoot?.querySelector('input[name="doel"]') as HTMLInputElement | null)?.click();
    await press(el, 'confirm-button');
    await shown(el, 'summary');
    expect(textOf(part(el, 'summary')))
      .to.contain('Current customer')
      .and.contain('Customer contact centre')
      .and.contain('Choose another customer');
    await expect(el).to.be.accessible();
  });

  it('takes text overrides', async () => {
    const { el } = await renderZoeken(signedIn(session));
    el.texts = { klantZoeken: { heading: 'Burger zoeken' } };
    await el.updateComplete;
    expect(textOf(part(el, 'heading'))).to.equal('Burger zoeken');
  });

  it('fits 320 CSS px in every step: nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      session.results = namesakes(12);
      const { el } = await renderZoeken(signedIn(session, [KCC, SOCIAAL_DOMEIN]));
      const fits = (step: string) => {
        const base = part(el, 'base');
        expect(base?.scrollWidth, step).to.be.at.most(base?.clientWidth ?? 0);
        expect(el.getBoundingClientRect().width, step).to.be.at.most(320);
      };
      fits('form');
      await searchBsn(el);
      await shown(el, 'result-list');
      fits('results');
      await press(el, 'choose-button');
      fits('purpose');
      (el.shadowRoot?.querySelector('input[name="doel"]') as HTMLInputElement | null)?.click();
      await press(el, 'confirm-button');
      await shown(el, 'summary');
      fits('summary');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
