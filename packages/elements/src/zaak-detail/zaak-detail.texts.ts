import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-zaak-detail>` (`texts.zaakDetail`). */
export interface ZaakDetailTexts {
  /** Heading while there is no case to name (loading, error, not found, no case chosen). */
  readonly heading: string;
  readonly loading: string;
  readonly notFound: string;
  readonly zaaktype: string;
  readonly zaaknummer: string;
  readonly startdatum: string;
  readonly einddatum: string;
  readonly resultaat: string;
  /** Heading of the status steps. */
  readonly status: string;
  /** Name of the list of messages under the current step (Open Zaak substatussen). */
  readonly berichten: string;
  /** Heading of the term. */
  readonly termijn: string;
  readonly verwachteEinddatum: string;
  readonly uiterlijkeEinddatum: string;
  /** The term in words; `datum` is the date that matters, formatted. */
  readonly stand: {
    readonly opTijd: (datum: string) => string;
    readonly laterDanGepland: (uiterlijk: string) => string;
    readonly teLaat: (datum: string) => string;
    readonly opgeschort: string;
    readonly afgerondOpTijd: string;
    readonly afgerondTeLaat: string;
  };
  readonly eerderOpgeschort: string;
  readonly verlengd: (duur: string) => string;
  readonly reden: (reden: string) => string;
  readonly duur: {
    readonly jaren: (aantal: number) => string;
    readonly maanden: (aantal: number) => string;
    readonly weken: (aantal: number) => string;
    readonly dagen: (aantal: number) => string;
    /** Joins the parts, e.g. "1 maand en 2 weken". */
    readonly en: string;
  };
  readonly besluiten: string;
  readonly besluit: string;
  /** Under the besluiten when the case has more than are shown (`getoond`: how many are). */
  readonly meerBesluiten: (getoond: number) => string;
  readonly besluitdatum: string;
  readonly ingangsdatum: string;
  readonly vervaldatum: string;
  readonly bezwaarTot: (datum: string) => string;
  readonly bezwaarVerstreken: (datum: string) => string;
  readonly documenten: string;
  readonly geenDocumenten: string;
  readonly documentSoort: string;
  readonly documentDatum: string;
  readonly nietDigitaal: string;
  readonly downloadBezig: (titel: string) => string;
  readonly downloadKlaar: (titel: string) => string;
  readonly downloadFout: (titel: string) => string;
  /** A part (documents, besluiten, messages) that could not be loaded; the rest is shown. */
  readonly nietGeladen: string;
  /** Employee mode: a part (the documents, the besluiten) the employee's role does not grant. */
  readonly afgeschermd: string;
  /** Heading of behandelaar and contact route. */
  readonly contact: string;
  readonly behandeldDoor: (naam: string) => string;
  readonly contactVia: (label: string) => string;
  readonly bel: (telefoon: string) => string;
  readonly contactLink: string;
  readonly openingstijden: (tijden: string) => string;
  readonly noemZaaknummer: (zaaknummer: string) => string;
}

/** The texts of `<kb-zaak-detail>` in Dutch and English (overridable through `texts.zaakDetail`). */
export const zaakDetailTexts: BuiltInTexts<{ readonly zaakDetail: ZaakDetailTexts }> = {
  nl: {
    zaakDetail: {
      heading: 'Uw zaak',
      loading: 'Uw zaak wordt geladen…',
      notFound: 'Deze zaak is niet gevonden.',
      zaaktype: 'Soort zaak',
      zaaknummer: 'Zaaknummer',
      startdatum: 'Gestart op',
      einddatum: 'Afgerond op',
      resultaat: 'Resultaat',
      status: 'Status',
      berichten: 'Berichten over deze stap',
      termijn: 'Termijn',
      verwachteEinddatum: 'Verwachte einddatum',
      uiterlijkeEinddatum: 'Uiterlijke einddatum',
      stand: {
        opTijd: (datum) => `Op tijd: we verwachten uw zaak uiterlijk ${datum} af te ronden.`,
        laterDanGepland: (uiterlijk) => `Dit duurt langer dan gepland, maar het is nog op tijd: de termijn loopt tot en met ${uiterlijk}.`,
        teLaat: (datum) => `Te laat: de termijn is verstreken op ${datum}.`,
        opgeschort: 'De termijn staat stil: de behandeling van uw zaak is opgeschort.',
        afgerondOpTijd: 'Op tijd afgerond.',
        afgerondTeLaat: 'Na de termijn afgerond.',
      },
      eerderOpgeschort: 'De behandeling is eerder opgeschort geweest.',
      verlengd: (duur) => `De termijn is verlengd met ${duur}.`,
      reden: (reden) => `Reden: ${reden}`,
      duur: {
        jaren: (aantal) => (aantal === 1 ? '1 jaar' : `${aantal} jaar`),
        maanden: (aantal) => (aantal === 1 ? '1 maand' : `${aantal} maanden`),
        weken: (aantal) => (aantal === 1 ? '1 week' : `${aantal} weken`),
        dagen: (aantal) => (aantal === 1 ? '1 dag' : `${aantal} dagen`),
        en: 'en',
      },
      besluiten: 'Besluiten',
      besluit: 'Besluit',
      meerBesluiten: (getoond) => `Hier staan de eerste ${getoond} besluiten; deze zaak heeft er meer.`,
      besluitdatum: 'Besloten op',
      ingangsdatum: 'Geldig vanaf',
      vervaldatum: 'Geldig tot en met',
      bezwaarTot: (datum) => `U kunt tot en met ${datum} bezwaar maken.`,
      bezwaarVerstreken: (datum) => `De termijn voor bezwaar is verstreken op ${datum}.`,
      documenten: 'Documenten',
      geenDocumenten: 'Er zijn nog geen documenten die u kunt inzien.',
      documentSoort: 'Soort document',
      documentDatum: 'Datum',
      nietDigitaal: 'Niet digitaal beschikbaar',
      downloadBezig: (titel) => `${titel} wordt gedownload…`,
      downloadKlaar: (titel) => `${titel} is gedownload.`,
      downloadFout: (titel) => `${titel} kon niet worden gedownload. Probeer het later opnieuw.`,
      nietGeladen: 'Dit onderdeel kon niet worden geladen.',
      afgeschermd: 'Afgeschermd voor uw rol',
      contact: 'Contact',
      behandeldDoor: (naam) => `Uw zaak wordt behandeld door ${naam}.`,
      contactVia: (label) => `Heeft u een vraag? Neem contact op met ${label}.`,
      bel: (telefoon) => `Bel ${telefoon}`,
      contactLink: 'Stel uw vraag online',
      openingstijden: (tijden) => `Bereikbaar: ${tijden}`,
      noemZaaknummer: (zaaknummer) => `Noem uw zaaknummer ${zaaknummer}.`,
    },
  },
  en: {
    zaakDetail: {
      heading: 'Your case',
      loading: 'Loading your case…',
      notFound: 'This case was not found.',
      zaaktype: 'Type of case',
      zaaknummer: 'Case number',
      startdatum: 'Started on',
      einddatum: 'Completed on',
      resultaat: 'Outcome',
      status: 'Status',
      berichten: 'Messages about this step',
      termijn: 'Term',
      verwachteEinddatum: 'Expected end date',
      uiterlijkeEinddatum: 'Final end date',
      stand: {
        opTijd: (datum) => `On time: we expect to complete your case by ${datum}.`,
        laterDanGepland: (uiterlijk) => `This is taking longer than planned, but it is still on time: the term runs until ${uiterlijk}.`,
        teLaat: (datum) => `Late: the term ended on ${datum}.`,
        opgeschort: 'The clock is stopped: the handling of your case is suspended.',
        afgerondOpTijd: 'Completed on time.',
        afgerondTeLaat: 'Completed after the term.',
      },
      eerderOpgeschort: 'The handling was suspended before.',
      verlengd: (duur) => `The term has been extended by ${duur}.`,
      reden: (reden) => `Reason: ${reden}`,
      duur: {
        jaren: (aantal) => (aantal === 1 ? '1 year' : `${aantal} years`),
        maanden: (aantal) => (aantal === 1 ? '1 month' : `${aantal} months`),
        weken: (aantal) => (aantal === 1 ? '1 week' : `${aantal} weeks`),
        dagen: (aantal) => (aantal === 1 ? '1 day' : `${aantal} days`),
        en: 'and',
      },
      besluiten: 'Decisions',
      besluit: 'Decision',
      meerBesluiten: (getoond) => `These are the first ${getoond} decisions; this case has more.`,
      besluitdatum: 'Decided on',
      ingangsdatum: 'Valid from',
      vervaldatum: 'Valid until',
      bezwaarTot: (datum) => `You can object until ${datum} inclusive.`,
      bezwaarVerstreken: (datum) => `The term to object ended on ${datum}.`,
      documenten: 'Documents',
      geenDocumenten: 'There are no documents you can view yet.',
      documentSoort: 'Type of document',
      documentDatum: 'Date',
      nietDigitaal: 'Not available digitally',
      downloadBezig: (titel) => `Downloading ${titel}…`,
      downloadKlaar: (titel) => `${titel} has been downloaded.`,
      downloadFout: (titel) => `${titel} could not be downloaded. Please try again later.`,
      nietGeladen: 'This part could not be loaded.',
      afgeschermd: 'Hidden for your role',
      contact: 'Contact',
      behandeldDoor: (naam) => `Your case is handled by ${naam}.`,
      contactVia: (label) => `Any questions? Contact ${label}.`,
      bel: (telefoon) => `Call ${telefoon}`,
      contactLink: 'Ask your question online',
      openingstijden: (tijden) => `Available: ${tijden}`,
      noemZaaknummer: (zaaknummer) => `Mention your case number ${zaaknummer}.`,
    },
  },
};
