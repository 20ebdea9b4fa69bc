/**
 * The parser of `<kb-provider>`'s JSON configuration block (json-config.ts), loaded on demand when a provider first has
 * a block (a chunk of its own in the CDN build): a page configured with attributes, the usual way, never downloads it.
 * @module
 */
type JsonConfig = typeof import('./json-config.js');

let loaded: JsonConfig['parseJsonConfig'] | undefined;
let loading: Promise<void> | undefined;

/** The block's parser if it has loaded, else undefined. */
export function jsonConfigParser(): JsonConfig['parseJsonConfig'] | undefined {
  return loaded;
}

/** Loads the parser (once for every provider of the page; again after a failed load, e.g. offline). */
export function loadJsonConfigParser(): Promise<void> {
  loading ??= import('./json-config.js').then(
    (module) => {
      loaded = module.parseJsonConfig;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
