// Shared setup for the Documenten, Besluiten and Zaken-extension tests: one msw server per file with
// @klantbeeld/mock-api handlers, a log of every request with its body (handled or not), and clients
// configured for the mock (optionally with the other organisation as second Zaken/Catalogi source).
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { createMockApi, FOREIGN_ZAAK_URL, type MockApi, type MockApiOptions } from '@klantbeeld/mock-api';
import { createClient, GATEWAY_PATHS, type ClientConfig, type KlantbeeldClient } from '@klantbeeld/core';

export const ORIGIN = 'http://localhost:8000';
export const FOREIGN_ORIGIN = new URL(FOREIGN_ZAAK_URL).origin;

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  /** The request body as text ('' without one). */
  body: string;
}

/** Starts msw for this file (unhandled requests are errors); `requests` logs everything sent, with bodies. */
export function useMockServer() {
  const server = setupServer();
  const requests: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const entry: SentRequest = { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: '' };
    requests.push(entry);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      void request
        .clone()
        .text()
        .then((text) => (entry.body = text))
        .catch(() => {});
    }
  });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  after(() => server.close());

  /** A fresh mock, its handlers installed after `extra` (which therefore win), plus a trap at the foreign origin. */
  function mock(options: MockApiOptions = {}, ...extra: RequestHandler[]): MockApi {
    const api = createMockApi({ origin: ORIGIN, ...options });
    server.use(...api.handlers);
    // Anything that reaches the foreign organisation is logged above and answered, so a leak shows as a request, not a crash.
    server.use(http.all(`${FOREIGN_ORIGIN}/*`, () => HttpResponse.json({ url: FOREIGN_ZAAK_URL, omschrijving: 'Gelekt' })));
    if (extra.length > 0) server.use(...extra);
    return api;
  }

  return { server, requests, mock };
}

/** A client of the mock through its gateway layout; `retries: 0` so error tests answer at once. */
export function gatewayClient(config: Partial<ClientConfig> = {}): KlantbeeldClient {
  return createClient({ gateway: ORIGIN, retries: 0, ...config });
}

/** A client that also reaches the other organisation's Zaken and Catalogi API (ketenstatus). */
export function ketenClient(api: MockApi, config: Partial<ClientConfig> = {}): KlantbeeldClient {
  const other = api.otherOrganisation;
  return createClient({
    gateway: ORIGIN,
    retries: 0,
    sources: {
      zaken: [
        { url: `${ORIGIN}${GATEWAY_PATHS.zaken}`, organisatie: 'Gemeente Voorbeeldstad' },
        { url: other.zaken, organisatie: other.naam },
      ],
      catalogi: [`${ORIGIN}${GATEWAY_PATHS.catalogi}`, other.catalogi],
    },
    ...config,
  });
}

/** The requests whose URL starts with `prefix`. */
export function sentTo(requests: readonly SentRequest[], prefix: string, method?: string): SentRequest[] {
  return requests.filter((request) => request.url.startsWith(prefix) && (method === undefined || request.method === method));
}

/** Waits until pending body reads of the request log are done (they are read asynchronously). */
export async function settled(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}
