/**
 * Defensive readers for response data: whatever a server returns, these never throw.
 * @module
 */

/** A JSON object (not null, not an array). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether `value` is a JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is a string with visible content, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `value` when it is a finite number, else undefined. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The objects in `value` when it is an array (other entries dropped), else []. */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Milliseconds since the epoch of an ISO 8601 string, or NaN. */
export function time(value: string | undefined): number {
  return value === undefined ? Number.NaN : Date.parse(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID (any case). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The UUID that ends the path of a resource URL (ZGW identities end in their uuid); undefined when it does not. */
export function uuidInUrl(url: string): string | undefined {
  let last: string | undefined;
  try {
    last = new URL(url).pathname.split('/').filter(Boolean).pop();
  } catch {
    return undefined;
  }
  return isUuid(last) ? last : undefined;
}

/** Joins the parts that are present with single spaces (a name from voorletters, voorvoegsel, achternaam…); undefined when none is. */
export function joinName(...parts: unknown[]): string | undefined {
  const name = parts
    .map(text)
    .filter((part): part is string => part !== undefined)
    .map((part) => part.trim())
    .join(' ');
  return name === '' ? undefined : name;
}
