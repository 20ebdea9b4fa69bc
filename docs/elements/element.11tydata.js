// One page per element and language (pagination over `elements.pages` of docs/_data/elements.js).
export default {
  pagination: { data: 'elements.pages', size: 1, alias: 'item', addAllPagesToCollections: true },
  permalink: (data) => `elements/${data.item.element.tag}${data.item.locale === 'en' ? '.en' : ''}.html`,
  scripts: ['/assets/examples.js'],
  eleventyComputed: {
    locale: (data) => data.item.locale,
    translationKey: (data) => `/elements/${data.item.element.tag}`,
    title: (data) => `<${data.item.element.tag}>`,
  },
};
