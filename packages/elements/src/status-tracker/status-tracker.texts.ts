import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-status-tracker>` (`texts.statusTracker`). */
export interface StatusTrackerTexts {
  /** Heading while there is no case to name (loading, error, not found, no case chosen). */
  readonly heading: string;
  readonly loading: string;
  readonly notFound: string;
  readonly zaaktype: string;
  readonly zaaknummer: string;
  /** Name of the list of steps. */
  readonly stappen: string;
  /** Each step's state, for screen readers. */
  readonly stapAfgerond: string;
  readonly huidigeStap: string;
  readonly nogNiet: string;
  readonly nogGeenStatus: string;
  readonly geenStappen: string;
  readonly startdatum: string;
  readonly afgerondOp: (datum: string) => string;
  readonly resultaat: string;
  readonly behandeldDoor: (naam: string) => string;
  readonly verwachteEinddatum: string;
  readonly uiterlijkeEinddatum: string;
  /** Announced politely when the current step changes, e.g. "In behandeling → Besluit genomen". */
  readonly statusGewijzigd: (van: string, naar: string) => string;
  /** Announced when the first status is set. */
  readonly statusGezet: (naar: string) => string;
  /** Heading of the nested list of deelzaken. */
  readonly onderdelen: string;
  /** Heading of the nested list of relevante andere zaken. */
  readonly gerelateerd: string;
  /** Heading of the hoofdzaak of a deelzaak. */
  readonly hoofdzaak: string;
  /** Who handles a related zaak, e.g. "bij Omgevingsdienst Voorbeeldregio". */
  readonly bij: (organisatie: string) => string;
  /** A related zaak's current status. */
  readonly huidigeStatus: (status: string) => string;
  readonly geenStatus: string;
  readonly afgerond: string;
  /** A deelzaak this site cannot show (another organisation it is not connected to). */
  readonly onbereikbaarOnderdeel: string;
  /** A relevante andere zaak this site cannot show. */
  readonly onbereikbareZaak: string;
}

/** The texts of `<kb-status-tracker>` in Dutch and English. */
export const statusTrackerTexts: BuiltInTexts<{ readonly statusTracker: StatusTrackerTexts }> = {
  nl: {
    statusTracker: {
      heading: 'Status van uw zaak',
      loading: 'De status van uw zaak wordt geladen…',
      notFound: 'Deze zaak is niet gevonden.',
      zaaktype: 'Soort zaak',
      zaaknummer: 'Zaaknummer',
      stappen: 'Voortgang',
      stapAfgerond: 'afgerond',
      huidigeStap: 'huidige stap',
      nogNiet: 'nog niet',
      nogGeenStatus: 'Deze zaak heeft nog geen status.',
      geenStappen: 'Voor deze zaak zijn geen stappen bekend.',
      startdatum: 'Startdatum',
      afgerondOp: (datum) => `Deze zaak is afgerond op ${datum}.`,
      resultaat: 'Resultaat',
      behandeldDoor: (naam) => `Behandeld door ${naam}`,
      verwachteEinddatum: 'Verwachte einddatum',
      uiterlijkeEinddatum: 'Uiterlijke einddatum',
      statusGewijzigd: (van, naar) => `De status van uw zaak is gewijzigd van ${van} naar ${naar}.`,
      statusGezet: (naar) => `De status van uw zaak is gewijzigd naar ${naar}.`,
      onderdelen: 'Onderdelen van deze zaak',
      gerelateerd: 'Zaken die hiermee te maken hebben',
      hoofdzaak: 'Deze zaak is een onderdeel van',
      bij: (organisatie) => `bij ${organisatie}`,
      huidigeStatus: (status) => `Status: ${status}`,
      geenStatus: 'Nog geen status',
      afgerond: 'Afgerond',
      onbereikbaarOnderdeel: 'Een onderdeel bij een andere organisatie',
      onbereikbareZaak: 'Een zaak bij een andere organisatie',
    },
  },
  en: {
    statusTracker: {
      heading: 'Status of your case',
      loading: 'Loading the status of your case…',
      notFound: 'This case was not found.',
      zaaktype: 'Type of case',
      zaaknummer: 'Case number',
      stappen: 'Progress',
      stapAfgerond: 'completed',
      huidigeStap: 'current step',
      nogNiet: 'not yet',
      nogGeenStatus: 'This case has no status yet.',
      geenStappen: 'No steps are known for this case.',
      startdatum: 'Start date',
      afgerondOp: (datum) => `This case was completed on ${datum}.`,
      resultaat: 'Outcome',
      behandeldDoor: (naam) => `Handled by ${naam}`,
      verwachteEinddatum: 'Expected end date',
      uiterlijkeEinddatum: 'Final end date',
      statusGewijzigd: (van, naar) => `The status of your case has changed from ${van} to ${naar}.`,
      statusGezet: (naar) => `The status of your case has changed to ${naar}.`,
      onderdelen: 'Parts of this case',
      gerelateerd: 'Related cases',
      hoofdzaak: 'This case is part of',
      bij: (organisatie) => `at ${organisatie}`,
      huidigeStatus: (status) => `Status: ${status}`,
      geenStatus: 'No status yet',
      afgerond: 'Completed',
      onbereikbaarOnderdeel: 'A part handled by another organisation',
      onbereikbareZaak: 'A case at another organisation',
    },
  },
};
