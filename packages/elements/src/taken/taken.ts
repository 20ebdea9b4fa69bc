import { KbTaken } from './taken.element.js';

KbTaken.define('kb-taken');

export { KbTaken };

declare global {
  interface HTMLElementTagNameMap {
    'kb-taken': KbTaken;
  }
}
