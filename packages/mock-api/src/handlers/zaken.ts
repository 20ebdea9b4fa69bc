/**
 * The Zaken API (1.5.1, as Open Zaak 1.30 serves it) for the resident the mock plays gateway for:
 * zaken (list, detail, `_zoek`, with `expand`), statussen, rollen and resultaten. Everything is scoped
 * to zaken in which the resident is initiator; anything else is "not found".
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { expandZaak, parseExpand, type ExpandContext, type ExpandTree } from '../expand.js';
import { paginate } from '../http/pagination.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route, RouteContext } from '../http/route.js';
import type { MockState } from '../state.js';
import type { Resultaat, Rol, Status, Zaak } from '../types.js';
import { isUuid } from '../util/uuid.js';
import { booleanParam, choiceParam, stringParam, urlParam } from './params.js';
import { applyZaakQuery, zaakQueryFromBody, zaakQueryFromSearch, type ZaakQuery } from './zaak-query.js';

/** The `API-version` Open Zaak 1.30 reports for Zaken. */
export const ZAKEN_API_VERSION = '1.5.1';

const BETROKKENE_TYPES = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging', 'organisatorische_eenheid', 'medewerker'] as const;
const OMSCHRIJVING_GENERIEK = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
] as const;

/** The Zaken API definition for the given base URLs. */
export function zakenApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.zaken, version: ZAKEN_API_VERSION, routes };
}

const routes: Route[] = [
  {
    method: 'GET',
    path: '/zaken',
    crs: true,
    handle: ({ url, state }) => listZaken(zaakQueryFromSearch(url.searchParams), url, state),
  },
  {
    method: 'POST',
    path: '/zaken/_zoek',
    crs: true,
    handle: async ({ request, url, state }) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        throw new ProblemError(400, 'parse_error', 'Ongeldige invoer.', 'JSON parse error.');
      }
      return listZaken(zaakQueryFromBody(body, url.searchParams), url, state);
    },
  },
  {
    method: 'GET',
    path: '/zaken/:uuid',
    crs: true,
    etag: true,
    handle: ({ url, params, state }) => {
      const zaak = visibleZaak(params.uuid, state);
      const tree = expandTree(url.searchParams.getAll('expand'), url.searchParams.has('expand'), state);
      // Open Zaak renders an empty `_expand` on a detail without expand; a server without expand has none.
      if (!state.expand) return zaak;
      return expandZaak(zaak, tree ?? new Map(), expandContext(state));
    },
  },
  {
    method: 'GET',
    path: '/statussen',
    handle: ({ url, state }) => {
      const zaak = urlParam(url, 'zaak');
      const statustype = urlParam(url, 'statustype');
      const laatste = booleanParam(url, 'indicatieLaatstGezetteStatus');
      const visible = visibleZaakUrls(state);
      const statussen = state.dataset.statussen
        .all()
        .filter(
          (s) =>
            visible.has(s.zaak) &&
            (zaak === undefined || s.zaak === zaak) &&
            (statustype === undefined || s.statustype === statustype) &&
            (laatste === undefined || s.indicatieLaatstGezetteStatus === laatste),
        )
        // Newest first, as the history is usually read.
        .sort((a, b) => b.datumStatusGezet.localeCompare(a.datumStatusGezet));
      return paginate(statussen, url, state.pageSize);
    },
  },
  detail('/statussen/:uuid', (state, uuid) => state.dataset.statussen.get(uuid)),
  {
    method: 'GET',
    path: '/rollen',
    handle: ({ url, state }) => {
      const zaak = urlParam(url, 'zaak');
      const roltype = urlParam(url, 'roltype');
      const betrokkeneType = choiceParam(url, 'betrokkeneType', BETROKKENE_TYPES);
      const omschrijvingGeneriek = choiceParam(url, 'omschrijvingGeneriek', OMSCHRIJVING_GENERIEK);
      const omschrijving = stringParam(url, 'omschrijving');
      const visible = visibleZaakUrls(state);
      const rollen = state.dataset.rollen
        .all()
        .filter(
          (r: Rol) =>
            visible.has(r.zaak) &&
            (zaak === undefined || r.zaak === zaak) &&
            (roltype === undefined || r.roltype === roltype) &&
            (betrokkeneType === undefined || r.betrokkeneType === betrokkeneType) &&
            (omschrijvingGeneriek === undefined || r.omschrijvingGeneriek === omschrijvingGeneriek) &&
            (omschrijving === undefined || r.omschrijving === omschrijving),
        );
      return paginate(rollen, url, state.pageSize);
    },
  },
  detail('/rollen/:uuid', (state, uuid) => state.dataset.rollen.get(uuid)),
  {
    method: 'GET',
    path: '/resultaten',
    handle: ({ url, state }) => {
      const zaak = urlParam(url, 'zaak');
      const resultaattype = urlParam(url, 'resultaattype');
      const visible = visibleZaakUrls(state);
      const resultaten = state.dataset.resultaten
        .all()
        .filter(
          (r: Resultaat) =>
            visible.has(r.zaak) && (zaak === undefined || r.zaak === zaak) && (resultaattype === undefined || r.resultaattype === resultaattype),
        );
      return paginate(resultaten, url, state.pageSize);
    },
  },
  detail('/resultaten/:uuid', (state, uuid) => state.dataset.resultaten.get(uuid)),
];

/** `GET /zaken` and `_zoek`: filter, order, paginate, expand. */
function listZaken(query: ZaakQuery, url: URL, state: MockState) {
  const tree = expandTree(query.expand, query.expandGiven, state);
  const zaken = applyZaakQuery(state.dataset.zakenOf(state.resident), query);
  const page = paginate(zaken, url, state.pageSize);
  if (!tree) return page;
  const context = expandContext(state);
  return { ...page, results: page.results.map((zaak) => expandZaak(zaak, tree, context)) };
}

/**
 * The expand tree for the request, or `undefined` when `expand` was not given. A mock configured with
 * `expand: false` rejects the parameter like a server that does not know it.
 */
function expandTree(values: readonly string[], given: boolean, state: MockState): ExpandTree | undefined {
  if (!given) return undefined;
  if (!state.expand) {
    throw validationError([{ name: 'expand', code: 'unknown-parameters', reason: 'Onbekende query parameter: expand' }]);
  }
  const { tree, invalid } = parseExpand(values);
  if (invalid.length > 0) throw validationError(invalid);
  return tree;
}

function expandContext(state: MockState): ExpandContext {
  return { dataset: state.dataset, resident: state.resident, drop: state.dropExpand };
}

function visibleZaak(uuid: string | undefined, state: MockState): Zaak {
  const zaak = uuid && isUuid(uuid) ? state.dataset.zaken.get(uuid) : undefined;
  if (!zaak || !state.dataset.isVisible(zaak, state.resident)) throw notFound();
  return zaak;
}

function visibleZaakUrls(state: MockState): Set<string> {
  return new Set(state.dataset.zakenOf(state.resident).map((zaak) => zaak.url));
}

/** A detail route for a resource that belongs to a zaak: 404 unless that zaak is visible. */
function detail(path: string, find: (state: MockState, uuid: string) => Status | Rol | Resultaat | undefined): Route {
  return {
    method: 'GET',
    path,
    etag: true,
    handle: ({ params, state }: RouteContext) => {
      const uuid = params.uuid;
      const resource = uuid && isUuid(uuid) ? find(state, uuid) : undefined;
      const zaak = resource ? state.dataset.byUrl<Zaak>(resource.zaak) : undefined;
      if (!resource || !zaak || !state.dataset.isVisible(zaak, state.resident)) throw notFound();
      return resource;
    },
  };
}
