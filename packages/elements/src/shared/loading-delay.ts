/**
 * The delay before a data element shows its loading state (see `KlantbeeldDataElement.loadingDelay`): a load becomes
 * "due" only once it has taken longer than the delay, so data that arrives in time is rendered ready in one update,
 * without a skeleton that flashes.
 * @module
 */
export class LoadingDelay {
  #due = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `onDue` runs when a started wait ends (the host then renders its loading state). */
  constructor(private readonly onDue: () => void) {}

  /** Whether the current load has taken longer than the delay: its loading state is rendered. */
  get due(): boolean {
    return this.#due;
  }

  /** Starts waiting `ms`, unless a wait is already running. */
  start(ms: number): void {
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#due = true;
      this.onDue();
    }, ms);
  }

  /** Stops a running wait (the element left the page); whether the load was due stays as it is. */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The load ended: no wait, nothing due. */
  reset(): void {
    this.stop();
    this.#due = false;
  }
}
