/**
 * Test support (not published): the employee-mode suite every data element runs. Without a klant context the element
 * says "Kies eerst een klant" / "Choose a klant first" and requests nothing; when the gateway shields its data for the
 * employee's role (403 `shielded`) it says "Afgeschermd voor uw rol" calmly: no alert, no retry, no `kb-error`, nothing
 * for the page's outage monitor. Both states pass the accessibility check.
 * @module
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { GATEWAY_PATHS, type KlantbeeldClient } from '@klantbeeld/core';
import type { MockApi } from '@klantbeeld/mock-api';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { employeeContainer, FakeEmployeeSession, kccContext } from './employee.js';
import { collectEvents, settled, textOf } from './guards.js';

type DataElement = KlantbeeldDataElement<unknown>;

export interface EmployeeStateSuite {
  readonly api: MockApi;
  readonly worker: SetupWorker;
  /** The element's tag, and the attributes it needs to load (e.g. `zaak`, `objecttype`). */
  readonly tag: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly client: () => KlantbeeldClient;
}

/** Every API of the gateway answers 403 `shielded`, as for a profile that grants none of them. */
function shieldEveryApi(worker: SetupWorker): void {
  const bases = Object.values(GATEWAY_PATHS).map((path) => path.split('/')[1]);
  const anyApi = new RegExp(`^${location.origin.replace(/[.]/g, '\\.')}/(${bases.join('|')})/`);
  worker.use(
    http.all(anyApi, () =>
      HttpResponse.json({ code: 'shielded', title: 'Afgeschermd', status: 403 }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
  );
}

async function render(suite: EmployeeStateSuite, session: FakeEmployeeSession, lang: string): Promise<DataElement> {
  const container = await employeeContainer(session, lang);
  const el = document.createElement(suite.tag) as DataElement;
  for (const [name, value] of Object.entries(suite.attributes ?? {})) el.setAttribute(name, value);
  el.setAttribute('heading-level', '2');
  el.client = suite.client();
  container.append(el);
  await el.updateComplete;
  return el;
}

/** Registers the employee-mode `it`s of one element (call inside a `describe` that runs `useMockApi`). */
export function itShowsEmployeeStates(suite: EmployeeStateSuite): void {
  for (const [lang, text] of [
    ['nl', 'Kies eerst een klant'],
    ['en', 'Choose a klant first'],
  ] as const) {
    it(`<${suite.tag}> in employee mode without a klant (${lang}): "${text}", no request, accessible`, async () => {
      suite.api.clearRequests();
      const el = await render(suite, new FakeEmployeeSession(null), lang);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="no-klant"]'), 'no "choose a klant" note');
      expect(el.dataState).to.equal('idle');
      expect(textOf(el.shadowRoot!.querySelector('[part="no-klant"]'))).to.equal(text);
      await expect(el).to.be.accessible();
      expect(suite.api.requests).to.deep.equal([]);
    });
  }

  it(`<${suite.tag}> shielded for the employee's role: a calm note, no alert, no retry, no kb-error, accessible`, async () => {
    shieldEveryApi(suite.worker);
    const errors = collectEvents('kb-error');
    try {
      const el = await render(suite, new FakeEmployeeSession(kccContext('F. Jansen-El Amrani')), 'nl');
      expect(await settled(el)).to.equal('shielded');
      const $ = (selector: string) => el.shadowRoot!.querySelector(selector);
      await waitUntil(() => $('[part="shielded"]'), 'no shielded note');
      expect(textOf($('[part="shielded"]'))).to.equal('Afgeschermd voor uw rol');
      expect($('[role="alert"]')).to.equal(null);
      expect($('[part="retry-button"]')).to.equal(null);
      expect(errors.events).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      errors.stop();
    }
  });
}
