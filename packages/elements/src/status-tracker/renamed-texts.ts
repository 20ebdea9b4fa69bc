/**
 * The `texts` keys of `<kb-status-tracker>` in 0.1 and where they are now (see `shared/deprecated-texts.ts`).
 * @module
 */
import type { RenamedTexts } from '../shared/deprecated-texts.js';

/** `zaaktype` and `zaakIdentificatie` were shared with `<kb-lopende-zaken>`: both tables have them. */
export const statusTrackerRenamedTexts: RenamedTexts = [
  ['statusTrackerLoading', 'statusTracker.loading'],
  ['zaakNotFound', 'statusTracker.notFound'],
  ['zaaktype', 'statusTracker.zaaktype'],
  ['zaakIdentificatie', 'statusTracker.zaaknummer'],
  ['steps', 'statusTracker.stappen'],
  ['stepDone', 'statusTracker.stapAfgerond'],
  ['stepCurrent', 'statusTracker.huidigeStap'],
  ['stepUpcoming', 'statusTracker.nogNiet'],
  ['noStatusYet', 'statusTracker.nogGeenStatus'],
  ['noSteps', 'statusTracker.geenStappen'],
  ['startdatum', 'statusTracker.startdatum'],
  ['afgerondOp', 'statusTracker.afgerondOp'],
  ['resultaat', 'statusTracker.resultaat'],
  ['behandeldDoor', 'statusTracker.behandeldDoor'],
  ['verwachteEinddatum', 'statusTracker.verwachteEinddatum'],
  ['uiterlijkeEinddatum', 'statusTracker.uiterlijkeEinddatum'],
  ['statusTrackerLive.statusChanged', 'statusTracker.statusGewijzigd'],
  ['statusTrackerLive.statusSet', 'statusTracker.statusGezet'],
  ['statusTrackerLive.onderdelen', 'statusTracker.onderdelen'],
  ['statusTrackerLive.gerelateerd', 'statusTracker.gerelateerd'],
  ['statusTrackerLive.hoofdzaak', 'statusTracker.hoofdzaak'],
  ['statusTrackerLive.bij', 'statusTracker.bij'],
  ['statusTrackerLive.huidigeStatus', 'statusTracker.huidigeStatus'],
  ['statusTrackerLive.geenStatus', 'statusTracker.geenStatus'],
  ['statusTrackerLive.afgerond', 'statusTracker.afgerond'],
  ['statusTrackerLive.onbereikbaarOnderdeel', 'statusTracker.onbereikbaarOnderdeel'],
  ['statusTrackerLive.onbereikbareZaak', 'statusTracker.onbereikbareZaak'],
];
