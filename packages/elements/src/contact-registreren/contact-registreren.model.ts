/**
 * What `<kb-contact-registreren>` loads and reports: the klant's zaken and the actoren to choose from, the draft as the
 * form holds it, the ids of its fields, and the events it fires.
 * @module
 */
import type { ActorView, KlantcontactCreated, KlantcontactVeld, KlantcontactView, ZaakSummary } from '@klantbeeld/core';
import type { ContactRegistrerenTexts } from './contact-registreren.texts.js';

/** What the element loads: the klant's zaken to link (none when they cannot be read) and who can call back. */
export interface ContactRegistrerenData {
  readonly zaken: readonly ZaakSummary[];
  readonly actoren: readonly ActorView[];
}

/** The form's working copy (the terugbelverzoek's fields kept while it is switched off). */
export interface RegistratieForm {
  kanaal: string;
  onderwerp: string;
  notitie: string;
  /** URLs of the chosen zaken. */
  zaken: string[];
  beantwoord: boolean | undefined;
  terugbellen: boolean;
  actor: string;
  toelichting: string;
}

/** An empty form: telephone, the channel a KCC handles most. */
export function emptyForm(): RegistratieForm {
  return { kanaal: 'telefoon', onderwerp: '', notitie: '', zaken: [], beantwoord: undefined, terugbellen: false, actor: '', toelichting: '' };
}

/** The id of each field's control (for a group: its first option), which error links focus. */
export const FIELD_IDS: Readonly<Record<KlantcontactVeld, string>> = {
  kanaal: 'kb-kanaal',
  onderwerp: 'kb-onderwerp',
  notitie: 'kb-notitie',
  zaken: 'kb-zaken-0',
  beantwoord: 'kb-beantwoord-ja',
  actor: 'kb-actor',
  toelichting: 'kb-toelichting',
};

/** Detail of `kb-contact-registered`: the contact as the history shows it, and what was created. */
export interface KbContactRegisteredDetail {
  readonly contact: KlantcontactView;
  readonly created: KlantcontactCreated;
}

/** Fired when a contact was registered completely. */
export type KbContactRegisteredEvent = CustomEvent<KbContactRegisteredDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-contact-registered': KbContactRegisteredEvent;
  }
}

declare module '../shared/i18n.js' {
  // Optional until the shared Translation (and locales/) list it; the element falls back to its own built-in texts.
  interface Translation {
    readonly contactRegistreren?: ContactRegistrerenTexts;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-contact-registered': KbContactRegisteredEvent;
  }
}
