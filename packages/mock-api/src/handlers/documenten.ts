/**
 * The Documenten API (1.5.0): enkelvoudiginformatieobjecten (list, detail with ETag, `_zoek` by
 * `uuid__in`, `/download`). A document is visible when it belongs to a zaak the requester may see
 * (through a ZaakInformatieObject) or to a besluit of such a zaak — for an application every zaak, for a
 * resident their own; anything else is "not found". Confidentiality is not filtered here: the client hides documents above its
 * configured maximum, so every level is served.
 *
 * `_zoek` takes `uuid__in`, as Open Zaak and the API's own rule (drc-010) name it; the 1.5.0 OpenAPI
 * document mis-names the property `uuid_In` (with title `uuid__in`), and the mock, like Open Zaak, does
 * not accept that spelling. `expand` is accepted and ignored (the mock expands no documents).
 * @module
 */
import { HttpResponse } from 'msw';
import type { ApiUrls } from '../dataset.js';
import { listRoute, string } from '../http/list-route.js';
import { paginate } from '../http/pagination.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import type { EnkelvoudigInformatieObject } from '../types-zgw.js';
import { isUuid } from '../util/uuid.js';

/** The `API-version` the mock reports for Documenten (Open Zaak 1.30 reports 1.4.2; 1.5.0 only adds `inhoudIsVervallen`). */
export const DOCUMENTEN_API_VERSION = '1.5.0';

/** The Documenten API definition for the given base URLs. */
export function documentenApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.documenten, version: DOCUMENTEN_API_VERSION, auth: 'zgw-jwt', routes };
}

/** URLs of the documents the requester may see: those of their zaken and of the besluiten of their zaken. */
function visibleDocumentUrls(state: MockState): Set<string> {
  const { dataset } = state;
  const zaken = new Set(dataset.zakenFor(state.requester).map((zaak) => zaak.url));
  const urls = new Set<string>();
  for (const zio of dataset.zaakinformatieobjecten.all()) if (zaken.has(zio.zaak)) urls.add(zio.informatieobject);
  const besluiten = new Set(
    dataset.besluiten
      .all()
      .filter((besluit) => besluit.zaak !== undefined && zaken.has(besluit.zaak))
      .map((besluit) => besluit.url),
  );
  for (const bio of dataset.besluitinformatieobjecten.all()) if (besluiten.has(bio.besluit)) urls.add(bio.informatieobject);
  return urls;
}

function inVisibleDocuments(state: MockState): (eio: EnkelvoudigInformatieObject) => boolean {
  const visible = visibleDocumentUrls(state);
  return (eio) => visible.has(eio.url);
}

/** The visible EIO with this UUID, or a 404. */
function visibleDocument(uuid: string | undefined, state: MockState): EnkelvoudigInformatieObject {
  const eio = uuid && isUuid(uuid) ? state.dataset.enkelvoudiginformatieobjecten.get(uuid) : undefined;
  if (!eio || !visibleDocumentUrls(state).has(eio.url)) throw notFound();
  return eio;
}

/** The `uuid__in` of a `_zoek` body (400 with `invalidParams` as Open Zaak answers). */
function uuidsFromBody(body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw validationError([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige data. Verwachtte een dictionary.' }]);
  }
  const value = (body as Record<string, unknown>).uuid__in;
  if (value === undefined) throw validationError([{ name: 'uuid__in', code: 'required', reason: 'Dit veld is vereist.' }]);
  if (!Array.isArray(value) || value.some((uuid) => typeof uuid !== 'string' || !isUuid(uuid))) {
    throw validationError([{ name: 'uuid__in', code: 'invalid', reason: 'Voer een geldige UUID in.' }]);
  }
  return value as string[];
}

const routes: Route[] = [
  listRoute<EnkelvoudigInformatieObject>('/enkelvoudiginformatieobjecten', {
    items: (state) => state.dataset.enkelvoudiginformatieobjecten.all(),
    scope: inVisibleDocuments,
    filters: { identificatie: string(), bronorganisatie: string() },
  }),
  {
    method: 'POST',
    path: '/enkelvoudiginformatieobjecten/_zoek',
    handle: async ({ request, url, state }) => {
      if (!/^application\/json\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '')) {
        throw new ProblemError(415, 'unsupported_media_type', 'Niet-ondersteund mediatype.', 'Content-Type moet application/json zijn.');
      }
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        throw new ProblemError(400, 'parse_error', 'Ongeldige invoer.', 'JSON parse error.');
      }
      const uuids = new Set(uuidsFromBody(body));
      const visible = inVisibleDocuments(state);
      // Creation order, as Open Zaak lists them; a `next` link is POSTed again with the same body.
      const found = state.dataset.enkelvoudiginformatieobjecten.all().filter((eio) => uuids.has(uuidOfUrl(eio.url)) && visible(eio));
      return paginate(found, url, state.pageSize);
    },
  },
  {
    method: 'GET',
    path: '/enkelvoudiginformatieobjecten/:uuid',
    etag: true,
    handle: ({ params, state }) => visibleDocument(params.uuid, state),
  },
  {
    method: 'GET',
    path: '/enkelvoudiginformatieobjecten/:uuid/download',
    handle: ({ params, state }) => {
      const eio = visibleDocument(params.uuid, state);
      const content = state.dataset.inhoud.get(uuidOfUrl(eio.url));
      if (!content) throw notFound('Dit informatieobject heeft geen inhoud.');
      // Open Zaak streams the file as an attachment with a generic type; the EIO's `formaat` has the real one.
      return new HttpResponse(content.slice(), {
        status: 200,
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(content.length),
          'Content-Disposition': `attachment; filename="${(eio.bestandsnaam || 'document').replace(/["\\\r\n]/g, '_')}"`,
        },
      });
    },
  },
];

function uuidOfUrl(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
