import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-klantvoorkeuren>` (`texts.klantvoorkeuren`). */
export interface KlantvoorkeurenTexts {
  readonly heading: string;
  readonly loading: string;
  /** Empty state: no partij in Klantinteracties. */
  readonly geenGegevens: string;
  readonly adressenHeading: Readonly<Record<'email' | 'telefoonnummer', string>>;
  readonly geenAdressen: Readonly<Record<'email' | 'telefoonnummer', string>>;
  readonly toevoegen: Readonly<Record<'email' | 'telefoonnummer', string>>;
  /** Label of the address field in the add/edit form. */
  readonly veld: Readonly<Record<'email' | 'telefoonnummer', string>>;
  readonly veldBeschrijving: Readonly<Record<'email' | 'telefoonnummer', string>>;
  readonly omschrijving: string;
  readonly omschrijvingBeschrijving: string;
  readonly standaard: string;
  readonly geverifieerd: string;
  readonly wijzigen: string;
  readonly verwijderen: string;
  readonly maakStandaard: string;
  readonly opslaan: string;
  readonly annuleren: string;
  readonly fouten: {
    readonly leeg: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly ongeldig: Readonly<Record<'email' | 'telefoonnummer', string>>;
    readonly teLang: (max: number) => string;
  };
  /** Title of the error summary. */
  readonly foutenTitel: (aantal: number) => string;
  readonly voorkeurenHeading: string;
  readonly kanaal: string;
  readonly kanaalBeschrijving: string;
  readonly kanalen: Readonly<Record<'email' | 'telefoonnummer' | 'overig' | 'geen', string>>;
  readonly taal: string;
  readonly taalBeschrijving: string;
  /** Names of languages by ISO 639-2/B code; the options offered. */
  readonly talen: Readonly<Record<string, string>>;
  readonly geenTaal: string;
  readonly notificaties: string;
  readonly notificatiesBeschrijving: string;
  readonly domeinen: Readonly<Record<'zaken' | 'berichten' | 'taken', string>>;
  readonly voorkeurenOpslaan: string;
  readonly bezig: string;
  readonly opgeslagen: string;
  readonly verwijderd: (adres: string) => string;
  /** A refused save: the first sentence, then the reason. */
  readonly nietOpgeslagen: string;
  readonly reden: Readonly<Record<'validation' | 'not-authenticated' | 'forbidden' | 'network' | 'other', string>>;
  readonly wachten: string;
  /** Employee mode: why the preferences are shown without controls (only the klant may change them). */
  readonly alleenDeKlant: string;
  /** Employee mode: the label of the preferred channel, and the notification choices when none is chosen. */
  readonly voorkeurskanaal: string;
  readonly geenNotificaties: string;
}

/** The texts of `<kb-klantvoorkeuren>` in Dutch and English (overridable through `texts.klantvoorkeuren`). */
export const klantvoorkeurenTexts: BuiltInTexts<{ readonly klantvoorkeuren: KlantvoorkeurenTexts }> = {
  nl: {
    klantvoorkeuren: {
      heading: 'Mijn contactvoorkeuren',
      loading: 'Uw contactvoorkeuren worden geladen…',
      geenGegevens: 'Er zijn bij de gemeente nog geen contactgegevens van u bekend.',
      adressenHeading: { email: 'E-mailadressen', telefoonnummer: 'Telefoonnummers' },
      geenAdressen: { email: 'U heeft nog geen e-mailadres opgegeven.', telefoonnummer: 'U heeft nog geen telefoonnummer opgegeven.' },
      toevoegen: { email: 'E-mailadres toevoegen', telefoonnummer: 'Telefoonnummer toevoegen' },
      veld: { email: 'E-mailadres', telefoonnummer: 'Telefoonnummer' },
      veldBeschrijving: {
        email: 'Bijvoorbeeld naam@voorbeeld.nl.',
        telefoonnummer: 'Een nummer van 10 cijfers, zoals 0612345678, of met landnummer, zoals +31612345678.',
      },
      omschrijving: 'Omschrijving (niet verplicht)',
      omschrijvingBeschrijving: 'Bijvoorbeeld Privé of Werk. Maximaal 40 tekens.',
      standaard: 'Standaard',
      geverifieerd: 'Gecontroleerd',
      wijzigen: 'Wijzigen',
      verwijderen: 'Verwijderen',
      maakStandaard: 'Maak standaard',
      opslaan: 'Opslaan',
      annuleren: 'Annuleren',
      fouten: {
        leeg: { email: 'Vul uw e-mailadres in.', telefoonnummer: 'Vul uw telefoonnummer in.' },
        ongeldig: {
          email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
          telefoonnummer: 'Vul een telefoonnummer in van 10 cijfers, zoals 0612345678, of met landnummer, zoals +31612345678.',
        },
        teLang: (max) => `Gebruik maximaal ${max} tekens.`,
      },
      foutenTitel: (aantal) => (aantal === 1 ? 'Er is 1 fout gevonden' : `Er zijn ${aantal} fouten gevonden`),
      voorkeurenHeading: 'Voorkeuren',
      kanaal: 'Hoe wilt u dat de gemeente contact met u opneemt?',
      kanaalBeschrijving: 'Wij gebruiken uw standaard e-mailadres of telefoonnummer.',
      kanalen: { email: 'Per e-mail', telefoonnummer: 'Per telefoon', overig: 'Op een andere manier', geen: 'Geen voorkeur' },
      taal: 'Voorkeurstaal',
      taalBeschrijving: 'De taal waarin de gemeente u bij voorkeur schrijft.',
      talen: { nld: 'Nederlands', eng: 'Engels' },
      geenTaal: 'Geen voorkeur',
      notificaties: 'Bericht ontvangen over',
      notificatiesBeschrijving: 'U krijgt een bericht via uw voorkeurskanaal als er iets verandert.',
      domeinen: { zaken: 'Mijn zaken (aanvragen en meldingen)', berichten: 'Nieuwe berichten', taken: 'Taken die ik moet doen' },
      voorkeurenOpslaan: 'Voorkeuren opslaan',
      bezig: 'Uw wijziging wordt opgeslagen…',
      opgeslagen: 'Uw wijziging is opgeslagen.',
      verwijderd: (adres) => `${adres} is verwijderd.`,
      nietOpgeslagen: 'Uw wijziging is niet opgeslagen.',
      reden: {
        validation: 'Verbeter de fouten in het formulier en probeer het opnieuw.',
        'not-authenticated': 'U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
        forbidden: 'U mag deze gegevens niet wijzigen.',
        network: 'Er is geen verbinding. Wat u heeft ingevuld is bewaard: probeer het zo opnieuw.',
        other: 'Er ging iets mis bij de gemeente. Wat u heeft ingevuld is bewaard: probeer het later opnieuw.',
      },
      wachten: 'Even geduld: uw vorige wijziging wordt nog opgeslagen.',
      alleenDeKlant: 'Alleen de klant zelf kan deze voorkeuren wijzigen.',
      voorkeurskanaal: 'Voorkeurskanaal',
      geenNotificaties: 'Geen berichten',
    },
  },
  en: {
    klantvoorkeuren: {
      heading: 'My contact preferences',
      loading: 'Loading your contact preferences…',
      geenGegevens: 'The municipality does not have any contact details for you yet.',
      adressenHeading: { email: 'Email addresses', telefoonnummer: 'Phone numbers' },
      geenAdressen: { email: 'You have not given an email address yet.', telefoonnummer: 'You have not given a phone number yet.' },
      toevoegen: { email: 'Add email address', telefoonnummer: 'Add phone number' },
      veld: { email: 'Email address', telefoonnummer: 'Phone number' },
      veldBeschrijving: {
        email: 'For example name@example.com.',
        telefoonnummer: 'A number of 10 digits, such as 0612345678, or with country code, such as +31612345678.',
      },
      omschrijving: 'Description (optional)',
      omschrijvingBeschrijving: 'For example Home or Work. At most 40 characters.',
      standaard: 'Default',
      geverifieerd: 'Verified',
      wijzigen: 'Change',
      verwijderen: 'Remove',
      maakStandaard: 'Make default',
      opslaan: 'Save',
      annuleren: 'Cancel',
      fouten: {
        leeg: { email: 'Enter your email address.', telefoonnummer: 'Enter your phone number.' },
        ongeldig: {
          email: 'Enter an email address like name@example.com.',
          telefoonnummer: 'Enter a phone number of 10 digits, such as 0612345678, or with country code, such as +31612345678.',
        },
        teLang: (max) => `Use at most ${max} characters.`,
      },
      foutenTitel: (aantal) => (aantal === 1 ? 'There is 1 error' : `There are ${aantal} errors`),
      voorkeurenHeading: 'Preferences',
      kanaal: 'How would you like the municipality to contact you?',
      kanaalBeschrijving: 'We use your default email address or phone number.',
      kanalen: { email: 'By email', telefoonnummer: 'By phone', overig: 'Another way', geen: 'No preference' },
      taal: 'Preferred language',
      taalBeschrijving: 'The language the municipality preferably writes to you in.',
      talen: { nld: 'Dutch', eng: 'English' },
      geenTaal: 'No preference',
      notificaties: 'Get a message about',
      notificatiesBeschrijving: 'You get a message through your preferred channel when something changes.',
      domeinen: { zaken: 'My cases (applications and reports)', berichten: 'New messages', taken: 'Tasks I need to do' },
      voorkeurenOpslaan: 'Save preferences',
      bezig: 'Saving your change…',
      opgeslagen: 'Your change has been saved.',
      verwijderd: (adres) => `${adres} has been removed.`,
      nietOpgeslagen: 'Your change has not been saved.',
      reden: {
        validation: 'Correct the errors in the form and try again.',
        'not-authenticated': 'You are not (or no longer) logged in. Log in again and try once more.',
        forbidden: 'You may not change these details.',
        network: 'There is no connection. What you entered has been kept: try again shortly.',
        other: 'Something went wrong at the municipality. What you entered has been kept: try again later.',
      },
      wachten: 'Please wait: your previous change is still being saved.',
      alleenDeKlant: 'Only the klant can change these preferences.',
      voorkeurskanaal: 'Preferred channel',
      geenNotificaties: 'No messages',
    },
  },
};
