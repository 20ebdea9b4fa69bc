import { KbKlantvoorkeuren } from './klantvoorkeuren.element.js';

KbKlantvoorkeuren.define('kb-klantvoorkeuren');

export { KbKlantvoorkeuren };

declare global {
  interface HTMLElementTagNameMap {
    'kb-klantvoorkeuren': KbKlantvoorkeuren;
  }
}
