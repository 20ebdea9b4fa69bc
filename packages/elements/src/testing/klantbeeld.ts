/**
 * Test support of `<kb-klantbeeld>` (not published: imported by its tests only): the set-up its resident and employee
 * tests share, and how they read the overview's sections.
 * @module
 */
import { waitUntil } from '@open-wc/testing';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import type { KlantbeeldClient } from '@klantbeeld/core';
import type { KbKlantbeeld } from '../klantbeeld/klantbeeld.element.js';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { failOnUncaught, textOf } from './guards.js';
import { mockClient, useMockApi, type MockContext } from './mock.js';
import { answerDiscover } from './discover.js';

/** What {@link useKlantbeeldTestbed} sets up for a `describe` block. */
export interface KlantbeeldTestbed extends MockContext {
  /** The tags the overview asked the autoloader for (`kb-discover`). */
  readonly discovery: { readonly loaded: string[] };
  /** The mock's objecttype of taken (the `taak-objecttype` attribute). */
  readonly objecttype: string;
  /** A new client on the mock API for every test. */
  readonly client: KlantbeeldClient;
}

/**
 * In a `describe` block: the mock API, a failure on any uncaught error, the autoloader's discovery answered, and a new
 * client for each test.
 */
export function useKlantbeeldTestbed(): KlantbeeldTestbed {
  const mock = useMockApi();
  failOnUncaught();
  const discovery = answerDiscover();
  const objecttype = `${mock.api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.taak}`;
  let client: KlantbeeldClient | undefined;
  beforeEach(() => {
    client = mockClient();
  });
  return {
    ...mock,
    discovery,
    objecttype,
    get client(): KlantbeeldClient {
      if (!client) throw new Error('The client is made for each test: read it inside one.');
      return client;
    },
  };
}

export const $ = (el: KbKlantbeeld, selector: string): Element | null => el.shadowRoot?.querySelector(selector) ?? null;
export const $$ = (el: KbKlantbeeld, selector: string): Element[] => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];

/** The elements the overview's sections hold (`<kb-persoonsgegevens>`, …), in order. */
export const sectionElements = (el: KbKlantbeeld): Element[] => $$(el, '[part~="section"] > *').filter((child) => child.localName.startsWith('kb-'));

/** The value of the summary's figure `id` (e.g. `open-zaken`), as text. */
export const figure = (el: KbKlantbeeld, id: string): string => textOf($(el, `[part~="figure-${id}"] dd`));

/** Waits until every section's element is defined (its code loaded on demand) and has settled. */
export async function sectionsSettled(el: KbKlantbeeld): Promise<void> {
  await waitUntil(
    () =>
      sectionElements(el).length > 0 &&
      sectionElements(el).every(
        (child) => customElements.get(child.localName) && !['loading', 'idle'].includes((child as KlantbeeldDataElement<unknown>).dataState),
      ),
    'sections still loading',
    { timeout: 8000 },
  );
}
