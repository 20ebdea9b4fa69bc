import type { BuiltInTexts, StatesTexts } from './i18n.js';

/**
 * The texts of the states a resident's working page does not show: what went wrong per kind of error (and `shielded`,
 * employee mode's "hidden for your role"), the outage message and note, missing configuration, and employee mode's
 * "choose a klant first".
 */
export type FailureTexts = Pick<StatesTexts, 'error' | 'outageTitle' | 'sessionTitle' | 'signIn' | 'outageNote' | 'configurationMissing' | 'noKlant'>;

/**
 * The failure states' texts, added to the built-in texts when those states load (`states.ts`, the provider's
 * `outage-alert.ts`), so that an element's first load carries none of them.
 */
export const failureTexts: BuiltInTexts<FailureTexts> = {
  nl: {
    error: {
      validation: 'Uw gegevens konden niet worden opgevraagd. Probeer het later opnieuw.',
      'not-authenticated': 'U bent niet (meer) ingelogd. Log opnieuw in om uw gegevens te zien.',
      forbidden: 'U heeft geen toegang tot deze gegevens.',
      shielded: 'Afgeschermd voor uw rol',
      'not-found': 'De gegevens zijn niet gevonden.',
      'rate-limited': 'Er worden op dit moment te veel verzoeken gedaan. Probeer het over een paar minuten opnieuw.',
      server: 'Uw gegevens kunnen nu niet worden opgehaald door een storing. Probeer het later opnieuw.',
      network: 'Er is geen verbinding. Controleer uw internetverbinding en probeer het opnieuw.',
      timeout: 'Het ophalen van uw gegevens duurt te lang. Probeer het opnieuw.',
      'invalid-response': 'Uw gegevens konden niet worden gelezen. Probeer het later opnieuw.',
      'unconfigured-origin': 'Deze gegevens staan bij een organisatie waarmee deze website niet is verbonden.',
      unknown: 'Er ging iets mis. Probeer het later opnieuw.',
    },
    outageTitle: 'Er is een storing',
    sessionTitle: 'U bent niet meer ingelogd',
    signIn: 'Opnieuw inloggen',
    outageNote: 'Niet beschikbaar door de storing die bovenaan wordt gemeld.',
    configurationMissing: (attributes) => `Dit onderdeel is nog niet ingesteld: ${attributes} ontbreekt.`,
    noKlant: 'Kies eerst een klant',
  },
  en: {
    error: {
      validation: 'Your information could not be requested. Please try again later.',
      'not-authenticated': 'You are not (or no longer) logged in. Please log in again to see your information.',
      forbidden: 'You do not have access to this information.',
      shielded: 'Hidden for your role',
      'not-found': 'The information was not found.',
      'rate-limited': 'Too many requests are being made right now. Please try again in a few minutes.',
      server: 'Your information cannot be retrieved right now because of a disruption. Please try again later.',
      network: 'There is no connection. Please check your internet connection and try again.',
      timeout: 'Retrieving your information is taking too long. Please try again.',
      'invalid-response': 'Your information could not be read. Please try again later.',
      'unconfigured-origin': 'This information is held by an organisation this website is not connected to.',
      unknown: 'Something went wrong. Please try again later.',
    },
    outageTitle: 'There is a disruption',
    sessionTitle: 'You are no longer logged in',
    signIn: 'Log in again',
    outageNote: 'Not available because of the disruption reported above.',
    configurationMissing: (attributes) => `This part has not been set up yet: ${attributes} is missing.`,
    noKlant: 'Choose a klant first',
  },
};
