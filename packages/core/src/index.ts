/**
 * `@klantbeeld/core`: a typed, framework-free client for the Dutch standard APIs (Zaken, Catalogi)
 * and the view models of a resident's integraal klantbeeld. Re-exports only.
 * @module
 */
export { createClient, type KlantbeeldClient } from './client.js';
export { API_NAMES, GATEWAY_PATHS, type ApiName, type ClientConfig, type RequestOptions, type SourceConfig } from './transport/config.js';
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
  type Problem,
} from './transport/errors.js';

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
export { getResultaattype, getStatustype, getStatustypen, getZaaktype, type ResultaatType, type StatusType, type ZaakType } from './apis/catalogi.js';

export { listZaken, type ListZakenOptions } from './klantbeeld/list-zaken.js';
export { getZaak, type GetZaakOptions, type Zaak } from './klantbeeld/zaak.js';
export { getStatusTimeline, type StatusTimelineOptions } from './klantbeeld/status-timeline.js';
export { pickBehandelaar } from './klantbeeld/behandelaar.js';
export type {
  Behandelaar,
  CurrentStatus,
  ResultaatSummary,
  StatusTimeline,
  TimelineStep,
  ZaakSummary,
  ZaaktypeSummary,
} from './klantbeeld/view-models.js';
