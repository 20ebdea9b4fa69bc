/**
 * `@klantbeeld/elements`: the element classes and their types, without registering anything.
 * Register them all with `import '@klantbeeld/elements/define'`, or one class under your own tag with
 * `KbStatusTracker.define('my-status-tracker')`.
 * @module
 */
export { KbProvider } from './provider/provider.element.js';
export { KbStatusTracker, type StatusTrackerData } from './status-tracker/status-tracker.element.js';
export { KbLopendeZaken, type LopendeZakenStatus } from './lopende-zaken/lopende-zaken.element.js';
export { KbContactHistory, type ContactHistoryData, type ContactHistoryEntry, type ContactHistoryTexts, type PastContact, type UpcomingAfspraak } from './contact-history/contact-history.element.js';
export { KbTaken, type KbTaakSelectDetail, type KbTaakSelectEvent, type TaakUrgentie, type TakenData } from './taken/taken.element.js';
export { KbProducten, type ProductenData } from './producten/producten.element.js';

export { KlantbeeldElement, VERSION, type EmitOptions } from './shared/klantbeeld-element.js';
export { KlantbeeldDataElement, type DataState } from './shared/data-element.js';
export { clientContext } from './shared/context.js';
export {
  registerTranslation,
  getTranslation,
  type Translation,
  type TranslationOverrides,
} from './shared/i18n.js';
export { nl } from './shared/locales/nl.js';
export { en } from './shared/locales/en.js';
export { formatDate } from './shared/format.js';
export type { HeadingLevel } from './shared/heading.js';
export type {
  KbZaakSelectDetail,
  KbZaakSelectEvent,
  KbErrorDetail,
  KbErrorEvent,
  KlantbeeldEventMap,
} from './shared/events.js';
