import { KbContactRegistreren } from './contact-registreren.element.js';

KbContactRegistreren.define('kb-contact-registreren');

export { KbContactRegistreren };

declare global {
  interface HTMLElementTagNameMap {
    'kb-contact-registreren': KbContactRegistreren;
  }
}
