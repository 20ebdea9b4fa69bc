import { KbLopendeZaken } from './lopende-zaken.element.js';

KbLopendeZaken.define('kb-lopende-zaken');

export { KbLopendeZaken };

declare global {
  interface HTMLElementTagNameMap {
    'kb-lopende-zaken': KbLopendeZaken;
  }
}
