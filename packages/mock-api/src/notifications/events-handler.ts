/**
 * `GET …/notificaties/api/v1/events`: the gateway's server-sent events endpoint, as a streamed msw
 * response. (msw's own `sse()` needs a global `EventSource`, which Node 20 lacks, and only matches
 * requests whose `Accept` is exactly `text/event-stream`.)
 * @module
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { ProblemError, notFound, problemBody } from '../http/problem.js';
import type { MockState } from '../state.js';
import type { EventHub } from './event-hub.js';

/** Options of {@link eventHandlers}. */
export interface EventEndpoint {
  /** Absolute URL of the endpoint. */
  readonly url: string;
  readonly hub: EventHub;
  /** `false`: answer 404, like a gateway without live updates (clients then poll). */
  readonly enabled: boolean;
}

/** The endpoint's handler: logs the request, then streams (GET), 405 (other methods) or 404 (disabled). */
export function eventHandlers(endpoint: EventEndpoint, state: MockState): RequestHandler[] {
  return [
    http.all(endpoint.url, ({ request }) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      state.log({ method: request.method, url: request.url, headers });
      if (!endpoint.enabled) return problem(notFound(), request);
      if (request.method !== 'GET') {
        return problem(new ProblemError(405, 'method_not_allowed', 'Methode niet toegestaan.', `Methode "${request.method}" niet toegestaan.`), request);
      }
      const body = endpoint.hub.open(state.resident, request.headers.get('Last-Event-ID'), request.signal);
      return new HttpResponse(body, {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
      });
    }),
  ];
}

function problem(error: ProblemError, request: Request): Response {
  return new HttpResponse(JSON.stringify(problemBody(error, request)), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
