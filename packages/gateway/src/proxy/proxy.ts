/**
 * The HTTP plumbing of the proxy: allowlist → query and body checks → gateway-to-upstream URL translation →
 * the API's policy rule → the upstream call → filtering and upstream-to-gateway URL translation. It knows
 * nothing of residents: every decision about whose data this is belongs to the rules (`policy/`).
 * @module
 */
import { GATEWAY_PATHS, type ApiName, type Vertrouwelijkheidaanduiding } from '@klantbeeld/core';
import type { Principal } from '../session/principal.js';
import { checkQuery, matchPath } from './allowlist/allowlist.js';
import type { ProxyConfig } from './config.js';
import { Denied, invalid, notFound, PRIVATE_HEADERS, problem, shielded, type InvalidParam } from './problem.js';
import type { EmployeeProfile } from '../config/employee-schema.js';
import { shieldedOperation } from '../medewerker/access.js';
import { POLICIES } from './policy/index.js';
import { OwnershipCache } from './policy/ownership-cache.js';
import type { Plan, Query } from './policy/rule.js';
import { isObject, Scope, type ScopingOptions } from './policy/scope.js';
import { contentDisposition, downloadContentType } from './rewrite/content-disposition.js';
import { UrlMap, type BasePair } from './rewrite/url-map.js';
import { discard, newTraceId, UpstreamClient, type UpstreamObserver } from './upstream/client.js';
import { PROBES } from './upstream/probe.js';
import { UpstreamError } from './upstream/errors.js';
import type { ApiProxy, ApiRequest, ApiResponse } from './types.js';

/** The fields a resident-facing BRP answer needs by default (no relatives: their data is theirs). */
export const DEFAULT_BRP_FIELDS: readonly string[] = [
  'burgerservicenummer',
  'naam',
  'geslacht',
  'geboorte',
  'leeftijd',
  'overlijden',
  'adressering',
  'verblijfplaats',
  'nationaliteiten',
  'gemeenteVanInschrijving',
];

/** Headers every upstream of an API gets (the VNG Zaken document requires both CRS headers on `/zaken`). */
const API_HEADERS: Partial<Record<ApiName, Record<string, string>>> = {
  zaken: { 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' },
  objecten: { 'accept-crs': 'EPSG:4326' },
};

/** Browser request headers passed on (everything else, cookies and credentials first, stays behind). */
const FORWARDED_REQUEST_HEADERS = ['if-none-match', 'accept-language'];
/** Upstream answer headers passed back (besides the rewritten `location` and `link`). */
const FORWARDED_RESPONSE_HEADERS = ['etag', 'api-version', 'content-crs', 'last-modified'];

/** Largest JSON document depth accepted in a write (the server also limits the size). */
const MAX_BODY_DEPTH = 32;

function depth(value: unknown, level = 0): number {
  if (level > MAX_BODY_DEPTH || value === null || typeof value !== 'object') return level;
  return Math.max(level, ...Object.values(value).map((v) => depth(v, level + 1)));
}

/** The query as a string, in order (URLSearchParams encoding). */
function queryString(query: Query): string {
  const search = new URLSearchParams();
  for (const [name, values] of query) for (const value of values) search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Optional observers of the proxy (not configuration: code the server passes in). */
export interface ProxyHooks {
  /** Called after every upstream call with its API, outcome and duration (for metrics; nothing personal). */
  readonly onUpstream?: UpstreamObserver;
  /** Other APIs the gateway serves (partner organisations): their URLs are translated in answers, never called here. */
  readonly related?: readonly BasePair[];
}

/** The proxy for one configuration. */
export class ScopedProxy implements ApiProxy {
  readonly #upstreams = new Map<ApiName, UpstreamClient>();
  readonly #urls: UrlMap;
  readonly #publicPath: string;
  readonly #cache: OwnershipCache;
  readonly #scoping: ScopingOptions;
  /** Zaaktype URL → identificatie, for the zaaktypen of employee profiles. */
  readonly #zaaktypen = new OwnershipCache(5 * 60_000, 1000);

  constructor(config: ProxyConfig, hooks: ProxyHooks = {}) {
    const publicUrl = config.publicUrl.replace(/\/+$/, '');
    this.#publicPath = new URL(publicUrl).pathname.replace(/\/+$/, '');
    const pairs = [];
    for (const [api, upstream] of Object.entries(config.upstreams) as [ApiName, NonNullable<ProxyConfig['upstreams'][ApiName]>][]) {
      const client = new UpstreamClient(api, upstream, API_HEADERS[api], hooks.onUpstream);
      this.#upstreams.set(api, client);
      pairs.push({ api, upstream: client.base, public: publicUrl + GATEWAY_PATHS[api] });
    }
    this.#urls = new UrlMap([...pairs, ...(hooks.related ?? [])]);
    const s = config.scoping ?? {};
    this.#cache = new OwnershipCache(s.ownershipCacheMs ?? 30_000, s.ownershipCacheSize ?? 10_000);
    this.#scoping = {
      zaakMaxVertrouwelijkheid: s.zaakMaxVertrouwelijkheid ?? ('openbaar' satisfies Vertrouwelijkheidaanduiding),
      documentMaxVertrouwelijkheid: s.documentMaxVertrouwelijkheid ?? 'openbaar',
      kvkRolFilter: s.kvkRolFilter ?? 'kvkNummer',
      partijBsn: s.partijBsn ?? { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', codeRegister: 'brp' },
      partijKvk: s.partijKvk ?? { codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', codeRegister: 'hr' },
      objecttypes: s.objecttypes ?? [],
      brpFields: s.brpFields ?? DEFAULT_BRP_FIELDS,
    };
  }

  async handle(request: ApiRequest, principal: Principal): Promise<ApiResponse> {
    try {
      return await this.#handle(request, principal);
    } catch (error) {
      if (error instanceof Denied) return error.response;
      if (error instanceof UpstreamError) return problem(error.status);
      // A fault of the gateway itself: the answer says nothing about it (the server logs the request).
      return problem(502);
    }
  }

  async #handle(request: ApiRequest, principal: Principal): Promise<ApiResponse> {
    const upstream = this.#upstreams.get(request.api);
    const policy = POLICIES[request.api];
    if (!upstream || !policy) return notFound();
    const prefix = this.#publicPath + GATEWAY_PATHS[request.api];
    const pathname = request.url.pathname;
    if (!pathname.startsWith(`${prefix}/`)) return notFound();
    const path = pathname.slice(prefix.length);
    const matched = matchPath(request.api, request.method, path);
    const rule = matched ? policy[matched.operation.id] : undefined;
    if (!matched || !rule) return notFound();
    // Employee mode: what the profile does not grant is shielded (403, so the page can say so), before anything is read.
    if (principal.doelbinding && shieldedOperation(principal.doelbinding.profile, request.api, request.method, matched.operation.id)) return shielded();

    const checked = checkQuery(matched.operation, request.url.searchParams);
    if ('invalid' in checked) return problem(400, checked.invalid);
    const query: Query = new Map([...checked.query].map(([name, values]) => [name, values.map((v) => this.#urls.toUpstream(v))]));

    let body: unknown;
    const raw = request.body && request.body.length > 0 ? request.body : undefined;
    if (raw && !matched.operation.body) return invalid('body', 'Deze operatie heeft geen body.');
    if (!raw && matched.operation.body) return invalid('body', 'Een JSON-body is verplicht.', 'required');
    if (raw) {
      const type = request.headers['content-type'] ?? '';
      if (!/^application\/(merge-patch\+)?json\b/i.test(type.trim()))
        return problem(400, [{ name: 'content-type', code: 'unsupported', reason: 'Verwacht application/json.' }]);
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as unknown;
      } catch {
        return invalid('body', 'Geen geldige JSON.', 'parse-error');
      }
      if (depth(body) > MAX_BODY_DEPTH) return invalid('body', 'Te diep genest.');
      body = this.#urls.upstreamJson(body);
    }

    const traceId = newTraceId();
    const doelbinding = principal.doelbinding;
    const scoping = doelbinding ? employeeScoping(this.#scoping, doelbinding.profile) : this.#scoping;
    const scope = new Scope(principal.subject, scoping, this.#upstreams, this.#cache, request.signal, traceId, doelbinding, this.#zaaktypen);
    const url = upstream.base + path;
    const plan = await rule({ match: { ...matched, query: checked.query }, subject: principal.subject, url, query, body, scope });
    return this.#serve(request, matched.operation.query, upstream, url, query, body, plan, traceId);
  }

  async #serve(
    request: ApiRequest,
    browserParams: Readonly<Record<string, unknown>>,
    upstream: UpstreamClient,
    url: string,
    query: Query,
    body: unknown,
    plan: Plan,
    traceId: string,
  ): Promise<ApiResponse> {
    const finalQuery = plan.query ?? query;
    const links = { browserParams, injected: injectedPairs(query, finalQuery) };
    if (plan.answer !== undefined) return this.#json(200, {}, plan.filter ? await plan.filter(plan.answer) : plan.answer, links);
    const target = url + queryString(finalQuery);
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const sendBody = plan.body ?? body;
    if (sendBody !== undefined) headers['content-type'] = 'application/json';
    const call = {
      method: request.method,
      url: target,
      headers,
      body: sendBody === undefined ? undefined : JSON.stringify(sendBody),
      signal: request.signal,
      traceId,
    };

    if (plan.download) {
      const answer = await upstream.stream(call);
      if (answer.status !== 200) {
        discard(answer.body);
        return answer.status === 304 ? { status: 304, headers: { ...PRIVATE_HEADERS }, body: null } : notFound();
      }
      const out: Record<string, string> = {
        ...PRIVATE_HEADERS,
        'content-type': downloadContentType(answer.headers['content-type']),
        'content-disposition': contentDisposition(plan.download.filename),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      };
      if (answer.headers['content-length']) out['content-length'] = answer.headers['content-length'];
      return { status: 200, headers: out, body: answer.body };
    }

    const answer = await upstream.json(call);
    const passed: Record<string, string> = {};
    for (const name of FORWARDED_RESPONSE_HEADERS) if (answer.headers[name]) passed[name] = answer.headers[name];
    if (answer.status === 304) return { status: 304, headers: { ...PRIVATE_HEADERS, ...passed }, body: null };
    if (answer.status === 204) return { status: 204, headers: { ...PRIVATE_HEADERS }, body: null };
    if (answer.status === 404 || answer.status === 410) return notFound();
    if (answer.status >= 400) return this.#upstreamRefusal(answer.status, answer.data);
    if (answer.status >= 300) return problem(502);
    if (answer.headers.location) passed.location = this.#urls.toPublic(answer.headers.location);
    if (answer.headers.link) passed.link = this.#urls.publicLink(answer.headers.link);
    const data = plan.filter ? await plan.filter(answer.data) : answer.data;
    return this.#json(answer.status, passed, data, links);
  }

  /** A JSON answer with upstream URLs translated; pagination links keep only what the browser may send. */
  #json(status: number, headers: Record<string, string>, data: unknown, links: PageLinkRules): ApiResponse {
    let out = this.#urls.publicJson(data);
    if (isObject(out)) {
      const page = { ...out };
      for (const key of ['next', 'previous'] as const) if (typeof page[key] === 'string') page[key] = this.#pageLink(page[key], links);
      out = page;
    }
    return { status, headers: { ...PRIVATE_HEADERS, ...headers, 'content-type': 'application/json' }, body: JSON.stringify(out) };
  }

  /**
   * A `next`/`previous` link for the browser: a gateway URL with only the parameters the browser may send
   * (the injected BSN, KvK, partij and cap filters are added again on the next request, never shown).
   */
  #pageLink(link: string, { browserParams, injected }: PageLinkRules): string | null {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return null;
    }
    if (this.#urls.upstreamApi(this.#urls.toUpstream(link)) === undefined) return null;
    const kept = new URLSearchParams();
    for (const [name, value] of url.searchParams) {
      if (!Object.hasOwn(browserParams, name) || injected.has(`${name}=${this.#urls.toUpstream(value)}`)) continue;
      kept.append(name, value);
    }
    const search = kept.toString();
    return `${url.origin}${url.pathname}${search ? `?${search}` : ''}`;
  }

  /** A 4xx of the upstream: its status, and for a 400 only the names and codes of the refused parameters. */
  #upstreamRefusal(status: number, data: unknown): ApiResponse {
    if (status !== 400) return problem(status === 401 || status === 403 ? 502 : status);
    const params: InvalidParam[] = [];
    if (isObject(data) && Array.isArray(data.invalidParams)) {
      for (const p of data.invalidParams.slice(0, 20)) {
        if (isObject(p) && typeof p.name === 'string')
          params.push({ name: p.name.slice(0, 100), code: typeof p.code === 'string' ? p.code.slice(0, 50) : 'invalid', reason: 'Ongeldige waarde.' });
      }
    }
    return problem(400, params);
  }

  async probe(signal: AbortSignal): Promise<Readonly<Record<string, boolean>>> {
    const entries = await Promise.all([...this.#upstreams].map(async ([api, client]) => [api, await client.probe(PROBES[api], signal)] as const));
    return Object.fromEntries(entries);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#upstreams.values()].map((client) => client.close()));
  }
}

/** The scoping of an employee's request: the profile's caps and BRP fields instead of the resident's. */
function employeeScoping(base: ScopingOptions, profile: EmployeeProfile): ScopingOptions {
  return {
    ...base,
    zaakMaxVertrouwelijkheid: profile.maxVertrouwelijkheid.zaken,
    documentMaxVertrouwelijkheid: profile.maxVertrouwelijkheid.documenten,
    brpFields: profile.brpFields ?? [],
  };
}

/** What a pagination link for the browser may keep. */
interface PageLinkRules {
  /** The operation's browser parameters. */
  readonly browserParams: Readonly<Record<string, unknown>>;
  /** `name=value` pairs the rule added (filters on the subject), dropped from links even where the name is a browser parameter. */
  readonly injected: ReadonlySet<string>;
}

/** The `name=value` pairs of `final` the browser did not send. */
function injectedPairs(sent: Query, final: Query): Set<string> {
  const pairs = new Set<string>();
  for (const [name, values] of final) for (const value of values) if (!sent.get(name)?.includes(value)) pairs.add(`${name}=${value}`);
  return pairs;
}
