/**
 * Test plumbing: msw's `setupServer` with a mock's handlers, and small fetch helpers that send the
 * headers a well-behaved client sends (`Accept-Crs`/`Content-Crs` on Zaken).
 * @module
 */
import { setupServer } from 'msw/node';
import { after, afterEach, before } from 'node:test';
import { createMockApi, type MockApi, type MockApiOptions } from '../src/index.js';

/** Headers every Zaken request in the tests carries unless a test leaves them out on purpose. */
export const CRS_HEADERS = { 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' } as const;

/** One msw server per test file; each test installs its own mock with {@link use}, or creates one with `mockWith`. */
export function interceptRequests(): {
  use: (mock: MockApi) => void;
  mockWith: (options?: MockApiOptions) => MockApi;
  server: ReturnType<typeof setupServer>;
} {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  const use = (mock: MockApi) => server.use(...mock.handlers);
  const mockWith = (options: MockApiOptions = {}) => {
    const mock = createMockApi(options);
    use(mock);
    return mock;
  };
  return { server, use, mockWith };
}

/** A fetched response with its parsed JSON body (or `undefined` for an empty body). */
export interface Fetched {
  readonly response: Response;
  /** Parsed JSON; `any` because tests inspect arbitrary response shapes. */
  readonly body: any;
}

/** GET (or another method) with the CRS headers, parsing JSON. */
export async function request(url: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Fetched> {
  const response = await fetch(url, { ...init, headers: { ...CRS_HEADERS, ...init.headers } });
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : undefined };
}

/** POST a JSON body to `_zoek` (with `headers` such as credentials besides the CRS ones). */
export function zoek(zakenBase: string, body: unknown, query = '', headers: Record<string, string> = {}): Promise<Fetched> {
  return request(`${zakenBase}/zaken/_zoek${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
