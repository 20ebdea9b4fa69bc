// @ts-check
// Generates the theming artefacts that must never drift from their sources:
// 1. packages/elements/src/shared/nl-design-system*.styles.ts: the EUPL-1.2 NL Design System component CSS the elements
//    adopt in their shadow roots (a module per group of components, so that an element carries only what it renders),
//    copied at build time from the `@utrecht/*-css` packages (no CSS bundler at runtime) and purged (PurgeCSS) of every
//    rule for a class no element source names, so only what is rendered ships;
// 2. packages/themes/tokens.json: every `--kb-*` token the element styles read, with its fallback chain, its default
//    and the elements that read it (descriptions from packages/themes/src/token-descriptions.json);
// 3. the token table in docs/guides/theming.md and theming.en.md (between the `tokens:start/end` markers).
// `--check` regenerates in memory and fails when a committed file differs.
// CSS is parsed, not matched: postcss for rules and declarations, postcss-selector-parser for attribute selectors,
// postcss-value-parser for `var()` and its fallbacks; the css`…` templates are found by TypeScript's parser.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import { PurgeCSS } from 'purgecss';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'packages/elements');
const check = process.argv.includes('--check');

/**
 * The NL DS components the elements render (Utrecht BEM classes), in cascade order, by the module that ships them. Every
 * element adopts the first (`baseStyles` in shared/styles.ts); the others only the elements that render them adopt
 * (`baseStylesWith(…)`, in this order), so that the other elements do not carry their CSS. Add a package to adopt it.
 */
const adoptedGroups = [
  {
    file: 'nl-design-system.styles.ts',
    name: 'nlDesignSystemStyles',
    doc: 'The NL Design System component CSS every element adopts in its shadow root.',
    packages: [
      '@utrecht/heading-1-css',
      '@utrecht/heading-2-css',
      '@utrecht/heading-3-css',
      '@utrecht/heading-4-css',
      '@utrecht/heading-5-css',
      '@utrecht/heading-6-css',
      '@utrecht/paragraph-css',
      '@utrecht/link-css',
      '@utrecht/button-css',
      '@utrecht/alert-css',
      '@utrecht/data-list-css',
    ],
  },
  {
    file: 'nl-design-system-button-link.styles.ts',
    name: 'nlDesignSystemButtonLinkStyles',
    doc: 'The NL Design System button link, for the elements that render one.',
    packages: ['@utrecht/button-link-css'],
  },
  {
    file: 'nl-design-system-badge-status.styles.ts',
    name: 'nlDesignSystemBadgeStatusStyles',
    doc: 'The NL Design System status badge, for the elements that render one.',
    packages: ['@utrecht/badge-status-css'],
  },
  {
    file: 'nl-design-system-form-field.styles.ts',
    name: 'nlDesignSystemFormFieldStyles',
    doc: 'The NL Design System form fields with text boxes, for the elements with a form.',
    packages: [
      '@utrecht/form-fieldset-css',
      '@utrecht/form-field-css',
      '@utrecht/form-label-css',
      '@utrecht/form-field-description-css',
      '@utrecht/textbox-css',
    ],
  },
  {
    file: 'nl-design-system-form-controls.styles.ts',
    name: 'nlDesignSystemFormControlStyles',
    doc: 'The NL Design System select, checkbox and radio button, for the elements with those controls.',
    packages: ['@utrecht/select-css', '@utrecht/checkbox-css', '@utrecht/radio-button-css'],
  },
];
const generatedFiles = adoptedGroups.map(({ file }) => join(elementsDir, 'src/shared', file));

/**
 * Class names the element sources build at runtime, so PurgeCSS cannot read them whole. Every other class an element
 * renders must appear literally in its source (a conditional `${invalid ? 'utrecht-textbox--invalid' : ''}` is literal).
 */
const dynamicClasses = [
  /^utrecht-heading-[1-6]$/, // shared/heading.ts renders `utrecht-heading-${level}`
];
// Interaction states need nothing here: Utrecht writes each state twice in one selector list, as the native pseudo-class
// on a rendered class (`.utrecht-button:hover:not(…)`, `.utrecht-textbox--html-input:focus-visible`) and as a modifier
// for static pictures of the state (`.utrecht-button--hover`). The first is kept with its class; the second only
// matches when a template sets it, and then it is in the source. Classes inside `:not()`/`:has()` never drop a rule.

/** White space runs collapsed, and dropped next to commas and inside parentheses (a selector, a value, at-rule params). */
const tight = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();

/** Comments out, no white space between the parts of a rule, no last semicolon; selectors keep their meaningful spaces. */
function minify(cssText) {
  const root = postcss.parse(cssText);
  root.walkComments((comment) => {
    comment.remove();
  });
  root.walk((node) => {
    Object.assign(node.raws, { before: '', after: '', between: node.type === 'decl' ? ':' : '', semicolon: false });
    if (node.type === 'rule') node.selector = tight(node.selector);
    if (node.type === 'atrule') node.params = tight(node.params);
    if (node.type === 'decl') {
      node.value = tight(node.value);
      delete node.raws.value;
    }
  });
  Object.assign(root.raws, { after: '', semicolon: false });
  return root.toString().trim();
}

/** The attribute names that selectors in `css` test (`[aria-invalid=true]`, `[type=checkbox]`). */
function attributeNames(css) {
  const names = new Set();
  const collect = selectorParser((selectors) => selectors.walkAttributes((attribute) => void names.add(attribute.attribute)));
  postcss.parse(css).walkRules((rule) => {
    collect.processSync(rule.selector);
  });
  return [...names];
}

/** The rules of each package's CSS whose selectors name a class the element sources use (with their at-rules). */
async function purge(sheets) {
  const srcDir = join(elementsDir, 'src');
  const content = [...sourceFiles(srcDir)].filter((file) => !generatedFiles.includes(file));
  // Classes decide; attribute selectors are runtime state a template binds (`aria-invalid=${…}`, `type=${field.type}`)
  // or spells in another case (`inputmode` for `[inputMode=numeric i]`), so they never drop a selector.
  const dynamicAttributes = [...new Set(sheets.flatMap(attributeNames))];
  const results = await new PurgeCSS().purge({
    content,
    css: sheets.map((raw) => ({ raw })),
    safelist: { standard: dynamicClasses },
    dynamicAttributes,
  });
  return results.map(({ css }) => minify(css));
}

/**
 * Each group's module (path → text); warns of an adopted package no element uses.
 * @returns {Promise<[path: string, text: string][]>}
 */
async function nlDesignSystemModules(warnings) {
  const require = createRequire(join(elementsDir, 'package.json'));
  const packages = adoptedGroups.flatMap((group) =>
    group.packages.map((name) => {
      const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
      if (manifest.license !== 'EUPL-1.2') throw new Error(`${name} is ${manifest.license}, only EUPL-1.2 CSS may ship inside the elements`);
      return { group, name, version: manifest.version, css: readFileSync(require.resolve(`${name}/dist/index.css`), 'utf8') };
    }),
  );
  const purged = await purge(packages.map(({ css }) => css));
  const parts = packages.map((pkg, i) => ({ ...pkg, css: purged[i] }));
  for (const { name } of parts.filter(({ css }) => !css)) warnings.push(`${name} is adopted but no element uses its classes`);
  return adoptedGroups.map((group) => {
    const used = parts.filter((part) => part.group === group && part.css);
    return [
      join(elementsDir, 'src/shared', group.file),
      `// Generated by scripts/generate-styles.mjs (\`npm run generate\`); do not edit.
// NL Design System component CSS, EUPL-1.2, Copyright (c) 2020-2024 Frameless B.V., Copyright (c) 2021-2024 Gemeente Utrecht:
${used.map(({ name, version }) => `// - ${name}@${version}`).join('\n')}
// Only the rules for classes the element sources use (PurgeCSS); an element rendering a new NL DS class needs \`npm run generate\`.
import { unsafeCSS } from 'lit';

/**
 * ${group.doc} It reads the \`--utrecht-*\` tokens, so the theme class of any NL DS theme on an ancestor styles the
 * elements.
 */
export const ${group.name} = unsafeCSS(${JSON.stringify(used.map(({ css }) => css).join('\n'))});
`,
    ];
  });
}

/**
 * An element folder that renders a class of a component outside the first group must adopt that group's styles, else the
 * component shows unstyled: a mistake this reports (block of each `utrecht-<block>` class → its package's group).
 */
function missingAdoptions(srcDir) {
  const problems = [];
  for (const { folder } of elementFolders(srcDir)) {
    const files = readdirSync(join(srcDir, folder)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const text = files.map((file) => readFileSync(join(srcDir, folder, file), 'utf8')).join('\n');
    for (const group of adoptedGroups.slice(1)) {
      const rendered = group.packages.filter((name) => {
        const block = name.replace(/^@utrecht\/(.*)-css$/, '$1');
        return [...text.matchAll(/\butrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)].some((m) => m[1] === block);
      });
      if (rendered.length && !text.includes(group.name)) {
        problems.push(`${folder} renders ${rendered.join(', ')} but does not adopt ${group.name} (baseStylesWith in shared/styles.ts)`);
      }
    }
  }
  return problems;
}

/** `var(--a, fallback)` as a parsed function node → { name, fallback } (the fallback as written, white space collapsed). */
function readVar(node) {
  const comma = node.nodes.findIndex((part) => part.type === 'div' && part.value === ',');
  const name = valueParser.stringify(comma < 0 ? node.nodes : node.nodes.slice(0, comma)).trim();
  const fallback =
    comma < 0
      ? undefined
      : valueParser
          .stringify(node.nodes.slice(comma + 1))
          .replace(/\s+/g, ' ')
          .trim();
  return { name, fallback };
}

/** The `var()` that is the whole of `value`, else undefined. */
function singleVar(value) {
  const { nodes } = valueParser(value);
  const [only] = nodes;
  return nodes.length === 1 && only?.type === 'function' && only.value === 'var' ? readVar(only) : undefined;
}

/** Follows a fallback through nested `var()`s and private `--_kb-*` properties: the public tokens on the way and the default. */
function resolveChain(fallback, privates, seen = new Set()) {
  const chain = [];
  let value = fallback;
  while (value !== undefined) {
    const single = singleVar(value);
    if (!single) break;
    if (single.name.startsWith('--_')) {
      // Private properties are declared unconditionally on :host, so their declaration is what applies.
      if (seen.has(single.name)) break;
      seen.add(single.name);
      value = privates.get(single.name) ?? single.fallback;
      continue;
    }
    chain.push(single.name);
    value = single.fallback;
  }
  return { chain, defaultValue: value === undefined ? undefined : spellOutPrivates(value, privates, seen) };
}

/** Private properties inside a composite default (e.g. a color-mix) are spelled out, they are no API. */
function spellOutPrivates(value, privates, seen) {
  const parsed = valueParser(value);
  parsed.walk((node) => {
    if (node.type !== 'function' || node.value !== 'var') return;
    const { name, fallback } = readVar(node);
    if (fallback !== undefined || !name.startsWith('--_kb-') || !privates.has(name) || seen.has(name)) return;
    Object.assign(node, { type: 'word', value: resolveDefault(privates.get(name), privates, new Set([...seen, name])) });
  });
  return valueParser.stringify(parsed.nodes);
}

function resolveDefault(value, privates, seen) {
  const { chain, defaultValue } = resolveChain(value, privates, seen);
  return defaultValue ?? (chain.length ? `var(${chain[0]})` : value);
}

/** The CSS of every css`…` template in a TypeScript source (TypeScript's parser finds them); `${…}` becomes a comment. */
function cssTemplates(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const { template } = node;
      found.push(
        ts.isNoSubstitutionTemplateLiteral(template)
          ? template.text
          : [template.head.text, ...template.templateSpans.map((span) => `/**/${span.literal.text}`)].join(''),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && entry.name !== 'generated') yield* sourceFiles(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Element folder → its registered tags (`X.define('kb-…')` in `<folder>/<folder>.ts`), and which shared modules it imports. */
function elementFolders(srcDir) {
  const folders = [];
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'shared' || entry.name === 'testing') continue;
    const registration = join(srcDir, entry.name, `${entry.name}.ts`);
    if (!existsSync(registration)) continue;
    const tags = [...readFileSync(registration, 'utf8').matchAll(/\.define\(\s*'(kb-[a-z0-9-]+)'/g)].map((m) => m[1]);
    const imports = new Set();
    for (const file of readdirSync(join(srcDir, entry.name))) {
      if (file.endsWith('.test.ts') || !file.endsWith('.ts')) continue;
      for (const m of readFileSync(join(srcDir, entry.name, file), 'utf8').matchAll(/from '\.\.\/shared\/([a-z0-9.-]+)\.js'/g)) imports.add(m[1]);
    }
    folders.push({ folder: entry.name, tags, imports });
  }
  return folders;
}

/** Every `--kb-*` token read by the element sources. */
function readTokens() {
  const srcDir = join(elementsDir, 'src');
  const folders = elementFolders(srcDir);
  const tokens = new Map();
  const warnings = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('var(--kb-')) continue;
    const rel = relative(srcDir, file).split('\\').join('/');
    const [folder] = rel.split('/');
    const readers =
      folder === 'shared'
        ? folders.filter((f) => f.imports.has(basename(file, '.ts'))).flatMap((f) => f.tags)
        : (folders.find((f) => f.folder === folder)?.tags ?? []);
    const sheets = cssTemplates(file, text).map((css) => postcss.parse(css));
    const privates = new Map();
    for (const sheet of sheets) {
      sheet.walkDecls(/^--_kb-/, (decl) => {
        if (!privates.has(decl.prop)) privates.set(decl.prop, decl.value.replace(/\s+/g, ' ').trim());
      });
    }
    const reads = [];
    for (const sheet of sheets) {
      sheet.walkDecls((decl) => {
        valueParser(decl.value).walk((node) => {
          if (node.type === 'function' && node.value === 'var' && readVar(node).name.startsWith('--kb-')) reads.push(readVar(node));
        });
      });
    }
    for (const { name, fallback } of reads) {
      const { chain, defaultValue } = resolveChain(fallback, privates);
      const known = tokens.get(name);
      const entry = { name, chain, defaultValue, elements: new Set(readers), files: new Set([rel]) };
      if (!known) tokens.set(name, entry);
      else {
        readers.forEach((tag) => known.elements.add(tag));
        known.files.add(rel);
        const same = known.chain.join() === chain.join() && known.defaultValue === defaultValue;
        if (!same) {
          warnings.push(`${name} is read with different fallbacks (${[...known.files].join(', ')}): ${fallbackText(known)} / ${fallbackText(entry)}`);
          if (chain.length + (defaultValue ? 1 : 0) > known.chain.length + (known.defaultValue ? 1 : 0)) Object.assign(known, { chain, defaultValue });
        }
      }
    }
  }
  for (const token of tokens.values()) if (!token.defaultValue) warnings.push(`${token.name} has no default value (${[...token.files].join(', ')})`);
  return { tokens: [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name)), warnings };
}

const fallbackText = ({ chain, defaultValue }) => [...chain, defaultValue].filter(Boolean).join(' → ');

function tokenReference(tokens) {
  const descriptions = JSON.parse(readFileSync(join(root, 'packages/themes/src/token-descriptions.json'), 'utf8'));
  const missing = tokens.filter((t) => !descriptions[t.name]).map((t) => t.name);
  const unused = Object.keys(descriptions).filter((name) => !tokens.some((t) => t.name === name));
  return {
    missing,
    unused,
    json: `${JSON.stringify(
      {
        tokens: tokens.map((t) => ({
          name: t.name,
          default: t.defaultValue ?? '',
          fallbacks: t.chain,
          description: descriptions[t.name] ?? `${t.name.slice('--kb-'.length).replaceAll('-', ' ')} (undocumented).`,
          elements: [...t.elements].sort(),
        })),
      },
      null,
      2,
    )}\n`,
  };
}

const code = (value) => `\`${value.replaceAll('|', '\\|')}\``;

function tokenTable(reference) {
  const rows = JSON.parse(reference).tokens.map(
    (t) => `| ${code(t.name)} | ${code(t.default)} | ${t.fallbacks.map(code).join(' → ') || '—'} | ${t.elements.map(code).join(', ')} | ${t.description} |`,
  );
  return ['| Token | Default | Fallbacks | Elements | Description |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function withTable(markdown, table) {
  const start = '<!-- tokens:start (generated by scripts/generate-styles.mjs) -->';
  const end = '<!-- tokens:end -->';
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing the markers ${start} … ${end}`);
  return `${markdown.slice(0, from + start.length)}\n${table}\n${markdown.slice(to)}`;
}

const { tokens, warnings } = readTokens();
const reference = tokenReference(tokens);
/** @type {[path: string, text: string][]} */
const outputs = [...(await nlDesignSystemModules(warnings)), [join(root, 'packages/themes/tokens.json'), reference.json]];
for (const guide of ['docs/guides/theming.md', 'docs/guides/theming.en.md']) {
  const path = join(root, guide);
  if (existsSync(path)) outputs.push([path, withTable(readFileSync(path, 'utf8'), tokenTable(reference.json))]);
}
for (const name of reference.missing) warnings.push(`${name} has no description in packages/themes/src/token-descriptions.json`);
for (const name of reference.unused) warnings.push(`${name} is described in packages/themes/src/token-descriptions.json but no style reads it`);
for (const warning of warnings) console.warn(`generate-styles: ${warning}`);

let stale = 0;
for (const problem of missingAdoptions(join(elementsDir, 'src'))) {
  stale++;
  console.error(`generate-styles: ${problem}`);
}
for (const [path, text] of outputs) {
  const rel = relative(root, path);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`${rel} is out of date: run \`npm run generate\``);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${rel}`);
  }
}
if (stale) process.exit(1);
if (check) console.log(`generate-styles: ${outputs.length} files up to date, ${tokens.length} --kb-* tokens`);
