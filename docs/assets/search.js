// Starts Pagefind's search box on the search page. A file rather than an inline script, so that a strict Content
// Security Policy can allow it. Pagefind fetches its index, which a browser refuses for a page opened from disk.
/* global PagefindUI */
window.addEventListener('DOMContentLoaded', () => {
  if (location.protocol === 'file:') {
    document.querySelector('[data-kb-docs-offline]').hidden = false;
    return;
  }
  new PagefindUI({ element: '[data-kb-docs-search]', showImages: false, resetStyles: false });
});
