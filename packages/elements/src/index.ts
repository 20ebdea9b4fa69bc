/**
 * `@klantbeeld/elements`: the element classes and their types, without registering anything.
 * Register them all with `import '@klantbeeld/elements/define'`, or one class under your own tag with
 * `KbStatusTracker.define('my-status-tracker')`.
 * @module
 */
export { KbProvider } from './provider/provider.element.js';
export { ProviderConfigError } from './provider/provider-config-error.js';
export type { JsonClientConfig } from './provider/json-config.js';
export { KbStatusTracker, type KbZaakChangeDetail, type KbZaakChangeEvent, type StatusTrackerData } from './status-tracker/status-tracker.element.js';
export { KbLopendeZaken, type LopendeZakenStatus } from './lopende-zaken/lopende-zaken.element.js';
export {
  KbContactHistory,
  type ContactHistoryData,
  type ContactHistoryEntry,
  type ContactHistoryTexts,
  type PastContact,
  type UpcomingAfspraak,
} from './contact-history/contact-history.element.js';
export { KbTaken, type KbTaakSelectDetail, type KbTaakSelectEvent, type TaakUrgentie, type TakenData } from './taken/taken.element.js';
export { KbProducten, type ProductenData } from './producten/producten.element.js';
export {
  KbTips,
  type KbTipDismissDetail,
  type KbTipDismissEvent,
  type KbTipsPersonalChangeDetail,
  type KbTipsPersonalChangeEvent,
  type TipsData,
} from './tips/tips.element.js';
export {
  KbPersoonsgegevens,
  formatBrpDatum,
  type BsnDisplay,
  type KbCorrectionSelectDetail,
  type KbCorrectionSelectEvent,
  type PersoonsgegevensBron,
  type PersoonsgegevensData,
} from './persoonsgegevens/persoonsgegevens.element.js';
export {
  KbZaakDetail,
  type ContactRoute,
  type KbDocumentDownloadDetail,
  type KbDocumentDownloadEvent,
  type ZaakDetail,
  type ZaakDetailData,
} from './zaak-detail/zaak-detail.element.js';
export { KbVerwerkingen, type KbPeriodChangeDetail, type KbPeriodChangeEvent } from './verwerkingen/verwerkingen.element.js';
export {
  KbKlantvoorkeuren,
  type KbVoorkeurChangeDetail,
  type KbVoorkeurChangeEvent,
  type KbVoorkeurErrorDetail,
  type KbVoorkeurErrorEvent,
  type KlantvoorkeurenData,
  type KlantvoorkeurWijziging,
} from './klantvoorkeuren/klantvoorkeuren.element.js';
export { KbKlantbeeld } from './klantbeeld/klantbeeld.element.js';
export type { KlantbeeldSectie, KlantbeeldTexts } from './klantbeeld/klantbeeld.texts.js';

export { KlantbeeldElement, VERSION, type EmitOptions } from './shared/klantbeeld-element.js';
export { KlantbeeldDataElement, type DataState } from './shared/data-element.js';
export { clientContext } from './shared/context.js';
export { registerTranslation, getTranslation, type Translation, type TranslationOverrides } from './shared/i18n.js';
export { nl } from './shared/locales/nl.js';
export { en } from './shared/locales/en.js';
export { formatDate } from './shared/format.js';
export { ConfigurationError } from './shared/configuration.js';
export type { HeadingLevel } from './shared/heading.js';
export type { KbZaakSelectDetail, KbZaakSelectEvent, KbErrorDetail, KbErrorEvent, KlantbeeldEventMap } from './shared/events.js';
