/**
 * Attaches one `@lit/context` `ContextRoot` to the document (a side effect of importing this module). It replays the
 * context requests of elements that were upgraded before their `<kb-provider>`, which happens whenever scripts load in
 * another order than the tags appear (the autoloader, per-element files, async scripts). One per document, even when
 * several bundles (or versions) import this module.
 * @module
 */
import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('klantbeeld-context-root');
const doc = document as Document & { [ROOT]?: ContextRoot };
if (!doc[ROOT]) {
  doc[ROOT] = new ContextRoot();
  doc[ROOT].attach(document.documentElement);
}
