import type { BuiltInTexts } from '../shared/i18n.js';

/** The sections of the overview, in the order they are shown. */
export type KlantbeeldSectie = 'persoon' | 'voorkeuren' | 'zaken' | 'contacten' | 'producten' | 'taken';

/** The texts of `<kb-klantbeeld>` (`texts.klantbeeld`). */
export interface KlantbeeldTexts {
  /** The heading for a resident ("Mijn overzicht"). */
  readonly heading: string;
  /** The heading for an employee before a klant is chosen. */
  readonly headingMedewerker: string;
  /** The heading for an employee, with the klant's name as the employee may see it. */
  readonly headingKlant: (naam: string) => string;
  /** Employee mode without a chosen klant. */
  readonly kiesKlant: string;
  readonly samenvatting: string;
  readonly loading: string;
  readonly openZaken: string;
  readonly laatsteContact: string;
  /** Channel and date of the last contact, both already in words. */
  readonly laatsteContactOp: (kanaal: string, datum: string) => string;
  readonly geenContact: string;
  readonly voorkeurskanaal: string;
  readonly geenVoorkeur: string;
  /** The preferred channel by soort of digital address. */
  readonly soorten: Readonly<Record<'email' | 'telefoonnummer' | 'overig', string>>;
  /** Channels of a contact by their usual upstream names; another name is shown as written. */
  readonly kanalen: Readonly<Record<'telefoon' | 'email' | 'balie' | 'chat' | 'brief', string>>;
  /** A figure whose API failed (the others are shown). */
  readonly nietGeladen: string;
  /** A section or figure the employee's profile does not grant. */
  readonly afgeschermd: string;
  /** The summary when nothing is known yet. */
  readonly leeg: string;
  /** Label of the in-page navigation. */
  readonly navigatie: string;
  /** Title of each section: in the navigation, and the heading of a shielded section and (for employees) of each element. */
  readonly secties: Readonly<Record<KlantbeeldSectie, string>>;
}

declare module '../shared/i18n.js' {
  // Optional: a page's own complete translation made before this element existed stays valid (Dutch is the fallback).
  interface Translation {
    readonly klantbeeld?: KlantbeeldTexts;
  }
}

/** The texts of `<kb-klantbeeld>` in Dutch and English (overridable through `texts.klantbeeld`). */
export const klantbeeldTexts: BuiltInTexts<{ readonly klantbeeld: KlantbeeldTexts }> = {
  nl: {
    klantbeeld: {
      heading: 'Mijn overzicht',
      headingMedewerker: 'Klantbeeld',
      headingKlant: (naam) => `Klantbeeld van ${naam}`,
      kiesKlant: 'Kies eerst een klant.',
      samenvatting: 'In het kort',
      loading: 'Het overzicht wordt geladen…',
      openZaken: 'Lopende zaken',
      laatsteContact: 'Laatste contact',
      laatsteContactOp: (kanaal, datum) => `${kanaal}, ${datum}`,
      geenContact: 'Nog geen contact',
      voorkeurskanaal: 'Voorkeurskanaal',
      geenVoorkeur: 'Geen voorkeur opgegeven',
      soorten: { email: 'E-mail', telefoonnummer: 'Telefoon', overig: 'Anders' },
      kanalen: { telefoon: 'Telefoon', email: 'E-mail', balie: 'Balie', chat: 'Chat', brief: 'Brief' },
      nietGeladen: 'Kon niet worden geladen',
      afgeschermd: 'Afgeschermd voor uw rol',
      leeg: 'Er zijn nog geen lopende zaken, contacten of voorkeuren bekend.',
      navigatie: 'Onderdelen van het overzicht',
      secties: {
        persoon: 'Persoonsgegevens',
        zaken: 'Zaken',
        contacten: 'Contacten en afspraken',
        voorkeuren: 'Contactvoorkeuren',
        producten: 'Producten',
        taken: 'Taken',
      },
    },
  },
  en: {
    klantbeeld: {
      heading: 'My overview',
      headingMedewerker: 'Customer overview',
      headingKlant: (naam) => `Customer overview of ${naam}`,
      kiesKlant: 'Choose a klant first.',
      samenvatting: 'At a glance',
      loading: 'Loading the overview…',
      openZaken: 'Ongoing cases',
      laatsteContact: 'Last contact',
      laatsteContactOp: (kanaal, datum) => `${kanaal}, ${datum}`,
      geenContact: 'No contact yet',
      voorkeurskanaal: 'Preferred channel',
      geenVoorkeur: 'No preference given',
      soorten: { email: 'E-mail', telefoonnummer: 'Phone', overig: 'Other' },
      kanalen: { telefoon: 'Phone', email: 'E-mail', balie: 'Counter', chat: 'Chat', brief: 'Letter' },
      nietGeladen: 'Could not be loaded',
      afgeschermd: 'Hidden for your role',
      leeg: 'No ongoing cases, contacts or preferences are known yet.',
      navigatie: 'Parts of the overview',
      secties: {
        persoon: 'Personal data',
        zaken: 'Cases',
        contacten: 'Contacts and appointments',
        voorkeuren: 'Contact preferences',
        producten: 'Products',
        taken: 'Tasks',
      },
    },
  },
};
