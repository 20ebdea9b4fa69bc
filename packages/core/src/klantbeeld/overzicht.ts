/**
 * The short summary on top of a klantbeeld ("in het kort"): how many zaken are open, the last contact and the
 * preferred channel. Each figure comes from its own API and stands on its own: one that fails, or that the employee's
 * profile shields, leaves the other two as they are. For a resident's "Mijn overzicht" and an employee's klantbeeld.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { isKlantbeeldError } from '../transport/errors.js';
import type { ApiName } from '../transport/config.js';
import type { ApiAccess } from '../medewerker/types.js';
import { listZaken } from './list-zaken.js';
import { listKlantcontacten } from './klantcontacten.js';
import { getKlantvoorkeuren, type VoorkeurskanaalRule } from './klantvoorkeuren.js';
import type { SoortDigitaalAdres } from './partij.js';

/**
 * One figure of the summary: its value; `shielded` when the employee's profile does not grant its API (the
 * gateway's 403 `shielded`, or known beforehand from the klant context's `access`: then nothing is asked); or
 * `error` with the error (its `kind` says what to tell, a retry may help).
 */
export type OverzichtFigure<T> =
  { readonly state: 'ready'; readonly value: T } | { readonly state: 'shielded' } | { readonly state: 'error'; readonly error: unknown };

/** The last contact, as far as a summary needs it: never its content. */
export interface LaatsteContact {
  /** The channel, e.g. `telefoon`, `e-mail`, `balie` (free text upstream). */
  readonly kanaal: string;
  /** When it took place (ISO 8601), when known. */
  readonly plaatsgevondenOp?: string;
}

/** The three figures of the summary. */
export interface KlantOverzicht {
  /** Number of open zaken (no einddatum), as far as the profile lets the klant's zaken be seen. */
  readonly openZaken: OverzichtFigure<number>;
  /** The most recent klantcontact; undefined when there was none. */
  readonly laatsteContact: OverzichtFigure<LaatsteContact | undefined>;
  /** The soort of the preferred digital address; undefined when none is preferred (or no partij is known). */
  readonly voorkeurskanaal: OverzichtFigure<SoortDigitaalAdres | undefined>;
}

/** Options of {@link getKlantOverzicht}. */
export interface GetKlantOverzichtOptions {
  signal?: AbortSignal;
  /**
   * In employee mode, the klant context's `access`: a figure whose API is `shielded` or not listed (deny by default)
   * is `shielded` without a request. Leave it out for a resident, who may see everything about themselves.
   */
  access?: Readonly<Partial<Record<ApiName, ApiAccess>>>;
  /** How the preferred channel is found (see `getKlantvoorkeuren`); default `'voorkeursDigitaalAdres'`. */
  voorkeurskanaalRule?: VoorkeurskanaalRule;
}

/** The gateway's answer for an API the profile does not grant: 403 with problem code `shielded`. */
function isShielded(error: unknown): boolean {
  return isKlantbeeldError(error) && (error.problem?.code === 'shielded' || (error.kind as string) === 'shielded');
}

/** One figure: `shielded` without a request when `access` denies its API; else its value, or how it failed. */
async function figure<T>(api: ApiName, options: GetKlantOverzichtOptions, read: () => Promise<T>): Promise<OverzichtFigure<T>> {
  const access = options.access;
  if (access !== undefined && (access[api] ?? 'shielded') === 'shielded') return { state: 'shielded' };
  try {
    return { state: 'ready', value: await read() };
  } catch (error) {
    // The caller gave up: that is not a figure to show, and the whole summary stops.
    if (options.signal?.aborted === true) throw error;
    return isShielded(error) ? { state: 'shielded' } : { state: 'error', error };
  }
}

/** The most recent of the contacts (the list is newest first already; a contact without a time counts as oldest). */
function newest(contacts: readonly { readonly kanaal: string; readonly plaatsgevondenOp?: string }[]): LaatsteContact | undefined {
  let found: LaatsteContact | undefined;
  let foundTime = Number.NEGATIVE_INFINITY;
  for (const contact of contacts) {
    const time = contact.plaatsgevondenOp !== undefined ? Date.parse(contact.plaatsgevondenOp) : Number.NaN;
    const at = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
    if (found === undefined || at > foundTime) {
      found = { kanaal: contact.kanaal, ...(contact.plaatsgevondenOp !== undefined ? { plaatsgevondenOp: contact.plaatsgevondenOp } : {}) };
      foundTime = at;
    }
  }
  return found;
}

/**
 * The summary of a klantbeeld: the three figures, read at the same time from the Zaken API (`listZaken`, open only)
 * and Klantinteracties (`listKlantcontacten`, `getKlantvoorkeuren`). Never rejects for a failing figure (that figure
 * is `error`), only when `signal` aborts. The requests are the ones the sections of the klantbeeld make too, so a
 * client with a cache serves them once.
 * @example
 * ```ts
 * const { openZaken } = await getKlantOverzicht(client, { access: employee.context?.access });
 * if (openZaken.state === 'ready') console.log(`${openZaken.value} lopende zaken`);
 * ```
 */
export async function getKlantOverzicht(client: KlantbeeldClient, options: GetKlantOverzichtOptions = {}): Promise<KlantOverzicht> {
  const { signal } = options;
  const [openZaken, laatsteContact, voorkeurskanaal] = await Promise.all([
    figure('zaken', options, async () => (await listZaken(client, { status: 'open', signal })).length),
    figure('klantinteracties', options, async () => newest(await listKlantcontacten(client, { signal }))),
    figure('klantinteracties', options, async () => {
      const voorkeuren = await getKlantvoorkeuren(client, {
        signal,
        ...(options.voorkeurskanaalRule ? { voorkeurskanaalRule: options.voorkeurskanaalRule } : {}),
      });
      return voorkeuren?.voorkeurskanaal;
    }),
  ]);
  return { openZaken, laatsteContact, voorkeurskanaal };
}
