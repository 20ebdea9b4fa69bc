/**
 * The Besluiten API (1.1.0, as Open Zaak 1.30 serves it): besluiten (paginated list, detail) and
 * besluitinformatieobjecten (plain array). A besluit is visible when the requester may see its zaak (an
 * application every zaak, a resident their own). Besluiten has no ETag: neither list nor detail sends one.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { listRoute, string, url } from '../http/list-route.js';
import { notFound } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import type { Besluit, BesluitInformatieObject } from '../types-zgw.js';
import { isUuid } from '../util/uuid.js';

/** The `API-version` of Besluiten served by Open Zaak 1.30. */
export const BESLUITEN_API_VERSION = '1.1.0';

/** The Besluiten API definition for the given base URLs. */
export function besluitenApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.besluiten, version: BESLUITEN_API_VERSION, auth: 'zgw-jwt', routes };
}

/** URLs of the besluiten of zaken the requester may see. */
function visibleBesluitUrls(state: MockState): Set<string> {
  const zaken = new Set(state.dataset.zakenFor(state.requester).map((zaak) => zaak.url));
  return new Set(
    state.dataset.besluiten
      .all()
      .filter((besluit) => besluit.zaak !== undefined && zaken.has(besluit.zaak))
      .map((besluit) => besluit.url),
  );
}

function detail<T extends { url: string }>(path: string, find: (state: MockState, uuid: string) => T | undefined, besluitOf: (item: T) => string): Route {
  return {
    method: 'GET',
    path,
    handle: ({ params, state }) => {
      const item = params.uuid && isUuid(params.uuid) ? find(state, params.uuid) : undefined;
      if (!item || !visibleBesluitUrls(state).has(besluitOf(item))) throw notFound();
      return item;
    },
  };
}

const routes: Route[] = [
  listRoute<Besluit>('/besluiten', {
    items: (state) => state.dataset.besluiten.all(),
    scope: (state) => {
      const visible = visibleBesluitUrls(state);
      return (besluit) => visible.has(besluit.url);
    },
    filters: { zaak: url(), besluittype: url(), identificatie: string(), verantwoordelijkeOrganisatie: string() },
  }),
  detail(
    '/besluiten/:uuid',
    (state, uuid) => state.dataset.besluiten.get(uuid),
    (besluit) => besluit.url,
  ),
  listRoute<BesluitInformatieObject>('/besluitinformatieobjecten', {
    items: (state) => state.dataset.besluitinformatieobjecten.all(),
    scope: (state) => {
      const visible = visibleBesluitUrls(state);
      return (bio) => visible.has(bio.besluit);
    },
    filters: { besluit: url(), informatieobject: url() },
    paginated: false,
  }),
  detail(
    '/besluitinformatieobjecten/:uuid',
    (state, uuid) => state.dataset.besluitinformatieobjecten.get(uuid),
    (bio) => bio.besluit,
  ),
];
