import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-lopende-zaken>` (`texts.lopendeZaken`). */
export interface LopendeZakenTexts {
  readonly heading: string;
  readonly loading: string;
  /** Heading of the second list. */
  readonly afgerondeZaken: string;
  /** The toggle that also shows the completed cases. */
  readonly toonAfgerond: string;
  readonly geenLopendeZaken: string;
  readonly geenZaken: string;
  /** The button under a list that shows more cases. */
  readonly meerZaken: string;
  readonly zakenGetoond: (getoond: string, totaal: string) => string;
  readonly zaaktype: string;
  readonly zaaknummer: string;
  readonly status: string;
  readonly geenStatus: string;
  readonly sinds: string;
  readonly gestartOp: string;
  readonly afgerondOp: string;
  readonly behandelaar: string;
}

/** The texts of `<kb-lopende-zaken>` in Dutch and English. */
export const lopendeZakenTexts: BuiltInTexts<{ readonly lopendeZaken: LopendeZakenTexts }> = {
  nl: {
    lopendeZaken: {
      heading: 'Lopende zaken',
      loading: 'Uw zaken worden geladen…',
      afgerondeZaken: 'Afgeronde zaken',
      toonAfgerond: 'Toon ook afgeronde zaken',
      geenLopendeZaken: 'U heeft geen lopende zaken.',
      geenZaken: 'U heeft geen zaken.',
      meerZaken: 'Toon meer zaken',
      zakenGetoond: (getoond, totaal) => `${getoond} van ${totaal} zaken getoond`,
      zaaktype: 'Soort zaak',
      zaaknummer: 'Zaaknummer',
      status: 'Status',
      geenStatus: 'Nog geen status',
      sinds: 'Sinds',
      gestartOp: 'Gestart op',
      afgerondOp: 'Afgerond op',
      behandelaar: 'Behandelaar',
    },
  },
  en: {
    lopendeZaken: {
      heading: 'Ongoing cases',
      loading: 'Loading your cases…',
      afgerondeZaken: 'Completed cases',
      toonAfgerond: 'Also show completed cases',
      geenLopendeZaken: 'You have no ongoing cases.',
      geenZaken: 'You have no cases.',
      meerZaken: 'Show more cases',
      zakenGetoond: (getoond, totaal) => `${getoond} of ${totaal} cases shown`,
      zaaktype: 'Type of case',
      zaaknummer: 'Case number',
      status: 'Status',
      geenStatus: 'No status yet',
      sinds: 'Since',
      gestartOp: 'Started on',
      afgerondOp: 'Completed on',
      behandelaar: 'Handled by',
    },
  },
};
