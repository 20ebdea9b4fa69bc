/**
 * Registers every Klantbeeld element under its `kb-` tag (idempotent: loading this twice does not throw).
 * The provider comes first, so that it is upgraded before the elements inside it ask for a client.
 * @module
 */
// A ContextRoot replays context requests of elements that were upgraded before their provider (scripts in another order).
import './provider/context-root.js';
import './provider/provider.js';
import './status-tracker/status-tracker.js';
import './lopende-zaken/lopende-zaken.js';
import './contact-history/contact-history.js';
import './taken/taken.js';
import './producten/producten.js';
import './tips/tips.js';
import './persoonsgegevens/persoonsgegevens.js';
import './verwerkingen/verwerkingen.js';
import './zaak-detail/zaak-detail.js';
import './klantvoorkeuren/klantvoorkeuren.js';
import './contact-registreren/contact-registreren.js';

export * from './index.js';
