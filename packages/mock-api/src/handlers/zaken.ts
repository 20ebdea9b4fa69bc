/**
 * The Zaken API (1.5.1, as Open Zaak 1.30 serves it): zaken (list, detail, `_zoek`, with `expand`),
 * statussen, rollen, resultaten, zaakinformatieobjecten and `/zaken/{uuid}/besluiten` (plain arrays, as
 * the standard has them), and Open Zaak's substatussen. For a resident behind the gateway everything is
 * scoped to zaken in which they are initiator (anything else is "not found"); an application sees every
 * zaak and selects with the role filters (see `requester.ts`). List routes are declared with {@link listRoute}.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { expandZaak, parseExpand, type ExpandContext, type ExpandTree } from '../expand.js';
import { paginate } from '../http/pagination.js';
import { bool, choice, listRoute, string, url, type Filter } from '../http/list-route.js';
import { stringParam } from './params.js';
import { ProblemError, notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route, RouteContext } from '../http/route.js';
import type { MockState } from '../state.js';
import { confinedTo } from '../requester.js';
import type { Resultaat, Rol, Status, Zaak } from '../types.js';
import type { SubStatus, ZaakInformatieObject } from '../types-zgw.js';
import { isUuid } from '../util/uuid.js';
import {
  applyZaakQuery,
  BETROKKENE_TYPES,
  OMSCHRIJVING_GENERIEK,
  ROL_IDENTIFICATIE,
  zaakQueryFromBody,
  zaakQueryFromSearch,
  type ZaakQuery,
} from './zaak-query.js';

/** The `API-version` Open Zaak 1.30 reports for Zaken. */
export const ZAKEN_API_VERSION = '1.5.1';

/** Open Zaak's `SubStatus.doelgroep` choices. */
const DOELGROEPEN = ['betrokkenen', 'intern'] as const;

/**
 * `/rollen?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=…` and the other identificatie filters: with
 * `zaak` and `omschrijvingGeneriek=initiator` they tell whether one person is the initiator of a zaak.
 */
const rolIdentificatieFilters: Record<string, Filter<Rol>> = Object.fromEntries(
  Object.entries(ROL_IDENTIFICATIE).map(([name, read]): [string, Filter<Rol>] => [
    name,
    (url, parameter) => {
      const value = stringParam(url, parameter);
      return value === undefined ? undefined : (rol) => read(rol) === value;
    },
  ]),
);

/** The Zaken API definition for the given base URLs. */
export function zakenApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.zaken, version: ZAKEN_API_VERSION, auth: 'zgw-jwt', routes };
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
  listRoute<Status>('/statussen', {
    items: (state) => state.dataset.statussen.all(),
    scope: inVisibleZaak,
    filters: { zaak: url(), statustype: url(), indicatieLaatstGezetteStatus: bool() },
    // Newest first, as the history is usually read.
    order: (a, b) => b.datumStatusGezet.localeCompare(a.datumStatusGezet),
  }),
  detail('/statussen/:uuid', (state, uuid) => state.dataset.statussen.get(uuid)),
  listRoute<Rol>('/rollen', {
    items: (state) => state.dataset.rollen.all(),
    scope: inVisibleZaak,
    filters: {
      zaak: url(),
      roltype: url(),
      betrokkeneType: choice(BETROKKENE_TYPES),
      omschrijvingGeneriek: choice(OMSCHRIJVING_GENERIEK),
      omschrijving: string(),
      ...rolIdentificatieFilters,
    },
  }),
  detail('/rollen/:uuid', (state, uuid) => state.dataset.rollen.get(uuid)),
  listRoute<Resultaat>('/resultaten', {
    items: (state) => state.dataset.resultaten.all(),
    scope: inVisibleZaak,
    filters: { zaak: url(), resultaattype: url() },
  }),
  detail('/resultaten/:uuid', (state, uuid) => state.dataset.resultaten.get(uuid)),
  // Not paginated: Zaken serves the documents of a zaak as a plain array.
  listRoute<ZaakInformatieObject>('/zaakinformatieobjecten', {
    items: (state) => state.dataset.zaakinformatieobjecten.all(),
    scope: inVisibleZaak,
    filters: { zaak: url(), informatieobject: url() },
    paginated: false,
  }),
  detail('/zaakinformatieobjecten/:uuid', (state, uuid) => state.dataset.zaakinformatieobjecten.get(uuid)),
  // Open Zaak's substatussen, in the order they were set.
  listRoute<SubStatus>('/substatussen', {
    items: (state) => state.dataset.substatussen.all(),
    scope: inVisibleZaak,
    filters: { zaak: url(), status: url(), doelgroep: choice(DOELGROEPEN) },
  }),
  detail('/substatussen/:uuid', (state, uuid) => state.dataset.substatussen.get(uuid), { etag: false }),
  {
    // The besluiten of a zaak (reverse relation, kept by the Zaken API): a plain array, no ETag.
    method: 'GET',
    path: '/zaken/:uuid/besluiten',
    handle: ({ params, state }) => {
      const zaak = visibleZaak(params.uuid, state);
      return state.dataset.zaakbesluiten.all().filter((link) => link.url.startsWith(`${zaak.url}/besluiten/`));
    },
  },
  {
    method: 'GET',
    path: '/zaken/:zaakUuid/besluiten/:uuid',
    handle: ({ params, state }) => {
      const zaak = visibleZaak(params.zaakUuid, state);
      const link = params.uuid && isUuid(params.uuid) ? state.dataset.zaakbesluiten.get(params.uuid) : undefined;
      if (!link || !link.url.startsWith(`${zaak.url}/besluiten/`)) throw notFound();
      return link;
    },
  },
];

/** `GET /zaken` and `_zoek`: filter, order, paginate, expand. */
function listZaken(query: ZaakQuery, url: URL, state: MockState) {
  const tree = expandTree(query.expand, query.expandGiven, state);
  // Behind the gateway the session decides whose zaken these are: filters on rollen in the URL are not passed on.
  const effective = confinedTo(state.requester) === undefined ? query : { ...query, rol: [] };
  const zaken = applyZaakQuery(state.dataset.zakenFor(state.requester), effective, (url) => state.dataset.byUrl<Rol>(url));
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
  return { dataset: state.dataset, requester: state.requester, drop: state.dropExpand };
}

function visibleZaak(uuid: string | undefined, state: MockState): Zaak {
  const zaak = uuid && isUuid(uuid) ? state.dataset.zaken.get(uuid) : undefined;
  if (!zaak || !state.dataset.seesZaak(state.requester, zaak)) throw notFound();
  return zaak;
}

/** Scope of the resources that hang from a zaak: only those of zaken the requester may see. */
export function inVisibleZaak(state: MockState): (item: { readonly zaak: string }) => boolean {
  const visible = new Set(state.dataset.zakenFor(state.requester).map((zaak) => zaak.url));
  return (item) => visible.has(item.zaak);
}

/** A detail route for a resource that belongs to a zaak: 404 unless that zaak is visible. */
function detail(path: string, find: (state: MockState, uuid: string) => { readonly zaak: string } | undefined, options: { etag?: boolean } = {}): Route {
  return {
    method: 'GET',
    path,
    etag: options.etag ?? true,
    handle: ({ params, state }: RouteContext) => {
      const uuid = params.uuid;
      const resource = uuid && isUuid(uuid) ? find(state, uuid) : undefined;
      const zaak = resource ? state.dataset.byUrl<Zaak>(resource.zaak) : undefined;
      if (!resource || !zaak || !state.dataset.seesZaak(state.requester, zaak)) throw notFound();
      return resource;
    },
  };
}
