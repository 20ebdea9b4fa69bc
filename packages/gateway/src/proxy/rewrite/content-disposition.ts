/**
 * A safe `Content-Disposition` for a streamed document (RFC 6266): always `attachment`, an ASCII
 * `filename` fallback and the full name as RFC 8187 `filename*`. The name comes from upstream data, so
 * control characters, path separators and quotes are removed and its length is bounded. Also the
 * download's `Content-Type`, which never lets a browser run the document.
 * @module
 */

const MAX_LENGTH = 150;

/** The file name without anything a browser or file system could misread; `document` when nothing is left. */
export function sanitizeFilename(name: string | null | undefined): string {
  const cleaned = (name ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\\/:*?"<>|;]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_LENGTH);
  return cleaned === '' ? 'document' : cleaned;
}

/** RFC 8187 value-chars: everything else percent-encoded as UTF-8. */
const encodeRfc8187 = (value: string): string => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="…"; filename*=UTF-8''…` for `name`. */
export function contentDisposition(name: string | null | undefined): string {
  const safe = sanitizeFilename(name);
  const ascii = safe
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

/** Types a browser would run or render as a page of the gateway's origin: served as bytes instead. */
const ACTIVE_TYPE = /html|xml|svg|javascript|ecmascript|x-shockwave/i;

/**
 * The `Content-Type` of a download: the upstream's when it is a plain media type that nothing executes,
 * `application/octet-stream` otherwise (a document is data, never a page of the gateway).
 */
export function downloadContentType(upstream: string | undefined): string {
  const type = (upstream ?? '').trim();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9_-]+=[a-z0-9_.-]+)*$/i.test(type) && !ACTIVE_TYPE.test(type)
    ? type
    : 'application/octet-stream';
}
