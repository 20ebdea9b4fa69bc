import { KbContactHistory } from './contact-history.element.js';

KbContactHistory.define('kb-contact-history');

export { KbContactHistory };

declare global {
  interface HTMLElementTagNameMap {
    'kb-contact-history': KbContactHistory;
  }
}
