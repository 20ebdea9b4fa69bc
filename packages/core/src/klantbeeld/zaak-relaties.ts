/**
 * The zaken related to a zaak — its hoofdzaak, deelzaken and relevanteAndereZaken — resolved across
 * sources (ketenstatus): a related zaak may live in another organisation's Zaken API, reachable when
 * the client configures that API as a source (`sources.zaken: [gemeente, { url, organisatie }]`).
 *
 * A related zaak outside every configured Zaken source is reported as `{ url, bereikbaar: false }`
 * without any request: credentials never go to an origin that is not configured. One that the source
 * answers with 404/403 (gone, or not for this resident) is unreachable too; other errors propagate.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { MAX_GERELATEERDE_ZAKEN } from './bounds.js';
import { getZaakResource, type ZaakExpand } from '../apis/zaken.js';
import { InvalidResponseError } from '../transport/errors.js';
import type { ZaakSummary } from './view-models.js';
import { isObject, objects, text, type JsonObject } from './read.js';
import { expansions, lenient, resolveBehandelaarRollen, resolveCurrentStatus, resolveZaaktype, withExpand } from './expand.js';
import { summarizeZaakWith } from './summaries.js';
import { reachable, zaakUrlOf } from './references.js';

/** How a relevant other zaak relates (Zaken `AardRelatieEnum`; `overig` is experimental). */
export type AardRelatie = 'vervolg' | 'onderwerp' | 'bijdrage' | 'overig';

/** A related zaak in a configured source that answered: its summary, and who handles it. */
export type BereikbareZaak = ZaakSummary & {
  readonly bereikbaar: true;
  /** The source's configured `organisatie`, else the zaak's `verantwoordelijkeOrganisatie` (RSIN). */
  readonly organisatie?: string;
  /** Only for relevanteAndereZaken. */
  readonly aardRelatie?: AardRelatie;
};

/** A related zaak that cannot be shown: outside every configured source (never requested), gone or hidden. */
export interface OnbereikbareZaak {
  readonly url: string;
  readonly bereikbaar: false;
  /** The configured `organisatie` of the source, when the URL lies in one. */
  readonly organisatie?: string;
  /** Only for relevanteAndereZaken. */
  readonly aardRelatie?: AardRelatie;
}

/** One related zaak. */
export type GerelateerdeZaak = BereikbareZaak | OnbereikbareZaak;

/** The relations of a zaak. */
export interface ZaakRelaties {
  /** The zaak this one is a deelzaak of. */
  readonly hoofdzaak?: GerelateerdeZaak;
  readonly deelzaken: readonly GerelateerdeZaak[];
  readonly relevanteAndereZaken: readonly GerelateerdeZaak[];
}

/** Options of {@link getZaakRelaties}. */
export interface GetZaakRelatiesOptions {
  signal?: AbortSignal;
}

/** The related zaken with what their summaries need, in the request for the zaak itself. */
const RELATIES_EXPAND: readonly ZaakExpand[] = [
  'hoofdzaak.zaaktype',
  'hoofdzaak.status.statustype',
  'hoofdzaak.rollen',
  'deelzaken.zaaktype',
  'deelzaken.status.statustype',
  'deelzaken.rollen',
];

/** What a related zaak fetched on its own expands. */
const SUMMARY_EXPAND: readonly ZaakExpand[] = ['zaaktype', 'status.statustype', 'rollen'];

const AARD_RELATIES: readonly string[] = ['vervolg', 'onderwerp', 'bijdrage', 'overig'];

/** A summary that leaves out what lies beyond the configured sources instead of failing. */
async function summarize(client: KlantbeeldClient, zaak: JsonObject, url: string, signal: AbortSignal | undefined): Promise<ZaakSummary> {
  const [zaaktype, current, rollen] = await Promise.all([
    reachable(resolveZaaktype(client, zaak, signal)),
    reachable(resolveCurrentStatus(client, zaak, signal)),
    reachable(resolveBehandelaarRollen(client, zaak, signal)),
  ]);
  return summarizeZaakWith(zaak, url, { zaaktype, current, rollen }, client.config.behandelaar);
}

/** One related zaak: from the expansion when the server gave it, else fetched from its own source. */
async function related(
  client: KlantbeeldClient,
  url: string,
  expanded: JsonObject | undefined,
  aardRelatie: AardRelatie | undefined,
  signal: AbortSignal | undefined,
): Promise<GerelateerdeZaak> {
  const extra = aardRelatie !== undefined ? { aardRelatie } : {};
  const source = client.sourceOf(url);
  // Not configured (or not a Zaken source): reported, never requested.
  if (source?.api !== 'zaken') return { url, bereikbaar: false, ...extra };
  const label = source.organisatie !== undefined ? { organisatie: source.organisatie } : {};
  let zaak: JsonObject | undefined = expanded && text(expanded.url) === url ? expanded : undefined;
  if (!zaak) {
    const value = await lenient(withExpand(client, SUMMARY_EXPAND, (expand) => getZaakResource(client, url, { ...(expand ? { expand } : {}), signal })));
    if (value === undefined) return { url, bereikbaar: false, ...label, ...extra };
    if (!isObject(value)) throw new InvalidResponseError(`Not a zaak: ${url}`, { url });
    zaak = value;
  }
  const organisatie = source.organisatie ?? text(zaak.verantwoordelijkeOrganisatie);
  return {
    ...(await summarize(client, zaak, url, signal)),
    bereikbaar: true,
    ...(organisatie !== undefined ? { organisatie } : {}),
    ...extra,
  };
}

/**
 * Whether a zaak resource names any related zaak (a hoofdzaak, deelzaken or relevante andere zaken). When it names
 * none, its relations are empty and cost no request: a view that has the zaak (e.g. from `getZaak`) need not
 * fetch it again to learn that.
 */
export function namesRelatedZaken(zaak: object): boolean {
  const resource = zaak as JsonObject;
  return (
    text(resource.hoofdzaak) !== undefined ||
    (Array.isArray(resource.deelzaken) && resource.deelzaken.some((url) => text(url) !== undefined)) ||
    objects(resource.relevanteAndereZaken).some((relatie) => text(relatie.url) !== undefined)
  );
}

/**
 * The hoofdzaak, deelzaken and relevanteAndereZaken of a zaak, each as a summary with its organisation,
 * or as unreachable (module comment). Requests: the zaak with its related zaken expanded (when given as
 * a URL), then each related zaak the server did not expand from its own source (another organisation's
 * Zaken API when configured), with the usual fallbacks for its zaaktype, status and behandelaar.
 * @param zaak a zaak URL, or the zaak resource (its `_expand` is used when present).
 */
export async function getZaakRelaties(
  client: KlantbeeldClient,
  zaak: string | { readonly url?: unknown },
  options: GetZaakRelatiesOptions = {},
): Promise<ZaakRelaties> {
  const { signal } = options;
  let resource: JsonObject;
  if (typeof zaak === 'string') {
    const url = zaakUrlOf(zaak);
    const value = await withExpand(client, RELATIES_EXPAND, (expand) => getZaakResource(client, url, { ...(expand ? { expand } : {}), signal }));
    if (!isObject(value) || text(value.url) === undefined) throw new InvalidResponseError(`Not a zaak: ${url}`, { url });
    resource = value;
  } else {
    zaakUrlOf(zaak);
    resource = zaak;
  }
  const expanded = expansions(resource);
  const expandedDeelzaken = new Map(objects(expanded.deelzaken).map((deelzaak) => [text(deelzaak.url), deelzaak]));

  const hoofdzaakUrl = text(resource.hoofdzaak);
  // Each related zaak costs a few lookups: only the first MAX_GERELATEERDE_ZAKEN of each kind are summarised.
  const deelzaakUrls = [...new Set((Array.isArray(resource.deelzaken) ? resource.deelzaken : []).map(text).filter((url) => url !== undefined))].slice(
    0,
    MAX_GERELATEERDE_ZAKEN,
  );
  const relevante = objects(resource.relevanteAndereZaken)
    .flatMap((relatie) => {
      const url = text(relatie.url);
      if (url === undefined) return [];
      const aard = text(relatie.aardRelatie);
      return [{ url, aardRelatie: aard !== undefined && AARD_RELATIES.includes(aard) ? (aard as AardRelatie) : undefined }];
    })
    .slice(0, MAX_GERELATEERDE_ZAKEN);

  const [hoofdzaak, deelzaken, relevanteAndereZaken] = await Promise.all([
    hoofdzaakUrl !== undefined
      ? related(client, hoofdzaakUrl, isObject(expanded.hoofdzaak) ? expanded.hoofdzaak : undefined, undefined, signal)
      : Promise.resolve(undefined),
    Promise.all(deelzaakUrls.map((url) => related(client, url, expandedDeelzaken.get(url), undefined, signal))),
    Promise.all(relevante.map(({ url, aardRelatie }) => related(client, url, undefined, aardRelatie, signal))),
  ]);
  return { ...(hoofdzaak ? { hoofdzaak } : {}), deelzaken, relevanteAndereZaken };
}
