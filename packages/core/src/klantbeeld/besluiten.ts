/**
 * The besluiten (decisions) of a zaak as the resident sees them: dates that matter (beslisdatum, in
 * force from/until, the deadline for bezwaar), the kind of besluit from Catalogi (cached), and the
 * documents in which each is laid down, filtered like every document ({@link listZaakDocumenten}).
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { findBesluiten, getBesluitinformatieobjecten } from '../apis/besluiten.js';
import { getBesluittype } from '../apis/catalogi.js';
import { checkedMaximum, loadDocumenten, type DocumentView } from './documenten.js';
import { reachable, zaakUrlOf } from './references.js';
import { objects, text, type JsonObject } from './read.js';
import { MAX_BESLUITEN, MAX_DOCUMENTEN } from './bounds.js';
import type { Vertrouwelijkheidaanduiding } from './vertrouwelijkheid.js';

/** Why a besluit lapses or lapsed. */
export type Vervalreden = 'tijdelijk' | 'ingetrokken_overheid' | 'ingetrokken_belanghebbende';

/** One besluit as the resident sees it. Dates are ISO 8601 dates. */
export interface BesluitView {
  /** The besluit URL: its identity. */
  readonly url: string;
  readonly identificatie: string;
  /** The kind of besluit (besluittype omschrijving); left out when Catalogi cannot tell. */
  readonly besluittype?: { readonly url: string; readonly omschrijving: string };
  /** Beslisdatum. */
  readonly datum: string;
  /** In force from. */
  readonly ingangsdatum: string;
  /** In force until. */
  readonly vervaldatum?: string;
  readonly vervalreden?: Vervalreden;
  /** The server's label for `vervalreden`, e.g. "Besluit met tijdelijke werking". */
  readonly vervalredenWeergave?: string;
  /** The last day to object (bezwaar). */
  readonly uiterlijkeReactiedatum?: string;
  readonly toelichting?: string;
  readonly publicatiedatum?: string;
  readonly verzenddatum?: string;
  /** The documents of the besluit the resident may see. */
  readonly documenten: readonly DocumentView[];
}

/** The besluiten of a zaak, bounded: at most {@link MAX_BESLUITEN}, and whether the zaak has more. */
export interface BesluitenSummary {
  /** The first besluiten (in the server's order, at most {@link MAX_BESLUITEN}), oldest beslisdatum first. */
  readonly besluiten: BesluitView[];
  /** True when the zaak has more besluiten than held: show a "more" link to where all of them are. */
  readonly more: boolean;
}

/** Options of {@link listBesluiten}. */
export interface ListBesluitenOptions {
  /** The most confidential documents to show; default `'openbaar'`. */
  maxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;
  signal?: AbortSignal;
}

const VERVALREDENEN: readonly string[] = ['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende'];

/** Undefined for a besluittype that is gone, hidden or at an unconfigured origin. */
async function besluittypeOf(client: KlantbeeldClient, url: string | undefined, signal: AbortSignal | undefined): Promise<BesluitView['besluittype']> {
  if (url === undefined) return undefined;
  const omschrijving = text(((await reachable(getBesluittype(client, url, { signal }))) as unknown as JsonObject | undefined)?.omschrijving);
  return omschrijving !== undefined ? { url, omschrijving } : undefined;
}

/**
 * The besluiten of a zaak, oldest beslisdatum first: the first {@link MAX_BESLUITEN} the server lists
 * (use {@link summarizeBesluiten} to know whether there are more). Requests, whatever the data:
 * `GET /besluiten?zaak=<url>` (pages until {@link MAX_BESLUITEN} + 1 besluiten), per held besluit
 * `GET /besluitinformatieobjecten?besluit=<url>` (the API has no batch filter), each new besluittype
 * once, and the documents (at most {@link MAX_DOCUMENTEN}, as {@link listZaakDocumenten} loads them). Besluiten without a
 * URL, or of another zaak (a server that ignored the filter), are left out.
 * @param zaak a zaak URL, or the zaak resource.
 * @throws TypeError for a `maxVertrouwelijkheid` that is not one of the eight values.
 */
export async function listBesluiten(
  client: KlantbeeldClient,
  zaak: string | { readonly url?: unknown },
  options: ListBesluitenOptions = {},
): Promise<BesluitView[]> {
  return (await summarizeBesluiten(client, zaak, options)).besluiten;
}

/**
 * {@link listBesluiten}, plus whether the zaak has more besluiten than {@link MAX_BESLUITEN}: a zaak
 * with 10,000 besluiten costs the same few requests as one with 21.
 * @param zaak a zaak URL, or the zaak resource.
 * @throws TypeError for a `maxVertrouwelijkheid` that is not one of the eight values.
 */
export async function summarizeBesluiten(
  client: KlantbeeldClient,
  zaak: string | { readonly url?: unknown },
  options: ListBesluitenOptions = {},
): Promise<BesluitenSummary> {
  const { signal } = options;
  const max = checkedMaximum(options.maxVertrouwelijkheid);
  const zaakUrl = zaakUrlOf(zaak);
  // One more than held, to know whether there are more without counting them.
  const listed = objects(await findBesluiten(client, zaakUrl, { signal, limit: MAX_BESLUITEN + 1 })).filter(
    (besluit) => text(besluit.url) !== undefined && besluit.zaak === zaakUrl,
  );
  const more = listed.length > MAX_BESLUITEN;
  const besluiten = listed.slice(0, MAX_BESLUITEN);
  const [links, types] = await Promise.all([
    Promise.all(besluiten.map((besluit) => getBesluitinformatieobjecten(client, text(besluit.url) as string, { signal, limit: MAX_DOCUMENTEN }))),
    Promise.all(besluiten.map((besluit) => besluittypeOf(client, text(besluit.besluittype), signal))),
  ]);
  // Each besluit's document URLs; only links that name this besluit count.
  const documentUrls = besluiten.map((besluit, index) => [
    ...new Set(
      objects(links[index])
        .filter((link) => link.besluit === besluit.url)
        .map((link) => text(link.informatieobject))
        .filter((url) => url !== undefined),
    ),
  ]);
  const documents = await loadDocumenten(client, documentUrls.flat(), { max, signal });
  const byUrl = new Map(documents.map((document) => [document.url, document]));

  const views = besluiten.map((besluit, index): BesluitView => {
    const optional = (name: string) => {
      const value = text(besluit[name]);
      return value !== undefined ? { [name]: value } : {};
    };
    const vervalreden = text(besluit.vervalreden);
    const besluittype = types[index];
    return {
      url: text(besluit.url) as string,
      identificatie: text(besluit.identificatie) ?? '',
      ...(besluittype ? { besluittype } : {}),
      datum: text(besluit.datum) ?? '',
      ingangsdatum: text(besluit.ingangsdatum) ?? '',
      ...optional('vervaldatum'),
      ...(vervalreden !== undefined && VERVALREDENEN.includes(vervalreden)
        ? { vervalreden: vervalreden as Vervalreden, ...optional('vervalredenWeergave') }
        : {}),
      ...optional('uiterlijkeReactiedatum'),
      ...optional('toelichting'),
      ...optional('publicatiedatum'),
      ...optional('verzenddatum'),
      documenten: (documentUrls[index] ?? []).flatMap((url) => {
        const document = byUrl.get(url);
        return document ? [document] : [];
      }),
    };
  });
  // Stable: besluiten of the same day keep the server's order.
  return { besluiten: views.sort((a, b) => a.datum.localeCompare(b.datum)), more };
}
