/**
 * Where the browser may be sent after sign-in: a path on the first page origin, or an absolute URL on a
 * configured page origin. Anything else falls back to the first page origin, so `returnTo` can never
 * be turned into an open redirect.
 * @module
 */

/** The checked absolute URL for `returnTo`, or the home page of the first page origin. */
export function safeReturnTo(returnTo: string | undefined, pageOrigins: readonly string[], fallback: string): string {
  if (!returnTo || returnTo.length > 2048) return fallback;
  // Browsers treat backslashes as slashes and drop tabs/newlines: "/\evil.nl" and "/\t/evil.nl" are other hosts.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(returnTo)) return fallback;
  const home = pageOrigins[0] ?? new URL(fallback).origin;
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) {
    const url = new URL(returnTo, home);
    return url.origin === home ? url.href : fallback;
  }
  let url: URL;
  try {
    url = new URL(returnTo);
  } catch {
    return fallback;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && pageOrigins.includes(url.origin) && !url.username && !url.password ? url.href : fallback;
}
