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
 * {@link discover} with that root.
 * @module
 */

const PREFIX = 'kb-';
const base = new URL(/* @vite-ignore */ './elements/', import.meta.url);
const requested = new Map<string, Promise<void>>();

/** Loads the element module of `tag` once; a failure (e.g. an unknown `kb-` tag) is logged, never thrown. */
function load(tag: string): Promise<void> {
  let pending = requested.get(tag);
  if (!pending) {
    const url = new URL(`${tag.slice(PREFIX.length)}.js`, base);
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

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
void discover(document);
