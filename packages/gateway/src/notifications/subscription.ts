/**
 * The abonnement at a Notificaties API: made at start-up, or reused when one with the same callback URL
 * exists (a restart, or another instance, makes no second one). Its `auth` is what the API sends to the
 * callback; when it or the kanalen changed, the existing abonnement is updated in place.
 * @module
 */
import type { components } from '@klantbeeld/core/generated/notificaties-api';
import { UpstreamClient } from '../proxy/upstream/client.js';
import type { AbonnementConfig, NotificatiesApiConfig } from './config.js';

/** An abonnement (Notificaties API 1.0). */
export type Abonnement = components['schemas']['Abonnement'];

/** What happened at the API. */
export type Registration = 'created' | 'reused' | 'updated';

/** Registers the abonnement of `settings` at its API, calling back at `callbackUrl`. */
export async function registerAbonnement(
  api: NotificatiesApiConfig,
  settings: AbonnementConfig,
  callbackUrl: string,
  signal: AbortSignal,
): Promise<Registration> {
  const client = new UpstreamClient('notificaties', { ...api, ...(api.timeoutMs === undefined ? {} : { timeoutMs: api.timeoutMs }) });
  try {
    const base = client.base;
    const wanted: Abonnement = { callbackUrl, auth: settings.callbackAuth, kanalen: settings.kanalen.map((naam) => ({ naam, filters: {} })) };
    const list = await client.json({ method: 'GET', url: `${base}/abonnement`, signal });
    if (list.status !== 200 || !Array.isArray(list.data)) throw new Error(`listing abonnementen answered ${list.status}`);
    const existing = (list.data as Abonnement[]).find((abonnement) => abonnement.callbackUrl === callbackUrl);
    const body = JSON.stringify(wanted);
    const headers = { 'content-type': 'application/json' };
    if (existing?.url && client.holds(existing.url)) {
      const sameKanalen = JSON.stringify([...existing.kanalen.map((k) => k.naam)].sort()) === JSON.stringify([...settings.kanalen].sort());
      // The API does not show `auth` back in every implementation: update when it is shown and differs.
      if (sameKanalen && (existing.auth === undefined || existing.auth === settings.callbackAuth)) return 'reused';
      const answer = await client.json({ method: 'PUT', url: existing.url, headers, body, signal });
      if (answer.status !== 200) throw new Error(`updating the abonnement answered ${answer.status}`);
      return 'updated';
    }
    const created = await client.json({ method: 'POST', url: `${base}/abonnement`, headers, body, signal });
    if (created.status !== 201) throw new Error(`creating the abonnement answered ${created.status}`);
    return 'created';
  } finally {
    await client.close();
  }
}
