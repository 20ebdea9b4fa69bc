/**
 * The `texts` keys of `<kb-status-tracker>` in 0.1 and where they are now (see `shared/deprecated-texts.ts`).
 * @module
 */
import type { RenamedTexts } from '../shared/deprecated-texts.js';

const LIVE = 'statusTrackerLive.';

/** `zaaktype` and `zaakIdentificatie` were shared with `<kb-lopende-zaken>`: both tables have them. */
export const statusTrackerRenamedTexts: RenamedTexts = {
  namespace: 'statusTracker',
  keys:
    'statusTrackerLoading:loading zaakNotFound:notFound zaaktype zaakIdentificatie:zaaknummer steps:stappen stepDone:stapAfgerond ' +
    'stepCurrent:huidigeStap stepUpcoming:nogNiet noStatusYet:nogGeenStatus noSteps:geenStappen startdatum afgerondOp resultaat ' +
    'behandeldDoor verwachteEinddatum uiterlijkeEinddatum ' +
    [
      'statusChanged:statusGewijzigd',
      'statusSet:statusGezet',
      'onderdelen',
      'gerelateerd',
      'hoofdzaak',
      'bij',
      'huidigeStatus',
      'geenStatus',
      'afgerond',
      'onbereikbaarOnderdeel',
      'onbereikbareZaak',
    ]
      .map((key) => LIVE + key)
      .join(' '),
};
