/**
 * The Catalogi API (1.3.1): zaaktypen, statustypen, roltypen and resultaattypen, read-only. Catalogue
 * data is not personal, so it is not scoped to the resident.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { paginate } from '../http/pagination.js';
import { notFound } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import { isUuid } from '../util/uuid.js';
import { choiceParam, stringParam, urlParam } from './params.js';

/** The `API-version` of Catalogi served by Open Zaak 1.30. */
export const CATALOGI_API_VERSION = '1.3.1';

const STATUS_CHOICES = ['alles', 'concept', 'definitief'] as const;
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

/** The Catalogi API definition for the given base URLs. */
export function catalogiApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.catalogi, version: CATALOGI_API_VERSION, routes };
}

/**
 * Catalogi's `status` filter: `definitief` (the default) hides concept types, `concept` shows only
 * those, `alles` both. Every fixture type is definitief.
 */
function publishedMatches(url: URL, concept: boolean): boolean {
  const status = choiceParam(url, 'status', STATUS_CHOICES) ?? 'definitief';
  return status === 'alles' || (status === 'concept') === concept;
}

/** Concept flag of the zaaktype a catalogue resource belongs to. */
function conceptOf(state: MockState, zaaktypeUrl: string): boolean {
  return state.dataset.byUrl<{ concept: boolean }>(zaaktypeUrl)?.concept ?? false;
}

function detail<T>(path: string, find: (state: MockState, uuid: string) => T | undefined): Route {
  return {
    method: 'GET',
    path,
    etag: true,
    handle: ({ params, state }) => {
      const resource = params.uuid && isUuid(params.uuid) ? find(state, params.uuid) : undefined;
      if (resource === undefined) throw notFound();
      return resource;
    },
  };
}

const routes: Route[] = [
  {
    method: 'GET',
    path: '/zaaktypen',
    handle: ({ url, state }) => {
      const identificatie = stringParam(url, 'identificatie');
      const catalogus = urlParam(url, 'catalogus');
      const zaaktypen = state.dataset.zaaktypen
        .all()
        .filter(
          (zt) =>
            publishedMatches(url, zt.concept) &&
            (identificatie === undefined || zt.identificatie === identificatie) &&
            (catalogus === undefined || zt.catalogus === catalogus),
        );
      return paginate(zaaktypen, url, state.pageSize);
    },
  },
  detail('/zaaktypen/:uuid', (state, uuid) => state.dataset.zaaktypen.get(uuid)),
  {
    method: 'GET',
    path: '/statustypen',
    handle: ({ url, state }) => {
      const zaaktype = urlParam(url, 'zaaktype');
      const statustypen = state.dataset.statustypen
        .all()
        // Stored per zaaktype in volgnummer order, the order Catalogi lists them in.
        .filter((st) => publishedMatches(url, conceptOf(state, st.zaaktype)) && (zaaktype === undefined || st.zaaktype === zaaktype));
      return paginate(statustypen, url, state.pageSize);
    },
  },
  detail('/statustypen/:uuid', (state, uuid) => state.dataset.statustypen.get(uuid)),
  {
    method: 'GET',
    path: '/roltypen',
    handle: ({ url, state }) => {
      const zaaktype = urlParam(url, 'zaaktype');
      const omschrijvingGeneriek = choiceParam(url, 'omschrijvingGeneriek', OMSCHRIJVING_GENERIEK);
      const roltypen = state.dataset.roltypen
        .all()
        .filter(
          (rt) =>
            publishedMatches(url, conceptOf(state, rt.zaaktype)) &&
            (zaaktype === undefined || rt.zaaktype === zaaktype) &&
            (omschrijvingGeneriek === undefined || rt.omschrijvingGeneriek === omschrijvingGeneriek),
        );
      return paginate(roltypen, url, state.pageSize);
    },
  },
  detail('/roltypen/:uuid', (state, uuid) => state.dataset.roltypen.get(uuid)),
  {
    method: 'GET',
    path: '/resultaattypen',
    handle: ({ url, state }) => {
      const zaaktype = urlParam(url, 'zaaktype');
      const resultaattypen = state.dataset.resultaattypen
        .all()
        .filter((rt) => publishedMatches(url, conceptOf(state, rt.zaaktype)) && (zaaktype === undefined || rt.zaaktype === zaaktype));
      return paginate(resultaattypen, url, state.pageSize);
    },
  },
  detail('/resultaattypen/:uuid', (state, uuid) => state.dataset.resultaattypen.get(uuid)),
];
