// Employee mode only: not exported from the package index nor bundled into klantbeeld.js (a resident's page never
// needs it); import `@klantbeeld/elements/klant-zoeken`, or let the autoloader load it.
import { KbKlantZoeken } from './klant-zoeken.element.js';

KbKlantZoeken.define('kb-klant-zoeken');

export { KbKlantZoeken };
export type { KbKlantChangeDetail, KbKlantChangeEvent, KlantZoekenOverrides, KlantZoekenTexts } from './klant-zoeken.element.js';

declare global {
  interface HTMLElementTagNameMap {
    'kb-klant-zoeken': KbKlantZoeken;
  }
}
