import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { ApiAccess, ApiName, KlantContextInfo } from '@klantbeeld/core';
import './klantbeeld.js';
import type { KbKlantbeeld } from './klantbeeld.element.js';
import { employeeContext, type EmployeeView } from '../shared/context.js';
import { settled, textOf } from '../testing/guards.js';
import { FakeEmployeeSession } from '../testing/employee.js';
import { $, $$, figure, sectionElements, sectionsSettled, useKlantbeeldTestbed } from '../testing/klantbeeld.js';

type Access = Readonly<Partial<Record<ApiName, ApiAccess>>>;

/** The dev stack's `sociaal-domein` profile: zaken, BRP and Klantinteracties read; producten and objecten (taken) not listed. */
const SOCIAAL_DOMEIN: Access = { zaken: 'read', documenten: 'read', besluiten: 'read', catalogi: 'read', brp: 'read', klantinteracties: 'read' };
/** The dev stack's `kcc` profile: everything the overview shows is granted (documents and besluiten are shielded). */
const KCC: Access = {
  zaken: 'read',
  catalogi: 'read',
  klantinteracties: 'write',
  objecten: 'read',
  producten: 'read',
  brp: 'read',
  documenten: 'shielded',
  besluiten: 'shielded',
  verwerkingen: 'shielded',
};

/** A klant context as the gateway answers it (no BSN in it). */
function klantContext(access: Access, displayName = 'F. Jansen-El Amrani'): KlantContextInfo {
  return { klant: { kind: 'persoon', displayName }, profile: 'kcc', purpose: 'telefoon', reference: null, startedAt: '2026-12-07T09:00:00Z', access };
}

/** The employee view with `context` chosen (the overview reads only `context`: it never searches nor chooses). */
function employeeView(context: KlantContextInfo | null): EmployeeView {
  return { info: undefined, context, session: new FakeEmployeeSession(context) };
}

describe('<kb-klantbeeld> in employee mode', () => {
  const testbed = useKlantbeeldTestbed();
  const { api, discovery, objecttype } = testbed;

  /** Renders the overview inside an element that provides `view` as the employee context (as `<kb-provider mode="medewerker">` does). */
  const render = async (view: EmployeeView, lang = 'nl') => {
    const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const provider = new ContextProvider(host, { context: employeeContext, initialValue: view });
    const el = document.createElement('kb-klantbeeld');
    el.client = testbed.client;
    el.setAttribute('taak-objecttype', objecttype);
    host.append(el);
    await el.updateComplete;
    return { el, provider };
  };
  const tags = (el: KbKlantbeeld) => sectionElements(el).map((child) => child.localName);
  const shielded = (el: KbKlantbeeld) => $$(el, '[part~="section"][data-shielded="true"]').map((section) => section.id.replace('kb-klantbeeld-', ''));
  const requestsTo = (base: string) => api.requests.filter((request) => request.url.startsWith(base));

  it('sociaal-domein: producten and taken shielded, their elements never created nor loaded, and no request to their APIs', async () => {
    const { el } = await render(employeeView(klantContext(SOCIAAL_DOMEIN)));
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(tags(el)).to.deep.equal(['kb-persoonsgegevens', 'kb-klantvoorkeuren', 'kb-lopende-zaken', 'kb-contact-history']);
    expect(shielded(el)).to.deep.equal(['producten', 'taken']);
    for (const id of ['producten', 'taken']) {
      const section = $(el, `#kb-klantbeeld-${id}`)!;
      expect(textOf(section.querySelector('[part~="section-heading"]'))).to.equal(id === 'producten' ? 'Producten' : 'Taken');
      expect(textOf(section.querySelector('[part="shielded"]'))).to.equal('Afgeschermd voor uw rol');
      // A calm note, not an error: no alert, no retry.
      expect(section.querySelector('[role="alert"], button')).to.equal(null);
    }
    expect(requestsTo(api.urls.producten)).to.deep.equal([]);
    expect(requestsTo(api.urls.objecten)).to.deep.equal([]);
    // The first test of this file: a shielded section's code is not even asked for.
    expect(discovery.loaded).to.deep.equal(['kb-persoonsgegevens', 'kb-klantvoorkeuren', 'kb-lopende-zaken', 'kb-contact-history']);
    expect(customElements.get('kb-producten')).to.equal(undefined);
    expect(customElements.get('kb-taken')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('kcc: every section shown, under the klant\'s name, with neutral headings (not the resident\'s "Mijn …")', async () => {
    const { el } = await render(employeeView(klantContext(KCC)));
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(textOf($(el, 'h2'))).to.equal('Klantbeeld van F. Jansen-El Amrani');
    expect(tags(el)).to.deep.equal(['kb-persoonsgegevens', 'kb-klantvoorkeuren', 'kb-lopende-zaken', 'kb-contact-history', 'kb-producten', 'kb-taken']);
    expect(shielded(el)).to.deep.equal([]);
    expect(textOf($(el, 'kb-producten')!.shadowRoot!.querySelector('h3'))).to.equal('Producten');
    expect(textOf($(el, 'kb-taken')!.shadowRoot!.querySelector('h3'))).to.equal('Taken');
    expect(figure(el, 'voorkeurskanaal')).to.equal('Telefoon');
    await expect(el).to.be.accessible();
  });

  it('a profile that shields zaken and Klantinteracties: those sections and figures say so, and none of it is asked', async () => {
    const { el } = await render(employeeView(klantContext({ brp: 'read', producten: 'read', objecten: 'read' })));
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(shielded(el)).to.deep.equal(['voorkeuren', 'zaken', 'contacten']);
    expect(['open-zaken', 'laatste-contact', 'voorkeurskanaal'].map((id) => figure(el, id))).to.deep.equal([
      'Afgeschermd voor uw rol',
      'Afgeschermd voor uw rol',
      'Afgeschermd voor uw rol',
    ]);
    expect($(el, '[part="retry-button"]')).to.equal(null);
    // Neither the summary nor a section asks for the contacts (the products still name their cases: their element's own, lenient lookup).
    expect(requestsTo(`${api.urls.klantinteracties}/klantcontacten`)).to.deep.equal([]);
    expect(tags(el)).to.deep.equal(['kb-persoonsgegevens', 'kb-producten', 'kb-taken']);
    await expect(el).to.be.accessible();
  });

  it('without a klant: "Kies eerst een klant", no sections and not one request; choosing one shows the overview', async () => {
    const { el, provider } = await render(employeeView(null));
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Klantbeeld');
    expect(textOf($(el, '[part="idle"]'))).to.equal('Kies eerst een klant.');
    expect($(el, '[part="sections"]')).to.equal(null);
    expect(api.requests).to.deep.equal([]);
    await expect(el).to.be.accessible();
    provider.setValue(employeeView(klantContext(KCC, 'S. de Boer')));
    expect(await settled(el)).to.equal('ready');
    expect(textOf($(el, 'h2'))).to.equal('Klantbeeld van S. de Boer');
    expect($(el, '[part="idle"]')).to.equal(null);
  });

  it("another klant: every section's element is a new one, so none shows the previous klant's data while it loads", async () => {
    const { el, provider } = await render(employeeView(klantContext(KCC)));
    await settled(el);
    await sectionsSettled(el);
    const before = sectionElements(el);
    provider.setValue(employeeView(klantContext(KCC, 'S. de Boer')));
    await el.updateComplete;
    const after = sectionElements(el);
    expect(after.map((child) => child.localName)).to.deep.equal(before.map((child) => child.localName));
    expect(after.filter((child) => before.includes(child))).to.deep.equal([]);
  });

  it('in English: the idle state and the shielded note', async () => {
    const { el, provider } = await render(employeeView(null), 'en');
    await el.updateComplete;
    expect(textOf($(el, '[part="idle"]'))).to.equal('Choose a klant first.');
    provider.setValue(employeeView(klantContext(SOCIAAL_DOMEIN)));
    expect(await settled(el)).to.equal('ready');
    await sectionsSettled(el);
    expect(textOf($(el, '#kb-klantbeeld-producten [part="shielded"]'))).to.equal('Hidden for your role');
    expect(textOf($(el, '#kb-klantbeeld-producten [part~="section-heading"]'))).to.equal('Products');
    expect(textOf($(el, 'kb-lopende-zaken')!.shadowRoot!.querySelector('h3'))).to.equal('Cases');
    await expect(el).to.be.accessible();
  });
});
