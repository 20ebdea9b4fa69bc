import type { BuiltInTexts } from './i18n.js';

/** Labels of a zaak that `<kb-status-tracker>` and `<kb-lopende-zaken>` share. */
export const zaakLabelsTexts: BuiltInTexts<'zaaktype' | 'zaakIdentificatie'> = {
  nl: {
    zaaktype: 'Soort zaak',
    zaakIdentificatie: 'Zaaknummer',
  },
  en: {
    zaaktype: 'Type of case',
    zaakIdentificatie: 'Case number',
  },
};
