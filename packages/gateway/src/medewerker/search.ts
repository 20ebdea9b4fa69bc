/**
 * Finding a klant for an employee, with the gateway's own upstream credentials: a BSN or a surname and
 * birth date in the BRP, a KvK number, e-mail address or phone number in Klantinteracties (a digitaal
 * adres leads to its partij, the partij's identificator to the BSN or KvK number). What is found is kept
 * server-side; the page gets names, birth dates and a short address line, never a BSN.
 * @module
 */
import type { KlantSummary } from '@klantbeeld/core';
import type { GatewayConfig } from '../config/types.js';
import { isObject, text, type JsonObject } from '../proxy/policy/scope.js';
import { newTraceId, UpstreamClient, type UpstreamObserver } from '../proxy/upstream/client.js';
import type { Subject } from '../session/principal.js';
import type { RememberedKlant } from './klant-context.js';

/** A search that cannot be answered because its source is down or answered a fault. */
export class SearchSourceUnavailable extends Error {
  override readonly name = 'SearchSourceUnavailable';
}

/** One match with what the page may see of it. */
export interface KlantMatch extends RememberedKlant {
  readonly birthDate?: string;
  readonly address?: string;
}

/** A validated query. */
export type CheckedQuery =
  | { readonly by: 'bsn'; readonly bsn: string }
  | { readonly by: 'naam'; readonly surname: string; readonly birthDate: string }
  | { readonly by: 'kvk'; readonly kvk: string }
  | { readonly by: 'email' | 'telefoon'; readonly adres: string };

/** Most matches a search collects (a page is 10): a search this broad should be narrowed, not browsed. */
const MAX_MATCHES = 200;
const BRP_FIELDS = ['burgerservicenummer', 'naam', 'geboorte', 'adressering'];

/** The klant search of one gateway. */
export class KlantSearch {
  readonly #brp: UpstreamClient | undefined;
  readonly #klantinteracties: UpstreamClient | undefined;

  constructor(
    private readonly config: GatewayConfig,
    observe?: UpstreamObserver,
  ) {
    const { brp, klantinteracties } = config.upstreams;
    this.#brp = brp && new UpstreamClient('brp', brp, {}, observe);
    this.#klantinteracties = klantinteracties && new UpstreamClient('klantinteracties', klantinteracties, {}, observe);
  }

  /** Every match of `query` (bounded). Throws {@link SearchSourceUnavailable}. */
  async find(query: CheckedQuery, signal: AbortSignal): Promise<KlantMatch[]> {
    switch (query.by) {
      case 'bsn':
        return this.#brpSearch({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [query.bsn] }, signal);
      case 'naam':
        return this.#brpSearch({ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', geslachtsnaam: query.surname, geboortedatum: query.birthDate }, signal);
      case 'kvk':
        return this.#partijen(this.#kvkFilter(query.kvk), signal);
      default:
        return this.#byDigitaalAdres(query.adres, signal);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.#brp?.close(), this.#klantinteracties?.close()]);
  }

  async #get(client: UpstreamClient | undefined, method: string, url: string, signal: AbortSignal, body?: unknown): Promise<unknown> {
    if (!client) throw new SearchSourceUnavailable('not configured');
    let answer;
    try {
      answer = await client.json({
        method,
        url,
        signal,
        traceId: newTraceId(),
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
    } catch {
      throw new SearchSourceUnavailable(client.api);
    }
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw new SearchSourceUnavailable(client.api);
    return answer.data;
  }

  async #brpSearch(body: Record<string, unknown>, signal: AbortSignal): Promise<KlantMatch[]> {
    const data = await this.#get(this.#brp, 'POST', `${this.#brp?.base ?? ''}/personen`, signal, { ...body, fields: BRP_FIELDS });
    const personen = isObject(data) && Array.isArray(data.personen) ? data.personen.slice(0, MAX_MATCHES) : [];
    return personen.flatMap((persoon) => {
      const bsn = text(persoon, 'burgerservicenummer');
      if (!isObject(persoon) || bsn === undefined) return [];
      const birthDate = text(isObject(persoon.geboorte) ? persoon.geboorte.datum : undefined, 'datum');
      const adressering = isObject(persoon.adressering) ? persoon.adressering : {};
      const address = [text(adressering, 'adresregel1'), text(adressering, 'adresregel2')].filter((line) => line).join(', ');
      const klant: KlantSummary = { kind: 'persoon', displayName: persoonName(persoon), ...(birthDate ? { birthDate } : {}) };
      return [{ subject: { kind: 'persoon', bsn }, klant, ...(birthDate ? { birthDate } : {}), ...(address ? { address } : {}) }];
    });
  }

  #kvkFilter(kvk: string): URLSearchParams {
    const codes = this.config.scoping?.partijKvk ?? { codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', codeRegister: 'hr' };
    return new URLSearchParams({
      partijIdentificator__codeObjecttype: codes.codeObjecttype,
      partijIdentificator__codeSoortObjectId: codes.codeSoortObjectId,
      partijIdentificator__codeRegister: codes.codeRegister,
      partijIdentificator__objectId: kvk,
    });
  }

  async #partijen(filter: URLSearchParams, signal: AbortSignal): Promise<KlantMatch[]> {
    const base = this.#klantinteracties?.base ?? '';
    const data = await this.#get(this.#klantinteracties, 'GET', `${base}/partijen?${filter}`, signal);
    const partijen = isObject(data) && Array.isArray(data.results) ? data.results : [];
    return partijen.flatMap((partij) => this.#match(partij));
  }

  async #byDigitaalAdres(adres: string, signal: AbortSignal): Promise<KlantMatch[]> {
    const base = this.#klantinteracties?.base ?? '';
    const data = await this.#get(this.#klantinteracties, 'GET', `${base}/digitaleadressen?${new URLSearchParams({ adres })}`, signal);
    const adressen = isObject(data) && Array.isArray(data.results) ? data.results : [];
    // Filtered here too: an upstream that ignores `adres` must not turn this into a list of everyone.
    const partijUuids = [
      ...new Set(
        adressen
          .filter((a) => isObject(a) && normalise(text(a, 'adres') ?? '') === normalise(adres))
          .map((a) => text(isObject(a) ? a.verstrektDoorPartij : undefined, 'uuid'))
          .filter((uuid): uuid is string => uuid !== undefined),
      ),
    ].slice(0, 20);
    const partijen = await Promise.all(partijUuids.map((uuid) => this.#get(this.#klantinteracties, 'GET', `${base}/partijen/${uuid}`, signal)));
    return partijen.flatMap((partij) => this.#match(partij));
  }

  /** A partij as a match when it carries a BSN or KvK identificator. */
  #match(partij: unknown): KlantMatch[] {
    if (!isObject(partij)) return [];
    const subject = this.#subjectOf(partij);
    if (!subject) return [];
    const identificatie = isObject(partij.partijIdentificatie) ? partij.partijIdentificatie : {};
    const displayName = subject.kind === 'organisatie' ? (text(identificatie, 'naam') ?? '') : contactName(identificatie);
    return [{ subject, klant: { kind: subject.kind, displayName } }];
  }

  #subjectOf(partij: JsonObject): Subject | undefined {
    const scoping = this.config.scoping;
    const bsnCode = scoping?.partijBsn?.codeSoortObjectId ?? 'bsn';
    const kvkCode = scoping?.partijKvk?.codeSoortObjectId ?? 'kvk_nummer';
    const ids = Array.isArray(partij.partijIdentificatoren) ? partij.partijIdentificatoren : [];
    for (const entry of ids) {
      const id = isObject(entry) ? entry.partijIdentificator : undefined;
      const objectId = text(id, 'objectId');
      if (objectId === undefined) continue;
      if (text(id, 'codeSoortObjectId') === bsnCode && /^\d{9}$/.test(objectId)) return { kind: 'persoon', bsn: objectId };
      if (text(id, 'codeSoortObjectId') === kvkCode && /^\d{8}$/.test(objectId)) return { kind: 'organisatie', kvk: objectId };
    }
    return undefined;
  }
}

/** E-mail addresses compare case-insensitively, phone numbers without spaces or dashes. */
function normalise(adres: string): string {
  return adres.trim().toLowerCase().replace(/[\s-]/g, '');
}

function persoonName(persoon: JsonObject): string {
  const naam = isObject(persoon.naam) ? persoon.naam : {};
  const full = text(naam, 'volledigeNaam');
  if (full) return full;
  return [text(naam, 'voornamen'), text(naam, 'voorvoegsel'), text(naam, 'geslachtsnaam')].filter((part) => part).join(' ');
}

function contactName(identificatie: JsonObject): string {
  const naam = isObject(identificatie.contactnaam) ? identificatie.contactnaam : {};
  return [text(naam, 'voornaam'), text(naam, 'voorvoegselAchternaam'), text(naam, 'achternaam')].filter((part) => part).join(' ');
}
