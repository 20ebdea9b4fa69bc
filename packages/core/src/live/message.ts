/**
 * The Notificaties API message (consumer spec 1.0.0) as the gateway relays it, and the check that keeps
 * malformed messages away from subscribers.
 * @module
 */
import type { components } from '../generated/notificaties.js';

/**
 * A Notificaties API message: which resource changed (`resourceUrl`), the main object it belongs to
 * (`hoofdObject`, e.g. the zaak of a status), how (`actie`: create, update, destroy, …) and when. It
 * carries no data: re-fetch what you show.
 */
export type Notificatie = components['schemas']['Notificatie'];

const REQUIRED = ['kanaal', 'hoofdObject', 'resource', 'resourceUrl', 'actie', 'aanmaakdatum'] as const;

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * `value` as a {@link Notificatie} when it has the consumer spec's shape, else undefined: the six
 * required fields non-empty strings, `hoofdObject`/`resourceUrl` absolute http(s) URLs, `aanmaakdatum` a
 * readable date-time, `kenmerken` (optional) an object of strings. Unknown fields are dropped, so a
 * subscriber gets exactly the spec's fields.
 */
export function parseNotificatie(value: unknown): Notificatie | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const source = value as Record<string, unknown>;
  for (const name of REQUIRED) {
    const field = source[name];
    if (typeof field !== 'string' || field === '') return undefined;
  }
  const message = source as Record<(typeof REQUIRED)[number], string> & { kenmerken?: unknown };
  if (!isAbsoluteHttpUrl(message.hoofdObject) || !isAbsoluteHttpUrl(message.resourceUrl)) return undefined;
  if (Number.isNaN(Date.parse(message.aanmaakdatum))) return undefined;
  let kenmerken: Record<string, string> | undefined;
  if (message.kenmerken !== undefined && message.kenmerken !== null) {
    if (typeof message.kenmerken !== 'object' || Array.isArray(message.kenmerken)) return undefined;
    kenmerken = {};
    for (const [name, kenmerk] of Object.entries(message.kenmerken)) {
      if (typeof kenmerk !== 'string') return undefined;
      kenmerken[name] = kenmerk;
    }
  }
  return {
    kanaal: message.kanaal,
    hoofdObject: message.hoofdObject,
    resource: message.resource,
    resourceUrl: message.resourceUrl,
    actie: message.actie,
    aanmaakdatum: message.aanmaakdatum,
    ...(kenmerken ? { kenmerken } : {}),
  };
}
