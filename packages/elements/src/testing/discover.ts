/**
 * Test support (not published): what the CDN autoloader does on `kb-discover` (its `discover` of the host's shadow root),
 * with the registration modules of the source tree instead of the CDN build's files. Records the tags it loaded.
 * @module
 */
const registrations: Readonly<Record<string, () => Promise<unknown>>> = {
  'kb-persoonsgegevens': () => import('../persoonsgegevens/persoonsgegevens.js'),
  'kb-klantvoorkeuren': () => import('../klantvoorkeuren/klantvoorkeuren.js'),
  'kb-lopende-zaken': () => import('../lopende-zaken/lopende-zaken.js'),
  'kb-contact-history': () => import('../contact-history/contact-history.js'),
  'kb-producten': () => import('../producten/producten.js'),
  'kb-taken': () => import('../taken/taken.js'),
};

/** Answers `kb-discover` for this test file (from the first call on) and returns the tags loaded so far, in order. */
export function answerDiscover(): { readonly loaded: string[] } {
  const loaded: string[] = [];
  document.addEventListener('kb-discover', (event) => {
    const root = event.target instanceof Element ? event.target.shadowRoot : null;
    const tags = new Set([...(root?.querySelectorAll(':not(:defined)') ?? [])].map((element) => element.localName));
    for (const tag of tags) {
      const load = registrations[tag];
      if (load === undefined || loaded.includes(tag)) continue;
      loaded.push(tag);
      void load();
    }
  });
  return { loaded };
}
