// The accessibility statement of each element, in Dutch and English, stated from what its browser tests check
// (`<name>.test.ts`): the statement lists the tests by their own titles, so it can never claim an untested thing.
import { escapeHtml } from './layout.mjs';

/** What each kind of check looks like in a test title. */
const TOPICS = {
  states: /loading|empty state|error state|recovers on retry|idle/i,
  keyboard: /keyboard|\bTab\b|\bEnter\b|\bSpace\b|focus/i,
  live: /live region|announce|aria-live|polite/i,
  semantics: /aria-|heading|in words|screen reader/i,
  language: /\blang\b|English|language/i,
};

/** The facts of one element's test file. */
export function testFacts(source) {
  const matches = [...source.matchAll(/\bit\(\s*(['"`])((?:(?!\1).)*)\1/g)];
  const titles = matches.map((m) => m[2]);
  // A test's body runs to the next test: enough to tell which tests run axe.
  const axe = matches.filter((m, i) => /to\.be\.accessible\(/.test(source.slice(m.index, matches[i + 1]?.index))).map((m) => m[2]);
  const byTopic = Object.fromEntries(Object.entries(TOPICS).map(([topic, pattern]) => [topic, titles.filter((t) => pattern.test(t))]));
  return {
    tests: titles.length,
    axeChecks: (source.match(/to\.be\.accessible\(/g) ?? []).length,
    axe,
    badResponses: /itRecoversFromBadResponses\(/.test(source),
    ...byTopic,
  };
}

const TEXT = {
  nl: {
    heading: 'Toegankelijkheid',
    intro: (tag) =>
      `Dit is de toegankelijkheidsverklaring van <code>&lt;${tag}&gt;</code>. Het doel is WCAG 2.2 niveau AA (EN 301 549), ` +
      'zoals de Nederlandse overheid voorschrijft. De verklaring gaat over het element zelf; de pagina waarin u het ' +
      'plaatst (kleuren van uw thema, de kopstructuur eromheen, de rest van de pagina) valt onder uw eigen verklaring.',
    how: (facts) =>
      `Wat automatisch getest wordt, in Chromium bij elke wijziging: ${facts.tests} tests met samen ${facts.axeChecks} ` +
      'controles met axe-core (<code>to.be.accessible()</code>).',
    none: 'Dit element heeft (nog) geen browsertests; er wordt daarom niets over de toegankelijkheid beweerd.',
    badResponses: 'Onverwachte antwoorden van de API (fout, onvolledig, verkeerd type) geven een foutmelding met een knop "Opnieuw proberen", nooit een lege of kapotte weergave.',
    topics: {
      axe: 'Controle met axe-core',
      states: 'Toestanden (laden met <code>aria-busy</code>, leeg, fout met opnieuw proberen)',
      keyboard: 'Toetsenbord',
      live: 'Live-regio (aankondigingen voor schermlezers)',
      semantics: 'Semantiek en koppen',
      language: 'Taal',
    },
    titles: 'De tests, met hun eigen (Engelse) naam:',
    limits:
      'Niet getest: handmatig met schermlezers (NVDA, JAWS, VoiceOver, TalkBack). ' +
      'Vindt u een probleem? Meld het als issue in de repository; we behandelen het als een fout.',
  },
  en: {
    heading: 'Accessibility',
    intro: (tag) =>
      `This is the accessibility statement of <code>&lt;${tag}&gt;</code>. The target is WCAG 2.2 level AA (EN 301 549), ` +
      'as Dutch government sites must meet. It covers the element itself; the page you put it in (your theme\'s colours, ' +
      'the headings around it, the rest of the page) falls under your own statement.',
    how: (facts) =>
      `What is tested automatically, in Chromium on every change: ${facts.tests} tests with ${facts.axeChecks} ` +
      'axe-core checks (<code>to.be.accessible()</code>).',
    none: 'This element has no browser tests (yet), so nothing is claimed about its accessibility.',
    badResponses: 'Unexpected API answers (an error, missing fields, a wrong type) give an error message with a "Try again" button, never an empty or broken view.',
    topics: {
      axe: 'Checked with axe-core',
      states: 'States (loading with <code>aria-busy</code>, empty, error with retry)',
      keyboard: 'Keyboard',
      live: 'Live region (announcements for screen readers)',
      semantics: 'Semantics and headings',
      language: 'Language',
    },
    titles: 'The tests, by their own names:',
    limits:
      'Not tested: by hand with screen readers (NVDA, JAWS, VoiceOver, TalkBack). ' +
      'Found a problem? File an issue in the repository; we treat it as a bug.',
  },
};

/** The statement as an HTML section; `facts` is `undefined` for an element without a test file. */
export function statementHtml(tag, facts, lang, headingId) {
  const t = TEXT[lang];
  const parts = [`<h2 id="${headingId}">${t.heading}</h2>`, `<p>${t.intro(tag)}</p>`];
  if (!facts || facts.tests === 0) {
    parts.push(`<p>${t.none}</p>`);
  } else {
    parts.push(`<p>${t.how(facts)}</p>`);
    if (facts.badResponses) parts.push(`<p>${t.badResponses}</p>`);
    parts.push(`<p>${t.titles}</p>`, '<dl class="kb-docs-tested">');
    for (const [topic, label] of Object.entries(t.topics)) {
      if (facts[topic].length === 0) continue;
      parts.push(`<dt>${label}</dt>`, ...facts[topic].map((title) => `<dd lang="en">${escapeHtml(title)}</dd>`));
    }
    parts.push('</dl>');
  }
  parts.push(`<p>${t.limits}</p>`);
  return parts.join('\n');
}
