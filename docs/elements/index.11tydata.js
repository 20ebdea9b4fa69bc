// The element index, once per language.
export default {
  pagination: { data: 'locales', size: 1, alias: 'lang', addAllPagesToCollections: true },
  locales: ['nl', 'en'],
  permalink: (data) => `elements/index${data.lang === 'en' ? '.en' : ''}.html`,
  eleventyComputed: {
    locale: (data) => data.lang,
    translationKey: () => '/elements/index',
    title: (data) => data.ui[data.lang].elements,
  },
};
