/**
 * The in-memory data behind one mock: every resource by UUID and by URL, plus the residents. It answers
 * the one question a gateway adds to the API: may the current resident see this zaak?
 * @module
 */
import type { ApiName } from '@klantbeeld/core';
import type {
  Besluit,
  BesluitInformatieObject,
  BesluitType,
  EnkelvoudigInformatieObject,
  InformatieObjectType,
  SubStatus,
  ZaakBesluit,
  ZaakInformatieObject,
} from './types-zgw.js';
import { confinedTo, type Requester } from './requester.js';
import type { NatuurlijkPersoonIdentificatie, Resultaat, ResultaatType, Rol, RolType, Status, StatusType, Zaak, ZaakType } from './types.js';

/** Base URLs of the APIs one mock serves, e.g. `zaken: 'http://localhost:8000/zaken/api/v1'`. */
export type ApiUrls = Readonly<Record<ApiName, string>>;

/** A resident as the gateway knows them after login. */
export interface ResidentRecord {
  readonly id: string;
  readonly naam: string;
  readonly persoon: NatuurlijkPersoonIdentificatie & { readonly inpBsn: string };
}

/** A store of resources of one kind, by UUID, in creation order. */
class Collection<T extends { url: string }> {
  readonly #items = new Map<string, T>();
  constructor(private readonly index: Map<string, unknown>) {}
  set(uuid: string, item: T): void {
    this.#items.set(uuid, item);
    this.index.set(item.url, item);
  }
  get(uuid: string): T | undefined {
    return this.#items.get(uuid);
  }
  delete(uuid: string): void {
    const item = this.#items.get(uuid);
    if (item) this.index.delete(item.url);
    this.#items.delete(uuid);
  }
  /** All items, oldest first. */
  all(): T[] {
    return [...this.#items.values()];
  }
  get size(): number {
    return this.#items.size;
  }
}

/** Every resource of one mock instance. Mutated only by the fixture builder and the seeder. */
export class Dataset {
  readonly #byUrl = new Map<string, unknown>();
  readonly zaken = new Collection<Zaak>(this.#byUrl);
  readonly statussen = new Collection<Status>(this.#byUrl);
  readonly rollen = new Collection<Rol>(this.#byUrl);
  readonly resultaten = new Collection<Resultaat>(this.#byUrl);
  readonly zaaktypen = new Collection<ZaakType>(this.#byUrl);
  readonly statustypen = new Collection<StatusType>(this.#byUrl);
  readonly roltypen = new Collection<RolType>(this.#byUrl);
  readonly resultaattypen = new Collection<ResultaatType>(this.#byUrl);
  // Documenten, Besluiten and the Zaken/Catalogi resources that link to them (fixtures/documenten.ts, fixtures/besluiten.ts).
  readonly informatieobjecttypen = new Collection<InformatieObjectType>(this.#byUrl);
  readonly besluittypen = new Collection<BesluitType>(this.#byUrl);
  readonly enkelvoudiginformatieobjecten = new Collection<EnkelvoudigInformatieObject>(this.#byUrl);
  readonly zaakinformatieobjecten = new Collection<ZaakInformatieObject>(this.#byUrl);
  readonly substatussen = new Collection<SubStatus>(this.#byUrl);
  readonly besluiten = new Collection<Besluit>(this.#byUrl);
  readonly besluitinformatieobjecten = new Collection<BesluitInformatieObject>(this.#byUrl);
  readonly zaakbesluiten = new Collection<ZaakBesluit>(this.#byUrl);
  /** The bytes `/download` serves, by EIO UUID (documents without inhoud have none). */
  readonly inhoud = new Map<string, Uint8Array>();
  /** Zaaktype versions by fixture key (`parkeervergunning`, …). */
  readonly zaaktypeKeys = new Map<string, ZaakType>();
  readonly residents = new Map<string, ResidentRecord>();

  constructor(readonly urls: ApiUrls) {}

  /** Any resource by its URL (relations in ZGW are URLs). */
  byUrl<T>(url: string | null | undefined): T | undefined {
    return url ? (this.#byUrl.get(url) as T | undefined) : undefined;
  }

  /**
   * Gateway rule: a resident sees a zaak only when they are its initiator (a natuurlijk-persoon rol with
   * omschrijvingGeneriek `initiator` and their BSN). Scoping never depends on anything in the request URL.
   */
  isVisible(zaak: Zaak, resident: ResidentRecord): boolean {
    return zaak.rollen.some((url) => {
      const rol = this.byUrl<Rol>(url);
      return (
        rol !== undefined &&
        rol.omschrijvingGeneriek === 'initiator' &&
        rol.betrokkeneType === 'natuurlijk_persoon' &&
        rol.betrokkeneIdentificatie?.inpBsn === resident.persoon.inpBsn
      );
    });
  }

  /** The zaken the resident may see, newest registration first (Open Zaak's default `-pk` order). */
  zakenOf(resident: ResidentRecord): Zaak[] {
    return this.zaken
      .all()
      .filter((zaak) => this.isVisible(zaak, resident))
      .reverse();
  }

  /** Whether `requester` may see the zaak: an application every zaak, a resident those they initiated. */
  seesZaak(requester: Requester, zaak: Zaak): boolean {
    const resident = confinedTo(requester);
    return resident === undefined || this.isVisible(zaak, resident);
  }

  /** The zaken `requester` may see, newest registration first. */
  zakenFor(requester: Requester): Zaak[] {
    return this.zaken
      .all()
      .filter((zaak) => this.seesZaak(requester, zaak))
      .reverse();
  }

  /** Removes a zaak and everything that hangs from it (statussen, rollen, resultaat). */
  deleteZaak(zaak: Zaak): void {
    // Unlink hoofdzaak ↔ deelzaken that stay behind.
    const hoofdzaak = this.byUrl<Zaak>(zaak.hoofdzaak);
    const index = hoofdzaak ? hoofdzaak.deelzaken.indexOf(zaak.url) : -1;
    if (hoofdzaak && index >= 0) hoofdzaak.deelzaken.splice(index, 1);
    for (const url of zaak.deelzaken) {
      const deelzaak = this.byUrl<Zaak>(url);
      if (deelzaak) deelzaak.hoofdzaak = null;
    }
    for (const url of zaak.rollen) this.rollen.delete(uuidOf(url));
    for (const status of this.statussen.all()) if (status.zaak === zaak.url) this.statussen.delete(status.uuid);
    if (zaak.resultaat) this.resultaten.delete(uuidOf(zaak.resultaat));
    this.zaken.delete(zaak.uuid);
  }
}

/** The last path segment of a resource URL: its UUID. */
export function uuidOf(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
