// What the peer benchmark observes inside the page, installed before any page script runs (`page.addInitScript`).
// Both sides get the same probe, so its own cost is on both sides.
//   window.__peer.painted   performance.now() at the start of the first frame whose DOM holds the whole timeline
//                           (all steps present, none loading): the frame that paints it
//   window.__peer.htmlEnd   when the HTML document finished arriving (navigation timing responseEnd)
//   window.__peer.updates   every Lit update of a <kb-status-tracker>: { state, zaak, tracker } (its `updated()` hook)
//   window.__peer.until(el, predicate)  resolves after the update of `el` for which predicate(el) holds (or now)

/** The function installed as init script; `steps` is the number of steps of the case. */
export function probe(steps) {
  const updates = [];
  const waiters = new Set();
  const stepsOf = (root) => root?.querySelectorAll('li[part~="step"], .denhaag-process-steps__step').length ?? 0;
  const timelinePainted = () => {
    const tracker = document.querySelector('kb-status-tracker');
    if (tracker) return tracker.dataState === 'ready' && stepsOf(tracker.shadowRoot) === steps;
    return stepsOf(document) === steps;
  };
  const peer = {
    painted: undefined,
    htmlEnd: undefined,
    updates,
    until(el, predicate) {
      if (el.hasUpdated && !el.isUpdatePending && predicate(el)) return Promise.resolve();
      return new Promise((resolve) => waiters.add({ el, predicate, resolve }));
    },
  };
  window.__peer = peer;
  const frame = () => {
    if (timelinePainted()) {
      peer.painted = performance.now();
      peer.htmlEnd = performance.getEntriesByType('navigation')[0]?.responseEnd;
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'kb-status-tracker') {
      const updated = constructor.prototype.updated;
      constructor.prototype.updated = function (changed) {
        updated.call(this, changed);
        updates.push({ state: this.dataState, zaak: this.zaak, tracker: this });
        for (const waiter of waiters) {
          if (waiter.el === this && waiter.predicate(this)) {
            waiters.delete(waiter);
            waiter.resolve();
          }
        }
      };
    }
    return define(name, constructor, options);
  };
}

/**
 * Nodes under `root` (not counted itself) by kind: elements, text (of which blank), comments. For a tracker its
 * shadow root; for ProcessSteps the container of one timeline.
 */
export function countNodes(root) {
  const counts = { all: 0, elements: 0, text: 0, blank: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    counts.all++;
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    else if (node.nodeType === Node.TEXT_NODE) {
      counts.text++;
      if (!node.data.trim()) counts.blank++;
    }
  }
  return counts;
}
