import { KbKlantbeeld } from './klantbeeld.element.js';

KbKlantbeeld.define('kb-klantbeeld');

export { KbKlantbeeld };

declare global {
  interface HTMLElementTagNameMap {
    'kb-klantbeeld': KbKlantbeeld;
  }
}
