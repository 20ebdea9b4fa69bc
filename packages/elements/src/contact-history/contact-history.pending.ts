/**
 * The contacts registered through the client that `<kb-contact-history>` has not loaded yet (core's
 * `pendingKlantcontacten`): merged into what it shows, so a contact registered on the page shows at once, marked while
 * it is being saved, then as the server returned it. A reactive controller: it follows the host's client and asks for
 * an update when the pending contacts change.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pendingKlantcontacten, type KlantbeeldClient, type PendingKlantcontacten } from '@klantbeeld/core';
import type { ContactHistoryData, PastContact } from './contact-history.element.js';

export class PendingContacts implements ReactiveController {
  #store: PendingKlantcontacten | undefined;
  #client: KlantbeeldClient | undefined;
  /** The last merge, to give the same object for the same inputs (the element's paging keys on it). */
  #last: { data: ContactHistoryData; entries: unknown; zaak: string | undefined; merged: ContactHistoryData } | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly client?: KlantbeeldClient | undefined }) {
    host.addController(this);
  }

  readonly #onChange = (): void => this.host.requestUpdate();

  hostConnected(): void {
    this.#follow(this.host.client);
  }

  hostUpdate(): void {
    if (this.host.client !== this.#client) this.#follow(this.host.client);
  }

  hostDisconnected(): void {
    this.#follow(undefined);
  }

  #follow(client: KlantbeeldClient | undefined): void {
    this.#store?.removeEventListener('change', this.#onChange);
    this.#client = client;
    this.#store = client ? pendingKlantcontacten(client) : undefined;
    this.#store?.addEventListener('change', this.#onChange);
  }

  /** `data` with the pending contacts it lacks (about `zaak`, when set); `data` itself when it lacks none. */
  merge(data: ContactHistoryData | undefined, zaak: string | undefined): ContactHistoryData | undefined {
    const store = this.#store;
    if (!data || !store || store.entries.length === 0) return data;
    const last = this.#last;
    if (last && last.data === data && last.entries === store.entries && last.zaak === zaak) return last.merged;
    const contacten = data.entries.filter((entry): entry is PastContact => entry.kind === 'contact').map((entry) => entry.contact);
    const merged = store.merge(contacten, zaak === undefined ? {} : { zaak });
    const result: ContactHistoryData =
      merged.length === contacten.length
        ? data
        : {
            entries: [
              ...data.entries.filter((entry) => entry.kind !== 'contact'),
              ...merged.map((contact): PastContact => ({ kind: 'contact', url: contact.url, contact })),
            ],
          };
    this.#last = { data, entries: store.entries, zaak, merged: result };
    return result;
  }

  /** Whether the contact with this URL is still being saved. */
  isSaving(url: string): boolean {
    return this.#store?.isSaving(url) ?? false;
  }
}
