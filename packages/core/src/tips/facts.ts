/**
 * Loads the parts of the resident's klantbeeld that tip conditions read, and only those: the zaken
 * (Zaken API), the products (Producten), the age (BRP, only the `leeftijd` field) and the contact
 * preferences (Klantinteracties). A part that fails to load is unknown, not an error: the general tips
 * and the personal tips that do not need it still show.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { getKlantvoorkeuren } from '../klantbeeld/klantvoorkeuren.js';
import { listZaken } from '../klantbeeld/list-zaken.js';
import { getPersoon } from '../klantbeeld/persoon.js';
import { listProducten } from '../klantbeeld/producten.js';
import type { TipFactSource, TipFacts } from './evaluate.js';

/** The outcome of {@link getTipFacts}. */
export interface TipFactsResult {
  readonly facts: TipFacts;
  /** The parts that could not be loaded (they are unknown in `facts`). */
  readonly failed: readonly TipFactSource[];
}

type Loaders = { readonly [K in TipFactSource]: (client: KlantbeeldClient, signal: AbortSignal | undefined) => Promise<TipFacts[K]> };

const LOADERS: Loaders = {
  zaken: (client, signal) => listZaken(client, { status: 'alle', signal }),
  producten: (client, signal) => listProducten(client, { signal }),
  // Data minimisation: the one BRP field the conditions read.
  leeftijd: async (client, signal) => (await getPersoon(client, { fields: ['leeftijd'], signal }))?.leeftijd,
  voorkeuren: async (client, signal) => {
    const voorkeuren = await getKlantvoorkeuren(client, { signal });
    if (!voorkeuren) return undefined;
    return {
      ...(voorkeuren.voorkeurskanaal !== undefined ? { kanaal: voorkeuren.voorkeurskanaal } : {}),
      ...(voorkeuren.voorkeurstaal !== undefined ? { taal: voorkeuren.voorkeurstaal } : {}),
    };
  },
};

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Loads the facts of `sources` (see {@link factSources}) in parallel. Rejects only when `signal` aborts.
 * @example
 * ```ts
 * const { facts } = await getTipFacts(client, factSources(rules.flatMap((r) => r.voorwaarde ?? [])));
 * ```
 */
export async function getTipFacts(client: KlantbeeldClient, sources: Iterable<TipFactSource>, options: { signal?: AbortSignal } = {}): Promise<TipFactsResult> {
  const { signal } = options;
  const wanted = [...new Set(sources)];
  const results = await Promise.allSettled(wanted.map((source) => LOADERS[source](client, signal)));
  signal?.throwIfAborted();
  const facts: Record<string, unknown> = {};
  const failed: TipFactSource[] = [];
  results.forEach((result, index) => {
    const source = wanted[index] as TipFactSource;
    if (result.status === 'fulfilled') {
      if (result.value !== undefined) facts[source] = result.value;
    } else {
      if (isAbort(result.reason)) throw result.reason;
      failed.push(source);
    }
  });
  return { facts: facts, failed };
}
