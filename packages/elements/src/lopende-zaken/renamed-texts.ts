/**
 * The `texts` keys of `<kb-lopende-zaken>` in 0.1 and where they are now (see `shared/deprecated-texts.ts`).
 * @module
 */
import type { RenamedTexts } from '../shared/deprecated-texts.js';

/** `zaaktype` and `zaakIdentificatie` were shared with `<kb-status-tracker>`: both tables have them. */
export const lopendeZakenRenamedTexts: RenamedTexts = [
  ['lopendeZakenHeading', 'lopendeZaken.heading'],
  ['afgerondeZakenHeading', 'lopendeZaken.afgerondeZaken'],
  ['lopendeZakenLoading', 'lopendeZaken.loading'],
  ['showAfgerondeZaken', 'lopendeZaken.toonAfgerond'],
  ['geenLopendeZaken', 'lopendeZaken.geenLopendeZaken'],
  ['meerZaken', 'lopendeZaken.meerZaken'],
  ['zakenGetoond', 'lopendeZaken.zakenGetoond'],
  ['geenZaken', 'lopendeZaken.geenZaken'],
  ['status', 'lopendeZaken.status'],
  ['noStatus', 'lopendeZaken.geenStatus'],
  ['sinds', 'lopendeZaken.sinds'],
  ['gestartOp', 'lopendeZaken.gestartOp'],
  ['afgerondOpLabel', 'lopendeZaken.afgerondOp'],
  ['behandelaar', 'lopendeZaken.behandelaar'],
  ['zaaktype', 'lopendeZaken.zaaktype'],
  ['zaakIdentificatie', 'lopendeZaken.zaaknummer'],
];
