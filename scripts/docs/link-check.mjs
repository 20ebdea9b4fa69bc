// Link check of a static site: every internal `href`/`src` of every HTML file must name a file that exists, and
// every `#fragment` an element with that `id` (or an `<a name>`) in the target page. External links (http:, https:,
// mailto:, …) are listed, never fetched: CI has no network. Parsed with parse5, a spec-compliant HTML parser.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';

const LINK_ATTRIBUTES = { a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], iframe: ['src'], source: ['src'], video: ['src'], audio: ['src'] };

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Walks a parse5 tree, including the content of `<template>` elements. */
function* walk(node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

/** The links and the anchor targets (ids, `<a name>`) of one HTML document. */
export function scan(html) {
  const links = [];
  const anchors = new Set();
  for (const node of walk(parse(html))) {
    if (!node.attrs) continue;
    for (const { name, value } of node.attrs) {
      if (name === 'id' || (node.tagName === 'a' && name === 'name')) anchors.add(value);
      if (LINK_ATTRIBUTES[node.tagName]?.includes(name)) links.push({ tag: node.tagName, attribute: name, value });
    }
  }
  return { links, anchors };
}

const isExternal = (url) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/**
 * Checks the site in `dir`: `{ pages, checked, broken: [{ page, link, reason }], external: Set<url> }`.
 * A link to a folder resolves to its index.html (as a static server would).
 */
export function checkSite(dir) {
  const root = resolve(dir);
  const cache = new Map();
  const read = (file) => {
    if (!cache.has(file)) cache.set(file, scan(readFileSync(file, 'utf8')));
    return cache.get(file);
  };
  const broken = [];
  const external = new Set();
  let checked = 0;
  const pages = htmlFiles(root);
  for (const page of pages) {
    for (const { value } of read(page).links) {
      // (An empty link is the page itself, as typedoc writes for a type's own name.)
      const link = value.trim();
      if (isExternal(link)) {
        if (!/^(data|javascript):/i.test(link)) external.add(link);
        if (/^javascript:/i.test(link)) broken.push({ page: relative(root, page), link, reason: 'javascript: link' });
        continue;
      }
      checked++;
      const [pathPart, fragment] = link.split('#', 2);
      const path = decodeURIComponent(pathPart.split('?')[0]);
      if (path.startsWith('/')) {
        broken.push({ page: relative(root, page), link, reason: 'root-relative link (breaks under file:// and sub-paths)' });
        continue;
      }
      let target = path === '' ? page : resolve(dirname(page), path);
      if (target !== root && !target.startsWith(root + sep)) {
        broken.push({ page: relative(root, page), link, reason: 'points outside the site' });
        continue;
      }
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page: relative(root, page), link, reason: 'no such file' });
        continue;
      }
      if (fragment && target.endsWith('.html') && !read(target).anchors.has(decodeURIComponent(fragment))) {
        broken.push({ page: relative(root, page), link, reason: `no id "${fragment}" in ${relative(root, target)}` });
      }
    }
  }
  return { pages: pages.length, checked, broken, external };
}
