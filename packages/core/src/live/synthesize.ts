/**
 * The message polling reports when a watched resource changed: shaped like a Notificaties message, so
 * subscribers need not know whether the gateway streamed or the client polled.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { Notificatie } from './message.js';

/** Collection path segment → the resource name Notificaties messages use (ZGW plurals are Dutch). */
const RESOURCE_NAMES: Readonly<Record<string, string>> = {
  zaken: 'zaak',
  statussen: 'status',
  rollen: 'rol',
  resultaten: 'resultaat',
  zaakinformatieobjecten: 'zaakinformatieobject',
  zaakobjecten: 'zaakobject',
  besluiten: 'besluit',
  enkelvoudiginformatieobjecten: 'enkelvoudiginformatieobject',
  klantcontacten: 'klantcontact',
  partijen: 'partij',
  digitaleadressen: 'digitaaladres',
  objects: 'object',
  producten: 'product',
};

/**
 * An `update` message about `url` (its own hoofdObject), with the API name as `kanaal` (`zaken`,
 * `documenten`, …, as Notificaties names its channels) and `aanmaakdatum` = `now`.
 */
export function synthesizeUpdate(client: KlantbeeldClient, url: string, now: number): Notificatie {
  let kanaal = 'onbekend';
  let resource = 'onbekend';
  const source = client.sourceOf(url);
  if (source) {
    kanaal = source.api;
    // Only URLs within the source are polled, so the path below its base is the resource's path.
    const collection = new URL(url).pathname.slice(new URL(source.url).pathname.replace(/\/+$/, '').length).split('/')[1];
    if (collection) resource = RESOURCE_NAMES[collection] ?? collection;
  }
  return { kanaal, hoofdObject: url, resource, resourceUrl: url, actie: 'update', aanmaakdatum: new Date(now).toISOString() };
}
