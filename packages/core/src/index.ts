/**
 * `@klantbeeld/core`: a typed, framework-free client for the Dutch standard APIs (Zaken, Catalogi)
 * and the view models of a resident's integraal klantbeeld. Re-exports only.
 * @module
 */
export { createClient, type KlantbeeldClient } from './client.js';
export type { EventStreamOptions, HttpMethod, SendOptions, SourceInfo } from './client.js';
export {
  API_NAMES,
  GATEWAY_PATHS,
  MAX_LIST_ITEMS,
  MAX_LIST_PAGES,
  type ApiName,
  type ClientConfig,
  type RequestOptions,
  type SourceConfig,
} from './transport/config.js';
export type { SourceList } from './transport/config.js';
export {
  ForbiddenError,
  InvalidResponseError,
  KlantbeeldError,
  NetworkError,
  NotAuthenticatedError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnconfiguredOriginError,
  ValidationError,
  isKlantbeeldError,
  type ErrorKind,
  type InvalidParam,
  type KlantbeeldErrorOptions,
  type Problem,
} from './transport/errors.js';
export { isUuid, lastPathSegment, uuidInUrl, uuidOfReference, type JsonObject } from './klantbeeld/read.js';
export { OutageMonitor, type Outage } from './klantbeeld/outage.js';
export { TIME_ZONE, dateLocale, dutchDay, dutchDayNumber, instant } from './klantbeeld/dates.js';

export {
  findZaken,
  findZakenPage,
  getResultaat,
  getRollen,
  getStatus,
  getStatussen,
  getZaakResource,
  type ApiOptions,
  type Resultaat,
  type Rol,
  type Status,
  type ZaakExpand,
  type ZakenQuery,
} from './apis/zaken.js';
export {
  getResultaattype,
  getResultaattypen,
  getRoltypen,
  getStatustype,
  getStatustypen,
  getZaaktype,
  type ResultaatType,
  type RolType,
  type StatusType,
  type ZaakType,
} from './apis/catalogi.js';
export {
  getSubstatussen,
  getZaakbesluiten,
  getZaakinformatieobjecten,
  zoekZaken,
  type SubStatus,
  type ZaakBesluit,
  type ZaakInformatieObject,
  type ZaakZoekBody,
} from './apis/zaken.js';
export {
  getBesluittype,
  getInformatieobjecttype,
  listBesluittypen,
  listInformatieobjecttypen,
  type BesluitType,
  type InformatieObjectType,
} from './apis/catalogi.js';
export { zoekAll, type ZoekOptions } from './apis/zoek.js';
export {
  ZOEK_BATCH_SIZE,
  downloadEnkelvoudigInformatieobject,
  getEnkelvoudigInformatieobject,
  zoekEnkelvoudigInformatieobjecten,
  type EnkelvoudigInformatieObject,
} from './apis/documenten.js';
export { findBesluiten, getBesluit, getBesluitinformatieobjecten, type Besluit, type BesluitInformatieObject } from './apis/besluiten.js';
export { VERTROUWELIJKHEIDAANDUIDINGEN, withinVertrouwelijkheid, type Vertrouwelijkheidaanduiding } from './klantbeeld/vertrouwelijkheid.js';
export {
  downloadDocument,
  isDocumentVisible,
  listZaakDocumenten,
  type DocumentView,
  type DownloadDocumentOptions,
  type ListZaakDocumentenOptions,
} from './klantbeeld/documenten.js';
export {
  listBesluiten,
  summarizeBesluiten,
  type BesluitView,
  type BesluitenSummary,
  type ListBesluitenOptions,
  type Vervalreden,
} from './klantbeeld/besluiten.js';
export * from './klantbeeld/bounds.js';
export { listSubstatussen, type ListSubstatussenOptions, type SubstatusView } from './klantbeeld/substatussen.js';
export {
  getZaakRelaties,
  namesRelatedZaken,
  type AardRelatie,
  type BereikbareZaak,
  type GerelateerdeZaak,
  type GetZaakRelatiesOptions,
  type OnbereikbareZaak,
  type ZaakRelaties,
} from './klantbeeld/zaak-relaties.js';

export { listZaken, type ListZakenOptions } from './klantbeeld/list-zaken.js';
export { getZaak, type GetZaakOptions, type Zaak } from './klantbeeld/zaak.js';
export { getStatusTimeline, type StatusTimelineOptions } from './klantbeeld/status-timeline.js';
export {
  contactRouteOf,
  getZaakDetail,
  zaakTermijn,
  type GetZaakDetailOptions,
  type ZaakDetail,
  type ZaakOpschorting,
  type ZaakTermijn,
  type ZaakVerlenging,
} from './klantbeeld/zaak-detail.js';
export { bezwaarStand, parseDuur, termijnStand, type Duur, type TermijnDates, type TermijnStand } from './klantbeeld/termijn.js';
export { documentFileLabel, fileSize, fileType } from './klantbeeld/document-file.js';
export {
  pickContactRoute,
  telHref,
  toContactRoutes,
  translateText,
  type ContactRoute,
  type ContactRouteTarget,
  type TranslatableText,
} from './klantbeeld/contact-route.js';
export { pickBehandelaar } from './klantbeeld/behandelaar.js';
export type { Behandelaar, CurrentStatus, ResultaatSummary, StatusTimeline, TimelineStep, ZaakSummary, ZaaktypeSummary } from './klantbeeld/view-models.js';

export { subscribe, DEFAULT_POLL_INTERVAL, type ChangeListener, type SubscribeOptions, type SubscribeTarget, type Unsubscribe } from './live/subscribe.js';
export { parseNotificatie, type Notificatie } from './live/message.js';
export { EVENTS_PATH } from './live/events-url.js';
export type { LiveTimers } from './live/timers.js';

export { findProducten, type FindProductenOptions, type Product, type ProductFrequentie, type ProductStatus, type ProductenQuery } from './apis/producten.js';
export { listProducten, productFase, type ListProductenOptions, type ProductFase, type ProductSummary, type ProductZaak } from './klantbeeld/producten.js';
export { findVerwerkteObjecten, type Verwerkingsactie, type VerwerktObject, type VerwerkteObjectenQuery } from './apis/verwerkingen.js';
export {
  listVerwerkingen,
  verwerkingenPeriode,
  type ListVerwerkingenOptions,
  type Verwerking,
  type VerwerkingAfnemer,
  type VerwerkingOrganisatie,
} from './klantbeeld/verwerkingen.js';
export {
  BRP_AUTOMATISCHE_VELDEN,
  isAutomatischVeld,
  raadpleegPersonen,
  type Persoon,
  type RaadpleegMetBurgerservicenummer,
  type RaadpleegMetBurgerservicenummerResponse,
} from './apis/brp.js';
export {
  PERSOON_FIELDS,
  brpDatum,
  getPersoon,
  type BrpDatum,
  type GetPersoonOptions,
  type PersoonGegevens,
  type PersoonVerblijfplaats,
} from './klantbeeld/persoon.js';

export {
  createDigitaalAdres,
  deleteDigitaalAdres,
  findDigitaleAdressen,
  findKlantcontacten,
  findPartijenPage,
  getKlantinteractiesResource,
  patchDigitaalAdres,
  patchPartij,
  type Actor,
  type Betrokkene,
  type DigitaalAdres,
  type DigitaalAdresChanges,
  type DigitaleAdressenQuery,
  type Klantcontact,
  type KlantcontactenQuery,
  type Onderwerpobject,
  type Partij,
  type PartijChanges,
  type PartijenQuery,
} from './apis/klantinteracties.js';
export {
  getResidentPartij,
  SOORTEN_DIGITAAL_ADRES,
  type Contactnaam,
  type DigitaalAdresView,
  type GetResidentPartijOptions,
  type PartijRef,
  type ResidentPartij,
  type SoortDigitaalAdres,
} from './klantbeeld/partij.js';
export {
  getKlantvoorkeuren,
  ruleReferentie,
  setVoorkeursDigitaalAdres,
  setVoorkeurstaal,
  voorkeurenOf,
  type AdressenPerSoort,
  type GetKlantvoorkeurenOptions,
  type Klantvoorkeuren,
  type VoorkeurskanaalRule,
  type KlantvoorkeurenWriteOptions,
} from './klantbeeld/klantvoorkeuren.js';
export {
  addDigitaalAdres,
  removeDigitaalAdres,
  setStandaardAdres,
  updateDigitaalAdres,
  type DigitaalAdresRef,
  type DigitaalAdresWijziging,
  type DigitaalAdresWriteOptions,
  type NieuwDigitaalAdres,
  type SetStandaardAdresOptions,
} from './klantbeeld/digitale-adressen.js';
export {
  DEFAULT_NOTIFICATIE_CATEGORIEEN,
  getNotificatievoorkeuren,
  NOTIFICATIE_DOMEINEN,
  setNotificatievoorkeur,
  type NotificatieCategorieen,
  type NotificatieDomein,
  type Notificatievoorkeuren,
  type NotificatievoorkeurenOptions,
} from './klantbeeld/notificatievoorkeuren.js';
export {
  checkAdres,
  isEmailAdres,
  MAX_ADRES,
  MAX_OMSCHRIJVING,
  normalizeAdres,
  TELEFOONNUMMER,
  type AdresProblems,
  type FieldProblem,
} from './klantbeeld/digitaal-adres-rules.js';
export {
  adresVoorKanaal,
  withAdres,
  withNotificaties,
  withoutAdres,
  withStandaard,
  withTaal,
  withVoorkeursAdres,
  type VoorkeurenState,
} from './klantbeeld/voorkeuren-state.js';
export {
  ADRES_VELDEN,
  applyOptimistically,
  draftOf,
  fieldErrorsOf,
  planVoorkeuren,
  VOORKEUREN_VELDEN,
  type FieldErrorsOf,
  type OptimisticOutcome,
  type PlanVoorkeurenOptions,
  type VeldFout,
  type VoorkeurenDraft,
  type VoorkeurenPlan,
  type VoorkeurenStap,
  type VoorkeurenVeld,
  type VoorkeurenWijziging,
} from './klantbeeld/voorkeuren-editor.js';
export { listKlantcontacten, type KlantcontactView, type ListKlantcontactenOptions } from './klantbeeld/klantcontacten.js';
export {
  KLANTCONTACT_KANALEN,
  KLANTCONTACT_MAX_LENGTH,
  KLANTCONTACT_VELDEN,
  registerKlantcontact,
  TERUGBELVERZOEK_HANDELING,
  validateKlantcontactDraft,
  type KlantcontactCreated,
  type KlantcontactDraft,
  type KlantcontactVeld,
  type RegisterKlantcontactOptions,
  type RegistratieOutcome,
  type RegistratieStap,
} from './klantbeeld/klantcontact-registratie.js';
export { pendingKlantcontacten, type PendingKlantcontact, type PendingKlantcontacten } from './klantbeeld/pending-klantcontacten.js';
export { listActoren, MAX_ACTOREN, type ActorView, type ListActorenOptions } from './klantbeeld/actoren.js';
export {
  dataAttrExpressions,
  findObjects,
  getObject,
  objectsPath,
  OBJECTS_CRS,
  type DataAttrCondition,
  type DataAttrFilter,
  type DataAttrOperator,
  type DataAttrs,
  type DataAttrValue,
  type ObjectRecord,
  type ObjectResource,
  type ObjectsQuery,
} from './apis/objecten.js';
export { listObjectRecords, type ListObjectRecordsOptions, type ObjectRecordView } from './klantbeeld/objecten-records.js';
export { listAfspraken, readAfspraak, type AfspraakView, type ListAfsprakenOptions } from './klantbeeld/afspraken.js';
export { listTaken, type ListTakenOptions, type Taak, type TaakPaths } from './klantbeeld/taken.js';
export type {
  AllCondition,
  AnyCondition,
  LeeftijdFact,
  NotCondition,
  ProductActiefFact,
  ProducttypeMatch,
  TipAudience,
  TipCondition,
  TipFact,
  TipFactName,
  TipRule,
  TipText,
  VoorkeurFact,
  ZaakAfgerondFact,
  ZaakOpenFact,
  ZaaktypeMatch,
} from './tips/rule.js';
export { TipRuleError, validateTipRule, type TipRuleIssue, type TipRuleValidation } from './tips/validate.js';
export { evaluateCondition, factSources, type TipFactSource, type TipFacts, type TipProduct, type TipZaak } from './tips/evaluate.js';
export { getTipFacts, type TipFactsResult } from './tips/facts.js';
export { checkTipRules, listTips, type TipRules, type TipSource } from './tips/load.js';
export { hasPersonalTips, isTipValidOn, selectTips, tipText, type SelectTipsOptions, type Tip } from './tips/select.js';
export {
  NO_TIP_PREFERENCES,
  TIP_STORE_KEY,
  localStorageTipStore,
  memoryTipStore,
  readTipPreferences,
  type TipPreferences,
  type TipStore,
} from './tips/store.js';
export {
  EMPLOYEE_PROBLEM_CODES,
  type ApiAccess,
  type BilingualText,
  type EmployeeSession,
  type EmployeeSessionInfo,
  type KlantContextInfo,
  type KlantContextRequest,
  type KlantQuery,
  type KlantSearchField,
  type KlantSearchPage,
  type KlantSearchRequest,
  type KlantSearchResult,
  type KlantSummary,
  type LookPurpose,
  type ProfileInfo,
} from './medewerker/types.js';
