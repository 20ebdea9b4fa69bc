// The search page, once per language; Pagefind searches the index of the page's own language (<html lang>).
export default {
  pagination: { data: 'locales', size: 1, alias: 'lang', addAllPagesToCollections: true },
  locales: ['nl', 'en'],
  permalink: (data) => `search${data.lang === 'en' ? '.en' : ''}.html`,
  searchable: false,
  scripts: ['/pagefind/pagefind-ui.js', '/assets/search.js'],
  stylesheets: ['/pagefind/pagefind-ui.css'],
  eleventyComputed: {
    locale: (data) => data.lang,
    translationKey: () => '/search',
    title: (data) => data.ui[data.lang].search,
  },
};
