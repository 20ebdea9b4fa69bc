import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createMockApi, type MockApi } from '@klantbeeld/mock-api';
import type { KlantbeeldClient } from '@klantbeeld/core';
import './klantvoorkeuren.js';
import type { KbKlantvoorkeuren } from './klantvoorkeuren.element.js';
import { collectEvents, failOnUncaught, gate, settled, textOf, focusJustBefore } from '../testing/guards.js';
import { mockClient, useMockApi } from '../testing/mock.js';
import { itRecoversFromBadResponses } from '../testing/error-states.js';
import { itShowsLoadingState } from '../testing/loading-state.js';

const problem400 = (invalidParams: { name: string; code: string; reason: string }[]) =>
  HttpResponse.json(
    { type: 'about:blank', code: 'invalid', title: 'Invalid input.', status: 400, detail: '', instance: 'urn:uuid:1', invalidParams },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
const problem500 = () =>
  HttpResponse.json(
    { type: 'about:blank', code: 'error', title: 'Fout', status: 500, detail: '', instance: 'urn:uuid:2' },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('<kb-klantvoorkeuren>', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  const KI = api.urls.klantinteracties;
  let client: KlantbeeldClient;
  /** A fresh mock per test: the writes of one test must not change the data of the next. */
  let fresh: MockApi;
  beforeEach(() => {
    fresh = createMockApi({ origin: location.origin });
    worker.use(...fresh.handlers);
    client = mockClient();
  });

  const render = (attrs: { headingLevel?: string; referentie?: string } = {}) =>
    fixture<KbKlantvoorkeuren>(html`<kb-klantvoorkeuren
      .client=${client}
      heading-level=${attrs.headingLevel ?? '2'}
      voorkeur-referentie=${attrs.referentie ?? ''}
    ></kb-klantvoorkeuren>`);
  const $ = <T extends Element = HTMLElement>(el: KbKlantvoorkeuren, selector: string) => el.shadowRoot!.querySelector<T>(selector);
  const $$ = (el: KbKlantvoorkeuren, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const adressen = (el: KbKlantvoorkeuren, soort: string) => $$(el, `[data-soort="${soort}"] li .kb-klantvoorkeuren__adres-tekst`).map(textOf);
  const standaardVan = (el: KbKlantvoorkeuren, soort: string) =>
    textOf($(el, `[data-soort="${soort}"] li[part~="adres-standaard"] .kb-klantvoorkeuren__adres-tekst`));
  const item = (el: KbKlantvoorkeuren, adres: string) =>
    $$(el, 'li[part~="adres"]').find((li) => textOf(li.querySelector('.kb-klantvoorkeuren__adres-tekst')) === adres)!;
  const field = (el: KbKlantvoorkeuren, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  const submit = async (el: KbKlantvoorkeuren, form: string) => {
    ($(el, `[part="${form}"] [part="submit-button"]`) as HTMLButtonElement).click();
    await el.updateComplete;
  };
  /** Clicks the address's button for `action` (edit, default, remove). */
  const act = async (el: KbKlantvoorkeuren, adres: string, action: 'edit' | 'default' | 'remove') => {
    (item(el, adres).querySelector(`[data-action="${action}"]`) as HTMLButtonElement).click();
    await el.updateComplete;
  };
  /** Opens the add form of a soort and fills it in. */
  const add = async (el: KbKlantvoorkeuren, soort: 'email' | 'telefoonnummer', adres?: string, omschrijving?: string) => {
    ($(el, `[data-add="${soort}"]`) as HTMLButtonElement).click();
    await el.updateComplete;
    if (adres !== undefined) type(field(el, 'kb-adres'), adres);
    if (omschrijving !== undefined) type(field(el, 'kb-omschrijving'), omschrijving);
  };
  const focused = (el: KbKlantvoorkeuren) => el.shadowRoot!.activeElement;
  const status = (el: KbKlantvoorkeuren) => textOf($(el, '[part="status"]'));
  /** Records the JSON bodies of the writes to Klantinteracties (and lets them through). */
  const recordWrites = () => {
    const writes: { method: string; path: string; body: unknown }[] = [];
    worker.use(
      http.all(`${KI}/*`, async ({ request }) => {
        if (request.method === 'GET') return undefined;
        const text = await request.clone().text();
        writes.push({
          method: request.method,
          path: new URL(request.url).pathname.replace(new URL(KI).pathname, ''),
          body: text ? JSON.parse(text) : undefined,
        });
        return undefined;
      }),
    );
    return writes;
  };

  itShowsLoadingState({
    worker,
    endpoint: () => `${KI}/partijen`,
    render: () => render(),
    skeletonText: 'Uw contactvoorkeuren worden geladen…',
    heading: 'Mijn contactvoorkeuren',
  });

  it('shows the addresses, the default of each soort, and the preferences from Klantinteracties', async () => {
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl', 'fatima.jansen@werk.example.com']);
    expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678']);
    expect(standaardVan(el, 'email')).to.equal('f.jansen@example.nl');
    expect(textOf(item(el, 'f.jansen@example.nl'))).to.contain('Privé');
    expect(textOf(item(el, 'f.jansen@example.nl').querySelector('[part="standaard-badge"]'))).to.equal('Standaard');
    // The default address offers no "make default".
    expect(item(el, 'f.jansen@example.nl').querySelector('[data-action="default"]')).to.equal(null);
    expect(textOf(item(el, 'fatima.jansen@werk.example.com').querySelector('[data-action="default"]'))).to.equal(
      'Maak standaard: fatima.jansen@werk.example.com',
    );
    // The voorkeursDigitaalAdres is the phone number: the channel is "Per telefoon".
    expect($<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.value).to.equal('telefoonnummer');
    expect($<HTMLSelectElement>(el, '#kb-taal')!.value).to.equal('nld');
    expect($<HTMLInputElement>(el, '#kb-notificatie-zaken')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#kb-notificatie-berichten')!.checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#kb-notificatie-taken')!.checked).to.equal(true);
    // Every field has a label and a description tied to it.
    for (const input of $$(el, 'input, select')) {
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`), input.id).to.not.equal(null);
    }
    expect(field(el, 'kb-taal').getAttribute('aria-describedby')).to.equal('kb-taal-description');
    await expect(el).to.be.accessible();
  });

  it('applies a configured referentie rule (Den Haag: portaalvoorkeur)', async () => {
    const el = await render({ referentie: 'portaalvoorkeur' });
    await settled(el);
    expect(standaardVan(el, 'email')).to.equal('fatima.jansen@werk.example.com');
    expect($<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.value).to.equal('email');
  });

  it('follows heading-level, with the sections one level deeper', async () => {
    const el = await render({ headingLevel: '3' });
    await settled(el);
    expect(textOf($(el, 'h3'))).to.equal('Mijn contactvoorkeuren');
    expect($$(el, 'h4').map(textOf)).to.deep.equal(['E-mailadressen', 'Telefoonnummers', 'Voorkeuren']);
  });

  it('speaks English under lang="en", and takes text overrides', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <kb-klantvoorkeuren .client=${client} .texts=${{ klantvoorkeuren: { heading: 'Contact' } }}></kb-klantvoorkeuren>
    </div>`);
    const el = wrapper.querySelector('kb-klantvoorkeuren')!;
    await settled(el);
    expect(textOf($(el, 'h2'))).to.equal('Contact');
    expect(textOf($(el, '[data-add="email"]'))).to.equal('Add email address');
    expect(textOf($(el, 'label[for="kb-taal"]'))).to.equal('Preferred language');
  });

  it('shows the empty state when Klantinteracties has no partij for the resident', async () => {
    worker.use(http.get(`${KI}/partijen`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })));
    const el = await render();
    expect(await settled(el)).to.equal('empty');
    expect(textOf($(el, '[part="empty"]'))).to.equal('Er zijn bij de gemeente nog geen contactgegevens van u bekend.');
    await expect(el).to.be.accessible();
  });

  it('shows a partij without addresses, with a way to add them', async () => {
    fresh.setResident('leeg');
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, '[data-soort="email"]'))).to.contain('U heeft nog geen e-mailadres opgegeven.');
    expect($$(el, 'input[name="kanaal"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['geen']);
    await expect(el).to.be.accessible();
  });

  it('still shows the addresses when the notification choices cannot be loaded', async () => {
    worker.use(http.get(`${KI}/categorieen`, () => problem500()));
    const el = await render();
    expect(await settled(el)).to.equal('ready');
    expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678']);
    expect($(el, '#kb-notificatie-zaken')).to.equal(null);
  });

  describe('error state', () => {
    itRecoversFromBadResponses({
      worker,
      endpoint: () => `${KI}/partijen`,
      render: () => render(),
      ready: (el) => {
        expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678']);
      },
    });
  });

  describe('validation', () => {
    it('checks an e-mail address before sending: message at the field, error summary focused, links move focus', async () => {
      const writes = recordWrites();
      const el = await render();
      await settled(el);
      await add(el, 'email');
      type(field(el, 'kb-adres'), 'jansen@voorbeeld');
      type(field(el, 'kb-omschrijving'), 'x'.repeat(41));
      await submit(el, 'adres-form');

      const summary = $(el, '[part="adres-form"] [part="error-summary"]')!;
      await waitUntil(() => focused(el) === summary, 'summary not focused');
      expect(textOf(summary)).to.contain('Er zijn 2 fouten gevonden');
      const adres = field(el, 'kb-adres');
      expect(adres.getAttribute('aria-invalid')).to.equal('true');
      expect(adres.getAttribute('aria-describedby')).to.equal('kb-adres-error kb-adres-description');
      expect(textOf($(el, '#kb-adres-error'))).to.equal('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
      expect(textOf($(el, '#kb-omschrijving-error'))).to.equal('Gebruik maximaal 40 tekens.');
      expect(adres.value).to.equal('jansen@voorbeeld');
      expect(writes).to.deep.equal([]);
      await expect(el).to.be.accessible();

      (summary.querySelector('a[href="#kb-omschrijving"]') as HTMLAnchorElement).click();
      expect(focused(el)).to.equal(field(el, 'kb-omschrijving'));
    });

    it('asks for a value, and for a phone number Open Klant accepts', async () => {
      const el = await render();
      await settled(el);
      await add(el, 'telefoonnummer');
      await submit(el, 'adres-form');
      expect(textOf($(el, '#kb-adres-error'))).to.equal('Vul uw telefoonnummer in.');
      type(field(el, 'kb-adres'), '0800-1234');
      await submit(el, 'adres-form');
      expect(textOf($(el, '#kb-adres-error'))).to.contain('Vul een telefoonnummer in van 10 cijfers');
      expect(textOf($(el, '[part="error-summary"]'))).to.contain('Er is 1 fout gevonden');
    });

    it('sends a phone number as Open Klant wants it, whatever spacing the resident typed', async () => {
      const writes = recordWrites();
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render();
        await settled(el);
        await add(el, 'telefoonnummer', '020 - 123 45 67', 'Vast');
        await submit(el, 'adres-form');
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        expect(writes).to.have.length(1);
        expect(writes[0]!.body).to.deep.include({ adres: '0201234567', soortDigitaalAdres: 'telefoonnummer', omschrijving: 'Vast' });
        expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678', '0201234567']);
        const event = changes.events[0]!;
        expect(event.composed && event.bubbles).to.equal(true);
        expect(event.detail.wijziging.type).to.equal('add');
        expect(event.detail.voorkeuren.adressen.telefoonnummer.map((a) => a.adres)).to.deep.equal(['0612345678', '0201234567']);
        expect(status(el)).to.equal('Uw wijziging is opgeslagen.');
      } finally {
        changes.stop();
      }
    });
  });

  describe('saving optimistically', () => {
    it('shows a new address at once, and when the server refuses it (400) rolls back, keeps what was typed and shows the error at the field', async () => {
      const hold = gate();
      worker.use(
        http.post(`${KI}/digitaleadressen`, async () => {
          await hold.promise;
          return problem400([{ name: 'adres', code: 'invalid', reason: 'Voer een geldig e-mailadres in.' }]);
        }),
      );
      const errors = collectEvents('kb-voorkeur-error');
      try {
        const el = await render();
        await settled(el);
        await add(el, 'email', 'nieuw@example.nl', 'Sport');
        await submit(el, 'adres-form');
        // Optimistic: in the list before the server answered, the form closed.
        expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl', 'fatima.jansen@werk.example.com', 'nieuw@example.nl']);
        expect($(el, '[part="adres-form"]')).to.equal(null);
        expect(status(el)).to.equal('Uw wijziging wordt opgeslagen…');

        hold.open();
        await waitUntil(() => errors.events.length === 1, 'no kb-voorkeur-error');
        await el.updateComplete;
        // Rolled back, the form is back with what the resident typed, the server's error at the field.
        expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl', 'fatima.jansen@werk.example.com']);
        expect(field(el, 'kb-adres').value).to.equal('nieuw@example.nl');
        expect(field(el, 'kb-omschrijving').value).to.equal('Sport');
        expect(field(el, 'kb-adres').getAttribute('aria-invalid')).to.equal('true');
        expect(textOf($(el, '#kb-adres-error'))).to.equal('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
        const summary = $(el, '[part="adres-form"] [part="error-summary"]')!;
        await waitUntil(() => focused(el) === summary, 'summary not focused');
        expect(status(el)).to.equal('Uw wijziging is niet opgeslagen. Verbeter de fouten in het formulier en probeer het opnieuw.');
        expect(errors.events[0]!.detail.wijziging.type).to.equal('add');
        expect((errors.events[0]!.detail.error as Error & { kind?: string }).kind).to.equal('validation');
        await expect(el).to.be.accessible();
      } finally {
        hold.open();
        errors.stop();
      }
    });

    it('rolls back a changed address the server cannot save (500), with the typed value kept in the form', async () => {
      worker.use(http.patch(`${KI}/digitaleadressen/:uuid`, () => problem500()));
      const el = await render();
      await settled(el);
      await act(el, '0612345678', 'edit');
      expect(focused(el)).to.equal(field(el, 'kb-adres'));
      type(field(el, 'kb-adres'), '0687654321');
      await submit(el, 'adres-form');
      await waitUntil(() => $(el, '[part="adres-form"] [part="form-alert"]'), 'no alert in the form');
      const alert = $(el, '[part="adres-form"] [part="form-alert"]')!;
      expect(textOf(alert)).to.contain('Uw wijziging is niet opgeslagen.');
      expect(textOf(alert)).to.contain('Wat u heeft ingevuld is bewaard');
      await waitUntil(() => focused(el) === alert, 'alert not focused');
      expect(field(el, 'kb-adres').value).to.equal('0687654321');
      expect(adressen(el, 'telefoonnummer')).to.deep.equal([]); // the item is the open form again
      ($(el, '[data-action="cancel"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678']);
      await waitUntil(() => focused(el) === item(el, '0612345678').querySelector('[data-action="edit"]'), 'focus not back on the edit button');
    });

    it('removes an address at once, and puts it back when the server refuses', async () => {
      worker.use(http.delete(`${KI}/digitaleadressen/:uuid`, () => problem500(), { once: true }));
      const errors = collectEvents('kb-voorkeur-error');
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render();
        await settled(el);
        await act(el, 'fatima.jansen@werk.example.com', 'remove');
        expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl']);
        await waitUntil(() => errors.events.length === 1, 'no kb-voorkeur-error');
        await el.updateComplete;
        expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl', 'fatima.jansen@werk.example.com']);
        expect(status(el)).to.contain('Uw wijziging is niet opgeslagen.');

        // The second time the server accepts.
        await act(el, 'fatima.jansen@werk.example.com', 'remove');
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        await el.updateComplete;
        expect(adressen(el, 'email')).to.deep.equal(['f.jansen@example.nl']);
        expect(status(el)).to.equal('fatima.jansen@werk.example.com is verwijderd.');
        expect(changes.events[0]!.detail.wijziging.type).to.equal('remove');
      } finally {
        errors.stop();
        changes.stop();
      }
    });

    it('makes another address the default (the server resets the others)', async () => {
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render();
        await settled(el);
        await act(el, 'fatima.jansen@werk.example.com', 'default');
        expect(standaardVan(el, 'email')).to.equal('fatima.jansen@werk.example.com');
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        expect(changes.events[0]!.detail.voorkeuren.standaard.email?.adres).to.equal('fatima.jansen@werk.example.com');
        // A fresh read agrees with what is shown.
        const again = await render();
        await settled(again);
        expect(standaardVan(again, 'email')).to.equal('fatima.jansen@werk.example.com');
      } finally {
        changes.stop();
      }
    });

    it('saves language, channel and notification choices, and the next load shows them', async () => {
      const writes = recordWrites();
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render();
        await settled(el);
        const taal = $<HTMLSelectElement>(el, '#kb-taal')!;
        taal.value = 'eng';
        taal.dispatchEvent(new Event('change'));
        $<HTMLInputElement>(el, 'input[name="kanaal"][value="email"]')!.click();
        $<HTMLInputElement>(el, '#kb-notificatie-zaken')!.click();
        $<HTMLInputElement>(el, '#kb-notificatie-berichten')!.click();
        await submit(el, 'voorkeuren-form');
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        expect(writes.map((w) => `${w.method} ${w.path.split('/')[1]}`)).to.deep.equal([
          'PATCH partijen',
          'PATCH partijen',
          'DELETE categorie-relaties',
          'POST categorie-relaties',
        ]);
        expect(changes.events[0]!.detail.wijziging).to.deep.equal({
          type: 'preferences',
          voorkeurstaal: 'eng',
          voorkeurskanaal: 'email',
          notificaties: { zaken: false, berichten: true },
        });
        const again = await render();
        await settled(again);
        expect($<HTMLSelectElement>(again, '#kb-taal')!.value).to.equal('eng');
        expect($<HTMLInputElement>(again, 'input[name="kanaal"]:checked')!.value).to.equal('email');
        expect($<HTMLInputElement>(again, '#kb-notificatie-zaken')!.checked).to.equal(false);
        expect($<HTMLInputElement>(again, '#kb-notificatie-berichten')!.checked).to.equal(true);
      } finally {
        changes.stop();
      }
    });

    it('maps a refused preference (400 invalidParams) onto its field and keeps the choice made', async () => {
      worker.use(
        http.patch(`${KI}/partijen/:uuid`, () => problem400([{ name: 'voorkeurstaal', code: 'invalid_choice', reason: 'Deze taal wordt niet ondersteund.' }])),
      );
      const el = await render();
      await settled(el);
      const taal = $<HTMLSelectElement>(el, '#kb-taal')!;
      taal.value = 'eng';
      taal.dispatchEvent(new Event('change'));
      await submit(el, 'voorkeuren-form');
      await waitUntil(() => $(el, '[part="voorkeuren-form"] [part="error-summary"]'), 'no summary');
      const summary = $(el, '[part="voorkeuren-form"] [part="error-summary"]')!;
      await waitUntil(() => focused(el) === summary, 'summary not focused');
      expect(textOf($(el, '#kb-taal-error'))).to.equal('Deze taal wordt niet ondersteund.');
      expect($<HTMLSelectElement>(el, '#kb-taal')!.value).to.equal('eng');
      expect($(el, '#kb-taal')!.getAttribute('aria-describedby')).to.equal('kb-taal-error kb-taal-description');
      await expect(el).to.be.accessible();
      (summary.querySelector('a') as HTMLAnchorElement).click();
      expect(focused(el)).to.equal($(el, '#kb-taal'));
    });
  });

  describe('preferred channel', () => {
    it('moves the Den Haag referentie along when the channel changes under that rule', async () => {
      const writes = recordWrites();
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render({ referentie: 'portaalvoorkeur' });
        await settled(el);
        $<HTMLInputElement>(el, 'input[name="kanaal"][value="telefoonnummer"]')!.click();
        await submit(el, 'voorkeuren-form');
        // Optimistic: the phone number is the channel's address at once.
        expect($<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.value).to.equal('telefoonnummer');
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        expect(writes.map((w) => `${w.method} ${w.path.split('/')[1]}`)).to.deep.equal(['PATCH digitaleadressen', 'PATCH partijen']);
        expect(writes[0]!.body).to.deep.equal({ referentie: 'portaalvoorkeur' });
        expect(changes.events[0]!.detail.voorkeuren.voorkeurskanaal).to.equal('telefoonnummer');
        const again = await render({ referentie: 'portaalvoorkeur' });
        await settled(again);
        expect($<HTMLInputElement>(again, 'input[name="kanaal"]:checked')!.value).to.equal('telefoonnummer');
        // The e-mail default is unchanged: the tag is per soort.
        expect(standaardVan(again, 'email')).to.equal('fatima.jansen@werk.example.com');
      } finally {
        changes.stop();
      }
    });

    it('shows a refused channel at its fieldset, rolls the channel back and keeps the choice in the form', async () => {
      worker.use(
        http.patch(`${KI}/partijen/:uuid`, () =>
          problem400([{ name: 'voorkeursDigitaalAdres', code: 'invalid', reason: 'Het voorkeurs adres moet een gelinkte digitaal adres zijn.' }]),
        ),
      );
      const errors = collectEvents('kb-voorkeur-error');
      try {
        const el = await render();
        await settled(el);
        $<HTMLInputElement>(el, 'input[name="kanaal"][value="email"]')!.click();
        await submit(el, 'voorkeuren-form');
        await waitUntil(() => errors.events.length === 1, 'no kb-voorkeur-error');
        await el.updateComplete;
        const fieldset = $(el, '[part="voorkeuren-form"] fieldset')!;
        expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
        expect(fieldset.getAttribute('aria-describedby')).to.equal('kb-kanaal-error kb-kanaal-description');
        expect(textOf($(el, '#kb-kanaal-error'))).to.equal('Het voorkeurs adres moet een gelinkte digitaal adres zijn.');
        expect($<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.value).to.equal('email');
        await expect(el).to.be.accessible();
        ($(el, '[part="voorkeuren-form"] [part="error-summary"] a') as HTMLAnchorElement).click();
        expect(focused(el)).to.equal($(el, 'input[name="kanaal"]'));
      } finally {
        errors.stop();
      }
    });

    it('saves one change at a time: a second one while the first is saving is refused with a message', async () => {
      const hold = gate();
      worker.use(
        http.delete(`${KI}/digitaleadressen/:uuid`, async () => {
          await hold.promise;
          return undefined;
        }),
      );
      const writes = recordWrites();
      try {
        const el = await render();
        await settled(el);
        await act(el, 'fatima.jansen@werk.example.com', 'remove');
        await act(el, '0612345678', 'remove');
        expect(status(el)).to.equal('Even geduld: uw vorige wijziging wordt nog opgeslagen.');
        expect(adressen(el, 'telefoonnummer')).to.deep.equal(['0612345678']);
        hold.open();
        await waitUntil(() => status(el) === 'fatima.jansen@werk.example.com is verwijderd.', 'not removed');
        expect(writes.map((w) => w.method)).to.deep.equal(['DELETE']);
      } finally {
        hold.open();
      }
    });
  });

  describe('keyboard', () => {
    it('adds an e-mail address with the keyboard only, and lands on the new address', async () => {
      const changes = collectEvents('kb-voorkeur-change');
      let before: HTMLButtonElement | undefined;
      try {
        const el = await render();
        await settled(el);
        before = focusJustBefore(el);
        // Tab through the e-mail addresses' buttons to "E-mailadres toevoegen".
        for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '[data-add="email"]'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused(el) === field(el, 'kb-adres'), 'focus not in the form');
        await sendKeys({ type: 'sport@example.nl' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Sport' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        await el.updateComplete;
        expect(adressen(el, 'email')).to.include('sport@example.nl');
        expect(focused(el)).to.equal(item(el, 'sport@example.nl').querySelector('[data-action="edit"]'));
        await expect(el).to.be.accessible();
      } finally {
        before?.remove();
        changes.stop();
      }
    });

    it('changes the preferences with arrow keys, Space and Enter', async () => {
      const changes = collectEvents('kb-voorkeur-change');
      try {
        const el = await render();
        await settled(el);
        $<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.focus();
        await sendKeys({ press: 'ArrowUp' });
        expect($<HTMLInputElement>(el, 'input[name="kanaal"]:checked')!.value).to.equal('email');
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '#kb-taal'));
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '#kb-notificatie-zaken'));
        await sendKeys({ press: 'Space' });
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '[part="voorkeuren-form"] [part="submit-button"]'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => changes.events.length === 1, 'no kb-voorkeur-change');
        expect(changes.events[0]!.detail.wijziging).to.deep.equal({ type: 'preferences', voorkeurskanaal: 'email', notificaties: { zaken: false } });
        expect(focused(el)).to.equal($(el, '[part="voorkeuren-form"] [part="submit-button"]'));
      } finally {
        changes.stop();
      }
    });

    it('closes the form with Annuleren and returns focus to the button that opened it', async () => {
      const el = await render();
      await settled(el);
      const add = $(el, '[data-add="telefoonnummer"]') as HTMLButtonElement;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === field(el, 'kb-adres'), 'focus not in the form');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('data-action')).to.equal('cancel');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === $(el, '[data-add="telefoonnummer"]'), 'focus not back on the add button');
      expect($(el, '[part="adres-form"]')).to.equal(null);
    });
  });
});
