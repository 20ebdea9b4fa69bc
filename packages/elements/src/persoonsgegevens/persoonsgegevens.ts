import { KbPersoonsgegevens } from './persoonsgegevens.element.js';

KbPersoonsgegevens.define('kb-persoonsgegevens');

export { KbPersoonsgegevens };

declare global {
  interface HTMLElementTagNameMap {
    'kb-persoonsgegevens': KbPersoonsgegevens;
  }
}
