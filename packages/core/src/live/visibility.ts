/**
 * Page visibility, so live updates pause while the page is hidden (no stream, no polling in a
 * background tab). Outside a browser the page counts as always visible.
 * @module
 */

/** The part of `Document` that is read: `visibilityState` and the `visibilitychange` event. */
export interface VisibilityDocument {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Whether the page is visible, and a way to follow changes. */
export interface PageVisibility {
  readonly visible: boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  watch(listener: (visible: boolean) => void): () => void;
}

const ALWAYS_VISIBLE: PageVisibility = { visible: true, watch: () => () => {} };

/** The visibility of `doc` (default: the global `document`, when there is one). */
export function pageVisibility(doc: VisibilityDocument | undefined = (globalThis as { document?: VisibilityDocument }).document): PageVisibility {
  if (doc === undefined || typeof doc.addEventListener !== 'function') return ALWAYS_VISIBLE;
  return {
    get visible() {
      return doc.visibilityState !== 'hidden';
    },
    watch(listener) {
      let last = doc.visibilityState !== 'hidden';
      const onChange = () => {
        const visible = doc.visibilityState !== 'hidden';
        // visibilitychange may fire without a change that matters here (e.g. prerender → visible).
        if (visible === last) return;
        last = visible;
        listener(visible);
      };
      doc.addEventListener('visibilitychange', onChange);
      return () => doc.removeEventListener('visibilitychange', onChange);
    },
  };
}
