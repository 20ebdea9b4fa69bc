/**
 * Test support (not published): a guard that fails a test on any uncaught error or unhandled rejection, and
 * helpers to wait for a data element's state.
 * @module
 */
import { waitUntil } from '@open-wc/testing';
import type { KlantbeeldDataElement, DataState } from '../shared/data-element.js';

/**
 * Collects uncaught errors and unhandled rejections during each test and fails the test when there were any.
 * (WTR reports them too, but not always against the test that caused them.)
 */
export function failOnUncaught(): { readonly errors: unknown[] } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(function () {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (errors.length > 0 && this.currentTest?.state !== 'failed') {
      throw new Error(`Uncaught during "${this.currentTest?.title}": ${errors.map(String).join('; ')}`);
    }
  });
  return { errors };
}

/** Waits until a data element has settled in a state other than loading/idle, then for its render. */
export async function settled<T>(el: KlantbeeldDataElement<T>): Promise<DataState> {
  await waitUntil(() => el.dataState !== 'loading' && el.dataState !== 'idle', `still ${el.dataState}`, { timeout: 5000 });
  await el.updateComplete;
  return el.dataState;
}

/** Waits until a data element shows `state`. */
export async function stateIs<T>(el: KlantbeeldDataElement<T>, state: DataState): Promise<void> {
  await waitUntil(() => el.dataState === state, `expected ${state}, is ${el.dataState}`, { timeout: 5000 });
  await el.updateComplete;
}

/** The visible text of a node in the shadow root, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A promise that a test can resolve later: to hold a mocked response open (deterministic loading state). */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Collects the `type` events that reach `document` (they bubble and are composed) until `stop()`. */
export function collectEvents<K extends keyof HTMLElementEventMap>(type: K): { readonly events: HTMLElementEventMap[K][]; stop: () => void } {
  const events: HTMLElementEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as HTMLElementEventMap[K]);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/**
 * Puts a button just before `el` and focuses it, so that the next Tab enters `el` as a keyboard user would arrive.
 * Remove the returned button when done.
 */
export function focusJustBefore(el: Element): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'voor';
  el.before(before);
  before.focus();
  return before;
}
