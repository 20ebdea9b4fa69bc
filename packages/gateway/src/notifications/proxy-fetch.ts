/**
 * Reads as a resident, inside the gateway: a `fetch` that hands each request to the gateway's own proxy
 * for one principal, so the relay and the channel see exactly what that resident's browser would (the
 * same allowlist, scoping, confidentiality caps and URL rewriting), and `@klantbeeld/core` can run on it.
 * @module
 */
import { Readable } from 'node:stream';
import { API_NAMES, GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';
import type { ApiProxy, ApiResponse } from '../proxy/types.js';
import type { Principal, Subject } from '../session/principal.js';

/** The principal the relay reads as: the subject only (no actor: nobody acts, the gateway informs). */
export const principalOf = (subject: Subject): Principal => ({ subject, loa: 'hoog' });

/** Which API a gateway URL addresses (below `publicPath`, or a partner's path below it). */
export function apiOfUrl(url: URL, publicPath: string): ApiName | undefined {
  const path = url.pathname.startsWith(`${publicPath}/partners/`)
    ? url.pathname.slice(publicPath.length).replace(/^\/partners\/[^/]+/, '')
    : url.pathname.slice(publicPath.length);
  return API_NAMES.find((api) => path === GATEWAY_PATHS[api] || path.startsWith(`${GATEWAY_PATHS[api]}/`));
}

/** One GET through the proxy as `subject`; the status and parsed JSON (undefined when not JSON). */
export async function readAs(
  proxy: ApiProxy,
  subject: Subject,
  url: string,
  publicPath: string,
  signal: AbortSignal,
): Promise<{ status: number; data: unknown }> {
  const parsed = new URL(url);
  const api = apiOfUrl(parsed, publicPath);
  if (!api) return { status: 404, data: undefined };
  const response = await proxy.handle({ api, method: 'GET', url: parsed, headers: { accept: 'application/json' }, signal }, principalOf(subject));
  const text = await bodyText(response);
  try {
    return { status: response.status, data: text ? (JSON.parse(text) as unknown) : undefined };
  } catch {
    return { status: response.status, data: undefined };
  }
}

/** A `fetch` over the proxy for `subject` (for a core client with `gateway: publicUrl`). */
export function proxyFetch(proxy: ApiProxy, subject: Subject, publicPath: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const api = apiOfUrl(url, publicPath);
    if (!api) return new Response(null, { status: 404 });
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.from(await request.arrayBuffer());
    const response = await proxy.handle(
      { api, method: request.method, url, headers, ...(body && body.length > 0 ? { body } : {}), signal: request.signal },
      principalOf(subject),
    );
    const text = await bodyText(response);
    return new Response(response.status === 204 || response.status === 304 ? null : text, { status: response.status, headers: response.headers });
  };
}

/** The body of a proxy answer as text (a stream is read to the end). */
export async function bodyText(response: ApiResponse): Promise<string> {
  const { body } = response;
  if (body === null) return '';
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks: Buffer[] = [];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it to iterate the stream body
  for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
