/**
 * Data that stays shown while it refreshes, and follows live changes: one reactive controller for every element
 * that keeps its view current (`<kb-status-tracker>`, `<kb-zaak-detail>`, `<kb-lopende-zaken>`).
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KlantbeeldClient, SubscribeTarget } from '@klantbeeld/core';

/** The element the controller serves: it provides the client. */
export type LiveDataHost = ReactiveControllerHost & HTMLElement & { readonly client?: KlantbeeldClient | undefined; readonly hasUpdated: boolean };

/** What the controller does for its host. */
export interface LiveDataOptions<T> {
  /**
   * What to follow now: a resource URL or a predicate over messages, with a key that names it (the subscription is
   * renewed when the key or the client changes); `undefined`: follow nothing (live off, or nothing loaded yet).
   */
  readonly target: () => { readonly key: string; readonly matches: SubscribeTarget } | undefined;
  /** What the host shows now (the `previous` of `onRefreshed`). */
  readonly shown: () => T | undefined;
  /** Loads the data again in the background. Pass `signal` to every core call. */
  readonly refresh: (client: KlantbeeldClient, signal: AbortSignal) => Promise<T>;
  /** After a refresh succeeded and its data is shown (`previous`: what was shown before). */
  readonly onRefreshed?: (next: T, previous: T | undefined) => void;
}

/**
 * Keeps the data of a live element current without ever showing its loading state again:
 * - while the host is connected and `target()` names something, it is subscribed to its live changes (the live code
 *   loads on demand, a chunk of its own in the CDN build, so the first render never waits for it);
 * - a change (or {@link refresh}) reloads in the background; what is shown stays until the new data is there; a
 *   newer refresh supersedes (aborts) an older one; a failed refresh changes nothing on screen;
 * - {@link value} is the refreshed data (undefined until a refresh succeeded); {@link reset} forgets it when the host
 *   loads anew.
 */
export class LiveData<T> implements ReactiveController {
  readonly #host: LiveDataHost;
  readonly #options: LiveDataOptions<T>;
  #value: T | undefined;
  #refresh: AbortController | undefined;
  #subscription: { readonly controller: AbortController; readonly client: KlantbeeldClient; readonly key: string } | undefined;

  constructor(host: LiveDataHost, options: LiveDataOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The data of the last successful refresh; undefined when there was none since the last {@link reset}. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Whether a background refresh is running (what was shown stays meanwhile). */
  get refreshing(): boolean {
    return this.#refresh !== undefined;
  }

  /** Whether live changes are followed now (from the moment their code starts loading). */
  get subscribed(): boolean {
    return this.#subscription !== undefined;
  }

  /** Forgets the refreshed data and stops a running refresh: the host loads anew. */
  reset(): void {
    this.#stopRefresh();
    this.#value = undefined;
  }

  /** Reloads in the background (what is shown stays until the new data is there). */
  async refresh(): Promise<void> {
    const client = this.#host.client;
    if (!client) return;
    this.#stopRefresh();
    const controller = new AbortController();
    this.#refresh = controller;
    this.#host.requestUpdate();
    const previous = this.#options.shown();
    try {
      const next = await this.#options.refresh(client, controller.signal);
      if (controller.signal.aborted) return;
      this.#value = next;
      this.#options.onRefreshed?.(next, previous);
    } catch {
      // Keep showing what was loaded; the next change tries again.
    } finally {
      if (this.#refresh === controller) {
        this.#refresh = undefined;
        this.#host.requestUpdate();
      }
    }
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe();
    this.#stopRefresh();
  }

  /** Subscribes, re-subscribes or unsubscribes to match the host's client and target now. */
  sync(): void {
    const client = this.#host.client;
    const target = this.#host.isConnected && client ? this.#options.target() : undefined;
    const current = this.#subscription;
    if (current && (!target || current.client !== client || current.key !== target.key)) this.#unsubscribe();
    if (!target || !client || this.#subscription) return;
    const controller = new AbortController();
    this.#subscription = { controller, client, key: target.key };
    import('@klantbeeld/core/live')
      .then(({ subscribe }) => {
        if (controller.signal.aborted) return;
        subscribe(client, target.matches, () => this.refresh(), {
          signal: controller.signal,
          // Stream failures are recovered from by the connection (reconnect, then polling): nothing to show.
          onError: () => {},
        });
      })
      .catch(() => {
        // No live code or no event stream configured: the data stays as loaded.
        if (this.#subscription?.controller === controller) this.#subscription = undefined;
      });
  }

  #unsubscribe(): void {
    this.#subscription?.controller.abort();
    this.#subscription = undefined;
  }

  #stopRefresh(): void {
    this.#refresh?.abort(new DOMException('Superseded.', 'AbortError'));
    this.#refresh = undefined;
  }
}
