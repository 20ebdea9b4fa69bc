/**
 * Who may receive a notification: the candidates come from the upstream with the gateway's own
 * credentials (the parties in a zaak's rollen, the owner named in an object, the partij's identificator),
 * remembered briefly in a bounded cache; each candidate is then confirmed by reading the notification's
 * `hoofdObject` through the gateway's proxy as that candidate. A message reaches exactly the residents
 * whose own read of the object would succeed.
 * @module
 */
import { createHmac } from 'node:crypto';
import type { Notificatie } from '@klantbeeld/core';
import { OwnershipCache } from '../proxy/policy/ownership-cache.js';
import { isObject, subjectKey, text } from '../proxy/policy/scope.js';
import type { ObjecttypeScope, PartijIdentificatorCodes } from '../proxy/config.js';
import type { UpstreamClient } from '../proxy/upstream/client.js';
import type { ApiProxy } from '../proxy/types.js';
import type { Subject } from '../session/principal.js';
import { readAs } from './proxy-fetch.js';

/** A lookup list follows `next` at most this often. */
const MAX_PAGES = 20;

/** The opaque key of a subject in events and the replay buffer (an HMAC: no BSN leaves the process). */
export function audienceKey(subject: Subject, secret: string): string {
  return createHmac('sha256', secret).update(subjectKey(subject)).digest('base64url').slice(0, 32);
}

/** The upstream clients the lookups use, per source (`''` = the municipality, else the partner's name). */
export interface AudienceUpstreams {
  readonly zaken?: UpstreamClient;
  readonly objecten?: UpstreamClient;
  readonly klantinteracties?: UpstreamClient;
}

/** What the resolver needs. */
export interface AudienceOptions {
  readonly proxy: ApiProxy;
  readonly publicPath: string;
  /** Per source: `''` for the municipality, a partner's name for its zaken. */
  readonly upstreams: ReadonlyMap<string, AudienceUpstreams>;
  readonly objecttypes: readonly ObjecttypeScope[];
  readonly partijBsn: PartijIdentificatorCodes;
  readonly partijKvk: PartijIdentificatorCodes;
  readonly cacheMs: number;
  readonly cacheSize: number;
}

/** Finds and confirms the audience of notifications. */
export class AudienceResolver {
  readonly #candidates: OwnershipCache;

  constructor(private readonly options: AudienceOptions) {
    this.#candidates = new OwnershipCache(options.cacheMs, options.cacheSize);
  }

  /** Candidates remembered (for tests of the bound). */
  get cached(): number {
    return this.#candidates.size;
  }

  /**
   * The subjects who may read the notification's `hoofdObject` now. `upstream` is the message as the
   * source sent it, `publicHoofdObject` the same URL as the gateway serves it.
   */
  async resolve(source: string, upstream: Notificatie, publicHoofdObject: string, signal: AbortSignal): Promise<Subject[]> {
    const candidates = await this.#candidatesOf(source, upstream, signal);
    const confirmed = await Promise.all(
      candidates.map(async (subject) =>
        (await readAs(this.options.proxy, subject, publicHoofdObject, this.options.publicPath, signal)).status === 200 ? subject : undefined,
      ),
    );
    return confirmed.filter((subject) => subject !== undefined);
  }

  async #candidatesOf(source: string, message: Notificatie, signal: AbortSignal): Promise<Subject[]> {
    const upstreams = this.options.upstreams.get(source);
    if (!upstreams) return [];
    const key = `${source}|${message.hoofdObject}`;
    // A change of roles must be seen at once; the rol message itself is matched against the new roles.
    if (message.resource === 'rol') this.#candidates.set(key, undefined);
    const cached = await this.#candidates.get<Subject[] | undefined>(key, async () => undefined);
    if (cached) return cached;
    let found: Subject[] = [];
    if (message.kanaal === 'zaken' && upstreams.zaken?.holds(message.hoofdObject))
      found = await this.#rolSubjects(upstreams.zaken, message.hoofdObject, signal);
    else if (message.kanaal === 'objecten' && upstreams.objecten?.holds(message.hoofdObject))
      found = await this.#objectOwner(upstreams.objecten, message.hoofdObject, signal);
    else if (message.kanaal === 'klantinteracties' && upstreams.klantinteracties?.holds(message.hoofdObject))
      found = await this.#partijSubject(upstreams.klantinteracties, message.hoofdObject, signal);
    this.#candidates.set(key, found);
    return found;
  }

  /** The parties named in the zaak's rollen (persons by BSN, companies by KvK number and vestiging). */
  async #rolSubjects(zaken: UpstreamClient, zaakUrl: string, signal: AbortSignal): Promise<Subject[]> {
    const rollen = await listAll(zaken, `${zaken.base}/rollen?zaak=${encodeURIComponent(zaakUrl)}`, signal);
    const subjects = new Map<string, Subject>();
    const add = (subject: Subject) => subjects.set(subjectKey(subject), subject);
    for (const rol of rollen) {
      if (!isObject(rol) || rol.zaak !== zaakUrl) continue;
      const id = rol.betrokkeneIdentificatie;
      const bsn = text(id, 'inpBsn');
      const kvk = text(id, 'kvkNummer') ?? text(id, 'innNnpId');
      const vestiging = text(id, 'vestigingsNummer');
      if (rol.betrokkeneType === 'natuurlijk_persoon' && bsn) add({ kind: 'persoon', bsn });
      if (rol.betrokkeneType === 'niet_natuurlijk_persoon' && kvk) add({ kind: 'organisatie', kvk });
      if (rol.betrokkeneType === 'vestiging' && kvk) {
        add({ kind: 'organisatie', kvk });
        if (vestiging) add({ kind: 'organisatie', kvk, vestiging });
      }
    }
    return [...subjects.values()];
  }

  /** The owner an object names at its objecttype's configured BSN or KvK path. */
  async #objectOwner(objecten: UpstreamClient, objectUrl: string, signal: AbortSignal): Promise<Subject[]> {
    const record = await getJson(objecten, objectUrl, signal);
    const scope = this.options.objecttypes.find((type) => isObject(record) && type.url === record.type);
    const data = isObject(record) && isObject(record.record) ? record.record.data : undefined;
    if (!scope || scope.public) return [];
    const subjects: Subject[] = [];
    const bsn = scope.bsnPath ? at(data, scope.bsnPath) : undefined;
    const kvk = scope.kvkPath ? at(data, scope.kvkPath) : undefined;
    if (bsn && /^\d{9}$/.test(bsn)) subjects.push({ kind: 'persoon', bsn });
    if (kvk && /^\d{8}$/.test(kvk)) subjects.push({ kind: 'organisatie', kvk });
    return subjects;
  }

  /** The resident or company a partij identifies (its BSN or KvK identificator). */
  async #partijSubject(klantinteracties: UpstreamClient, partijUrl: string, signal: AbortSignal): Promise<Subject[]> {
    if (!/\/partijen\/[^/]+$/.test(new URL(partijUrl).pathname)) return [];
    const partij = await getJson(klantinteracties, partijUrl, signal);
    const list = isObject(partij) && Array.isArray(partij.partijIdentificatoren) ? partij.partijIdentificatoren : [];
    const subjects: Subject[] = [];
    for (const entry of list) {
      const id = isObject(entry) ? entry.partijIdentificator : undefined;
      const objectId = text(id, 'objectId');
      if (!objectId) continue;
      if (text(id, 'codeSoortObjectId') === this.options.partijBsn.codeSoortObjectId) subjects.push({ kind: 'persoon', bsn: objectId });
      if (text(id, 'codeSoortObjectId') === this.options.partijKvk.codeSoortObjectId) subjects.push({ kind: 'organisatie', kvk: objectId });
    }
    return subjects;
  }
}

async function getJson(client: UpstreamClient, url: string, signal: AbortSignal): Promise<unknown> {
  const answer = await client.json({ method: 'GET', url, signal });
  return answer.status === 200 ? answer.data : undefined;
}

/** Every item of a list (plain array or pages within the upstream, bounded). */
async function listAll(client: UpstreamClient, url: string, signal: AbortSignal): Promise<unknown[]> {
  const items: unknown[] = [];
  let next: string | undefined = url;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const data = await getJson(client, next, signal);
    if (Array.isArray(data)) return data as unknown[];
    if (!isObject(data) || !Array.isArray(data.results)) break;
    items.push(...(data.results as unknown[]));
    next = typeof data.next === 'string' && client.holds(data.next) ? data.next : undefined;
  }
  return items;
}

/** The string at a dot-separated path. */
function at(value: unknown, path: string): string | undefined {
  let current = value;
  for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
  return typeof current === 'string' ? current : undefined;
}
