/**
 * `@klantbeeld/mock-api`: in-memory standard APIs (Zaken 1.5.1, Catalogi 1.3.1) that behave like Open Zaak
 * 1.30, as msw 2 handlers for the browser and Node. The standalone HTTP server lives in
 * `@klantbeeld/mock-api/server` (Node only).
 * @module
 */
export { createMockApi, residents, type MockApi, type MockApiOptions, type MockMode, type NotificatiesMock } from './mock-api.js';
export { NOTIFICATIES_API_VERSION, type Abonnement } from './notifications/notificatie-centrale.js';
export { upstreamTestCredentials, ZGW_JWT_EXPIRY, type UpstreamCredentials } from './http/auth.js';
export { fixtureZaken } from './fixtures/residents.js';
export { testIdentities, testCompany, type TestIdentity } from './fixtures/identities.js';
export { companyZaken, company as fixtureCompany } from './fixtures/company.js';
export { EXPAND_NAMES } from './expand.js';
export { ZAKEN_API_VERSION } from './handlers/zaken.js';
export { CATALOGI_API_VERSION } from './handlers/catalogi.js';
export type { Notificatie } from './notifications/event-hub.js';
export { KLANTINTERACTIES_API_VERSION } from './handlers/klantinteracties.js';
export { OBJECTEN_API_VERSION } from './handlers/objecten.js';
export { fixtureKlantinteracties } from './fixtures/klantinteracties.js';
export { fixtureActoren } from './fixtures/actoren.js';
export { brpNamesakes, elAmraniNamesakes, NAMESAKE_SEARCH } from './fixtures/namesakes.js';
export { generateKlantcontacten } from './fixtures/many-klantcontacten.js';
export { fixtureObjecten, objecttypeSchemas } from './fixtures/objecten.js';
export { PRODUCTEN_API_VERSION } from './handlers/producten.js';
export { BRP_API_VERSION } from './handlers/brp.js';
export { VERWERKINGEN_API_VERSION } from './handlers/verwerkingen.js';
export { fixtureProducten } from './fixtures/producten.js';
export { fixtureOrganisaties } from './fixtures/verwerkingen.js';
export { DOCUMENTEN_API_VERSION } from './handlers/documenten.js';
export { BESLUITEN_API_VERSION } from './handlers/besluiten.js';
export { fixtureDocumenten } from './fixtures/documenten.js';
export { fixtureBesluiten } from './fixtures/besluiten.js';
export { FOREIGN_ZAAK_URL, fixtureOtherOrganisation } from './fixtures/omgevingsdienst.js';
export type { OtherOrganisation } from './other-organisation.js';
