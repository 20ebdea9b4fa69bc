/**
 * A second organisation with its own Zaken and Catalogi API (the Omgevingsdienst Voorbeeldregio), served
 * by the same mock under `${origin}${basePath}/omgevingsdienst/…`. It has its own data set, so its URLs
 * never resolve in the municipality's APIs and vice versa (Open Zaak does not expand a relation to
 * another server); the relations between them are plain URLs. The resident it serves is the mock's
 * current resident (a ketenstatus gateway scoped by the same login).
 * @module
 */
import type { RequestHandler } from 'msw';
import { Dataset, type ApiUrls } from './dataset.js';
import { addZaak, addZaaktype } from './fixtures/build.js';
import { FOREIGN_ZAAK_URL, constructieveVeiligheid, constructieveVeiligheidZaak } from './fixtures/omgevingsdienst.js';
import { omgevingsdienst } from './fixtures/organisaties.js';
import { fixtureZaken } from './fixtures/residents.js';
import { catalogiApi } from './handlers/catalogi.js';
import { zakenApi } from './handlers/zaken.js';
import { apiHandlers } from './http/route.js';
import type { MockState } from './state.js';
import type { Zaak } from './types.js';
import { NotificatieCentrale } from './notifications/notificatie-centrale.js';

/** Where the other organisation's APIs are, for a client's `sources` (see {@link MockApi.otherOrganisation}). */
export interface OtherOrganisation {
  /** Display name, e.g. for `SourceConfig.organisatie`. */
  readonly naam: string;
  /** RSIN, as its zaken carry it in `verantwoordelijkeOrganisatie`. */
  readonly rsin: string;
  /** Base URL of its Zaken API. */
  readonly zaken: string;
  /** Base URL of its Catalogi API (the zaaktypen of its zaken). */
  readonly catalogi: string;
  /** Base URL of its Notificaties API (upstream mode): a gateway subscribes there for ketenstatus. */
  readonly notificaties: string;
}

/** The other organisation's data and a factory for its handlers. */
export interface OtherOrganisationMock {
  readonly info: OtherOrganisation;
  readonly dataset: Dataset;
  /** Its Notificaties API: status changes of its zaken are delivered to its abonnementen. */
  readonly centrale: NotificatieCentrale;
  /** msw handlers of its APIs, scoped to the resident of `state` and logging into the same request log. */
  handlers(state: MockState): RequestHandler[];
}

/**
 * Builds the other organisation below `root` (`${origin}${basePath}`) and links its zaak to the
 * municipality's data in `main`: the deelzaak's `hoofdzaak` is Jansen's dakkapel, which lists it among
 * its `deelzaken` (after the municipality's own) and names a zaak at an unconfigured third organisation
 * in `relevanteAndereZaken`.
 */
export function createOtherOrganisation(root: string, main: Dataset): OtherOrganisationMock {
  const info: OtherOrganisation = {
    naam: omgevingsdienst.naam,
    rsin: omgevingsdienst.rsin,
    zaken: `${root}/omgevingsdienst/zaken/api/v1`,
    catalogi: `${root}/omgevingsdienst/catalogi/api/v1`,
    notificaties: `${root}/omgevingsdienst/notificaties/api/v1`,
  };
  const centrale = new NotificatieCentrale(info.notificaties);
  const urls: ApiUrls = { ...main.urls, zaken: info.zaken, catalogi: info.catalogi };
  const dataset = new Dataset(urls);
  addZaaktype(dataset, constructieveVeiligheid);

  const jansen = main.residents.get('jansen');
  const dakkapel = main.zaken.get(fixtureZaken.jansen.dakkapel);
  if (jansen && dakkapel) {
    dataset.residents.set(jansen.id, jansen);
    const deelzaak: Zaak = addZaak(dataset, jansen, constructieveVeiligheidZaak);
    deelzaak.hoofdzaak = dakkapel.url;
    dakkapel.deelzaken.push(deelzaak.url);
    dakkapel.relevanteAndereZaken = [...(dakkapel.relevanteAndereZaken ?? []), { url: FOREIGN_ZAAK_URL, aardRelatie: 'onderwerp' }];
  }

  return {
    info,
    dataset,
    centrale,
    handlers: (state) => {
      // The same live state (resident, page size, expand mode, log) over this organisation's data.
      const scoped = Object.create(state, { dataset: { value: dataset, enumerable: true } }) as MockState;
      return [zakenApi(urls), catalogiApi(urls), centrale.api()].flatMap((api) => apiHandlers(api, scoped));
    },
  };
}
