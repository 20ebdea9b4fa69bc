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
import { MAX_PAGE_SIZE } from './http/pagination.js';
import { apiHandlers, type ApiDefinition } from './http/route.js';
import type { LoggedRequest, MockState } from './state.js';

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** Origin the mock serves, default `'http://localhost:8000'` for Node; in the browser use `location.origin`. */
  origin?: string;
  /** Base path prefix under the origin, default `''` → `${origin}/zaken/api/v1`, `${origin}/catalogi/api/v1` (Open Zaak layout). */
  basePath?: string;
  /** Fixture resident whose data is served (the gateway's scoping), default `'jansen'`. */
  resident?: string;
  /** Default page size of lists, default 100 (Open Zaak's default); requests may ask up to 500 with `pageSize`. */
  pageSize?: number;
  /** Default `true`; `false` behaves like a server without expand support (400 on any `expand` parameter). */
  expand?: boolean;
  /** Expand names (full paths, e.g. `status.statustype`) silently left out of `_expand` (upstream bug simulation). */
  dropExpand?: readonly string[];
  /** Delay in ms before each response (demo only), default 0. */
  latency?: number;
}

/** A running mock: its handlers, the URLs it serves, its request log and controls. */
export interface MockApi {
  /** msw 2 handlers (browser worker and msw/node). */
  readonly handlers: RequestHandler[];
  /** Base URLs it serves, one per standard API (the gateway layout of `@klantbeeld/core`). */
  readonly urls: ApiUrls;
  /** Every request that reached the mock's base URLs, oldest first (for tests and benchmarks). */
  readonly requests: ReadonlyArray<{ method: string; url: string; headers: Record<string, string> }>;
  /** Empties {@link MockApi.requests}. */
  clearRequests(): void;
  /** Serve another fixture resident from now on (the gateway's login changes). Throws for an unknown id. */
  setResident(id: string): void;
  /**
   * Fixture data generator for benchmarks: replaces the resident's zaken by `n` deterministic zaken over
   * 3 zaaktypen. An unknown `residentId` creates a new resident (switch to it with `setResident`).
   */
  seedZaken(residentId: string, n: number): void;
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

  const state: MockState = {
    dataset,
    get resident() {
      return resident;
    },
    pageSize: clampPageSize(options.pageSize),
    expand: options.expand ?? true,
    dropExpand: new Set(options.dropExpand ?? []),
    latency: Math.max(0, options.latency ?? 0),
    log: (request) => void requests.push(request),
  };

  // One definition per standard API; each owns its routes (and, beyond Zaken/Catalogi, its fixtures).
  const apis: ApiDefinition[] = [zakenApi(urls), catalogiApi(urls)];
  const handlers = apis.flatMap((api) => apiHandlers(api, state));

  return {
    handlers,
    urls,
    requests,
    clearRequests: () => void requests.splice(0, requests.length),
    setResident: (id) => {
      resident = residentById(id);
    },
    seedZaken: (residentId, n) => seed(dataset, residentId, n),
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
