import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-lopende-zaken>` in Dutch and English. */
export const lopendeZakenTexts: BuiltInTexts<
  | 'lopendeZakenHeading'
  | 'afgerondeZakenHeading'
  | 'lopendeZakenLoading'
  | 'showAfgerondeZaken'
  | 'geenLopendeZaken'
  | 'meerZaken'
  | 'zakenGetoond'
  | 'geenZaken'
  | 'status'
  | 'noStatus'
  | 'sinds'
  | 'gestartOp'
  | 'afgerondOpLabel'
  | 'behandelaar'
> = {
  nl: {
    lopendeZakenHeading: 'Lopende zaken',
    afgerondeZakenHeading: 'Afgeronde zaken',
    lopendeZakenLoading: 'Uw zaken worden geladen…',
    showAfgerondeZaken: 'Toon ook afgeronde zaken',
    geenLopendeZaken: 'U heeft geen lopende zaken.',
    meerZaken: 'Toon meer zaken',
    zakenGetoond: (getoond, totaal) => `${getoond} van ${totaal} zaken getoond`,
    geenZaken: 'U heeft geen zaken.',
    status: 'Status',
    noStatus: 'Nog geen status',
    sinds: 'Sinds',
    gestartOp: 'Gestart op',
    afgerondOpLabel: 'Afgerond op',
    behandelaar: 'Behandelaar',
  },
  en: {
    lopendeZakenHeading: 'Ongoing cases',
    afgerondeZakenHeading: 'Completed cases',
    lopendeZakenLoading: 'Loading your cases…',
    showAfgerondeZaken: 'Also show completed cases',
    geenLopendeZaken: 'You have no ongoing cases.',
    meerZaken: 'Show more cases',
    zakenGetoond: (getoond, totaal) => `${getoond} of ${totaal} cases shown`,
    geenZaken: 'You have no cases.',
    status: 'Status',
    noStatus: 'No status yet',
    sinds: 'Since',
    gestartOp: 'Started on',
    afgerondOpLabel: 'Completed on',
    behandelaar: 'Handled by',
  },
};
