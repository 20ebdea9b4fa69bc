import type { BuiltInTexts, StatesTexts } from './i18n.js';
import type { FailureTexts } from './failure.texts.js';

/**
 * The texts of the states every element shares, and the language's name; the texts of the failure states (which a
 * working page does not show) load with those states, from `failure.texts.ts`.
 */
export const statesTexts: BuiltInTexts<Omit<StatesTexts, keyof FailureTexts>> = {
  nl: {
    $code: 'nl',
    $name: 'Nederlands',
    $dir: 'ltr',
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    errorTitle: 'Er ging iets mis',
    noCase: 'Er is geen zaak om te tonen.',
  },
  en: {
    $code: 'en',
    $name: 'English',
    $dir: 'ltr',
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    noCase: 'There is no case to show.',
  },
};
