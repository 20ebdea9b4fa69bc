/**
 * Test support (not published): the msw worker with the mock API, and a fresh client for it.
 * @module
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi } from '@klantbeeld/mock-api';
import { createClient, type KlantbeeldClient } from '@klantbeeld/core';

export interface MockContext {
  readonly api: MockApi;
  readonly worker: SetupWorker;
}

/**
 * Starts the msw worker once for the test file (in a `before` hook) with the mock API's handlers, resets one-shot
 * overrides and the resident after each test, and stops the worker after the file.
 */
export function useMockApi(): MockContext {
  const api = createMockApi({ origin: location.origin });
  const worker = setupWorker(...api.handlers);
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  });
  afterEach(() => {
    worker.resetHandlers();
    api.setResident('jansen');
    api.clearRequests();
  });
  after(() => worker.stop());
  return { api, worker };
}

/** A fresh client (empty caches) for the mock API served at this page's origin; `signals` records each request's signal. */
export function mockClient(signals?: AbortSignal[]): KlantbeeldClient {
  return createClient({
    gateway: location.origin,
    fetch: (input, init) => {
      if (signals && init?.signal) signals.push(init.signal);
      return globalThis.fetch(input, init);
    },
  });
}

/**
 * An Objects API list answer (`GET /objects`) holding one record of `objecttype` with `data`: for tests that feed an
 * element one hand-made task, tip or appointment.
 */
export function oneObjectRecord(api: MockApi, objecttype: string, data: Record<string, unknown>): Response {
  const uuid = '11111111-1111-4111-8111-111111111111';
  return Response.json({
    count: 1,
    next: null,
    previous: null,
    results: [
      {
        url: `${api.urls.objecten}/objects/${uuid}`,
        uuid,
        type: objecttype,
        record: {
          index: 1,
          typeVersion: 1,
          data,
          geometry: null,
          startAt: '2026-11-01',
          endAt: null,
          registrationAt: '2026-11-01',
          correctionFor: null,
        },
      },
    ],
  });
}
