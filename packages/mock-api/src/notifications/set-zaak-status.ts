/**
 * A behandelaar moves a zaak on: a new Status as Open Zaak records it (with the zaak's fields that
 * follow from it), and the Notificaties messages Open Zaak would publish about it.
 * @module
 */
import type { Dataset } from '../dataset.js';
import type { Resultaat, ResultaatType, Status, StatusType, Zaak, ZaakType } from '../types.js';
import { uuidFrom } from '../util/uuid.js';
import type { Audience, Notificatie } from './event-hub.js';

/** Where the messages of a status change go: the resident-mode event hub, and in upstream mode the Notificaties API too. */
export interface Publisher {
  publish(message: Notificatie, audience: Audience): unknown;
}

/** The generated types mark server-set fields read-only; the mock is the server that sets them. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Sets the status with `volgnummer` of the zaak's zaaktype: a new Status (`datumStatusGezet` now, or
 * just after the last one when the fixtures lie in the future; `indicatieLaatstGezetteStatus` moves to
 * it), `zaak.status` and `laatstGemuteerd` follow. The end status closes the zaak: `einddatum`, a
 * resultaat of the zaaktype's first resultaattype (Zaken requires one before the end status) and the
 * archive fields derived from it. A non-end status on a closed zaak reopens it (einddatum, resultaat and
 * archive fields cleared). ETags change with the bodies. Publishes `resultaat create`/`destroy` when the
 * resultaat changes, then `status create`, to the streams of residents who may see the zaak.
 * @throws Error for an unknown zaak or a volgnummer its zaaktype lacks (a programming error in a test or demo).
 */
export function setZaakStatus(dataset: Dataset, hub: Publisher, zaakUuid: string, volgnummer: number, toelichting = '', now = new Date()): Status {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the dataset's zaken are read-only to readers, this is their one writer
  const zaak = dataset.zaken.get(zaakUuid) as Writable<Zaak> | undefined;
  if (!zaak) throw new Error(`setZaakStatus: unknown zaak ${zaakUuid}`);
  const zaaktype = dataset.byUrl<ZaakType>(zaak.zaaktype);
  const statustype = zaaktype?.statustypen.map((url) => dataset.byUrl<StatusType>(url)).find((st) => st?.volgnummer === volgnummer);
  if (!zaaktype || !statustype) throw new Error(`setZaakStatus: the zaaktype of ${zaak.identificatie} has no statustype ${volgnummer}`);

  const previous = dataset.statussen.all().filter((status) => status.zaak === zaak.url);
  const latest = previous.reduce((max, status) => Math.max(max, Date.parse(status.datumStatusGezet)), Number.NEGATIVE_INFINITY);
  const moment = new Date(Math.max(now.getTime(), latest + 1000)).toISOString();
  const uuid = uuidFrom(`status:${zaak.uuid}:${previous.length}`);
  const status: Status = {
    url: `${dataset.urls.zaken}/statussen/${uuid}`,
    uuid,
    zaak: zaak.url,
    statustype: statustype.url,
    datumStatusGezet: moment,
    statustoelichting: toelichting,
    indicatieLaatstGezetteStatus: true,
    zaakinformatieobjecten: [],
  };
  for (const earlier of previous) (earlier as Writable<Status>).indicatieLaatstGezetteStatus = false;
  dataset.statussen.set(uuid, status);
  zaak.status = status.url;
  zaak.laatstGemuteerd = moment;

  const messages: Notificatie[] = [];
  const message = (resource: string, resourceUrl: string, actie: string): Notificatie => ({
    kanaal: 'zaken',
    hoofdObject: zaak.url,
    resource,
    resourceUrl,
    actie,
    aanmaakdatum: moment,
    kenmerken: {
      bronorganisatie: zaak.bronorganisatie,
      zaaktype: zaak.zaaktype,
      vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding ?? zaaktype.vertrouwelijkheidaanduiding,
    },
  });

  if (statustype.isEindstatus) {
    if (!zaak.resultaat) {
      const resultaat = createResultaat(dataset, zaak, zaaktype);
      if (resultaat) messages.push(message('resultaat', resultaat.url, 'create'));
    }
    close(dataset, zaak, moment.slice(0, 10));
  } else if (zaak.einddatum !== null || zaak.resultaat) {
    if (zaak.resultaat) messages.push(message('resultaat', zaak.resultaat, 'destroy'));
    reopen(dataset, zaak);
  }
  messages.push(message('status', status.url, 'create'));

  const audience: Audience = (resident) => dataset.isVisible(zaak, resident);
  for (const item of messages) hub.publish(item, audience);
  return status;
}

function createResultaat(dataset: Dataset, zaak: Writable<Zaak>, zaaktype: ZaakType): Resultaat | undefined {
  const resultaattype = zaaktype.resultaattypen.map((url) => dataset.byUrl<ResultaatType>(url)).find((rt) => rt !== undefined);
  if (!resultaattype) return undefined;
  const uuid = uuidFrom(`resultaat:${zaak.uuid}`);
  const resultaat: Resultaat = { url: `${dataset.urls.zaken}/resultaten/${uuid}`, uuid, zaak: zaak.url, resultaattype: resultaattype.url, toelichting: '' };
  dataset.resultaten.set(uuid, resultaat);
  zaak.resultaat = resultaat.url;
  return resultaat;
}

/** The fields Open Zaak derives when a zaak reaches its end status (as the fixture builder sets them). */
function close(dataset: Dataset, zaak: Writable<Zaak>, einddatum: string): void {
  const resultaat = dataset.byUrl<Resultaat>(zaak.resultaat);
  const resultaattype = dataset.byUrl<ResultaatType>(resultaat?.resultaattype);
  zaak.einddatum = einddatum;
  zaak.startdatumBewaartermijn = einddatum;
  zaak.archiefnominatie = resultaattype?.archiefnominatie ?? null;
  zaak.archiefactiedatum = resultaattype?.archiefactietermijn ? addYears(einddatum, resultaattype.archiefactietermijn) : null;
}

function reopen(dataset: Dataset, zaak: Writable<Zaak>): void {
  if (zaak.resultaat) {
    const resultaat = dataset.byUrl<Resultaat>(zaak.resultaat);
    if (resultaat) dataset.resultaten.delete(resultaat.uuid ?? '');
  }
  zaak.resultaat = null;
  zaak.einddatum = null;
  zaak.startdatumBewaartermijn = null;
  zaak.archiefnominatie = null;
  zaak.archiefactiedatum = null;
}

/** `date` plus the whole years of an ISO duration such as `P10Y` (other durations: unchanged). */
function addYears(date: string, duration: string): string {
  const years = /^P(\d+)Y$/.exec(duration)?.[1];
  if (!years) return date;
  return `${Number(date.slice(0, 4)) + Number(years)}${date.slice(4)}`;
}
