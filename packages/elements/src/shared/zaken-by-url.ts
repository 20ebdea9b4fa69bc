import { listZaken, type KlantbeeldClient, type ZaakSummary } from '@klantbeeld/core';
import { isAbortError } from './data-element.js';

/**
 * The resident's cases by URL, to name the case a task or product belongs to. The names are a nicety: when the
 * cases cannot be loaded the map is empty (and what it names is shown without them); an abort still aborts.
 */
export async function zakenByUrl(client: KlantbeeldClient, signal: AbortSignal): Promise<ReadonlyMap<string, ZaakSummary>> {
  try {
    const zaken = await listZaken(client, { status: 'alle', signal });
    return new Map(zaken.map((zaak) => [zaak.url, zaak]));
  } catch (error) {
    if (isAbortError(error) || signal.aborted) throw error;
    return new Map();
  }
}
