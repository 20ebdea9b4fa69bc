/**
 * `@klantbeeld/mock-api`: in-memory standard APIs (Zaken 1.5.1, Catalogi 1.3.1) that behave like Open Zaak
 * 1.30, as msw 2 handlers for the browser and Node. The standalone HTTP server lives in
 * `@klantbeeld/mock-api/server` (Node only).
 * @module
 */
export { createMockApi, residents, type MockApi, type MockApiOptions } from './mock-api.js';
export { fixtureZaken } from './fixtures/residents.js';
export { EXPAND_NAMES } from './expand.js';
export { ZAKEN_API_VERSION } from './handlers/zaken.js';
export { CATALOGI_API_VERSION } from './handlers/catalogi.js';
