/**
 * The documents of a zaak as the resident may see them: the zaak's zaakinformatieobjecten → their
 * documents, loaded in batches with `_zoek` (`uuid__in`), filtered for the resident, with the kind of
 * document from Catalogi (cached) and a download link through the configured source.
 *
 * A resident sees a document only when all of these hold (apis.md §12, as Open Inwoner does):
 * - its `vertrouwelijkheidaanduiding` is at most the configured maximum (default `openbaar`; blank or
 *   unknown counts as too confidential);
 * - its `status` is `definitief` (not concept, in bewerking, ter vaststelling, …);
 * - it is not marked `tonenAanInitiator: false` (Documenten 1.6; older servers do not send the field).
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { getZaakinformatieobjecten } from '../apis/zaken.js';
import { getInformatieobjecttype } from '../apis/catalogi.js';
import { downloadEnkelvoudigInformatieobject, getEnkelvoudigInformatieobject, zoekEnkelvoudigInformatieobjecten } from '../apis/documenten.js';
import { NotFoundError, UnconfiguredOriginError, isKlantbeeldError } from '../transport/errors.js';
import { reachable, zaakUrlOf } from './references.js';
import { finite, isObject, objects, text, uuidInUrl, type JsonObject } from './read.js';
import { lenient } from './expand.js';
import { MAX_DOCUMENTEN, MAX_DOCUMENTEN_ZONDER_ZOEK, MAX_DOCUMENTTYPEN } from './bounds.js';
import { uuidFromUrl } from './summaries.js';
import { VERTROUWELIJKHEIDAANDUIDINGEN, withinVertrouwelijkheid, type Vertrouwelijkheidaanduiding } from './vertrouwelijkheid.js';

/** One document as the resident sees it. */
export interface DocumentView {
  /** The EIO URL: its identity. */
  readonly url: string;
  /** The last segment of `url` (an EIO has no `uuid` field). */
  readonly uuid: string;
  readonly titel: string;
  readonly beschrijving?: string;
  /** The kind of document (the informatieobjecttype's omschrijving); left out when Catalogi cannot tell. */
  readonly informatieobjecttype?: { readonly url: string; readonly omschrijving: string };
  readonly vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  /** ISO 8601 date; '' when the server sent none. */
  readonly creatiedatum: string;
  /** MIME type, e.g. `application/pdf`. */
  readonly formaat?: string;
  /** Size in bytes; undefined when unknown (e.g. a document received on paper). */
  readonly bestandsomvang?: number;
  readonly bestandsnaam?: string;
  /**
   * `<url>/download`, only when the document has content and the URL lies within a configured source
   * (so following it never sends credentials elsewhere). Use {@link downloadDocument}.
   */
  readonly downloadUrl?: string;
}

/** Options of {@link listZaakDocumenten}. */
export interface ListZaakDocumentenOptions {
  /** The most confidential documents to show; default `'openbaar'`. */
  maxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;
  signal?: AbortSignal;
}

/** Options of {@link downloadDocument}. */
export interface DownloadDocumentOptions {
  signal?: AbortSignal;
}

const MIME = /^[\w.+-]+\/[\w.+-]+$/;

/** Documenten sources (base URLs) of a client that answered `_zoek` with 404/405: fetched per URL from then on. */
const zoekUnsupported = new WeakMap<KlantbeeldClient, Set<string>>();

function markZoekUnsupported(client: KlantbeeldClient, source: string): void {
  let sources = zoekUnsupported.get(client);
  if (!sources) {
    const created = new Set<string>();
    sources = created;
    zoekUnsupported.set(client, created);
    // Another identity may be served by another gateway configuration: detect again.
    client.onReset(() => created.clear());
  }
  sources.add(source);
}

/** Whether the resident may see a document (an EIO as the server sent it; see the module comment). */
export function isDocumentVisible(
  eio: { readonly vertrouwelijkheidaanduiding?: unknown; readonly status?: unknown; readonly tonenAanInitiator?: unknown },
  max: Vertrouwelijkheidaanduiding,
): boolean {
  return withinVertrouwelijkheid(eio.vertrouwelijkheidaanduiding, max) && eio.status === 'definitief' && eio.tonenAanInitiator !== false;
}

/**
 * The EIOs at `urls` that exist, keyed by the requested URL. Per Documenten source one `_zoek` per 100
 * UUIDs; per-URL GETs where `_zoek` is not supported (404/405) or a URL carries no UUID. URLs outside
 * every configured Documenten source are never requested.
 */
async function fetchDocuments(client: KlantbeeldClient, urls: readonly string[], signal: AbortSignal | undefined): Promise<Map<string, JsonObject>> {
  const groups = new Map<string, Map<string, string>>(); // source URL → uuid → requested URL
  const single: string[] = [];
  for (const url of urls) {
    const source = client.sourceOf(url);
    if (source?.api !== 'documenten') continue;
    const uuid = uuidInUrl(url);
    if (uuid === undefined) {
      single.push(url);
      continue;
    }
    let group = groups.get(source.url);
    if (!group) groups.set(source.url, (group = new Map<string, string>()));
    group.set(uuid.toLowerCase(), url);
  }

  const found = new Map<string, JsonObject>();
  let perUrlBudget = MAX_DOCUMENTEN_ZONDER_ZOEK;
  const perUrl = async (all: readonly string[]) => {
    // One GET per document only for the first few: without `_zoek` the cost grows with the documents.
    const list = all.slice(0, Math.max(0, perUrlBudget));
    perUrlBudget -= list.length;
    const results = await Promise.all(list.map((url) => lenient(getEnkelvoudigInformatieobject(client, url, { signal }))));
    list.forEach((url, index) => {
      const eio = results[index];
      if (isObject(eio)) found.set(url, eio);
    });
  };

  await Promise.all([
    perUrl(single),
    ...[...groups].map(async ([source, byUuid]) => {
      if (zoekUnsupported.get(client)?.has(source)) return perUrl([...byUuid.values()]);
      let answer: unknown[];
      try {
        answer = await zoekEnkelvoudigInformatieobjecten(client, [...byUuid.keys()], { source, signal });
      } catch (error) {
        if (!isKlantbeeldError(error) || (error.status !== 404 && error.status !== 405)) throw error;
        markZoekUnsupported(client, source);
        return perUrl([...byUuid.values()]);
      }
      // Matched by UUID, and only what was asked for: a server that ignores the filter adds nothing.
      for (const eio of objects(answer)) {
        const url = byUuid.get(uuidFromUrl(text(eio.url) ?? '').toLowerCase());
        if (url !== undefined) found.set(url, eio);
      }
    }),
  ]);
  return found;
}

/** The informatieobjecttypen (by URL) of `documents`, each fetched once (cached by the client), the first {@link MAX_DOCUMENTTYPEN}. */
async function documentTypes(client: KlantbeeldClient, documents: readonly JsonObject[], signal: AbortSignal | undefined): Promise<Map<string, string>> {
  const urls = [...new Set(documents.map((eio) => text(eio.informatieobjecttype)).filter((url) => url !== undefined))].slice(0, MAX_DOCUMENTTYPEN);
  const types = await Promise.all(urls.map((url) => reachable(getInformatieobjecttype(client, url, { signal }))));
  const omschrijvingen = new Map<string, string>();
  urls.forEach((url, index) => {
    const omschrijving = text((types[index] as unknown as JsonObject | undefined)?.omschrijving);
    if (omschrijving !== undefined) omschrijvingen.set(url, omschrijving);
  });
  return omschrijvingen;
}

function toView(client: KlantbeeldClient, url: string, eio: JsonObject, types: ReadonlyMap<string, string>): DocumentView {
  const typeUrl = text(eio.informatieobjecttype);
  const omschrijving = typeUrl !== undefined ? types.get(typeUrl) : undefined;
  const omvang = finite(eio.bestandsomvang);
  const bestandsomvang = omvang !== undefined && Number.isInteger(omvang) && omvang >= 0 ? omvang : undefined;
  // No content: `inhoud: null` (Open Zaak) or an empty file.
  const hasContent = eio.inhoud !== null && bestandsomvang !== 0;
  const download = `${url.replace(/\/+$/, '')}/download`;
  const formaat = text(eio.formaat);
  const beschrijving = text(eio.beschrijving);
  const bestandsnaam = text(eio.bestandsnaam);
  return {
    url,
    uuid: uuidFromUrl(url),
    titel: text(eio.titel) ?? bestandsnaam ?? '',
    ...(beschrijving !== undefined ? { beschrijving } : {}),
    ...(typeUrl !== undefined && omschrijving !== undefined ? { informatieobjecttype: { url: typeUrl, omschrijving } } : {}),
    vertrouwelijkheidaanduiding: eio.vertrouwelijkheidaanduiding as Vertrouwelijkheidaanduiding,
    creatiedatum: text(eio.creatiedatum) ?? '',
    ...(formaat !== undefined ? { formaat } : {}),
    ...(bestandsomvang !== undefined ? { bestandsomvang } : {}),
    ...(bestandsnaam !== undefined ? { bestandsnaam } : {}),
    ...(hasContent && client.sourceOf(download)?.api === 'documenten' ? { downloadUrl: download } : {}),
  };
}

/**
 * The documents at `urls` that the resident may see, as view models, in the order of `urls` (each once),
 * of the first {@link MAX_DOCUMENTEN} distinct URLs. Requests: per Documenten source one `_zoek` per 100
 * documents (or, on a server without `_zoek`, one GET for each of the first {@link MAX_DOCUMENTEN_ZONDER_ZOEK}),
 * then each new informatieobjecttype once (at most {@link MAX_DOCUMENTTYPEN}).
 * Shared by the documents of a zaak and of a besluit.
 * @internal
 */
export async function loadDocumenten(
  client: KlantbeeldClient,
  urls: readonly string[],
  options: { max: Vertrouwelijkheidaanduiding; signal?: AbortSignal | undefined },
): Promise<DocumentView[]> {
  const unique = [...new Set(urls)].slice(0, MAX_DOCUMENTEN);
  const found = await fetchDocuments(client, unique, options.signal);
  const visible = unique.flatMap((url) => {
    const eio = found.get(url);
    return eio && isDocumentVisible(eio, options.max) ? [{ url, eio }] : [];
  });
  const types = await documentTypes(
    client,
    visible.map(({ eio }) => eio),
    options.signal,
  );
  return visible.map(({ url, eio }) => toView(client, url, eio, types));
}

/** The configured maximum, checked: a misspelt value is a programming error, not "show nothing". */
export function checkedMaximum(max: Vertrouwelijkheidaanduiding | undefined): Vertrouwelijkheidaanduiding {
  const value = max ?? 'openbaar';
  if (!VERTROUWELIJKHEIDAANDUIDINGEN.includes(value)) {
    throw new TypeError(`Klantbeeld: maxVertrouwelijkheid must be one of ${VERTROUWELIJKHEIDAANDUIDINGEN.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * The documents of a zaak that the resident may see (module comment), in the order the zaak lists them,
 * at most {@link MAX_DOCUMENTEN}. Requests: `GET /zaakinformatieobjecten?zaak=` at the zaak's Zaken API
 * (up to 2 × {@link MAX_DOCUMENTEN} links), then per Documenten source one `POST …/_zoek` per 100 documents
 * (per-URL GETs on a server without `_zoek`, at most {@link MAX_DOCUMENTEN_ZONDER_ZOEK}), then each new
 * informatieobjecttype once (at most {@link MAX_DOCUMENTTYPEN}). Links to documents outside every configured source are left out unrequested.
 * @param zaak a zaak URL, or the zaak resource.
 * @throws TypeError for a `maxVertrouwelijkheid` that is not one of the eight values.
 */
export async function listZaakDocumenten(
  client: KlantbeeldClient,
  zaak: string | { readonly url?: unknown },
  options: ListZaakDocumentenOptions = {},
): Promise<DocumentView[]> {
  const max = checkedMaximum(options.maxVertrouwelijkheid);
  const zaakUrl = zaakUrlOf(zaak);
  // A few more links than documents shown: some may be of another zaak or outside the sources.
  const links = await getZaakinformatieobjecten(client, zaakUrl, { signal: options.signal, limit: 2 * MAX_DOCUMENTEN });
  const urls = objects(links)
    // A server that ignored the filter must not show documents of another zaak.
    .filter((zio) => zio.zaak === zaakUrl)
    .map((zio) => text(zio.informatieobject))
    .filter((url) => url !== undefined);
  return loadDocumenten(client, urls, { max, signal: options.signal });
}

/**
 * The content of a document as a Blob, downloaded through the configured source. A generic type
 * (`application/octet-stream`, as Open Zaak sends) is replaced by the document's `formaat`.
 * @param document a {@link DocumentView}, or an EIO URL.
 * @throws UnconfiguredOriginError for a document outside every configured source (nothing is sent);
 *   NotFoundError for a document without content.
 */
export async function downloadDocument(client: KlantbeeldClient, document: DocumentView | string, options: DownloadDocumentOptions = {}): Promise<Blob> {
  const url = typeof document === 'string' ? document : document.url;
  if (client.sourceOf(url)?.api !== 'documenten') {
    throw new UnconfiguredOriginError(`Document outside every configured Documenten source, not fetched: ${url}`, { url });
  }
  if (typeof document !== 'string' && document.downloadUrl === undefined) throw new NotFoundError(`Document without content: ${url}`, { url });
  const blob = await downloadEnkelvoudigInformatieobject(client, url, { signal: options.signal });
  const formaat = typeof document === 'string' ? undefined : document.formaat;
  if (formaat !== undefined && MIME.test(formaat) && (blob.type === '' || blob.type === 'application/octet-stream')) {
    return new Blob([blob], { type: formaat });
  }
  return blob;
}
