import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-status-tracker>` in Dutch and English. */
export const statusTrackerTexts: BuiltInTexts<
  | 'statusTrackerLoading'
  | 'zaakNotFound'
  | 'steps'
  | 'stepDone'
  | 'stepCurrent'
  | 'stepUpcoming'
  | 'noStatusYet'
  | 'noSteps'
  | 'startdatum'
  | 'afgerondOp'
  | 'resultaat'
  | 'behandeldDoor'
  | 'verwachteEinddatum'
  | 'uiterlijkeEinddatum'
  | 'statusTrackerLive'
> = {
  nl: {
    statusTrackerLoading: 'De status van uw zaak wordt geladen…',
    zaakNotFound: 'Deze zaak is niet gevonden.',
    steps: 'Voortgang',
    stepDone: 'afgerond',
    stepCurrent: 'huidige stap',
    stepUpcoming: 'nog niet',
    noStatusYet: 'Deze zaak heeft nog geen status.',
    noSteps: 'Voor deze zaak zijn geen stappen bekend.',
    startdatum: 'Startdatum',
    afgerondOp: (datum) => `Deze zaak is afgerond op ${datum}.`,
    resultaat: 'Resultaat',
    behandeldDoor: (naam) => `Behandeld door ${naam}`,
    verwachteEinddatum: 'Verwachte einddatum',
    uiterlijkeEinddatum: 'Uiterlijke einddatum',
    statusTrackerLive: {
      statusChanged: (van, naar) => `De status van uw zaak is gewijzigd: ${van} → ${naar}`,
      statusSet: (naar) => `De status van uw zaak is gewijzigd: ${naar}`,
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
    statusTrackerLoading: 'Loading the status of your case…',
    zaakNotFound: 'This case was not found.',
    steps: 'Progress',
    stepDone: 'completed',
    stepCurrent: 'current step',
    stepUpcoming: 'not yet',
    noStatusYet: 'This case has no status yet.',
    noSteps: 'No steps are known for this case.',
    startdatum: 'Start date',
    afgerondOp: (datum) => `This case was completed on ${datum}.`,
    resultaat: 'Outcome',
    behandeldDoor: (naam) => `Handled by ${naam}`,
    verwachteEinddatum: 'Expected end date',
    uiterlijkeEinddatum: 'Final end date',
    statusTrackerLive: {
      statusChanged: (van, naar) => `The status of your case has changed: ${van} → ${naar}`,
      statusSet: (naar) => `The status of your case has changed: ${naar}`,
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
