/**
 * What a rule may use: the subject, the scoping options, and lookups at the upstreams (with the gateway's
 * own credentials) whose answers decide ownership, remembered briefly per subject.
 * @module
 */
import type { Vertrouwelijkheidaanduiding } from '@klantbeeld/core';
import type { Doelbinding, Subject } from '../../session/principal.js';
import { zaaktypeAllowed } from '../../medewerker/access.js';
import type { ObjecttypeScope, PartijIdentificatorCodes } from '../config.js';
import { UpstreamError } from '../upstream/errors.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { OwnershipCache } from './ownership-cache.js';

/** Scoping options with their defaults filled in. */
export interface ScopingOptions {
  readonly zaakMaxVertrouwelijkheid: Vertrouwelijkheidaanduiding;
  readonly documentMaxVertrouwelijkheid: Vertrouwelijkheidaanduiding;
  readonly kvkRolFilter: 'innNnpId' | 'kvkNummer';
  readonly partijBsn: PartijIdentificatorCodes;
  readonly partijKvk: PartijIdentificatorCodes;
  readonly objecttypes: readonly ObjecttypeScope[];
  readonly brpFields: readonly string[];
}

/** A list lookup follows `next` at most this often: ownership never depends on an unbounded walk. */
const MAX_LOOKUP_PAGES = 20;

/** A JSON object (what ZGW resources are). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not an array, not null). */
export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string at `key` of `value`, or undefined. */
export const text = (value: unknown, key: string): string | undefined => {
  const item = isObject(value) ? value[key] : undefined;
  return typeof item === 'string' ? item : undefined;
};

/** A stable key of the subject for the ownership cache (memory only, never logged). */
export function subjectKey(subject: Subject): string {
  return subject.kind === 'persoon' ? `p:${subject.bsn}` : `o:${subject.kvk}:${subject.vestiging ?? ''}`;
}

/** The lookups of one browser request. */
export class Scope {
  constructor(
    readonly subject: Subject,
    readonly options: ScopingOptions,
    private readonly upstreams: ReadonlyMap<string, UpstreamClient>,
    private readonly cache: OwnershipCache,
    private readonly signal: AbortSignal,
    private readonly traceId: string,
    /** Set for an employee's request: the profile limits zaaktypen (see {@link Scope.zaakAllowed}). */
    readonly doelbinding?: Doelbinding,
    /** Zaaktype URL → `identificatie`, shared by every request (bounded; zaaktypen rarely change). */
    private readonly zaaktypen?: OwnershipCache,
  ) {}

  /**
   * Whether the profile of an employee's request allows the zaaktype of `zaak` (always true for a
   * resident). The identificatie is read from Catalogi with the gateway's credentials and remembered.
   */
  async zaakAllowed(zaak: JsonObject): Promise<boolean> {
    const profile = this.doelbinding?.profile;
    if (!profile || (!profile.zaaktypen.include && !profile.zaaktypen.exclude)) return true;
    const zaaktype = zaak.zaaktype;
    if (!this.holds('catalogi', zaaktype)) return zaaktypeAllowed(profile, undefined);
    const lookup = async () => text(await this.fetch('catalogi', zaaktype), 'identificatie') ?? null;
    const identificatie = this.zaaktypen ? await this.zaaktypen.get(zaaktype, lookup) : await lookup();
    return zaaktypeAllowed(profile, identificatie ?? undefined);
  }

  /** Base URL of `api` at the upstream, if configured. */
  base(api: string): string | undefined {
    return this.upstreams.get(api)?.base;
  }

  /** Whether `url` lies below the configured upstream of `api`. */
  holds(api: string, url: unknown): url is string {
    return typeof url === 'string' && (this.upstreams.get(api)?.holds(url) ?? false);
  }

  /**
   * GET the JSON at `url` of `api`'s upstream: the resource, or undefined when the upstream does not have
   * it (404/410) or `url` is not the upstream's. Any other answer is a fault.
   */
  async fetch(api: string, url: string): Promise<unknown> {
    const upstream = this.upstreams.get(api);
    if (!upstream || !upstream.holds(url)) return undefined;
    const answer = await upstream.json({ method: 'GET', url, signal: this.signal, traceId: this.traceId });
    if (answer.status === 404 || answer.status === 410) return undefined;
    if (answer.status !== 200) throw new UpstreamError('invalid', api);
    return answer.data;
  }

  /** Every item of a list at `url` (a plain array, or pages followed through `next` within the upstream, bounded). */
  async items(api: string, url: string): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: string | undefined = url;
    for (let page = 0; next && page < MAX_LOOKUP_PAGES; page++) {
      const data = await this.fetch(api, next);
      if (Array.isArray(data)) return data as unknown[];
      if (!isObject(data) || !Array.isArray(data.results)) return items;
      items.push(...(data.results as unknown[]));
      next = this.holds(api, data.next) ? data.next : undefined;
    }
    return items;
  }

  /** A lookup remembered for this subject (e.g. `zaak:<url>` → owned). */
  remember<T>(what: string, lookup: () => Promise<T>): Promise<T> {
    // An employee's lookups are kept apart per profile: its caps and zaaktypen differ from the resident's.
    const profile = this.doelbinding ? `|m:${this.doelbinding.profileId}` : '';
    return this.cache.get(`${subjectKey(this.subject)}${profile}|${what}`, lookup);
  }
}
