// Every data element in employee mode: idle without a klant ("Kies eerst een klant", nothing requested), and a calm
// "Afgeschermd voor uw rol" when the gateway shields its data for the employee's role (see employee-states.ts).
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { http, HttpResponse } from 'msw';
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import '../define.js';
import type { KbZaakDetail } from '../zaak-detail/zaak-detail.element.js';
import { collectEvents, failOnUncaught, settled, textOf } from './guards.js';
import { mockClient, useMockApi } from './mock.js';
import { employeeContainer, FakeEmployeeSession, kccContext } from './employee.js';
import { itShowsEmployeeStates } from './employee-states.js';

describe('employee mode in every data element', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  const zaak = `${api.urls.zaken}/zaken/${fixtureZaken.jansen.dakkapel}`;
  const ELEMENTS: Record<string, Record<string, string>> = {
    'kb-status-tracker': { zaak, 'no-live': '' },
    'kb-lopende-zaken': { 'no-live': '' },
    'kb-contact-history': {},
    'kb-taken': { objecttype: `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.taak}` },
    'kb-producten': {},
    'kb-tips': { objecttype: `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.tip}` },
    'kb-persoonsgegevens': {},
    'kb-verwerkingen': {},
    'kb-zaak-detail': { zaak, 'no-live': '' },
    'kb-klantvoorkeuren': {},
  };
  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      itShowsEmployeeStates({ api, worker, tag, attributes, client: () => mockClient() });
    });
  }

  it('<kb-zaak-detail> with its documents shielded: the case, and "Afgeschermd voor uw rol" in the documents section', async () => {
    const shielded = () =>
      HttpResponse.json({ code: 'shielded', title: 'Afgeschermd' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
    worker.use(http.get(`${api.urls.zaken}/zaakinformatieobjecten`, shielded));
    const errors = collectEvents('kb-error');
    try {
      const container = await employeeContainer(new FakeEmployeeSession(kccContext('F. Jansen-El Amrani')));
      render(html`<kb-zaak-detail .client=${mockClient()} zaak=${zaak} no-live></kb-zaak-detail>`, container);
      const el = container.querySelector<KbZaakDetail>('kb-zaak-detail')!;
      expect(await settled(el)).to.equal('ready');
      const documenten = el.shadowRoot!.querySelector('[part~="section-documenten"]');
      expect(textOf(documenten?.querySelector('[part="shielded"]'))).to.equal('Afgeschermd voor uw rol');
      expect(documenten?.querySelector('[part="section-error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(errors.events).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      errors.stop();
    }
  });
});
