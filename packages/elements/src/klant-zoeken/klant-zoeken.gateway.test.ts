// <kb-klant-zoeken> over core's real EmployeeSession (createEmployeeSession), its fetch answered as the gateway's
// /medewerker routes answer (STAFF-CONTRACT.md): the problem+json of a 503 and a 400 reach the element as the
// states they mean, and a BSN goes in a request body, never in a URL.
import { expect, fixture, html } from '@open-wc/testing';
import '../provider/provider.js';
import type { KbKlantZoeken } from './klant-zoeken.element.js';
import { createEmployeeSession } from '@klantbeeld/core/medewerker';
import type { KlantContextRequest } from '@klantbeeld/core';
import { collectEvents, failOnUncaught, textOf } from '../testing/guards.js';
import { contextFor, KCC, namesakes } from '../testing/scripted-employee-session.js';
import { $, focusOn, part, pick, press, renderZoeken, searchBsn, shown } from '../testing/klant-zoeken.js';

const GATEWAY = `${location.origin}/api/klantbeeld`;
const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Probleem', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

describe('<kb-klant-zoeken> over the gateway contract', () => {
  failOnUncaught();
  let requests: { method: string; url: string; body: string }[];
  let searchAnswer: () => Response;

  const gatewayFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    requests.push({ method: request.method, url: request.url, body });
    const path = new URL(request.url).pathname.replace('/api/klantbeeld', '');
    if (path === '/medewerker/session') return json({ employee: { displayName: 'K. de Vries' }, profiles: [KCC], context: null });
    if (path === '/medewerker/klanten/search') return searchAnswer();
    if (path === '/medewerker/context' && request.method === 'PUT') return json(contextFor(JSON.parse(body) as KlantContextRequest, namesakes(1)[0]));
    if (path === '/medewerker/context' && request.method === 'DELETE') return new Response(null, { status: 204 });
    return problem(404, { code: 'not-found' });
  };

  beforeEach(() => {
    requests = [];
    searchAnswer = () => json({ results: namesakes(1), page: 1, pageSize: 10, hasNext: false });
  });

  const render = () => renderZoeken({ info: undefined, context: null, session: createEmployeeSession({ gateway: GATEWAY, fetch: gatewayFetch }) });

  it('reads the session, searches with the BSN in the body only, chooses and ends the klant context', async () => {
    const { el } = await render();
    await shown(el, 'search-form');
    const changes = collectEvents('kb-klant-change');
    try {
      await searchBsn(el, '999993653');
      await shown(el, 'result-list');
      await press(el, 'choose-button');
      await pick(el, 'doel', 'telefoon');
      await press(el, 'confirm-button');
      await shown(el, 'summary');
      expect(changes.events[0]?.detail.context?.purpose).to.equal('telefoon');
      await press(el, 'end-button');
      await shown(el, 'search-form');
      expect(changes.events.map((e) => e.detail.context === null)).to.deep.equal([false, true]);
    } finally {
      changes.stop();
    }
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([
      'GET /api/klantbeeld/medewerker/session',
      'POST /api/klantbeeld/medewerker/klanten/search',
      'PUT /api/klantbeeld/medewerker/context',
      'DELETE /api/klantbeeld/medewerker/context',
    ]);
    expect(requests.some((r) => r.url.includes('999993653'))).to.equal(false);
    expect(JSON.parse(requests[1]?.body ?? '{}')).to.include({ bsn: '999993653', profile: 'kcc' });
  });

  it('a 503 search-source-unavailable is the "source down" state with retry', async () => {
    searchAnswer = () => problem(503, { code: 'search-source-unavailable', title: 'Zoekbron niet beschikbaar' });
    const { el } = await render();
    await shown(el, 'search-form');
    await searchBsn(el);
    expect(textOf(await shown(el, 'search-error'))).to.contain('BRP of Klantinteracties');
    expect(part(el, 'retry-button')).to.not.equal(null);
  });

  it("a 400's invalidParams show at their fields", async () => {
    searchAnswer = () => problem(400, { code: 'invalid', invalidParams: [{ name: 'email', code: 'invalid', reason: 'Not accepted.' }] });
    const { el } = await render();
    await shown(el, 'search-form');
    await pick(el, 'zoeken-op', 'email');
    const input = $<HTMLInputElement>(el, '#kb-zoek-email');
    if (input) input.value = 'f.jansen@example.nl';
    input?.dispatchEvent(new InputEvent('input'));
    await press(el, 'submit-button');
    await focusOn(el, 'error-summary');
    expect(textOf($(el, '#kb-zoek-email-error'))).to.equal('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
  });

  it('inside <kb-provider mode="medewerker">: the provider\'s view carries the chosen klant to the element', async () => {
    const original = window.fetch.bind(window);
    window.fetch = gatewayFetch;
    try {
      const provider = await fixture(html`<kb-provider mode="medewerker" gateway=${GATEWAY}><kb-klant-zoeken></kb-klant-zoeken></kb-provider>`);
      const el = provider.querySelector<KbKlantZoeken>('kb-klant-zoeken');
      if (!el) throw new Error('no element');
      await shown(el, 'search-form');
      await searchBsn(el);
      await shown(el, 'result-list');
      await press(el, 'choose-button');
      await pick(el, 'doel', 'balie');
      await press(el, 'confirm-button');
      await shown(el, 'summary');
      // The provider's new view (after context-change) says the same as what the element chose.
      expect(el.employee?.context?.purpose).to.equal('balie');
      expect(textOf(part(el, 'summary-data'))).to.contain('Vraag van de klant aan de balie');
      await press(el, 'end-button');
      await shown(el, 'search-form');
      expect(el.employee?.context).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });
});
