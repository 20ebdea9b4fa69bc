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

/** Whether `value` is an absolute `http:` or `https:` URL (parsed as browsers parse `href`, so `java\tscript:` tricks fail). */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
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

/**
 * The last segment of a URL's path (a ZGW resource's uuid), without query or fragment; undefined for no URL.
 * A relative reference is read against `base` when one is given.
 */
export function lastPathSegment(url: string, base?: string): string | undefined {
  try {
    return new URL(url, base).pathname.split('/').filter(Boolean).pop();
  } catch {
    return undefined;
  }
}

/** The UUID that ends the path of a resource URL (ZGW identities end in their uuid); undefined when it does not. */
export function uuidInUrl(url: string): string | undefined {
  const last = lastPathSegment(url);
  return isUuid(last) ? last : undefined;
}

/**
 * The UUID of a reference given as a resource URL (absolute or relative) or as the UUID itself, lowercased (so that
 * references compare equal whatever their case); undefined for anything else.
 */
export function uuidOfReference(reference: string): string | undefined {
  const trimmed = reference.trim();
  const uuid = isUuid(trimmed) ? trimmed : lastPathSegment(trimmed, 'http://relative.invalid/');
  return isUuid(uuid) ? uuid.toLowerCase() : undefined;
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
