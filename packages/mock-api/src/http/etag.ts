/**
 * HTTP conditional requests on detail resources: the ETag is a hash of the response body (so it changes
 * exactly when the representation does), and `If-None-Match` with a matching tag gives `304 Not Modified`.
 * @module
 */
import { hash128 } from '../util/hash.js';

/** A strong ETag (quoted) for a response body. */
export function etagOf(body: string): string {
  return `"${hash128(body)}"`;
}

/** Whether an `If-None-Match` header value matches `etag` (`*`, lists, and weak `W/` tags included). */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
