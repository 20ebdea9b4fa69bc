/**
 * Open Zaak's substatussen of a zaak as the resident may see them: only those for `betrokkenen`. The
 * query asks for that doelgroep, and the answer is filtered again: an `intern` (or blank) substatus is
 * written for staff and must never reach the resident, whatever the server does with the filter.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { getSubstatussen } from '../apis/zaken.js';
import { isKlantbeeldError } from '../transport/errors.js';
import { zaakUrlOf } from './references.js';
import { objects, text, time } from './read.js';

/** One substatus: a short message for the resident under a status of their zaak. */
export interface SubstatusView {
  /** The substatus URL: its identity. */
  readonly url: string;
  /** The message, ≤ 200 characters, e.g. "We wachten op een kopie van uw kentekenbewijs." */
  readonly omschrijving: string;
  /** When it was set (ISO 8601 date-time). */
  readonly tijdstip?: string;
  /** URL of the status it belongs to (compare with a timeline step's status). */
  readonly status?: string;
}

/** Options of {@link listSubstatussen}. */
export interface ListSubstatussenOptions {
  signal?: AbortSignal;
}

/**
 * The resident-facing substatussen of a zaak, oldest first (those without `tijdstip` last). One request
 * per page: `GET /substatussen?zaak=<url>&doelgroep=betrokkenen` at the zaak's Zaken API. A Zaken API
 * without substatussen (not Open Zaak: 404) gives `[]`.
 * @param zaak a zaak URL, or the zaak resource.
 */
export async function listSubstatussen(
  client: KlantbeeldClient,
  zaak: string | { readonly url?: unknown },
  options: ListSubstatussenOptions = {},
): Promise<SubstatusView[]> {
  const zaakUrl = zaakUrlOf(zaak);
  let items: unknown[];
  try {
    items = await getSubstatussen(client, zaakUrl, { doelgroep: 'betrokkenen', signal: options.signal });
  } catch (error) {
    if (isKlantbeeldError(error) && error.kind === 'not-found') return [];
    throw error;
  }
  const views = objects(items)
    .filter((item) => item.doelgroep === 'betrokkenen' && item.zaak === zaakUrl)
    .flatMap((item): SubstatusView[] => {
      const url = text(item.url);
      const omschrijving = text(item.omschrijving);
      if (url === undefined || omschrijving === undefined) return [];
      const tijdstip = text(item.tijdstip);
      const status = text(item.status);
      return [{ url, omschrijving, ...(tijdstip !== undefined ? { tijdstip } : {}), ...(status !== undefined ? { status } : {}) }];
    });
  const at = (view: SubstatusView) => {
    const ms = time(view.tijdstip);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return views.sort((a, b) => at(a) - at(b));
}
