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

/** English. Every text of every element, built from the elements' own texts (`<name>.texts.ts`); for apps. */
export const en: Translation = {
  ...statesTexts.en,
  ...failureTexts.en,
  ...statusTrackerTexts.en,
  ...lopendeZakenTexts.en,
  ...takenTexts.en,
  ...tipsTexts.en,
  ...productenTexts.en,
  ...contactHistoryTexts.en,
  ...persoonsgegevensTexts.en,
  ...verwerkingenTexts.en,
  ...klantvoorkeurenTexts.en,
  ...zaakDetailTexts.en,
};
