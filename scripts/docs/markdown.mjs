// Markdown of the docs site: front matter, heading ids (anchors), and links to other `.md` pages rewritten to the
// `.html` pages the build writes. Every other relative link is left as written; the link check verifies it.
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';

/** `Aan de slag` → `aan-de-slag`: lower case, diacritics dropped, runs of anything else one hyphen. */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Splits `---\nyaml\n---\n` front matter from the body. */
export function frontMatter(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1]) ?? {}, body: source.slice(match[0].length) };
}

/** `guides/cms.md` → `guides/cms.html`, keeping a `#hash`; external and non-`.md` links are returned unchanged. */
export function rewriteMarkdownLink(href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  return href.replace(/\.md(?=$|#)/, '.html');
}

function headingIds(md) {
  md.core.ruler.push('heading_ids', (state) => {
    const used = new Set();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'heading_open') continue;
      const text = tokens[i + 1].children?.map((child) => child.content).join('') ?? '';
      let id = slugify(text) || 'section';
      for (let n = 2; used.has(id); n++) id = `${slugify(text)}-${n}`;
      used.add(id);
      tokens[i].attrSet('id', id);
    }
  });
}

function markdownLinks(md) {
  const render = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx].attrGet('href');
    if (href) tokens[idx].attrSet('href', rewriteMarkdownLink(href));
    return render(tokens, idx, options, env, self);
  };
}

/** The renderer: HTML in the Markdown is allowed (the docs are ours), typographer off (code names stay exact). */
export function createMarkdown() {
  const md = new MarkdownIt({ html: true, linkify: false });
  md.use(headingIds).use(markdownLinks);
  return md;
}

/** The first `# heading` of a Markdown body, for a page without a `title` in its front matter. */
export function firstHeading(body) {
  return /^#\s+(.+)$/m.exec(body)?.[1].trim();
}
