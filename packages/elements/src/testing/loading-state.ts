/**
 * Test support (not published): the loading-state test every data element runs. While the API holds its answer,
 * the element is `loading`, marks its content `aria-busy`, shows its skeleton text under the heading, and passes
 * the accessibility check; once the answer is let through, it is `ready`.
 * @module
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { gate, settled, textOf } from './guards.js';

export interface LoadingStateSuite<E extends KlantbeeldDataElement<unknown>> {
  readonly worker: SetupWorker;
  /** The URL whose answer is held back until the test ends (then the mock API answers it). */
  readonly endpoint: () => string;
  /** Renders the element with `heading-level="2"`. */
  readonly render: () => Promise<E>;
  /** The text of `[part="skeleton"]`. */
  readonly skeletonText: string;
  /** The text of the `h2`. */
  readonly heading: string;
  /** What else the element already shows while loading: named in the test title (`the range form`), then checked. */
  readonly alsoShows?: { readonly what: string; readonly check: (el: E) => void };
}

/** Registers the loading-state `it` (call inside a `describe`). */
export function itShowsLoadingState<E extends KlantbeeldDataElement<unknown>>(suite: LoadingStateSuite<E>): void {
  const also = suite.alsoShows ? ` and ${suite.alsoShows.what}` : '';
  it(`shows a loading state with aria-busy and a skeleton, under the heading${also}`, async () => {
    const hold = gate();
    suite.worker.use(
      http.get(suite.endpoint(), async () => {
        await hold.promise;
        return undefined; // fall through to the mock API
      }),
    );
    try {
      const el = await suite.render();
      const $ = (selector: string) => el.shadowRoot!.querySelector(selector);
      expect(el.dataState).to.equal('loading');
      // The skeleton comes after a short delay (KlantbeeldDataElement.loadingDelay): fast data never flashes one.
      await waitUntil(() => $('[part="skeleton"]'), 'no skeleton after the loading delay');
      expect($('[part="content"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($('[part="skeleton"]'))).to.equal(suite.skeletonText);
      expect(textOf($('h2'))).to.equal(suite.heading);
      suite.alsoShows?.check(el);
      await expect(el).to.be.accessible();
      // Still loading after the check: the held answer keeps it so (a wrong `endpoint` would not). Let through, it settles.
      expect(el.dataState).to.equal('loading');
      hold.open();
      expect(await settled(el)).to.equal('ready');
    } finally {
      hold.open();
    }
  });
}
