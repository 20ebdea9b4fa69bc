/**
 * Test support (not published): the error-state suite every data element runs. For each kind of bad
 * answer, the element shows the matching message in an alert, fires one `kb-error` of the right kind, and
 * its retry button brings it to the ready state.
 * @module
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { KlantbeeldDataElement } from '../shared/data-element.js';
import { badResponses } from './bad-responses.js';
import { collectEvents, settled, stateIs, textOf } from './guards.js';

export interface ErrorStateSuite<E extends KlantbeeldDataElement<unknown>> {
  readonly worker: SetupWorker;
  /** The URL that answers badly (every attempt: the client itself retries 502 and network errors). */
  readonly endpoint: () => string;
  readonly render: () => Promise<E>;
  /** Asserts what the ready state shows after the retry. */
  readonly ready: (el: E) => void;
  /** The heading the error state shows, when the element's heading is not the same in every state. */
  readonly errorHeading?: string;
}

/** Registers one `it` per kind of bad answer (call inside a `describe`). */
export function itRecoversFromBadResponses<E extends KlantbeeldDataElement<unknown>>(suite: ErrorStateSuite<E>): void {
  for (const bad of badResponses) {
    it(`explains ${bad.name}, fires kb-error, and recovers on retry`, async () => {
      suite.worker.use(http.get(suite.endpoint(), bad.response));
      const errors = collectEvents('kb-error');
      try {
        const el = await suite.render();
        const $ = (selector: string) => el.shadowRoot!.querySelector(selector);
        expect(await settled(el)).to.equal('error');
        expect($('.utrecht-alert')!.getAttribute('role')).to.equal('alert');
        expect(textOf($('[part="error-message"]'))).to.contain(bad.message);
        if (suite.errorHeading !== undefined) expect(textOf($('[part~="heading"]'))).to.equal(suite.errorHeading);
        expect(errors.events).to.have.length(1);
        expect((errors.events[0]!.detail.error as Error & { kind?: string }).kind).to.equal(bad.kind);
        expect(errors.events[0]!.detail.retry).to.be.a('function');
        if (bad.kind === 'forbidden') await expect(el).to.be.accessible();

        suite.worker.resetHandlers();
        ($('[part="retry-button"]') as HTMLButtonElement).click();
        await stateIs(el, 'ready');
        suite.ready(el);
        expect(errors.events).to.have.length(1);
      } finally {
        errors.stop();
      }
    });
  }
}
