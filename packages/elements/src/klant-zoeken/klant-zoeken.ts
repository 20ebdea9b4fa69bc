import { KbKlantZoeken } from './klant-zoeken.element.js';

KbKlantZoeken.define('kb-klant-zoeken');

export { KbKlantZoeken };

declare global {
  interface HTMLElementTagNameMap {
    'kb-klant-zoeken': KbKlantZoeken;
  }
}
