/**
 * The CDN autoloader: loads an element's code when its `kb-*` tag first appears on the page, so a page pays only for
 * the elements it uses. Load it once, as a module, from the folder that holds the CDN build:
 *
 * ```html
 * <script type="module" src="https://cdn.example.nl/klantbeeld/autoloader.js"></script>
 * ```
 *
 * It imports `elements/<name>.js` for `<kb-name>`, resolved against its own URL, for every undefined `kb-*` element
 * in the document now and later (a `MutationObserver`). Elements inside shadow roots are not visible to it: call
 * {@link discover} with that root, or dispatch `kb-discover` (bubbling, composed) from its host.
 * @module
 */

const PREFIX = 'kb-';
const root = new URL(/* @vite-ignore */ './', import.meta.url);
const base = new URL('elements/', root);
const requested = new Map<string, Promise<void>>();

/**
 * The CDN build's chunk graph (scripts/build-cdn.mjs writes it in, compact: it is part of every page's first load):
 * `files`, the chunks (`chunks/<name>.js`) that element files import, space-separated; per element (`status-tracker`)
 * those its file imports, directly or not, one character each: `String.fromCharCode(48 + index)` in `files`.
 * Undefined outside the CDN build.
 */
declare const __KLANTBEELD_CHUNKS__: { readonly files: string; readonly elements: Readonly<Record<string, string>> } | undefined;
const chunks = typeof __KLANTBEELD_CHUNKS__ === 'undefined' ? undefined : __KLANTBEELD_CHUNKS__;
const chunkFiles = chunks?.files.split(' ') ?? [];
const preloaded = new Set<string>();

/**
 * Asks for every chunk of an element at once (`modulepreload`), beside its file: the browser need not first read
 * the element's file to learn its imports, then those chunks to learn theirs (one round trip per level).
 */
function preload(name: string): void {
  for (const index of chunks?.elements[name] ?? '') {
    const file = chunkFiles[index.charCodeAt(0) - 48];
    if (file === undefined || preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${file}.js`, root).href;
    document.head.append(link);
  }
}

/** Loads the element module of `tag` once; a failure (e.g. an unknown `kb-` tag) is logged, never thrown. */
function load(tag: string): Promise<void> {
  let pending = requested.get(tag);
  if (!pending) {
    const name = tag.slice(PREFIX.length);
    const url = new URL(`${name}.js`, base);
    if (!customElements.get(tag)) preload(name);
    pending = customElements.get(tag)
      ? Promise.resolve()
      : import(/* @vite-ignore */ url.href).then(
          () => undefined,
          (error: unknown) => console.warn(`[klantbeeld] could not load <${tag}> from ${url.href}:`, error),
        );
    requested.set(tag, pending);
  }
  return pending;
}

/** Loads the code of every undefined `kb-*` element in `root` (itself included). Resolves when all have loaded. */
export async function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const candidates = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) candidates.push(root);
  const tags = new Set(candidates.map((el) => el.localName).filter((tag) => tag.startsWith(PREFIX)));
  await Promise.all([...tags].map(load));
}

// An element that renders others in its shadow root (`<kb-klantbeeld>`) asks for them: the observer cannot see there.
document.addEventListener('kb-discover', (event) => {
  const root = event.target instanceof Element ? event.target.shadowRoot : null;
  if (root) void discover(root);
});

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
void discover(document);
