import { KbProducten } from './producten.element.js';

KbProducten.define('kb-producten');

export { KbProducten };

declare global {
  interface HTMLElementTagNameMap {
    'kb-producten': KbProducten;
  }
}
