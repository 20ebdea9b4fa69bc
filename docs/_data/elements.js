// The element reference's data: every element of the Custom Elements Manifest of @klantbeeld/elements (written
// afresh here by `cem analyze`), with the design tokens it reads from @klantbeeld/themes' tokens.json and the
// markup of its live example. docs/elements/element.njk makes one page per element and language of `pages`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The gateway the example markup names; docs/src/examples.ts plays it inside the page. */
const EXAMPLE_GATEWAY = 'https://mijn.gemeente.nl/api/klantbeeld';

/** TSDoc `{@link Name}` / `{@link Name | label}` in a description: shown as code (the API reference has the target). */
const linksAsCode = (text) => text?.replace(/\{@link\s+([^}|\s]+)(?:\s*\|?\s*([^}]+))?\}/g, (_, name, label) => `\`${(label ?? name).trim()}\``);

/** `docs/elements/<tag>.example.html` when present, else the element with a heading level; inside a provider. */
function exampleMarkup(tag) {
  const file = join(root, 'docs/elements', `${tag}.example.html`);
  const inner = existsSync(file) ? readFileSync(file, 'utf8').trim() : `<${tag} heading-level="3"></${tag}>`;
  if (/^<kb-provider[\s>]/.test(inner)) return inner;
  const indented = inner
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `<kb-provider gateway="${EXAMPLE_GATEWAY}">\n${indented}\n</kb-provider>`;
}

/** The tokens of packages/themes/tokens.json: `[{ name, default, fallbacks, description, elements }]`. */
function readTokens() {
  const { tokens } = JSON.parse(readFileSync(join(root, 'packages/themes/tokens.json'), 'utf8'));
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t?.name !== 'string' || !t.name.startsWith('--'))) {
    throw new Error('packages/themes/tokens.json: "tokens" must be a list of custom properties');
  }
  return tokens;
}

/** One element's reference: its manifest declaration, reduced to what the page shows. */
function reference(declaration, tokens) {
  const tag = declaration.tagName;
  const members = (declaration.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  // The manifest's @cssprop list, completed with the defaults and fallbacks of the themes' token reference.
  const cssProps = new Map((declaration.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: p.description }]));
  for (const token of tokens.filter((t) => t.elements?.includes(tag))) {
    const known = cssProps.get(token.name);
    cssProps.set(token.name, { ...known, ...token, description: token.description || known?.description });
  }
  return {
    tag,
    className: declaration.name,
    summary: linksAsCode(declaration.summary),
    description: linksAsCode(declaration.description),
    example: exampleMarkup(tag),
    attributes: (declaration.attributes ?? []).map((a) => ({
      name: a.name,
      property: a.fieldName,
      type: a.type?.text,
      default: a.default,
      description: linksAsCode(a.description),
    })),
    properties: members
      .filter((m) => m.kind === 'field')
      .map((m) => ({
        name: m.name,
        attribute: m.attribute,
        type: m.type?.text,
        default: m.default,
        description: linksAsCode(m.description),
      })),
    methods: members
      .filter((m) => m.kind === 'method')
      .map((m) => ({
        signature: `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`,
        description: linksAsCode(m.description),
      })),
    events: (declaration.events ?? []).map((e) => ({ name: e.name, type: e.type?.text, description: linksAsCode(e.description) })),
    slots: (declaration.slots ?? []).map((s) => ({ name: s.name, description: linksAsCode(s.description) })),
    parts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: linksAsCode(p.description) })),
    tokens: [...cssProps.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export default function () {
  execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--quiet'], { cwd: join(root, 'packages/elements'), stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
  const tokens = readTokens();
  const list = manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .map((declaration) => reference(declaration, tokens))
    // The provider first: every other element needs it.
    .sort((a, b) => (a.tag === 'kb-provider' ? -1 : b.tag === 'kb-provider' ? 1 : a.tag.localeCompare(b.tag)));
  if (list.length === 0) throw new Error('The Custom Elements Manifest lists no element');
  return { list, pages: list.flatMap((element) => ['nl', 'en'].map((locale) => ({ element, locale }))) };
}
