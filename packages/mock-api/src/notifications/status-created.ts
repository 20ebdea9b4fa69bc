import type { Notificatie } from './event-hub.js';

/**
 * The Notificaties message a Zaken API publishes when a status is set (`zaken`, `status`, `create`), without
 * kenmerken: what a test sends by hand to stand for a message the mock does not publish itself (a relay from
 * another organisation, a redelivery, a second gateway instance).
 */
export function statusCreated(status: { readonly url: string; readonly zaak: string; readonly datumStatusGezet: string }): Notificatie {
  return {
    kanaal: 'zaken',
    hoofdObject: status.zaak,
    resource: 'status',
    resourceUrl: status.url,
    actie: 'create',
    aanmaakdatum: status.datumStatusGezet,
  };
}
