/**
 * Registers every Klantbeeld element under its `kb-` tag (idempotent: loading this twice does not throw).
 * The provider comes first, so that it is upgraded before the elements inside it ask for a client.
 * @module
 */
import { ContextRoot } from '@lit/context';
import './provider/provider.js';
import './status-tracker/status-tracker.js';
import './lopende-zaken/lopende-zaken.js';
import './contact-history/contact-history.js';
import './taken/taken.js';
import './producten/producten.js';

// A ContextRoot replays context requests of elements that were upgraded before their provider (e.g. when scripts
// load in another order). One per document, even when the bundle is loaded twice.
const ROOT = Symbol.for('klantbeeld-context-root');
const doc = document as Document & { [ROOT]?: ContextRoot };
if (!doc[ROOT]) {
  doc[ROOT] = new ContextRoot();
  doc[ROOT].attach(document.documentElement);
}

export * from './index.js';
