import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-contact-history>` (`texts.contactHistory`). */
export interface ContactHistoryTexts {
  readonly heading: string;
  readonly loading: string;
  readonly empty: string;
  /** Heading of the upcoming appointments. */
  readonly gepland: string;
  readonly afspraak: string;
  readonly locatie: (waar: string) => string;
  readonly met: (namen: string) => string;
  readonly reactie: (tekst: string) => string;
  readonly vertrouwelijk: string;
  /** On a contact registered on the page whose writes still run. */
  readonly opslaan: string;
  readonly datumOnbekend: string;
  readonly more: string;
  readonly shown: (getoond: string, totaal: string) => string;
  readonly kanalen: Readonly<
    Record<'telefoon' | 'email' | 'balie' | 'chat' | 'brief' | 'video' | 'whatsapp' | 'socialeMedia' | 'formulier' | 'onbekend', string>
  >;
}

/** The texts of `<kb-contact-history>` in Dutch and English (overridable through `texts.contactHistory`). */
export const contactHistoryTexts: BuiltInTexts<{ readonly contactHistory: ContactHistoryTexts }> = {
  nl: {
    contactHistory: {
      heading: 'Contact met de gemeente',
      loading: 'Uw contacten worden geladen…',
      empty: 'Er zijn nog geen contacten met u vastgelegd.',
      gepland: 'Gepland',
      afspraak: 'Afspraak',
      locatie: (waar) => `Locatie: ${waar}.`,
      met: (namen) => `Met: ${namen}`,
      reactie: (tekst) => `Reactie: ${tekst}`,
      opslaan: 'Wordt opgeslagen…',
      vertrouwelijk: 'De inhoud van dit contact is vertrouwelijk.',
      datumOnbekend: 'Datum onbekend',
      more: 'Toon eerdere contacten',
      shown: (getoond, totaal) => `${getoond} van ${totaal} getoond`,
      kanalen: {
        telefoon: 'Telefoon',
        email: 'E-mail',
        balie: 'Balie',
        chat: 'Chat',
        brief: 'Brief',
        video: 'Videobellen',
        whatsapp: 'WhatsApp',
        socialeMedia: 'Sociale media',
        formulier: 'Webformulier',
        onbekend: 'Contact',
      },
    },
  },
  en: {
    contactHistory: {
      heading: 'Contact with the municipality',
      loading: 'Loading your contacts…',
      empty: 'No contacts with you have been recorded yet.',
      gepland: 'Planned',
      afspraak: 'Appointment',
      locatie: (waar) => `Location: ${waar}.`,
      met: (namen) => `With: ${namen}`,
      reactie: (tekst) => `Response: ${tekst}`,
      opslaan: 'Being saved…',
      vertrouwelijk: 'The content of this contact is confidential.',
      datumOnbekend: 'Date unknown',
      more: 'Show earlier contacts',
      shown: (getoond, totaal) => `${getoond} of ${totaal} shown`,
      kanalen: {
        telefoon: 'Phone',
        email: 'Email',
        balie: 'At the desk',
        chat: 'Chat',
        brief: 'Letter',
        video: 'Video call',
        whatsapp: 'WhatsApp',
        socialeMedia: 'Social media',
        formulier: 'Web form',
        onbekend: 'Contact',
      },
    },
  },
};
