/**
 * Routes as data, turned into msw handlers. The wrapper does what every ZGW endpoint shares, so route
 * handlers only compute a body: the `API-version` header, CRS negotiation on `/zaken`, ETag/304 and
 * HEAD on details, problem+json for thrown {@link ProblemError}s, the request log, latency, and a
 * 404/405 problem for paths and methods no route serves.
 * @module
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { MockState } from '../state.js';
import { AuthenticationError, type AuthScheme } from './auth.js';
import { CRS, negotiateCrs } from './crs.js';
import { etagOf, ifNoneMatchMatches } from './etag.js';
import { ProblemError, notFound, problemBody } from './problem.js';

/** What a route handler gets. */
export interface RouteContext {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly state: MockState;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Status of a successful response: default 200; 201 for a create; 204 sends no body (a delete). */
  readonly status?: 200 | 201 | 204;
  /** Path under the API base, in msw syntax, e.g. `/zaken/:uuid`. */
  readonly path: string;
  /**
   * Zaken `/zaken` endpoints: CRS negotiation and `Content-Crs` response header. `'optional'` (Objects
   * API reads): only the response header; the handler checks an `Accept-Crs` it was given.
   */
  readonly crs?: boolean | 'optional';
  /** Detail endpoints: `ETag`, `If-None-Match` → 304, and `HEAD`. */
  readonly etag?: boolean;
  /** Returns the JSON body of a 200 response (or a ready Response, for a body that is not JSON), or throws a {@link ProblemError}. */
  handle(context: RouteContext): unknown;
}

/** One API (Zaken, Catalogi, …) served under a base URL. */
export interface ApiDefinition {
  /** Absolute base URL, e.g. `http://localhost:8000/zaken/api/v1`. */
  readonly base: string;
  /** Value of the `API-version` response header. */
  readonly version: string;
  /** How the real product authenticates its consumers (checked in upstream mode). */
  readonly auth: AuthScheme;
  readonly routes: readonly Route[];
}

/** msw handlers for one API: a logger first, then the routes, then a catch-all problem. */
export function apiHandlers(api: ApiDefinition, state: MockState): RequestHandler[] {
  const logger = http.all(`${api.base}/*`, async ({ request }) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    state.log({ method: request.method, url: request.url, headers });
    // Returning nothing hands the request to the next handler.
    return undefined;
  });

  const routes = api.routes.flatMap((route) => {
    const resolver = delayed(resolverFor(api, route, state), state);
    const url = `${api.base}${route.path}`;
    const handlers = [METHODS[route.method](url, resolver)];
    if (route.etag) handlers.push(http.head(url, resolver));
    return handlers;
  });

  const fallback = http.all(
    `${api.base}/*`,
    delayed(({ request }: { request: Request }) => {
      const path = new URL(request.url).pathname.slice(new URL(api.base).pathname.length);
      const known = api.routes.some((route) => pathPattern(route.path).test(path));
      const error = known
        ? new ProblemError(405, 'method_not_allowed', 'Methode niet toegestaan.', `Methode "${request.method}" niet toegestaan.`)
        : notFound();
      return problemResponse(error, request, new Headers({ 'API-version': api.version }));
    }, state),
  );

  return [logger, ...routes, fallback];
}

/**
 * Delays a resolver's response by the mock's `latency`. The answer is computed first, as a real gateway answers for
 * the session the request arrived with: a resident switch during the delay does not change it.
 */
function delayed<Args extends unknown[]>(resolve: (...args: Args) => Response | Promise<Response>, state: MockState) {
  return async (...args: Args): Promise<Response> => {
    const response = await resolve(...args);
    if (state.latency > 0) await new Promise((done) => setTimeout(done, state.latency));
    return response;
  };
}

/** msw's handler factory per route method. */
const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

function resolverFor(api: ApiDefinition, route: Route, state: MockState) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const headers = new Headers({ 'API-version': api.version });
    if (route.crs) headers.set('Content-Crs', CRS);
    try {
      await state.authenticate(request, api.auth);
      if (route.crs === true) negotiateCrs(request);
      const flatParams: Record<string, string> = {};
      for (const [name, value] of Object.entries(params)) if (typeof value === 'string') flatParams[name] = value;
      const body = await route.handle({ request, url: new URL(request.url), params: flatParams, state });
      // A route that serves no JSON (Documenten `/download`) returns its own Response; it gets the shared headers.
      if (body instanceof Response) {
        headers.forEach((value, name) => body.headers.set(name, value));
        return body;
      }
      const text = JSON.stringify(body);
      if (route.etag) {
        const etag = etagOf(text);
        headers.set('ETag', etag);
        if (ifNoneMatchMatches(request.headers.get('If-None-Match'), etag)) {
          return new HttpResponse(null, { status: 304, headers });
        }
      }
      if (route.status === 204) return new HttpResponse(null, { status: 204, headers });
      headers.set('Content-Type', 'application/json');
      return new HttpResponse(request.method === 'HEAD' ? null : text, { status: route.status ?? 200, headers });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error, request, headers);
      throw error;
    }
  };
}

function problemResponse(error: ProblemError, request: Request, headers: Headers): Response {
  headers.set('Content-Type', 'application/problem+json');
  if (error instanceof AuthenticationError) headers.set('WWW-Authenticate', error.challenge);
  return new HttpResponse(JSON.stringify(problemBody(error, request)), { status: error.status, headers });
}

/** `/zaken/:uuid` → a RegExp that matches the path part after the base. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
