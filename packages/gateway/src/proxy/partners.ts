/**
 * Partner organisations (ketenstatus): each partner's Zaken (and Catalogi) API is served below
 * `{publicUrl}/partners/{name}` by a proxy of its own with the same policies, so a partner's zaak is the
 * resident's only when one of its rollen names them, exactly as for the municipality's own zaken. URLs
 * of each organisation in the other's answers (a deelzaak's `hoofdzaak`, a zaak's `deelzaken`) are
 * translated to the gateway's.
 * @module
 */
import type { PartnerConfig } from '../notifications/config.js';
import { servedPairs } from '../notifications/relay.js';
import type { ProxyConfig } from './config.js';
import { notFound } from './problem.js';
import { ScopedProxy, type ProxyHooks } from './proxy.js';
import type { ApiProxy, ApiRequest, ApiResponse } from './types.js';

/** The municipality's proxy and one per partner, chosen by the request's path. */
export class PartneredProxy implements ApiProxy {
  readonly #own: ApiProxy;
  readonly #partners: ReadonlyMap<string, ApiProxy>;
  readonly #partnerPath: string;

  constructor(config: ProxyConfig & { readonly partners?: readonly PartnerConfig[] }, hooks: ProxyHooks = {}) {
    const related = servedPairs(config);
    const publicUrl = config.publicUrl.replace(/\/+$/, '');
    this.#partnerPath = `${new URL(publicUrl).pathname}/partners/`;
    this.#own = new ScopedProxy(config, { ...hooks, related });
    this.#partners = new Map(
      (config.partners ?? []).map((partner) => [
        partner.name,
        new ScopedProxy(
          { publicUrl: `${publicUrl}/partners/${partner.name}`, upstreams: partner.upstreams, ...(config.scoping ? { scoping: config.scoping } : {}) },
          { ...hooks, related },
        ),
      ]),
    );
  }

  handle(request: ApiRequest, principal: Parameters<ApiProxy['handle']>[1]): Promise<ApiResponse> {
    const path = request.url.pathname;
    if (!path.startsWith(this.#partnerPath)) return this.#own.handle(request, principal);
    const name = path.slice(this.#partnerPath.length).split('/')[0] ?? '';
    const partner = this.#partners.get(name);
    return partner ? partner.handle(request, principal) : Promise.resolve(notFound());
  }

  async probe(signal: AbortSignal): Promise<Readonly<Record<string, boolean>>> {
    const own = await this.#own.probe(signal);
    const partners = await Promise.all(
      [...this.#partners].map(async ([name, proxy]) => Object.entries(await proxy.probe(signal)).map(([api, ok]) => [`partners/${name}/${api}`, ok] as const)),
    );
    return { ...own, ...Object.fromEntries(partners.flat()) };
  }

  async close(): Promise<void> {
    await Promise.all([this.#own.close(), ...[...this.#partners.values()].map((proxy) => proxy.close())]);
  }
}
