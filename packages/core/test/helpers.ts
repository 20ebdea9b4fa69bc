// Shared test setup: one msw server per test file, with a log of every request that reached it
// (handled or not), so tests can assert what was - and was not - sent.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from '@klantbeeld/mock-api';

export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

export const GATEWAY = 'https://gw.example/api';
export const ZAKEN = `${GATEWAY}/zaken/api/v1`;
export const CATALOGI = `${GATEWAY}/catalogi/api/v1`;

/** Starts msw for this file (unhandled requests are errors) and returns the server and its request log. */
export function useServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  const requests: LoggedRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) });
  });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  after(() => server.close());
  return { server, requests };
}

/** {@link useServer}, plus `mock(options)`: a fresh @klantbeeld/mock-api (`defaults` under `options`) with its handlers installed. */
export function useMockApi(defaults: MockApiOptions) {
  const { server, requests } = useServer();
  function mock(options: MockApiOptions = {}): MockApi {
    const api = createMockApi({ ...defaults, ...options });
    server.use(...api.handlers);
    return api;
  }
  return { server, requests, mock };
}

/** The requests whose URL starts with `prefix`. */
export function requestsTo(requests: readonly LoggedRequest[], prefix: string): LoggedRequest[] {
  return requests.filter((request) => request.url.startsWith(prefix));
}
