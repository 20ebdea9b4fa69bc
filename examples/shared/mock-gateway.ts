// Plays the municipality's gateway in the browser: msw's service worker answers the standard APIs with the data
// of the mock resident 'jansen'. In a real app, the client's `gateway` is your gateway's URL and this file goes.
import { setupWorker } from 'msw/browser';
import { createMockApi } from '@klantbeeld/mock-api';

/** Starts the mock and resolves with the gateway URL to give `createClient` (this page's origin). */
export async function startMockGateway(): Promise<string> {
  const mock = createMockApi({ origin: location.origin });
  await setupWorker(...mock.handlers).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return location.origin;
}
