/**
 * Helpers of the relay tests: a core client that acts as a signed-in browser page (its cookie, the page's
 * Origin), and a resident turning notifications about zaken on as `<kb-klantvoorkeuren>` does.
 * @module
 */
import assert from 'node:assert/strict';
import { createClient, getKlantvoorkeuren, setNotificatievoorkeur, type KlantbeeldClient } from '@klantbeeld/core';
import type { Browser } from '../../src/dev/stack.js';
import { PAGE_ORIGIN } from '../support.js';

/** A core client on the gateway at `publicUrl` with `browser`'s session, as a page on `PAGE_ORIGIN`. */
export function pageClient(publicUrl: string, browser: Browser): KlantbeeldClient {
  return createClient({
    gateway: publicUrl,
    retries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const headers: Record<string, string> = { origin: PAGE_ORIGIN };
      request.headers.forEach((value, name) => (headers[name] = value));
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      return browser.fetch(request.url, { method: request.method, headers, ...(body ? { body } : {}) });
    },
  });
}

/** The resident chooses news about their zaken (a categorie-relatie to `notificaties-zaken`), through the gateway. */
export async function chooseZakenNotifications(publicUrl: string, browser: Browser): Promise<void> {
  const client = pageClient(publicUrl, browser);
  const voorkeuren = await getKlantvoorkeuren(client);
  assert.ok(voorkeuren, 'the resident has a partij');
  await setNotificatievoorkeur(client, voorkeuren.partij, 'zaken', true);
}
