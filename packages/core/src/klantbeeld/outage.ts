/**
 * One message for a failure of the whole page: when several views fail for the same reason that is not theirs
 * (the gateway is down, the session expired), a page shows that once, with one retry for all, instead of once per view.
 * @module
 */
import { isKlantbeeldError, type ErrorKind } from '../transport/errors.js';

/**
 * The kinds of failure that are about the connection or the session, not about one view's data: the same failure
 * in several views is one outage. (`not-found`, `forbidden`, `validation`, … stay each view's own.)
 */
const PAGE_WIDE: ReadonlySet<ErrorKind> = new Set(['network', 'timeout', 'server', 'rate-limited', 'not-authenticated']);

/** A failure shared by the views of a page: its kind and how many views it hit. */
export interface Outage {
  readonly kind: ErrorKind;
  readonly count: number;
}

/**
 * Collects the failures of the views of a page and says when they are one outage: a page-wide kind of failure (see
 * above) in at least two views, or an expired session (`not-authenticated`) in one, since signing in again is the
 * page's business. {@link retryAll} retries every failed view at once.
 *
 * `Source` is whatever identifies a view (an element, a name). Report each failure, and resolve the view when it
 * loads again or goes away; `onChange` runs when {@link outage} changes.
 */
export class OutageMonitor<Source> {
  readonly #failures = new Map<Source, { readonly kind: ErrorKind | undefined; readonly retry: (() => void) | undefined }>();
  readonly #onChange: ((outage: Outage | undefined) => void) | undefined;
  #outage: Outage | undefined;

  constructor(onChange?: (outage: Outage | undefined) => void) {
    this.#onChange = onChange;
  }

  /** The outage now, or undefined when the failures (if any) are each view's own. */
  get outage(): Outage | undefined {
    return this.#outage;
  }

  /** Whether `error` is part of the current outage (a view then shows a short note instead of its own message). */
  covers(error: unknown): boolean {
    return this.#outage !== undefined && isKlantbeeldError(error) && error.kind === this.#outage.kind;
  }

  /** `source` failed with `error`; `retry` loads it again. */
  report(source: Source, error: unknown, retry?: () => void): void {
    this.#failures.set(source, { kind: isKlantbeeldError(error) ? error.kind : undefined, retry });
    this.#update();
  }

  /** `source` loaded (or went away): it no longer counts. */
  resolve(source: Source): void {
    if (this.#failures.delete(source)) this.#update();
  }

  /** Retries every failed view (each reports again if it fails again). */
  retryAll(): void {
    const retries = [...this.#failures.values()].map(({ retry }) => retry);
    this.#failures.clear();
    this.#update();
    for (const retry of retries) retry?.();
  }

  #update(): void {
    const counts = new Map<ErrorKind, number>();
    for (const { kind } of this.#failures.values()) if (kind && PAGE_WIDE.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    let next: Outage | undefined;
    for (const [kind, count] of counts) {
      const enough = count >= 2 || kind === 'not-authenticated';
      // An expired session first: signing in again is what the resident must do before anything else works.
      if (enough && (!next || kind === 'not-authenticated' || (next.kind !== 'not-authenticated' && count > next.count))) next = { kind, count };
    }
    if (next?.kind === this.#outage?.kind && next?.count === this.#outage?.count) return;
    this.#outage = next;
    this.#onChange?.(next);
  }
}
