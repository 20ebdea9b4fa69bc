/**
 * The templates of the states a working page does not show (the error alert, the outage note, the configuration
 * message) and the `ConfigurationError` class: loaded on demand when an element first needs one (a chunk of their
 * own in the CDN build), so that an element's first load carries none of them.
 * @module
 */
export type FailureStates = typeof import('./states.js');

let loaded: FailureStates | undefined;
let loading: Promise<FailureStates> | undefined;

/** The failure states if they have loaded, else undefined. */
export function failureStates(): FailureStates | undefined {
  return loaded;
}

/** Loads the failure states (once; again after a failed load). */
export function loadFailureStates(): Promise<FailureStates> {
  loading ??= import('./states.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * An element's updates that show a failure state wait for its templates: {@link FailureStatesWait.waits} starts the
 * load and says to skip the update; the element updates again (`onLoaded`) once they are there.
 */
export class FailureStatesWait {
  #load: Promise<void> | undefined;

  constructor(private readonly onLoaded: () => void) {}

  /** Whether an update must wait: it shows a failure state (`needed`) whose templates have not loaded yet. */
  waits(needed: boolean): boolean {
    if (loaded || !needed) return false;
    this.#load ??= loadFailureStates()
      .then(
        () => this.onLoaded(),
        () => undefined,
      )
      .finally(() => {
        this.#load = undefined;
      });
    return true;
  }

  /** The load an update waits for, if any. */
  get loading(): Promise<void> | undefined {
    return this.#load;
  }
}
