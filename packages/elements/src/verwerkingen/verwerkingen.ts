import { KbVerwerkingen } from './verwerkingen.element.js';

KbVerwerkingen.define('kb-verwerkingen');

export { KbVerwerkingen };

declare global {
  interface HTMLElementTagNameMap {
    'kb-verwerkingen': KbVerwerkingen;
  }
}
