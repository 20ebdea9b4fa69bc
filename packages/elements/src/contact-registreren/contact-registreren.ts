// Employee mode only: not exported from the package index nor bundled into klantbeeld.js (a resident's page never
// needs it); import `@klantbeeld/elements/contact-registreren`, or let the autoloader load it.
import { KbContactRegistreren } from './contact-registreren.element.js';

KbContactRegistreren.define('kb-contact-registreren');

export { KbContactRegistreren };
export type { ContactRegistrerenData, ContactRegistrerenTexts, KbContactRegisteredDetail, KbContactRegisteredEvent } from './contact-registreren.element.js';

declare global {
  interface HTMLElementTagNameMap {
    'kb-contact-registreren': KbContactRegistreren;
  }
}
