// The generated hostile-response suite (browser part): every element, fed by the mock API whose answers a
// fast-check generator mutates (wrong types, nulls, missing and extra fields, huge strings and lists, deep
// nesting, foreign and malformed URLs, markup in every text) or replaces by a transport fault (error
// statuses, redirects to another origin, wrong content types, truncated bodies, network errors, slow
// answers). Properties: the element reaches ready, empty or error; no API text becomes markup; no request
// leaves the configured sources; nothing is thrown uncaught. Seeded (KB_FUZZ_SEED is not readable here:
// the seed is fixed, and a failure prints seed and path for `fc.assert` to replay).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import { createClient, type KlantbeeldClient } from '@klantbeeld/core';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import type { TemplateResult } from 'lit';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { failOnUncaught, settled } from './guards.js';
import { useMockApi } from './mock.js';
import '../define.js';

/** The mutations of the core's Node suite (packages/core/test/fuzz/mutations.ts: no Node API), served by the test runner. */
interface Mutations {
  readonly FOREIGN: string;
  readonly mutation: fc.Arbitrary<(value: unknown) => unknown>;
  readonly markupInTexts: fc.Arbitrary<(value: unknown) => unknown>;
}
// Outside this package's TypeScript project, so loaded by URL rather than compiled in.
const MUTATIONS = '/packages/core/test/fuzz/mutations.ts';
const { FOREIGN, markupInTexts, mutation } = (await import(/* @vite-ignore */ MUTATIONS)) as Mutations;

const SEED = 20_261_207;
const RUNS_PER_ELEMENT = 12;
const NOW = new Date('2026-11-28T12:00:00Z');
const ZAAK = 'ZAAK-2026-0004127';

type Fault = 'none' | 'status' | 'redirect-foreign' | 'content-type' | 'truncated' | 'network' | 'slow';
const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Fault>('none') },
  { weight: 1, arbitrary: fc.constant<Fault>('status') },
  { weight: 1, arbitrary: fc.constant<Fault>('redirect-foreign') },
  { weight: 1, arbitrary: fc.constant<Fault>('content-type') },
  { weight: 1, arbitrary: fc.constant<Fault>('truncated') },
  { weight: 1, arbitrary: fc.constant<Fault>('network') },
  { weight: 1, arbitrary: fc.constant<Fault>('slow') },
);

/** A client whose every answer (from the mock API behind msw) passes through the generator. */
function hostileClient(g: fc.GeneratorValue, sent: string[]): KlantbeeldClient {
  return createClient({
    gateway: location.origin,
    retries: 0,
    timeout: 2000,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      sent.push(url);
      const kind = g(() => fault);
      if (kind === 'network') throw new TypeError('Failed to fetch');
      if (kind === 'status') {
        const status = g(() => fc.constantFrom(400, 401, 403, 404, 429, 500, 503));
        return Response.json(
          { status, title: '<img src=x onerror="globalThis.__kbInjected=1">', detail: '<script>globalThis.__kbInjected=1</script>' },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      if (kind === 'redirect-foreign') return new Response(null, { status: 307, headers: { Location: `${FOREIGN}/elders` } });
      if (kind === 'slow')
        await new Promise((resolve) =>
          setTimeout(
            resolve,
            g(() => fc.integer({ min: 0, max: 100 })),
          ),
        );
      const real = await globalThis.fetch(input, init);
      if (!/json/.test(real.headers.get('Content-Type') ?? '')) return real;
      const body = g(() => markupInTexts)(g(() => mutation)(await real.json()));
      const text = JSON.stringify(body) ?? 'null';
      if (kind === 'content-type') return new Response(`<html>${text}</html>`, { status: real.status, headers: { 'Content-Type': 'text/html' } });
      if (kind === 'truncated') return new Response(text.slice(0, text.length >> 1), { status: real.status, headers: { 'Content-Type': 'application/json' } });
      return new Response(text, { status: real.status, headers: { 'Content-Type': real.headers.get('Content-Type') ?? 'application/json' } });
    },
  });
}

/** Every element in the shadow trees below `root`. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Fails when API text became markup: an event-handler attribute, a script, an injected image or a javascript: link. */
function expectNoMarkupFromApi(el: Element): void {
  for (const element of allElements(el.shadowRoot!)) {
    const tag = element.localName;
    expect(tag, 'a script element').not.to.equal('script');
    expect(tag === 'img' && element.getAttribute('src') === 'x', 'an injected <img>').to.equal(false);
    for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `an ${attribute} attribute on <${tag}>`).to.equal(false);
    const href = element.getAttribute('href');
    if (href !== null) expect(/^\s*javascript:/i.test(href), `a javascript: link on <${tag}>`).to.equal(false);
  }
  expect((globalThis as { __kbInjected?: unknown }).__kbInjected, 'injected script ran').to.equal(undefined);
}

describe('hostile responses: every element reaches a defined state and renders API data as text', () => {
  const { api } = useMockApi();
  failOnUncaught();
  const reached = new Set<string>();

  const elements: readonly { readonly tag: string; readonly render: (client: KlantbeeldClient) => TemplateResult }[] = [
    { tag: 'kb-status-tracker', render: (client) => html`<kb-status-tracker .client=${client} zaak=${ZAAK} no-live></kb-status-tracker>` },
    // Live updates off, as for the tracker and the detail: the event stream has its own hostile suite (core live-hostile).
    { tag: 'kb-lopende-zaken', render: (client) => html`<kb-lopende-zaken .client=${client} page-size="5" no-live></kb-lopende-zaken>` },
    {
      tag: 'kb-contact-history',
      render: (client) =>
        html`<kb-contact-history .client=${client} .now=${NOW} afspraak-objecttype=${`${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.afspraak}`}></kb-contact-history>`,
    },
    {
      tag: 'kb-taken',
      render: (client) =>
        html`<kb-taken .client=${client} .now=${NOW} objecttype=${`${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.taak}`}></kb-taken>`,
    },
    { tag: 'kb-producten', render: (client) => html`<kb-producten .client=${client}></kb-producten>` },
    {
      tag: 'kb-tips',
      render: (client) =>
        html`<kb-tips .client=${client} .now=${NOW} objecttype=${`${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.tip}`}></kb-tips>`,
    },
    { tag: 'kb-persoonsgegevens', render: (client) => html`<kb-persoonsgegevens .client=${client}></kb-persoonsgegevens>` },
    { tag: 'kb-verwerkingen', render: (client) => html`<kb-verwerkingen .client=${client} .now=${NOW}></kb-verwerkingen>` },
    { tag: 'kb-zaak-detail', render: (client) => html`<kb-zaak-detail .client=${client} .now=${NOW} zaak=${ZAAK} no-live></kb-zaak-detail>` },
    { tag: 'kb-klantvoorkeuren', render: (client) => html`<kb-klantvoorkeuren .client=${client}></kb-klantvoorkeuren>` },
  ];

  for (const { tag, render } of elements) {
    it(`<${tag}>: ${RUNS_PER_ELEMENT} generated servers`, async function () {
      this.timeout(RUNS_PER_ELEMENT * 6000);
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          const sent: string[] = [];
          const client = hostileClient(g, sent);
          try {
            const el = await fixture<KlantbeeldDataElement<unknown>>(render(client));
            const state = await settled(el);
            reached.add(state);
            expect(['ready', 'empty', 'error']).to.include(state);
            expectNoMarkupFromApi(el);
            for (const url of sent) expect(client.sourceOf(url), `request outside the sources: ${url}`).not.to.equal(undefined);
          } finally {
            fixtureCleanup();
          }
        }),
        { numRuns: RUNS_PER_ELEMENT, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('the generated servers drive the elements into both the ready and the error state', () => {
    expect([...reached]).to.include.members(['ready', 'error']);
  });
});
