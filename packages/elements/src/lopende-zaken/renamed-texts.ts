/**
 * The `texts` keys of `<kb-lopende-zaken>` in 0.1 and where they are now (see `shared/deprecated-texts.ts`).
 * @module
 */
import type { RenamedTexts } from '../shared/deprecated-texts.js';

/** `zaaktype` and `zaakIdentificatie` were shared with `<kb-status-tracker>`: both tables have them. */
export const lopendeZakenRenamedTexts: RenamedTexts = {
  namespace: 'lopendeZaken',
  keys:
    'lopendeZakenHeading:heading afgerondeZakenHeading:afgerondeZaken lopendeZakenLoading:loading showAfgerondeZaken:toonAfgerond ' +
    'geenLopendeZaken meerZaken zakenGetoond geenZaken status noStatus:geenStatus sinds gestartOp afgerondOpLabel:afgerondOp ' +
    'behandelaar zaaktype zaakIdentificatie:zaaknummer',
};
