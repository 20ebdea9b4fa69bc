import type { BuiltInTexts, TranslationOverrides } from '../shared/i18n.js';
import type { SearchInput } from './klant-zoeken.model.js';
import type { KlantSearchField } from '@klantbeeld/core';

/** The texts of `<kb-klant-zoeken>` (`texts.klantZoeken`). */
export interface KlantZoekenTexts {
  readonly heading: string;
  readonly loading: string;
  /** Outside `<kb-provider mode="medewerker">`: no employee session to work with. */
  readonly geenMedewerkerModus: string;
  readonly nietIngelogd: string;
  readonly geenProfielen: string;
  readonly sessieFout: string;
  readonly opnieuw: string;
  readonly profiel: string;
  readonly profielBeschrijving: string;
  readonly zoekenOp: string;
  readonly zoekwijzen: Readonly<Record<KlantSearchField, string>>;
  readonly veld: Readonly<Record<SearchInput, string>>;
  readonly veldBeschrijving: Readonly<Record<SearchInput, string>>;
  readonly zoeken: string;
  readonly fouten: {
    readonly leeg: Readonly<Record<SearchInput, string>>;
    readonly ongeldig: Readonly<Record<SearchInput, string>>;
    readonly bsn: string;
    readonly nietToegestaan: string;
    readonly doel: string;
    readonly teLang: (max: number) => string;
  };
  /** Title of the error summary. */
  readonly foutenTitel: (aantal: number) => string;
  readonly resultatenHeading: string;
  readonly bezig: string;
  readonly geenResultaat: string;
  /** The count of a page of results, e.g. "10 klanten gevonden (pagina 1, er zijn meer)". */
  readonly aantal: (aantal: number, pagina: number, meer: boolean) => string;
  readonly geboren: (datum: string) => string;
  readonly kiezen: string;
  readonly paginering: string;
  readonly vorige: string;
  readonly volgende: string;
  readonly pagina: (pagina: number) => string;
  readonly bronOnbereikbaar: string;
  readonly zoekFout: Readonly<Record<'network' | 'not-authenticated' | 'other', string>>;
  readonly doelHeading: string;
  readonly doelGekozenKlant: string;
  readonly doel: string;
  readonly doelBeschrijving: string;
  readonly referentie: string;
  readonly referentieBeschrijving: string;
  readonly bevestigen: string;
  readonly terug: string;
  readonly kiesFout: Readonly<Record<'expired' | 'network' | 'other', string>>;
  readonly huidigeKlant: string;
  readonly naam: string;
  readonly geboortedatum: string;
  readonly doelLabel: string;
  readonly profielLabel: string;
  readonly referentieLabel: string;
  readonly andereKlant: string;
  readonly beeindigFout: string;
  readonly gekozen: (naam: string) => string;
  readonly beeindigd: string;
}

declare module '../shared/i18n.js' {
  // Optional: a page's own complete translation made before this element existed stays valid (Dutch is the fallback).
  interface Translation {
    readonly klantZoeken?: KlantZoekenTexts;
  }
}

/** What the element's `texts` property accepts: any text of the shared ones, and of its own namespace. */
export type KlantZoekenOverrides = TranslationOverrides;

/** The texts of `<kb-klant-zoeken>` in Dutch and English (overridable through `texts.klantZoeken`). */
export const klantZoekenTexts: BuiltInTexts<{ readonly klantZoeken: KlantZoekenTexts }> = {
  nl: {
    klantZoeken: {
      heading: 'Klant zoeken',
      loading: 'Uw gegevens als medewerker worden geladen…',
      geenMedewerkerModus: 'Klant zoeken werkt alleen voor medewerkers: zet dit onderdeel in <kb-provider mode="medewerker">.',
      nietIngelogd: 'U bent niet ingelogd als medewerker. Log in om een klant te zoeken.',
      geenProfielen: 'Uw account heeft geen rol waarmee u klantgegevens mag inzien. Vraag uw beheerder om een rol.',
      sessieFout: 'Uw gegevens als medewerker konden niet worden geladen.',
      opnieuw: 'Opnieuw proberen',
      profiel: 'Rol',
      profielBeschrijving: 'De rol bepaalt wat u van de klant mag zien.',
      zoekenOp: 'Zoeken op',
      zoekwijzen: { bsn: 'BSN', naam: 'Achternaam en geboortedatum', kvk: 'KvK-nummer', email: 'E-mailadres', telefoon: 'Telefoonnummer' },
      veld: { bsn: 'BSN', surname: 'Achternaam', birthDate: 'Geboortedatum', kvk: 'KvK-nummer', email: 'E-mailadres', telefoon: 'Telefoonnummer' },
      veldBeschrijving: {
        bsn: '9 cijfers, bijvoorbeeld 999993653.',
        surname: 'Zonder voorvoegsel, bijvoorbeeld Jansen (niet: de Jansen).',
        birthDate: 'Dag-maand-jaar, bijvoorbeeld 01-02-1980.',
        kvk: '8 cijfers, bijvoorbeeld 12345678.',
        email: 'Bijvoorbeeld naam@voorbeeld.nl.',
        telefoon: 'Bijvoorbeeld 0612345678 of +31612345678.',
      },
      zoeken: 'Zoeken',
      fouten: {
        leeg: {
          bsn: 'Vul het BSN in.',
          surname: 'Vul de achternaam in.',
          birthDate: 'Vul de geboortedatum in.',
          kvk: 'Vul het KvK-nummer in.',
          email: 'Vul het e-mailadres in.',
          telefoon: 'Vul het telefoonnummer in.',
        },
        ongeldig: {
          bsn: 'Vul een BSN in van 9 cijfers.',
          surname: 'Vul een achternaam in van letters.',
          birthDate: 'Vul een bestaande geboortedatum in het verleden in als dag-maand-jaar, bijvoorbeeld 01-02-1980.',
          kvk: 'Vul een KvK-nummer in van 8 cijfers.',
          email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
          telefoon: 'Vul een telefoonnummer in zoals 0612345678 of +31612345678.',
        },
        bsn: 'Dit BSN bestaat niet: controleer de 9 cijfers (de elfproef klopt niet).',
        nietToegestaan: 'Met deze rol mag u niet op deze manier zoeken.',
        doel: 'Kies het doel van het inzien.',
        teLang: (max) => `Gebruik maximaal ${max} tekens.`,
      },
      foutenTitel: (aantal) => (aantal === 1 ? 'Er is 1 fout gevonden' : `Er zijn ${aantal} fouten gevonden`),
      resultatenHeading: 'Zoekresultaten',
      bezig: 'Bezig met zoeken…',
      geenResultaat: 'Geen klant gevonden met deze gegevens. Controleer wat u invulde, of zoek op een andere manier.',
      aantal: (aantal, pagina, meer) =>
        `${aantal === 1 ? '1 klant' : `${aantal} klanten`} gevonden op pagina ${pagina}${meer ? ', er zijn meer pagina’s' : ''}.`,
      geboren: (datum) => `geboren ${datum}`,
      kiezen: 'Kiezen',
      paginering: 'Pagina’s met zoekresultaten',
      vorige: 'Vorige',
      volgende: 'Volgende',
      pagina: (pagina) => `Pagina ${pagina}`,
      bronOnbereikbaar: 'De bron om klanten in te zoeken (BRP of Klantinteracties) is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
      zoekFout: {
        network: 'Er is geen verbinding. Probeer het zo opnieuw.',
        'not-authenticated': 'U bent niet (meer) ingelogd als medewerker. Log opnieuw in.',
        other: 'Het zoeken is mislukt. Probeer het opnieuw.',
      },
      doelHeading: 'Doel van het inzien',
      doelGekozenKlant: 'Gekozen klant',
      doel: 'Waarom bekijkt u de gegevens van deze klant?',
      doelBeschrijving: 'Het doel wordt vastgelegd bij elk gegeven dat u inziet; de klant kan dat terugzien.',
      referentie: 'Referentie (niet verplicht)',
      referentieBeschrijving: 'Bijvoorbeeld het nummer van het gesprek of de melding. Maximaal 100 tekens.',
      bevestigen: 'Bevestigen',
      terug: 'Terug naar de zoekresultaten',
      kiesFout: {
        expired: 'Dit zoekresultaat is verlopen. Zoek de klant opnieuw.',
        network: 'Er is geen verbinding. Probeer het zo opnieuw.',
        other: 'De klant kon niet worden gekozen. Probeer het opnieuw.',
      },
      huidigeKlant: 'Huidige klant',
      naam: 'Naam',
      geboortedatum: 'Geboortedatum',
      doelLabel: 'Doel',
      profielLabel: 'Rol',
      referentieLabel: 'Referentie',
      andereKlant: 'Andere klant kiezen',
      beeindigFout: 'De klant kon niet worden losgelaten. Probeer het opnieuw.',
      gekozen: (naam) => `${naam} is gekozen.`,
      beeindigd: 'De klant is losgelaten. U kunt een andere klant zoeken.',
    },
  },
  en: {
    klantZoeken: {
      heading: 'Find a customer',
      loading: 'Loading your employee details…',
      geenMedewerkerModus: 'Finding a customer works for employees only: put this part inside <kb-provider mode="medewerker">.',
      nietIngelogd: 'You are not logged in as an employee. Log in to find a customer.',
      geenProfielen: 'Your account has no role that lets you see customer data. Ask your administrator for a role.',
      sessieFout: 'Your employee details could not be loaded.',
      opnieuw: 'Try again',
      profiel: 'Role',
      profielBeschrijving: 'The role decides what you may see of the customer.',
      zoekenOp: 'Search by',
      zoekwijzen: { bsn: 'BSN', naam: 'Surname and date of birth', kvk: 'KvK number', email: 'Email address', telefoon: 'Phone number' },
      veld: { bsn: 'BSN', surname: 'Surname', birthDate: 'Date of birth', kvk: 'KvK number', email: 'Email address', telefoon: 'Phone number' },
      veldBeschrijving: {
        bsn: '9 digits, for example 999993653.',
        surname: 'Without prefix, for example Jansen (not: de Jansen).',
        birthDate: 'Day-month-year, for example 01-02-1980.',
        kvk: '8 digits, for example 12345678.',
        email: 'For example name@example.com.',
        telefoon: 'For example 0612345678 or +31612345678.',
      },
      zoeken: 'Search',
      fouten: {
        leeg: {
          bsn: 'Enter the BSN.',
          surname: 'Enter the surname.',
          birthDate: 'Enter the date of birth.',
          kvk: 'Enter the KvK number.',
          email: 'Enter the email address.',
          telefoon: 'Enter the phone number.',
        },
        ongeldig: {
          bsn: 'Enter a BSN of 9 digits.',
          surname: 'Enter a surname of letters.',
          birthDate: 'Enter an existing date of birth in the past as day-month-year, for example 01-02-1980.',
          kvk: 'Enter a KvK number of 8 digits.',
          email: 'Enter an email address like name@example.com.',
          telefoon: 'Enter a phone number like 0612345678 or +31612345678.',
        },
        bsn: 'This BSN does not exist: check the 9 digits (the eleven test fails).',
        nietToegestaan: 'Your role does not allow searching this way.',
        doel: 'Choose the purpose of this look.',
        teLang: (max) => `Use at most ${max} characters.`,
      },
      foutenTitel: (aantal) => (aantal === 1 ? 'There is 1 error' : `There are ${aantal} errors`),
      resultatenHeading: 'Search results',
      bezig: 'Searching…',
      geenResultaat: 'No customer found with these details. Check what you entered, or search another way.',
      aantal: (aantal, pagina, meer) =>
        `${aantal === 1 ? '1 customer' : `${aantal} customers`} found on page ${pagina}${meer ? ', there are more pages' : ''}.`,
      geboren: (datum) => `born ${datum}`,
      kiezen: 'Choose',
      paginering: 'Pages of search results',
      vorige: 'Previous',
      volgende: 'Next',
      pagina: (pagina) => `Page ${pagina}`,
      bronOnbereikbaar: 'The source to find customers in (BRP or Klantinteracties) cannot be reached now. Try again in a few minutes.',
      zoekFout: {
        network: 'There is no connection. Try again shortly.',
        'not-authenticated': 'You are not (or no longer) logged in as an employee. Log in again.',
        other: 'The search failed. Try again.',
      },
      doelHeading: 'Purpose of this look',
      doelGekozenKlant: 'Chosen customer',
      doel: 'Why are you looking at this customer’s data?',
      doelBeschrijving: 'The purpose is recorded with everything you look at; the customer can see it.',
      referentie: 'Reference (optional)',
      referentieBeschrijving: 'For example the number of the call or the report. At most 100 characters.',
      bevestigen: 'Confirm',
      terug: 'Back to the search results',
      kiesFout: {
        expired: 'This search result has expired. Search for the customer again.',
        network: 'There is no connection. Try again shortly.',
        other: 'The customer could not be chosen. Try again.',
      },
      huidigeKlant: 'Current customer',
      naam: 'Name',
      geboortedatum: 'Date of birth',
      doelLabel: 'Purpose',
      profielLabel: 'Role',
      referentieLabel: 'Reference',
      andereKlant: 'Choose another customer',
      beeindigFout: 'The customer could not be let go. Try again.',
      gekozen: (naam) => `${naam} has been chosen.`,
      beeindigd: 'The customer has been let go. You can find another customer.',
    },
  },
};
