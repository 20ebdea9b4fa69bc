import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { withRenamedTextsOnDemand } from './renamed-texts-on-demand.js';
import '../status-tracker/status-tracker.element.js';
import type { TranslationOverrides } from './i18n.js';

/** A host that counts the renders it was asked for. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('the old texts keys, on demand', () => {
  it('leaves texts with new keys only as they are, and asks for no render', async () => {
    const h = host();
    const texts: TranslationOverrides = { statusTracker: { notFound: 'Nieuw.' } };
    expect(withRenamedTextsOnDemand(texts, 'statusTracker', h)).to.equal(texts);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.updates).to.equal(0);
  });

  it('loads the layer when an old key shows up, renders again, and then moves the key', async () => {
    const h = host();
    const texts: TranslationOverrides = { zaakNotFound: 'Oud.', statusTrackerLive: { statusChanged: (van, naar) => `${van} → ${naar}` } };
    expect(withRenamedTextsOnDemand(texts, 'statusTracker', h), 'until the layer is there').to.equal(texts);
    await waitUntil(() => h.updates === 1, 'no render asked for');
    const moved = withRenamedTextsOnDemand(texts, 'statusTracker', h);
    expect(moved.statusTracker?.notFound).to.equal('Oud.');
    expect(moved.statusTracker?.statusGewijzigd?.('A', 'B')).to.equal('A → B');
  });
});
