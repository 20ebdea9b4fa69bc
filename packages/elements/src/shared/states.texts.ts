import type { BuiltInTexts, StatesTexts } from './i18n.js';

/** The texts of the loading and error states every element shares, and the language's name. */
export const statesTexts: BuiltInTexts<StatesTexts> = {
  nl: {
    $code: 'nl',
    $name: 'Nederlands',
    $dir: 'ltr',
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    errorTitle: 'Er ging iets mis',
    error: {
      validation: 'Uw gegevens konden niet worden opgevraagd. Probeer het later opnieuw.',
      'not-authenticated': 'U bent niet (meer) ingelogd. Log opnieuw in om uw gegevens te zien.',
      forbidden: 'U heeft geen toegang tot deze gegevens.',
      'not-found': 'De gegevens zijn niet gevonden.',
      'rate-limited': 'Er worden op dit moment te veel verzoeken gedaan. Probeer het over een paar minuten opnieuw.',
      server: 'Uw gegevens kunnen nu niet worden opgehaald door een storing. Probeer het later opnieuw.',
      network: 'Er is geen verbinding. Controleer uw internetverbinding en probeer het opnieuw.',
      timeout: 'Het ophalen van uw gegevens duurt te lang. Probeer het opnieuw.',
      'invalid-response': 'Uw gegevens konden niet worden gelezen. Probeer het later opnieuw.',
      'unconfigured-origin': 'Deze gegevens staan bij een organisatie waarmee deze website niet is verbonden.',
      unknown: 'Er ging iets mis. Probeer het later opnieuw.',
    },
  },
  en: {
    $code: 'en',
    $name: 'English',
    $dir: 'ltr',
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    error: {
      validation: 'Your information could not be requested. Please try again later.',
      'not-authenticated': 'You are not (or no longer) logged in. Please log in again to see your information.',
      forbidden: 'You do not have access to this information.',
      'not-found': 'The information was not found.',
      'rate-limited': 'Too many requests are being made right now. Please try again in a few minutes.',
      server: 'Your information cannot be retrieved right now because of a disruption. Please try again later.',
      network: 'There is no connection. Please check your internet connection and try again.',
      timeout: 'Retrieving your information is taking too long. Please try again.',
      'invalid-response': 'Your information could not be read. Please try again later.',
      'unconfigured-origin': 'This information is held by an organisation this website is not connected to.',
      unknown: 'Something went wrong. Please try again later.',
    },
  },
};
