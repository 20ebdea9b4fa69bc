// The element reference: one page per element (Dutch and English), generated from the Custom Elements Manifest,
// the token reference of @klantbeeld/themes and the element's browser tests; each page has a live example.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeHtml, table } from './layout.mjs';
import { statementHtml, testFacts } from './accessibility.mjs';
import { tokensOf } from './tokens.mjs';

/** The gateway of the examples: the docs' in-page mock plays it (see docs/src/examples.ts). */
export const EXAMPLE_GATEWAY = 'https://mijn.gemeente.nl/api/klantbeeld';

const TEXT = {
  nl: {
    elements: 'Elementen',
    intro:
      'Elk element toont laden, leeg, fout (met opnieuw proberen) en gereed, in het Nederlands en Engels, en haalt zijn ' +
      'gegevens via de client van <code>&lt;kb-provider&gt;</code>. Deze referentie is gemaakt uit het Custom Elements ' +
      'Manifest (<code>@klantbeeld/elements/custom-elements.json</code>); de beschrijvingen zijn die van de code (Engels).',
    element: 'Element',
    summary: 'Wat het doet',
    example: 'Voorbeeld',
    exampleNote: 'Live, op de voorbeeldgegevens van inwoner Jansen (een mock van de gateway in deze pagina).',
    code: 'Code',
    usage: 'Gebruik',
    attributes: 'Attributen',
    properties: 'Eigenschappen',
    methods: 'Methoden',
    events: 'Events',
    slots: 'Slots',
    parts: 'CSS-parts',
    tokens: 'Design tokens (CSS custom properties)',
    name: 'Naam',
    property: 'Eigenschap',
    type: 'Type',
    default: 'Standaard',
    fallbacks: 'Terugval',
    description: 'Beschrijving',
    none: 'Geen.',
    defaultSlot: '(standaard)',
    statement: 'Toegankelijkheidsverklaring',
  },
  en: {
    elements: 'Elements',
    intro:
      'Every element shows loading, empty, error (with retry) and ready states, in Dutch and English, and gets its data ' +
      'through the client of <code>&lt;kb-provider&gt;</code>. This reference is generated from the Custom Elements ' +
      'Manifest (<code>@klantbeeld/elements/custom-elements.json</code>).',
    element: 'Element',
    summary: 'What it does',
    example: 'Example',
    exampleNote: 'Live, on the sample data of resident Jansen (a mock of the gateway inside this page).',
    code: 'Code',
    usage: 'Usage',
    attributes: 'Attributes',
    properties: 'Properties',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    parts: 'CSS parts',
    tokens: 'Design tokens (CSS custom properties)',
    name: 'Name',
    property: 'Property',
    type: 'Type',
    default: 'Default',
    fallbacks: 'Fallbacks',
    description: 'Description',
    none: 'None.',
    defaultSlot: '(default)',
    statement: 'Accessibility statement',
  },
};

/** Every element of the manifest: `{ tag, declaration, module }`, sorted with the provider first. */
export function manifestElements(manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ tag: declaration.tagName, declaration, module })),
  );
  return elements.sort((a, b) => (a.tag === 'kb-provider' ? -1 : b.tag === 'kb-provider' ? 1 : a.tag.localeCompare(b.tag)));
}

/**
 * The markup of an element's live example: `docs/elements/<tag>.example.html` when present, else the element with a
 * heading level inside a provider. `{{name}}` placeholders are filled in the page by docs/src/examples.ts.
 */
export function exampleMarkup(docsDir, tag) {
  const file = join(docsDir, 'elements', `${tag}.example.html`);
  const inner = existsSync(file) ? readFileSync(file, 'utf8').trim() : `<${tag} heading-level="3"></${tag}>`;
  if (/^<kb-provider[\s>]/.test(inner)) return inner;
  return `<kb-provider gateway="${EXAMPLE_GATEWAY}">\n${indent(inner)}\n</kb-provider>`;
}

const indent = (text) => text.split('\n').map((line) => `  ${line}`).join('\n');

/** TSDoc `{@link Name}` / `{@link Name | label}` in a description: shown as code (the API reference has the target). */
const linksAsCode = (text) => text.replace(/\{@link\s+([^}|\s]+)(?:\s*\|?\s*([^}]+))?\}/g, (_, name, label) => `\`${(label ?? name).trim()}\``);

const code = (text) => (text === undefined || text === '' ? '' : `<code>${escapeHtml(text)}</code>`);

/** The HTML of one element page (the `<main>` content). `md` renders the JSDoc descriptions (Markdown). */
export function elementPageHtml({ tag, declaration, module }, { lang, md, tokens, root, docsDir }) {
  const t = TEXT[lang];
  const inline = (text) => (text ? md.renderInline(linksAsCode(text)) : '');
  const block = (text) => (text ? md.render(linksAsCode(text)) : '');

  const attributes = (declaration.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), inline(a.description)]);
  const publicMembers = (declaration.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  const properties = publicMembers
    .filter((m) => m.kind === 'field')
    .map((m) => [code(m.name), code(m.attribute), code(m.type?.text), code(m.default), inline(m.description)]);
  const methods = publicMembers
    .filter((m) => m.kind === 'method')
    .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), inline(m.description)]);
  const events = (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), inline(e.description)]);
  const slots = (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : t.defaultSlot, inline(s.description)]);
  const parts = (declaration.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]);

  // Tokens: the manifest's @cssprop list, completed with defaults and fallbacks from @klantbeeld/themes' tokens.json.
  const themed = new Map(tokensOf(tokens, tag).map((token) => [token.name, token]));
  const cssProps = new Map((declaration.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: p.description }]));
  for (const [name, token] of themed) cssProps.set(name, { ...cssProps.get(name), ...token, description: token.description || cssProps.get(name)?.description });
  const tokenRows = [...cssProps.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => [code(p.name), code(p.default), (p.fallbacks ?? []).map(code).join('<br>'), inline(p.description)]);

  const example = exampleMarkup(docsDir, tag);
  const testFile = join(root, 'packages/elements', dirname(module.path), `${module.path.split('/').at(-2)}.test.ts`);
  const facts = existsSync(testFile) ? testFacts(readFileSync(testFile, 'utf8')) : undefined;

  return `<h1 id="top"><code>&lt;${tag}&gt;</code></h1>
<p class="kb-docs-lead">${inline(declaration.summary)}</p>
${block(declaration.description)}
<h2 id="example">${t.example}</h2>
<p>${t.exampleNote}</p>
<div class="kb-docs-example" data-kb-docs-example>
  <template>${example}</template>
</div>
<pre><code class="language-html">${escapeHtml(example)}</code></pre>
<h2 id="usage">${t.usage}</h2>
<pre><code class="language-js">import '@klantbeeld/elements/define';
// ${lang === 'nl' ? 'of alleen deze klasse, onder een eigen tag' : 'or this class only, under a tag of your own'}:
import { ${declaration.name} } from '@klantbeeld/elements';
${declaration.name}.define('${tag}');</code></pre>
<h2 id="attributes">${t.attributes}</h2>
${table([t.name, t.property, t.type, t.default, t.description], attributes, t)}
<h2 id="properties">${t.properties}</h2>
${table([t.name, lang === 'nl' ? 'Attribuut' : 'Attribute', t.type, t.default, t.description], properties, t)}
<h2 id="methods">${t.methods}</h2>
${table([t.name, t.description], methods, t)}
<h2 id="events">${t.events}</h2>
${table([t.name, t.type, t.description], events, t)}
<h2 id="slots">${t.slots}</h2>
${table([t.name, t.description], slots, t)}
<h2 id="parts">${t.parts}</h2>
${table([t.name, t.description], parts, t)}
<h2 id="tokens">${t.tokens}</h2>
${table([t.name, t.default, t.fallbacks, t.description], tokenRows, t)}
${statementHtml(tag, facts, lang, 'accessibility')}
`;
}

/** The HTML of the element index (the `<main>` content); `href(tag)` links an element page. */
export function elementIndexHtml(elements, { lang, md, href }) {
  const t = TEXT[lang];
  const rows = elements.map(({ tag, declaration }) => [`<a href="${href(tag)}"><code>&lt;${tag}&gt;</code></a>`, md.renderInline(linksAsCode(declaration.summary ?? ''))]);
  return `<h1 id="top">${t.elements}</h1>\n<p>${t.intro}</p>\n${table([t.element, t.summary], rows, t)}\n`;
}

export const elementTitles = { nl: TEXT.nl.elements, en: TEXT.en.elements };
