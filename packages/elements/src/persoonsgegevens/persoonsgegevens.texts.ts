import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-persoonsgegevens>` (`texts.persoonsgegevens`). */
export interface PersoonsgegevensTexts {
  readonly heading: string;
  readonly loading: string;
  readonly empty: string;
  /** Heading of the BRP part. */
  readonly brpHeading: string;
  /** The BRP named as source. */
  readonly brpBron: string;
  /** "Bron: …" under each part. */
  readonly bron: (bron: string) => string;
  readonly brpNietGevonden: string;
  readonly naam: string;
  readonly geboortedatum: string;
  readonly bsn: string;
  /** Screen-reader text of a masked BSN, e.g. "eindigend op 653". */
  readonly bsnEindigtOp: (cijfers: string) => string;
  readonly adres: string;
  readonly woontHierSinds: string;
  readonly onbekend: string;
  readonly adresVerborgen: string;
  readonly geheimhoudingTitel: string;
  readonly geheimhouding: string;
  /** Where to correct BRP data when the host gave no link. */
  readonly brpCorrigeren: string;
  readonly brpCorrigerenLink: string;
  /** Heading of the Klantinteracties part. */
  readonly contactHeading: string;
  readonly contactBron: string;
  readonly geenContactgegevens: string;
  readonly soorten: Readonly<Record<'email' | 'telefoonnummer' | 'overig', string>>;
  /** Marks the preferred address, e.g. "uw voorkeur". */
  readonly voorkeur: string;
  /** Where to change contact data when the host gave no link. */
  readonly contactCorrigeren: string;
  readonly contactCorrigerenLink: string;
}

/** The texts of `<kb-persoonsgegevens>` in Dutch and English (overridable through `texts.persoonsgegevens`). */
export const persoonsgegevensTexts: BuiltInTexts<{ readonly persoonsgegevens: PersoonsgegevensTexts }> = {
  nl: {
    persoonsgegevens: {
      heading: 'Mijn gegevens',
      loading: 'Uw gegevens worden geladen…',
      empty: 'Er zijn geen gegevens van u gevonden.',
      brpHeading: 'Gegevens uit de Basisregistratie Personen',
      brpBron: 'Basisregistratie Personen (BRP)',
      bron: (bron) => `Bron: ${bron}`,
      brpNietGevonden: 'Uw gegevens zijn niet gevonden in de Basisregistratie Personen.',
      naam: 'Naam',
      geboortedatum: 'Geboortedatum',
      bsn: 'Burgerservicenummer (BSN)',
      bsnEindigtOp: (cijfers) => `eindigend op ${cijfers}`,
      adres: 'Adres',
      woontHierSinds: 'Woont hier sinds',
      onbekend: 'Onbekend',
      adresVerborgen: 'Uw adres wordt hier niet getoond, omdat er geheimhouding geldt.',
      geheimhoudingTitel: 'Er geldt geheimhouding voor uw gegevens',
      geheimhouding:
        'De gemeente geeft uw gegevens uit de Basisregistratie Personen daarom niet aan derden, zoals verenigingen, kerken of bedrijven. Overheidsorganisaties die uw gegevens nodig hebben voor hun wettelijke taak, krijgen ze wel.',
      brpCorrigeren:
        'Klopt er iets niet? Alleen de gemeente kan gegevens in de BRP aanpassen. Neem contact op met Burgerzaken van uw gemeente. Bent u verhuisd? Geef uw verhuizing door aan de gemeente.',
      brpCorrigerenLink: 'Gegevens laten aanpassen of verhuizing doorgeven',
      contactHeading: 'Uw contactgegevens bij de gemeente',
      contactBron: 'Klantinteracties (uw contactgegevens bij de gemeente)',
      geenContactgegevens: 'U heeft de gemeente nog geen e-mailadres of telefoonnummer gegeven.',
      soorten: { email: 'E-mailadres', telefoonnummer: 'Telefoonnummer', overig: 'Ander contactadres' },
      voorkeur: 'uw voorkeur',
      contactCorrigeren: 'Wilt u uw contactgegevens wijzigen? Neem contact op met de gemeente.',
      contactCorrigerenLink: 'Contactgegevens wijzigen',
    },
  },
  en: {
    persoonsgegevens: {
      heading: 'My personal data',
      loading: 'Loading your data…',
      empty: 'No data about you was found.',
      brpHeading: 'Data from the Personal Records Database',
      brpBron: 'Personal Records Database (BRP)',
      bron: (bron) => `Source: ${bron}`,
      brpNietGevonden: 'Your data was not found in the Personal Records Database.',
      naam: 'Name',
      geboortedatum: 'Date of birth',
      bsn: 'Citizen service number (BSN)',
      bsnEindigtOp: (cijfers) => `ending in ${cijfers}`,
      adres: 'Address',
      woontHierSinds: 'Living here since',
      onbekend: 'Unknown',
      adresVerborgen: 'Your address is not shown here, because your data is confidential.',
      geheimhoudingTitel: 'Your data is confidential',
      geheimhouding:
        'The municipality therefore does not give your data from the Personal Records Database to third parties, such as associations, churches or companies. Government organisations that need your data for their legal duties do receive it.',
      brpCorrigeren:
        'Is something wrong? Only the municipality can change data in the BRP. Contact the civil affairs department (Burgerzaken) of your municipality. Have you moved? Report your move to the municipality.',
      brpCorrigerenLink: 'Have your data corrected or report a move',
      contactHeading: 'Your contact details at the municipality',
      contactBron: 'Klantinteracties (your contact details at the municipality)',
      geenContactgegevens: 'You have not given the municipality an e-mail address or phone number yet.',
      soorten: { email: 'E-mail address', telefoonnummer: 'Phone number', overig: 'Other contact address' },
      voorkeur: 'your preference',
      contactCorrigeren: 'Do you want to change your contact details? Contact the municipality.',
      contactCorrigerenLink: 'Change contact details',
    },
  },
};
