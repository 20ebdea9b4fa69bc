/**
 * The compatibility layer for the `texts` keys of 0.1 (`deprecated-texts.ts`), loaded only when a texts object
 * actually holds an old key: pages that use the new keys never download it.
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import type { RenamedTexts, withRenamedTexts } from './deprecated-texts.js';

let migrate: typeof withRenamedTexts | undefined;
let loading: Promise<void> | undefined;

/** Whether `texts` has, at its top level, a key that `renamed` lists as old (every old key starts at the top). */
function hasOldKey(texts: object, { keys }: RenamedTexts): boolean {
  return keys.split(' ').some((key) => (key.split(/[.:]/)[0] as string) in texts);
}

/**
 * `texts` with the old keys of `renamed` also at their new place (see `withRenamedTexts`). The first time an old key
 * shows up, the layer is loaded and `host` renders again once it is there; until then `texts` is returned as given.
 */
export function withRenamedTextsOnDemand<T extends object>(texts: T, renamed: RenamedTexts, host: ReactiveControllerHost): T {
  if (migrate) return migrate(texts, renamed);
  if (!hasOldKey(texts, renamed)) return texts;
  loading ??= import('./deprecated-texts.js').then((layer) => {
    migrate = layer.withRenamedTexts;
  });
  loading.then(
    () => host.requestUpdate(),
    // Not loadable (offline): the new keys and the built-in texts still work.
    () => {},
  );
  return texts;
}
