/**
 * The registry of built-in texts that load on demand. The CDN build (scripts/build-cdn.mjs) ships only Dutch, the
 * source language, in an element's first load: it rewrites each `<name>.texts.ts` to register its English texts here
 * as a chunk of their own, which `loadTexts` (i18n.ts) loads on a page that needs them. Apart from i18n.ts, so that
 * the texts modules that i18n.ts imports itself can register without an import cycle.
 * @module
 */

/** Loads one module's texts of one language: `{ default: { <namespace>: … } }`. */
export type TextsLoader = () => Promise<{ readonly default: object }>;

const loaders = new Map<string, TextsLoader[]>();

/** Registers built-in texts of language `code` that load when a page needs them. */
export function addTextsOnDemand(code: string, load: TextsLoader): void {
  loaders.set(code, [...(loaders.get(code) ?? []), load]);
}

/** Whether texts of `code` wait to be loaded. */
export function hasTextsOnDemand(code: string): boolean {
  return loaders.has(code);
}

/** The loaders of `code` not run yet, removed from the registry (the caller runs them). */
export function takeTextsOnDemand(code: string): readonly TextsLoader[] {
  const taken = loaders.get(code) ?? [];
  loaders.delete(code);
  return taken;
}
