// The shared page shell of the docs site: header, navigation, language switch, main content, footer.
// Every link is relative to the page, so the site works from file:// and from any static server or sub-path.
import { posix } from 'node:path';

/** The navigation, in order. `key` is a page's path without language suffix and extension. */
export const NAV = [
  { key: 'index', label: { nl: 'Start', en: 'Home' } },
  { key: 'getting-started', label: { nl: 'Aan de slag', en: 'Getting started' } },
  { key: 'elements/index', label: { nl: 'Elementen', en: 'Elements' } },
  { key: 'guides/cms', label: { nl: 'CMS', en: 'CMS' } },
  { key: 'guides/react', label: { nl: 'React', en: 'React' } },
  { key: 'guides/vue', label: { nl: 'Vue', en: 'Vue' } },
  { key: 'guides/angular', label: { nl: 'Angular', en: 'Angular' } },
  { key: 'guides/csp', label: { nl: 'CSP', en: 'CSP' } },
  { key: 'guides/theming', label: { nl: 'Thema', en: 'Theming' } },
  { key: 'guides/tips', label: { nl: 'Tips', en: 'Tips' } },
  { key: 'gateway', label: { nl: 'Gateway', en: 'Gateway' } },
  { key: 'core/headless', label: { nl: 'Headless', en: 'Headless' } },
  { key: 'core/bounds', label: { nl: 'Grenzen', en: 'Bounds' } },
  { key: 'api/core/index', label: { nl: 'Core-API', en: 'Core API' }, external: 'api/core/index.html' },
  { key: 'accessibility', label: { nl: 'Toegankelijkheid', en: 'Accessibility' } },
];

const UI = {
  nl: { skip: 'Naar de inhoud', nav: 'Documentatie', other: 'English', otherLang: 'en', footer: 'Klantbeeld — EUPL-1.2' },
  en: { skip: 'Skip to content', nav: 'Documentation', other: 'Nederlands', otherLang: 'nl', footer: 'Klantbeeld — EUPL-1.2' },
};

/** The file a page of `key` in `lang` is written to: `x.html` (Dutch, or the only language), `x.en.html` (English of a pair). */
export function outputPath(key, lang, paired) {
  return paired && lang === 'en' ? `${key}.en.html` : `${key}.html`;
}

/** Relative link from one output file to another (both relative to the site root). */
export function relative(from, to) {
  const link = posix.relative(posix.dirname(from), to);
  return link === '' ? posix.basename(to) : link;
}

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * A whole page. `site.find(key, lang)` returns the output path of a page (in that language when there is one), or
 * `undefined` when the site has no such page; nav entries of absent pages are left out.
 */
export function renderPage({ path, lang, title, content, alternate, site, scripts = [] }) {
  const ui = UI[lang];
  const link = (to) => escapeHtml(relative(path, to));
  const nav = NAV.map((entry) => {
    const target = entry.external ?? site.find(entry.key, lang);
    if (!target) return '';
    const current = target === path ? ' aria-current="page"' : '';
    return `<li><a href="${link(target)}"${current}>${escapeHtml(entry.label[lang])}</a></li>`;
  }).join('\n        ');
  const switcher = alternate
    ? `<a class="kb-docs-lang" href="${link(alternate)}" hreflang="${ui.otherLang}" lang="${ui.otherLang}">${ui.other}</a>`
    : '';
  const scriptTags = scripts.map((src) => `<script src="${link(src)}" defer></script>`).join('\n  ');
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · Klantbeeld</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${link('assets/site.css')}">
  <link rel="stylesheet" href="${link('assets/kb-theme.css')}">
  ${scriptTags}
</head>
<body class="kb-theme">
  <a class="kb-docs-skip" href="#main">${ui.skip}</a>
  <header class="kb-docs-header">
    <a class="kb-docs-brand" href="${link(site.find('index', lang))}">Klantbeeld</a>
    ${switcher}
  </header>
  <div class="kb-docs-layout">
    <nav class="kb-docs-nav" aria-label="${ui.nav}">
      <ul>
        ${nav}
      </ul>
    </nav>
    <main id="main" class="kb-docs-main">
${content}
    </main>
  </div>
  <footer class="kb-docs-footer">${ui.footer}</footer>
</body>
</html>
`;
}

/** A table of HTML cells in a box that scrolls sideways on a narrow screen; `t.none` when there are no rows. */
export function table(headers, rows, t) {
  if (rows.length === 0) return `<p>${t.none}</p>`;
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="kb-docs-table"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
