import type { Translation } from '../i18n.js';
import { statesTexts } from '../states.texts.js';
import { failureTexts } from '../failure.texts.js';
import { statusTrackerTexts } from '../../status-tracker/status-tracker.texts.js';
import { lopendeZakenTexts } from '../../lopende-zaken/lopende-zaken.texts.js';
import { takenTexts } from '../../taken/taken.texts.js';
import { tipsTexts } from '../../tips/tips.texts.js';
import { productenTexts } from '../../producten/producten.texts.js';
import { contactHistoryTexts } from '../../contact-history/contact-history.texts.js';
import { persoonsgegevensTexts } from '../../persoonsgegevens/persoonsgegevens.texts.js';
import { verwerkingenTexts } from '../../verwerkingen/verwerkingen.texts.js';
import { klantvoorkeurenTexts } from '../../klantvoorkeuren/klantvoorkeuren.texts.js';
import { zaakDetailTexts } from '../../zaak-detail/zaak-detail.texts.js';

/** Dutch: the source language. Every text of every element, built from the elements' own texts (`<name>.texts.ts`); for apps. */
export const nl: Translation = {
  ...statesTexts.nl,
  ...failureTexts.nl,
  ...statusTrackerTexts.nl,
  ...lopendeZakenTexts.nl,
  ...takenTexts.nl,
  ...tipsTexts.nl,
  ...productenTexts.nl,
  ...contactHistoryTexts.nl,
  ...persoonsgegevensTexts.nl,
  ...verwerkingenTexts.nl,
  ...klantvoorkeurenTexts.nl,
  ...zaakDetailTexts.nl,
};
