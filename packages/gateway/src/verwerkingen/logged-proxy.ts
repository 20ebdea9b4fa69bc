/**
 * The proxy with the read log around it: an answer that carries personal data leaves only after its
 * verwerkingsactie is in the outbox. When the outbox refuses (full, or its store is down), the answer is
 * thrown away and the browser gets 503: never an unlogged read.
 * @module
 */
import { Readable } from 'node:stream';
import { GATEWAY_PATHS } from '@klantbeeld/core';
import { LOGGED_APIS, type LoggedApi } from '../config/read-log-schema.js';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem.js';
import type { ApiProxy, ApiRequest, ApiResponse } from '../proxy/types.js';
import type { Principal } from '../session/principal.js';
import type { ReadLog } from './read-log.js';

/** Reference data under a personal API: reading it processes nobody's data (the organisation's teams and people an employee assigns a taak to included). */
const NOT_PERSONAL = new Set(['categorieen', 'actoren']);

/** Wraps `proxy` so every answer with personal data is logged through `readLog` first. */
export function withReadLog(proxy: ApiProxy, readLog: ReadLog, basePath: string): ApiProxy {
  return {
    async handle(request: ApiRequest, principal: Principal): Promise<ApiResponse> {
      const response = await proxy.handle(request, principal);
      const path = apiPath(request, basePath);
      if (!carriesPersonalData(request.api, path, response)) return response;
      const accepted = await readLog.record({ api: request.api as LoggedApi, path, principal });
      if (accepted) return response;
      if (response.body instanceof Readable) response.body.destroy();
      const body = problem(503, 'Your request cannot be recorded right now; try again shortly', 'read-log-unavailable');
      return {
        status: 503,
        headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'private, no-store', 'retry-after': '5' },
        body: JSON.stringify(body),
      };
    },
    probe: (signal) => proxy.probe(signal),
    close: () => proxy.close(),
  };
}

/**
 * The path within the API (`/zaken/{uuid}`), also for a partner's API served below
 * `{basePath}/partners/{name}`: the action names what was read, not where the gateway serves it.
 */
export function apiPath(request: Pick<ApiRequest, 'api' | 'url'>, basePath: string): string {
  const local = request.url.pathname.slice(basePath.length).replace(/^\/partners\/[^/]+(?=\/)/, '');
  return local.slice(GATEWAY_PATHS[request.api].length);
}

/** A successful answer with a body from an API that holds personal data. */
function carriesPersonalData(api: string, path: string, response: ApiResponse): boolean {
  if (!(LOGGED_APIS as readonly string[]).includes(api)) return false;
  if (response.status < 200 || response.status >= 300 || response.status === 204 || response.body === null) return false;
  const segment = path.split('/').find((part) => part !== '');
  return segment === undefined || !NOT_PERSONAL.has(segment);
}
