import type { BuiltInTexts } from '../shared/i18n.js';

type Kanaal = 'telefoon' | 'balie' | 'email' | 'chat' | 'brief' | 'video';

/** The texts of `<kb-contact-registreren>` (`texts.contactRegistreren`). */
export interface ContactRegistrerenTexts {
  readonly heading: string;
  readonly loading: string;
  /** No klant context yet (employee mode). */
  readonly kiesKlant: string;
  /** The role (or the page: no employee mode) may not register contacts. */
  readonly afgeschermd: string;
  readonly kanaal: string;
  readonly kanaalBeschrijving: string;
  readonly kanalen: Readonly<Record<Kanaal, string>>;
  readonly onderwerp: string;
  readonly onderwerpBeschrijving: string;
  readonly notitie: string;
  readonly notitieBeschrijving: string;
  readonly zaken: string;
  readonly zakenBeschrijving: string;
  readonly geenZaken: string;
  readonly beantwoord: string;
  readonly beantwoordBeschrijving: string;
  readonly ja: string;
  readonly nee: string;
  readonly terugbellen: string;
  readonly terugbellenBeschrijving: string;
  readonly actor: string;
  readonly actorBeschrijving: string;
  readonly kiesActor: string;
  readonly teams: string;
  readonly medewerkers: string;
  readonly toelichting: string;
  readonly toelichtingBeschrijving: string;
  readonly registreren: string;
  readonly bezig: string;
  /** Title of the error summary. */
  readonly foutenTitel: (aantal: number) => string;
  readonly fouten: {
    readonly leeg: Readonly<Record<'kanaal' | 'onderwerp' | 'beantwoord' | 'actor', string>>;
    readonly ongeldig: string;
    readonly teLang: (max: number) => string;
  };
  readonly opgeslagen: string;
  /** What was created: the contact's reference, the number of linked zaken, the terugbelverzoek. */
  readonly aangemaakt: {
    readonly klantcontact: (referentie: string) => string;
    readonly zaken: (aantal: number) => string;
    readonly terugbelverzoek: (actor: string) => string;
  };
  readonly nogEen: string;
  readonly nietOpgeslagen: string;
  /** A registration that stopped after the contact was made: it is in the history, without what is listed after. */
  readonly deelsOpgeslagen: string;
  readonly ontbreekt: Readonly<Record<'betrokkene' | 'onderwerpobject' | 'interne-taak', string>>;
  readonly opnieuw: string;
}

/** The texts of `<kb-contact-registreren>` in Dutch and English (overridable through `texts.contactRegistreren`). */
export const contactRegistrerenTexts: BuiltInTexts<{ readonly contactRegistreren: ContactRegistrerenTexts }> = {
  nl: {
    contactRegistreren: {
      heading: 'Contact registreren',
      loading: 'Het formulier wordt geladen…',
      kiesKlant: 'Kies eerst een klant.',
      afgeschermd: 'Afgeschermd voor uw rol: u kunt geen contacten registreren.',
      kanaal: 'Kanaal',
      kanaalBeschrijving: 'Hoe nam de klant contact op?',
      kanalen: { telefoon: 'Telefoon', balie: 'Balie', email: 'E-mail', chat: 'Chat', brief: 'Brief', video: 'Videobellen' },
      onderwerp: 'Onderwerp',
      onderwerpBeschrijving: 'Waar ging de vraag over? Dit ziet de klant in de contactgeschiedenis.',
      notitie: 'Notitie (niet verplicht)',
      notitieBeschrijving: 'Kort wat er gevraagd en geantwoord is.',
      zaken: 'Over welke zaak? (niet verplicht)',
      zakenBeschrijving: 'Kies de zaken van de klant waar het contact over ging.',
      geenZaken: 'Deze klant heeft geen zaken die u kunt zien.',
      beantwoord: 'Is de vraag beantwoord?',
      beantwoordBeschrijving: 'Kies nee als de klant nog een antwoord krijgt.',
      ja: 'Ja',
      nee: 'Nee',
      terugbellen: 'Terugbelverzoek maken',
      terugbellenBeschrijving: 'Een team of collega belt de klant terug.',
      actor: 'Terugbellen door',
      actorBeschrijving: 'Het team of de collega die terugbelt.',
      kiesActor: 'Kies een team of collega',
      teams: 'Teams',
      medewerkers: 'Collega’s',
      toelichting: 'Toelichting voor wie terugbelt (niet verplicht)',
      toelichtingBeschrijving: 'Bijvoorbeeld wanneer de klant bereikbaar is.',
      registreren: 'Contact registreren',
      bezig: 'Het contact wordt opgeslagen…',
      foutenTitel: (aantal) => (aantal === 1 ? 'Er is 1 fout in het formulier' : `Er zijn ${aantal} fouten in het formulier`),
      fouten: {
        leeg: { kanaal: 'Kies een kanaal.', onderwerp: 'Vul het onderwerp in.', beantwoord: 'Kies of de vraag beantwoord is.', actor: 'Kies wie terugbelt.' },
        ongeldig: 'Deze keuze is niet geldig.',
        teLang: (max) => `Gebruik ten hoogste ${max} tekens.`,
      },
      opgeslagen: 'Het contact is geregistreerd.',
      aangemaakt: {
        klantcontact: (referentie) => `Klantcontact ${referentie}`,
        zaken: (aantal) => (aantal === 1 ? 'gekoppeld aan 1 zaak' : `gekoppeld aan ${aantal} zaken`),
        terugbelverzoek: (actor) => `terugbelverzoek voor ${actor}`,
      },
      nogEen: 'Nog een contact registreren',
      nietOpgeslagen: 'Het contact is niet opgeslagen. Probeer het opnieuw.',
      deelsOpgeslagen: 'Het contact is deels opgeslagen. Het staat in de contactgeschiedenis, maar dit ontbreekt nog:',
      ontbreekt: { betrokkene: 'de koppeling aan de klant', onderwerpobject: 'de koppeling aan de zaak', 'interne-taak': 'het terugbelverzoek' },
      opnieuw: 'Opnieuw proberen',
    },
  },
  en: {
    contactRegistreren: {
      heading: 'Register a contact',
      loading: 'Loading the form…',
      kiesKlant: 'Choose a klant first.',
      afgeschermd: 'Hidden for your role: you cannot register contacts.',
      kanaal: 'Channel',
      kanaalBeschrijving: 'How did the klant get in touch?',
      kanalen: { telefoon: 'Phone', balie: 'Desk', email: 'E-mail', chat: 'Chat', brief: 'Letter', video: 'Video call' },
      onderwerp: 'Subject',
      onderwerpBeschrijving: 'What was the question about? The klant sees this in their contact history.',
      notitie: 'Note (optional)',
      notitieBeschrijving: 'Briefly, what was asked and answered.',
      zaken: 'About which case? (optional)',
      zakenBeschrijving: 'Choose the klant’s cases the contact was about.',
      geenZaken: 'This klant has no cases you can see.',
      beantwoord: 'Was the question answered?',
      beantwoordBeschrijving: 'Choose no when the klant still gets an answer.',
      ja: 'Yes',
      nee: 'No',
      terugbellen: 'Request a call back',
      terugbellenBeschrijving: 'A team or colleague calls the klant back.',
      actor: 'Call back by',
      actorBeschrijving: 'The team or colleague who calls back.',
      kiesActor: 'Choose a team or colleague',
      teams: 'Teams',
      medewerkers: 'Colleagues',
      toelichting: 'Note for whoever calls back (optional)',
      toelichtingBeschrijving: 'For example when the klant can be reached.',
      registreren: 'Register contact',
      bezig: 'Saving the contact…',
      foutenTitel: (aantal) => (aantal === 1 ? 'There is 1 error in the form' : `There are ${aantal} errors in the form`),
      fouten: {
        leeg: {
          kanaal: 'Choose a channel.',
          onderwerp: 'Enter the subject.',
          beantwoord: 'Choose whether the question was answered.',
          actor: 'Choose who calls back.',
        },
        ongeldig: 'This choice is not valid.',
        teLang: (max) => `Use at most ${max} characters.`,
      },
      opgeslagen: 'The contact has been registered.',
      aangemaakt: {
        klantcontact: (referentie) => `Contact ${referentie}`,
        zaken: (aantal) => (aantal === 1 ? 'linked to 1 case' : `linked to ${aantal} cases`),
        terugbelverzoek: (actor) => `call-back request for ${actor}`,
      },
      nogEen: 'Register another contact',
      nietOpgeslagen: 'The contact was not saved. Please try again.',
      deelsOpgeslagen: 'The contact was partly saved. It is in the contact history, but this is still missing:',
      ontbreekt: { betrokkene: 'the link to the klant', onderwerpobject: 'the link to the case', 'interne-taak': 'the call-back request' },
      opnieuw: 'Try again',
    },
  },
};
