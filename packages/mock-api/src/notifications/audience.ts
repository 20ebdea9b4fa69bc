/**
 * Who receives a message the mock publishes: the gateway relays a message about a zaak only to
 * residents who may see that zaak.
 * @module
 */
import type { Dataset, ResidentRecord } from '../dataset.js';
import type { Zaak } from '../types.js';
import type { Audience } from './event-hub.js';

/**
 * The audience of `message`: residents who may see the zaak its `hoofdObject` names; for any other
 * `hoofdObject` (or none), only `served` (the resident the mock serves when it is published).
 */
export function audienceOf(dataset: Dataset, message: Readonly<Record<string, unknown>>, served: ResidentRecord): Audience {
  const hoofdObject = message.hoofdObject;
  const resource = typeof hoofdObject === 'string' ? dataset.byUrl<Zaak>(hoofdObject) : undefined;
  // byUrl holds every kind of resource: only a zaak has an audience of its own.
  const zaak = resource && dataset.zaken.get(resource.uuid) === resource ? resource : undefined;
  return zaak ? (resident) => dataset.isVisible(zaak, resident) : (resident) => resident.id === served.id;
}
