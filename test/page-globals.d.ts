// What the browser-side code of the embed tests (page.evaluate, addInitScript) adds to a page's window.
export {};

declare global {
  interface Window {
    /** CSP violations, recorded by the embed harness before any page script runs. */
    __violations: string[];
    /** `kb-error` events, as `tag: ErrorName: message`. */
    __kbErrors: string[];
    /** The texts the languages test saw an element show, in order. */
    __texts: string[];
  }
}
