/**
 * Contacts registered through a client that its contact history may not list yet: shown at once while the writes run
 * (`saving`), then as the server returned them (`saved`), until a list from the server has them itself. One store per
 * client, emptied when the client resets (another klant or resident): nothing of one klant is shown with another's.
 *
 * A headless user merges it into what {@link listKlantcontacten} returned and listens for `change`:
 *
 * ```ts
 * const pending = pendingKlantcontacten(client);
 * const show = async () => render(pending.merge(await listKlantcontacten(client)));
 * pending.addEventListener('change', () => void show());
 * ```
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { KlantcontactView } from './klantcontacten.js';
import { time, uuidOfReference } from './read.js';

/** A contact registered through the client. */
export interface PendingKlantcontact {
  readonly contact: KlantcontactView;
  /** `true` while its writes run (the view is the draft's); `false` once saved (the view is the server's answer). */
  readonly saving: boolean;
}

/** The registered contacts of one client; fires `change` (a plain `Event`) whenever one is added, saved or dropped. */
export interface PendingKlantcontacten extends EventTarget {
  /** Newest first. */
  readonly entries: readonly PendingKlantcontact[];
  /**
   * `views` (a contact history, newest first) with the registered contacts it does not have yet, in date order. With
   * `zaak` (URL or UUID), only those about that zaak, as `listKlantcontacten({ zaak })` lists.
   */
  merge(views: readonly KlantcontactView[], options?: { readonly zaak?: string }): KlantcontactView[];
  /** Whether the contact with this URL is still being saved. */
  isSaving(url: string): boolean;
}

/** What the registration does with its entry: replace it with the server's view, or take it away (rolled back). */
export interface PendingEntryHandle {
  saved(contact: KlantcontactView): void;
  drop(): void;
}

class Store extends EventTarget implements PendingKlantcontacten {
  entries: PendingKlantcontact[] = [];

  merge(views: readonly KlantcontactView[], options: { readonly zaak?: string } = {}): KlantcontactView[] {
    const listed = new Set(views.map((view) => view.url));
    const zaak = options.zaak === undefined ? undefined : uuidOfReference(options.zaak);
    const extra = this.entries
      .map((entry) => entry.contact)
      .filter((contact) => !listed.has(contact.url))
      .filter((contact) => zaak === undefined || contact.zaken.some((url) => uuidOfReference(url) === zaak));
    if (extra.length === 0) return [...views];
    const merged = [...views];
    // Each goes before the first listed contact that is older (undated contacts are listed last).
    for (const contact of extra) {
      const at = time(contact.plaatsgevondenOp);
      const index = merged.findIndex((view) => !(time(view.plaatsgevondenOp) >= at));
      merged.splice(index === -1 ? merged.length : index, 0, contact);
    }
    return merged;
  }

  isSaving(url: string): boolean {
    return this.entries.some((entry) => entry.saving && entry.contact.url === url);
  }

  /** Puts `entry` first, in place of any entry with the same URL (a retried registration). */
  put(entry: PendingKlantcontact, replaces?: string): void {
    this.entries = [entry, ...this.entries.filter((other) => other.contact.url !== entry.contact.url && other.contact.url !== replaces)];
    this.dispatchEvent(new Event('change'));
  }

  remove(url: string): void {
    const before = this.entries.length;
    this.entries = this.entries.filter((entry) => entry.contact.url !== url);
    if (this.entries.length !== before) this.dispatchEvent(new Event('change'));
  }

  clear(): void {
    if (this.entries.length === 0) return;
    this.entries = [];
    this.dispatchEvent(new Event('change'));
  }
}

const stores = new WeakMap<KlantbeeldClient, Store>();

function storeOf(client: KlantbeeldClient): Store {
  let store = stores.get(client);
  if (!store) {
    const created = new Store();
    // Another klant or resident: their contacts must not be shown.
    client.onReset(() => created.clear());
    stores.set(client, (store = created));
  }
  return store;
}

/** The contacts registered through `client` (see the module's description). */
export function pendingKlantcontacten(client: KlantbeeldClient): PendingKlantcontacten {
  return storeOf(client);
}

/**
 * Shows `contact` in `client`'s store at once as being saved (replacing the entry of `replaces`, a klantcontact URL of
 * a registration that is continued); the handle settles it.
 * @internal Used by `registerKlantcontact`.
 */
export function addPendingKlantcontact(client: KlantbeeldClient, contact: KlantcontactView, replaces?: string): PendingEntryHandle {
  const store = storeOf(client);
  store.put({ contact, saving: true }, replaces);
  return {
    saved: (saved) => store.put({ contact: saved, saving: false }, contact.url),
    drop: () => store.remove(contact.url),
  };
}
