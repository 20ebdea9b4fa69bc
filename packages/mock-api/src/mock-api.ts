/**
 * `createMockApi()`: in-memory Zaken and Catalogi APIs that behave like Open Zaak 1.30, as msw 2 request
 * handlers. The same handlers serve the browser (`setupWorker`), Node tests (`setupServer`) and the
 * standalone HTTP server (`server.ts`). This module and what it imports stay free of Node built-ins.
 * @module
 */
import type { RequestHandler } from 'msw';
import { API_NAMES, GATEWAY_PATHS } from '@klantbeeld/core';
import type { ApiUrls, ResidentRecord } from './dataset.js';
import { buildFixtureDataset } from './fixtures/build.js';
import { residentDefinitions } from './fixtures/residents.js';
import { seedZaken as seed } from './fixtures/seed.js';
import { catalogiApi } from './handlers/catalogi.js';
import { zakenApi } from './handlers/zaken.js';
import { besluitenApi } from './handlers/besluiten.js';
import { documentenApi } from './handlers/documenten.js';
import { createOtherOrganisation, type OtherOrganisation } from './other-organisation.js';
import { klantinteractiesApi } from './handlers/klantinteracties.js';
import { objectenApi } from './handlers/objecten.js';
import { productenApi } from './handlers/producten.js';
import { brpApi } from './handlers/brp.js';
import { verwerkingenApi } from './handlers/verwerkingen.js';
import { MAX_PAGE_SIZE } from './http/pagination.js';
import { apiHandlers, type ApiDefinition } from './http/route.js';
import type { LoggedRequest, MockState } from './state.js';
import { EventHub, type Notificatie } from './notifications/event-hub.js';
import { eventHandlers } from './notifications/events-handler.js';
import { setZaakStatus as setStatus, type Publisher } from './notifications/set-zaak-status.js';
import { NotificatieCentrale, type Abonnement } from './notifications/notificatie-centrale.js';
import { audienceOf } from './notifications/audience.js';
import type { Status } from './types.js';
import { authenticator, defaultUpstreamCredentials, noAuthentication, type UpstreamCredentials } from './http/auth.js';
import { application, residentRequester } from './requester.js';
import { controlHandlers } from './control.js';

/**
 * The part the mock plays (see `requester.ts`): `'resident'` — the gateway's view for one logged-in
 * resident, no credentials; `'upstream'` — the real products as a gateway sees them: credentials
 * required, every resident's data visible, selected with the APIs' own filters.
 */
export type MockMode = 'resident' | 'upstream';

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** Default `'resident'`. */
  mode?: MockMode;
  /**
   * Upstream mode: the credentials accepted, each part defaulting to `upstreamTestCredentials`
   * (`zgwClients` maps `client_id` → HS256 secret).
   */
  credentials?: Partial<UpstreamCredentials>;
  /** Upstream mode: allowed clock drift for JWT `iat`/`exp` in seconds (Open Zaak's `JWT_LEEWAY`), default 5. */
  jwtLeeway?: number;
  /** Origin the mock serves, default `'http://localhost:8000'` for Node; in the browser use `location.origin`. */
  origin?: string;
  /** Base path prefix under the origin, default `''` → `${origin}/zaken/api/v1`, `${origin}/catalogi/api/v1` (Open Zaak layout). */
  basePath?: string;
  /** Resident mode: fixture resident whose data is served (the gateway's scoping), default `'jansen'`. */
  resident?: string;
  /** Default page size of lists, default 100 (Open Zaak's default); requests may ask up to 500 with `pageSize`. */
  pageSize?: number;
  /** Default `true`; `false` behaves like a server without expand support (400 on any `expand` parameter). */
  expand?: boolean;
  /** Expand names (full paths, e.g. `status.statustype`) silently left out of `_expand` (upstream bug simulation). */
  dropExpand?: readonly string[];
  /** Delay in ms before each response (demo only), default 0. */
  latency?: number;
  /**
   * Default `true` in resident mode; `false` answers the events endpoint with 404, like a gateway without
   * live updates. Upstream mode has no events endpoint (the real products have none).
   */
  events?: boolean;
  /** Reconnection time (ms) the event stream announces with `retry:`, default 3000. */
  eventsRetry?: number;
}

/** A running mock: its handlers, the URLs it serves, its request log and controls. */
export interface MockApi {
  /** The part it plays: the gateway's view for one resident, or the upstream products. */
  readonly mode: MockMode;
  /** msw 2 handlers (browser worker and msw/node). */
  readonly handlers: RequestHandler[];
  /** Base URLs it serves, one per standard API (the gateway layout of `@klantbeeld/core`). */
  readonly urls: ApiUrls;
  /** Every request that reached the mock's base URLs, oldest first (for tests and benchmarks). */
  readonly requests: ReadonlyArray<{ method: string; url: string; headers: Record<string, string> }>;
  /** Empties {@link MockApi.requests}. */
  clearRequests(): void;
  /**
   * Serve another fixture resident from now on (the gateway's login changes). Throws for an unknown id.
   * Upstream mode has no resident: the APIs do not change.
   */
  setResident(id: string): void;
  /**
   * Fixture data generator for benchmarks: replaces the resident's zaken by `n` deterministic zaken over
   * 3 zaaktypen. An unknown `residentId` creates a new resident (switch to it with `setResident`).
   */
  seedZaken(residentId: string, n: number): void;
  /** BSN of a fixture or seeded resident (for tests and benchmarks that act as that resident); `undefined` when unknown. */
  bsnOf(residentId: string): string | undefined;
  /**
   * A second organisation (Omgevingsdienst Voorbeeldregio) with its own Zaken and Catalogi API at
   * `${origin}${basePath}/omgevingsdienst/…`, holding a deelzaak of Jansen's dakkapel. Add its URLs to a
   * client's `sources` to reach it; left out, the deelzaak is at an unconfigured origin.
   */
  readonly otherOrganisation: OtherOrganisation;
  /** The gateway's server-sent events endpoint, `${origin}${basePath}/notificaties/api/v1/events`. */
  readonly eventsUrl: string;
  /**
   * A behandelaar sets the zaak's status with `volgnummer` (of its zaaktype): a new Status
   * (`datumStatusGezet` now, `indicatieLaatstGezetteStatus` moves), `zaak.status` follows; the end status
   * closes the zaak (einddatum, a resultaat of the first resultaattype), another status reopens a closed
   * one. Publishes Notificaties messages (`status create`, and `resultaat create`/`destroy`): in resident mode
   * to the event streams of residents who may see the zaak, in upstream mode to the abonnementen of the
   * Notificaties API ({@link MockApi.notificaties}), as Open Zaak does. Returns the new Status.
   * @throws Error for an unknown zaak UUID or volgnummer.
   */
  setZaakStatus(zaakUuid: string, volgnummer: number, toelichting?: string): Status;
  /**
   * Publishes `message` on the event stream as is (tests may send malformed ones). Receivers: the
   * streams of `resident` when given; else of residents who may see the zaak named by `hoofdObject`; else
   * of the resident served now. Returns the event id.
   */
  notify(message: Notificatie | Record<string, unknown>, options?: { resident?: string }): number;
  /** Ends every open event stream (a gateway restart); clients reconnect with `Last-Event-ID`. */
  closeEventStreams(): void;
  /** Number of open event streams. */
  readonly eventStreams: number;
  /**
   * Upstream mode: the municipality's Notificaties API (`${origin}${basePath}/notificaties/api/v1`, ZGW JWT):
   * abonnementen, and delivery of every message {@link MockApi.setZaakStatus} publishes to their callbacks.
   */
  readonly notificaties: NotificatiesMock;
  /**
   * The other organisation's behandelaar sets the status of one of its zaken (as {@link MockApi.setZaakStatus});
   * the messages go to the other organisation's Notificaties API ({@link OtherOrganisation.notificaties}).
   * Also `POST /_mock/omgevingsdienst/zaken/{uuid}/status` in upstream mode.
   */
  setOtherOrganisationZaakStatus(zaakUuid: string, volgnummer: number, toelichting?: string): Status;
  /** The other organisation's Notificaties API. */
  readonly otherOrganisationNotificaties: NotificatiesMock;
}

/** A Notificaties API of the mock, as tests see it. */
export interface NotificatiesMock {
  /** Base URL. */
  readonly base: string;
  /** The abonnementen registered. */
  readonly abonnementen: readonly Abonnement[];
  /** Resolves when every delivery to a callback started so far has ended. */
  settled(): Promise<void>;
}

/** Creates a mock with fresh fixture data. Instances share nothing. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const origin = (options.origin ?? 'http://localhost:8000').replace(/\/+$/, '');
  const basePath = normaliseBasePath(options.basePath ?? '');
  // The gateway layout the core client expects: every API below its own base path.
  const urls = Object.fromEntries(API_NAMES.map((api) => [api, `${origin}${basePath}${GATEWAY_PATHS[api]}`])) as ApiUrls;
  const dataset = buildFixtureDataset(urls);
  const requests: LoggedRequest[] = [];

  const residentById = (id: string): ResidentRecord => {
    const resident = dataset.residents.get(id);
    if (!resident) throw new Error(`Unknown resident '${id}'; known: ${[...dataset.residents.keys()].join(', ')}`);
    return resident;
  };
  let resident = residentById(options.resident ?? 'jansen');

  const mode = options.mode ?? 'resident';
  const authenticate = mode === 'upstream' ? authenticator({ ...defaultUpstreamCredentials, ...options.credentials }, options.jwtLeeway) : noAuthentication;
  const state: MockState = {
    dataset,
    get requester() {
      return mode === 'upstream' ? application : residentRequester(resident);
    },
    get resident() {
      return resident;
    },
    authenticate,
    pageSize: clampPageSize(options.pageSize),
    expand: options.expand ?? true,
    dropExpand: new Set(options.dropExpand ?? []),
    latency: Math.max(0, options.latency ?? 0),
    log: (request) => void requests.push(request),
  };

  // One definition per standard API; each owns its routes (and, beyond Zaken/Catalogi, its fixtures).
  const apis: ApiDefinition[] = [
    zakenApi(urls),
    catalogiApi(urls),
    documentenApi(urls),
    besluitenApi(urls),
    klantinteractiesApi(urls),
    objectenApi(urls),
    productenApi(urls),
    brpApi(urls),
    verwerkingenApi(urls),
  ];
  const eventsUrl = `${origin}${basePath}/notificaties/api/v1/events`;
  const otherOrganisation = createOtherOrganisation(`${origin}${basePath}`, dataset);
  const hub = new EventHub(options.eventsRetry ?? 3000);
  const centrale = new NotificatieCentrale(`${origin}${basePath}/notificaties/api/v1`);
  // Resident mode: the gateway's event streams; upstream mode: the Notificaties API, as Open Zaak publishes there.
  const publisher: Publisher = { publish: (message, audience) => (mode === 'upstream' ? centrale.publish(message) : hub.publish(message, audience)) };
  const setZaakStatus = (zaakUuid: string, volgnummer: number, toelichting?: string) => setStatus(dataset, publisher, zaakUuid, volgnummer, toelichting);
  const otherCentrale = otherOrganisation.centrale;
  const setOtherOrganisationZaakStatus = (zaakUuid: string, volgnummer: number, toelichting?: string) =>
    setStatus(otherOrganisation.dataset, { publish: (message) => otherCentrale.publish(message) }, zaakUuid, volgnummer, toelichting);
  const handlers = [
    ...apis.flatMap((api) => apiHandlers(api, state)),
    ...otherOrganisation.handlers(state),
    ...(mode === 'upstream'
      ? [
          ...apiHandlers(centrale.api(), state),
          ...controlHandlers(`${origin}${basePath}/_mock/omgevingsdienst`, { setZaakStatus: setOtherOrganisationZaakStatus }),
          ...controlHandlers(`${origin}${basePath}/_mock`, { setZaakStatus }),
        ]
      : eventHandlers({ url: eventsUrl, hub, enabled: options.events ?? true }, state)),
  ];

  return {
    mode,
    handlers,
    urls,
    requests,
    clearRequests: () => void requests.splice(0, requests.length),
    setResident: (id) => {
      resident = residentById(id);
    },
    seedZaken: (residentId, n) => seed(dataset, residentId, n),
    bsnOf: (residentId) => dataset.residents.get(residentId)?.persoon.inpBsn,
    eventsUrl,
    otherOrganisation: otherOrganisation.info,
    setZaakStatus,
    notify: (message, notifyOptions = {}) => {
      if (notifyOptions.resident !== undefined) {
        const target = residentById(notifyOptions.resident);
        return hub.publish(message, (r) => r.id === target.id);
      }
      return hub.publish(message, audienceOf(dataset, message, resident));
    },
    closeEventStreams: () => hub.closeAll(),
    get eventStreams() {
      return hub.size;
    },
    notificaties: notificatiesView(centrale),
    setOtherOrganisationZaakStatus,
    otherOrganisationNotificaties: notificatiesView(otherCentrale),
  };
}

function notificatiesView(centrale: NotificatieCentrale): NotificatiesMock {
  return {
    base: centrale.base,
    get abonnementen() {
      return centrale.abonnementen;
    },
    settled: () => centrale.settled(),
  };
}

/** The fixture residents (ids and display names), e.g. for a resident switcher in the demo. */
export const residents: ReadonlyArray<{ readonly id: string; readonly naam: string }> = residentDefinitions.map(({ id, naam }) => ({ id, naam }));

function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

function clampPageSize(pageSize: number | undefined): number {
  if (pageSize === undefined || !Number.isInteger(pageSize) || pageSize < 1) return 100;
  return Math.min(pageSize, MAX_PAGE_SIZE);
}
