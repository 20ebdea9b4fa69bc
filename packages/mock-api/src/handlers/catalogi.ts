/**
 * The Catalogi API (1.3.1): zaaktypen, statustypen, roltypen, resultaattypen, informatieobjecttypen and
 * besluittypen, read-only. Catalogue data is not personal, so it is not scoped to the resident.
 * @module
 */
import type { ApiUrls } from '../dataset.js';
import { choice, listRoute, string, url, type Filter } from '../http/list-route.js';
import { notFound } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import type { MockState } from '../state.js';
import { isUuid } from '../util/uuid.js';
import type { ResultaatType, RolType, StatusType, ZaakType } from '../types.js';
import type { BesluitType, InformatieObjectType } from '../types-zgw.js';
import { choiceParam } from './params.js';
import { OMSCHRIJVING_GENERIEK } from './zaak-query.js';

/** The `API-version` of Catalogi served by Open Zaak 1.30. */
export const CATALOGI_API_VERSION = '1.3.1';

const STATUS_CHOICES = ['alles', 'concept', 'definitief'] as const;

/** The Catalogi API definition for the given base URLs. */
export function catalogiApi(urls: ApiUrls): ApiDefinition {
  return { base: urls.catalogi, version: CATALOGI_API_VERSION, auth: 'zgw-jwt', routes };
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

/**
 * Catalogi's `status` filter, applied also when absent: `definitief` (the default) hides concept types,
 * `concept` shows only those, `alles` both. `conceptOf` gives the concept flag that applies to an item.
 */
function published<T>(conceptOf: (state: MockState, item: T) => boolean): Filter<T> {
  return (url, _name, state) => {
    const status = choiceParam(url, 'status', STATUS_CHOICES) ?? 'definitief';
    return (item) => status === 'alles' || (status === 'concept') === conceptOf(state, item);
  };
}

/** Concept flag of the zaaktype a catalogue resource belongs to. */
function zaaktypeConcept(state: MockState, item: { zaaktype: string }): boolean {
  return state.dataset.byUrl<{ concept: boolean }>(item.zaaktype)?.concept ?? false;
}

const routes: Route[] = [
  listRoute<ZaakType>('/zaaktypen', {
    items: (state) => state.dataset.zaaktypen.all(),
    filters: { status: published((_state, zt) => zt.concept), identificatie: string(), catalogus: url() },
  }),
  detail('/zaaktypen/:uuid', (state, uuid) => state.dataset.zaaktypen.get(uuid)),
  // Stored per zaaktype in volgnummer order, the order Catalogi lists them in.
  listRoute<StatusType>('/statustypen', {
    items: (state) => state.dataset.statustypen.all(),
    filters: { status: published(zaaktypeConcept), zaaktype: url() },
  }),
  detail('/statustypen/:uuid', (state, uuid) => state.dataset.statustypen.get(uuid)),
  listRoute<RolType>('/roltypen', {
    items: (state) => state.dataset.roltypen.all(),
    filters: { status: published(zaaktypeConcept), zaaktype: url(), omschrijvingGeneriek: choice(OMSCHRIJVING_GENERIEK) },
  }),
  detail('/roltypen/:uuid', (state, uuid) => state.dataset.roltypen.get(uuid)),
  listRoute<ResultaatType>('/resultaattypen', {
    items: (state) => state.dataset.resultaattypen.all(),
    filters: { status: published(zaaktypeConcept), zaaktype: url() },
  }),
  detail('/resultaattypen/:uuid', (state, uuid) => state.dataset.resultaattypen.get(uuid)),
  // Catalogi 1.3.1 has no zaaktype filter here; a zaaktype lists its informatieobjecttypen itself.
  listRoute<InformatieObjectType>('/informatieobjecttypen', {
    items: (state) => state.dataset.informatieobjecttypen.all(),
    filters: { status: published((_state, iot) => iot.concept), catalogus: url(), omschrijving: string() },
  }),
  detail('/informatieobjecttypen/:uuid', (state, uuid) => state.dataset.informatieobjecttypen.get(uuid)),
  listRoute<BesluitType>('/besluittypen', {
    items: (state) => state.dataset.besluittypen.all(),
    filters: {
      status: published((_state, bt) => bt.concept),
      catalogus: url(),
      zaaktypen: url(),
      informatieobjecttypen: url(),
      omschrijving: string(),
    },
  }),
  detail('/besluittypen/:uuid', (state, uuid) => state.dataset.besluittypen.get(uuid)),
];
