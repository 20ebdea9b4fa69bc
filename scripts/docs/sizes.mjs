// The "which file, and what it costs" table of the docs (`<!-- kb-docs:sizes -->` in a page), measured on the CDN
// build that `npm run docs` makes first, so that the figures in the docs are always those of the code beside them.
import { escapeHtml, table } from './layout.mjs';

const TEXT = {
  nl: {
    file: 'Bestand',
    gzip: 'Gecomprimeerd (gzip)',
    besideProvider: 'Erbij, naast <code>&lt;kb-provider&gt;</code>',
    onDemand: 'Later, als het nodig is',
    none: 'Geen.',
    sdk: '<code>klantbeeld.js</code>: alle elementen',
    autoloader: '<code>autoloader.js</code>, dat per element laadt:',
    element: (tag) => `<code>&lt;${tag}&gt;</code> met alles wat het nodig heeft`,
  },
  en: {
    file: 'File',
    gzip: 'Compressed (gzip)',
    besideProvider: 'On top of <code>&lt;kb-provider&gt;</code>',
    onDemand: 'Later, when needed',
    none: 'None.',
    sdk: '<code>klantbeeld.js</code>: every element',
    autoloader: '<code>autoloader.js</code>, which loads per element:',
    element: (tag) => `<code>&lt;${tag}&gt;</code> with all it needs`,
  },
};

const kB = (bytes, lang) => `${(bytes / 1000).toFixed(1).replace('.', lang === 'nl' ? ',' : '.')} kB`;

/** The table (HTML), in `lang`, of the artefacts `measured` by scripts/size.mjs `measure()`. */
export function sizesTableHtml(measured, lang) {
  const t = TEXT[lang];
  const sdk = measured.find((r) => r.name.startsWith('klantbeeld.js'));
  const autoloader = measured.find((r) => r.name === 'autoloader.js');
  const elements = measured.filter((r) => r.tag);
  const rows = [
    [t.sdk, kB(sdk.gzip, lang), '', ''],
    [t.autoloader, kB(autoloader.gzip, lang), '', ''],
    ...elements.map((r) => [
      t.element(escapeHtml(r.tag)),
      kB(r.gzip, lang),
      r.besideProvider === undefined ? '' : kB(r.besideProvider, lang),
      r.onDemand ? `+ ${kB(r.onDemand, lang)}` : '',
    ]),
  ];
  return table([t.file, t.gzip, t.besideProvider, t.onDemand], rows, t);
}
