/**
 * The compatibility layer for the `texts` keys of 0.1 (`deprecated-texts.ts`, with the tables of renamed keys), loaded
 * only when a texts object has a top-level key that the built-in texts do not: pages that use the new keys never
 * download it.
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import { isBuiltInKey } from './i18n.js';
import type { migrateRenamedTexts, RenamedNamespace } from './renamed-texts-layer.js';

let migrate: typeof migrateRenamedTexts | undefined;
let loading: Promise<void> | undefined;

/**
 * `texts` with the old keys of `namespace` also at their new place. The first time a key unknown to the built-in
 * texts shows up (an old key, or the namespace of an element not on the page), the layer is loaded and `host` renders
 * again once it is there; until then `texts` is returned as given.
 */
export function withRenamedTextsOnDemand<T extends object>(texts: T, namespace: RenamedNamespace, host: ReactiveControllerHost): T {
  if (migrate) return migrate(texts, namespace);
  if (Object.keys(texts).every(isBuiltInKey)) return texts;
  loading ??= import('./renamed-texts-layer.js').then((layer) => {
    migrate = layer.migrateRenamedTexts;
  });
  loading.then(
    () => host.requestUpdate(),
    // Not loadable (offline): the new keys and the built-in texts still work.
    () => {},
  );
  return texts;
}
