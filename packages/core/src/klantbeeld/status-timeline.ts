/**
 * The status timeline of one case (ProductDienstStatus): the zaaktype's statustypen ordered by
 * volgnummer, each done/current/upcoming with date and the resident-facing texts.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { MAX_STATUSSEN } from './bounds.js';
import { getStatus, getStatussen } from '../apis/zaken.js';
import { getStatustypen, getStatustype } from '../apis/catalogi.js';
import { InvalidResponseError } from '../transport/errors.js';
import type { ResultaatSummary, StatusTimeline, TimelineStep } from './view-models.js';
import { finite, isObject, objects, text, time, type JsonObject } from './read.js';
import { expansions, lenient, relation, resolveBehandelaarRollen, resolveResultaat, resolveZaaktype } from './expand.js';
import { pickBehandelaar } from './behandelaar.js';
import { summarizeZaaktype } from './summaries.js';
import { getZaak, type Zaak } from './zaak.js';

/** Options of {@link getStatusTimeline}. */
export interface StatusTimelineOptions {
  signal?: AbortSignal;
}

/** A statustype as far as the timeline needs it. */
interface StepType {
  readonly url: string;
  readonly volgnummer: number | undefined;
  readonly omschrijving: string;
  readonly statustekst: string | undefined;
  readonly isEindstatus: boolean;
}

/** Undefined without URL or omschrijving: a step without a name cannot be shown. */
function readStepType(value: JsonObject | undefined): StepType | undefined {
  const url = text(value?.url);
  const omschrijving = text(value?.omschrijving);
  if (!value || url === undefined || omschrijving === undefined) return undefined;
  return { url, volgnummer: finite(value.volgnummer), omschrijving, statustekst: text(value.statustekst), isEindstatus: value.isEindstatus === true };
}

/** The statustypen as ordered steps: only those of `zaaktypeUrl`, without duplicates, sorted by volgnummer. */
function orderSteps(statustypen: unknown, zaaktypeUrl: string | undefined): StepType[] {
  const seen = new Set<string>();
  const steps: StepType[] = [];
  for (const item of objects(statustypen)) {
    // A server that ignored the zaaktype filter must not mix in steps of another process.
    if (zaaktypeUrl !== undefined && typeof item.zaaktype === 'string' && item.zaaktype !== zaaktypeUrl) continue;
    const step = readStepType(item);
    if (!step || step.volgnummer === undefined || seen.has(step.url)) continue;
    seen.add(step.url);
    steps.push(step);
  }
  return steps.sort((a, b) => (a.volgnummer ?? 0) - (b.volgnummer ?? 0));
}

/** Puts a statustype missing from the list at its volgnummer, or after the last step. */
function insertStep(steps: StepType[], step: StepType): void {
  const volgnummer = step.volgnummer ?? (steps.at(-1)?.volgnummer ?? 0) + 1;
  const index = steps.findIndex((other) => (other.volgnummer ?? 0) > volgnummer);
  steps.splice(index === -1 ? steps.length : index, 0, { ...step, volgnummer });
}

/** The latest status per statustype URL, by `datumStatusGezet`. */
function latestPerType(statussen: readonly JsonObject[]): Map<string, JsonObject> {
  const latest = new Map<string, JsonObject>();
  for (const status of statussen) {
    const type = text(status.statustype);
    if (type === undefined) continue;
    const previous = latest.get(type);
    if (!previous || !(time(text(previous.datumStatusGezet)) >= time(text(status.datumStatusGezet)))) latest.set(type, status);
  }
  return latest;
}

/**
 * The status timeline of a zaak.
 * - Steps: the zaaktype's statustypen by volgnummer. Before the current step: `done`; the current
 *   step (the statustype of `zaak.status`): `current`; after it: `upcoming` (also when reached
 *   earlier and the case went back). A current statustype missing from the list is inserted.
 * - No status: every step `upcoming`, `started: false`. A closed case: its end status is current
 *   and every step before it done.
 * - `resultaat` (closed cases only) and `behandelaar` (per the client's policy) when readable.
 * @param zaak a zaak URL or identificatie, or a zaak resource already fetched (e.g. with {@link getZaak}).
 */
export async function getStatusTimeline(client: KlantbeeldClient, zaak: string | Zaak, options: StatusTimelineOptions = {}): Promise<StatusTimeline> {
  const { signal } = options;
  const resource: unknown = typeof zaak === 'string' ? await getZaak(client, zaak, { signal }) : zaak;
  if (!isObject(resource)) throw new InvalidResponseError('Not a zaak');
  const url = text(resource.url);
  if (url === undefined) throw new InvalidResponseError('Zaak without url');
  const zaaktypeUrl = text(resource.zaaktype);
  const statusUrl = text(resource.status);
  const einddatum = text(resource.einddatum);
  const open = einddatum === undefined;

  const [zaaktype, statustypen, history, rollen, resultaat] = await Promise.all([
    resolveZaaktype(client, resource, signal),
    zaaktypeUrl !== undefined ? lenient(getStatustypen(client, zaaktypeUrl, { signal, limit: MAX_STATUSSEN })) : undefined,
    // Zaken 1.5 cannot expand the history; a case without status has none.
    statusUrl !== undefined ? lenient(getStatussen(client, url, { signal, limit: MAX_STATUSSEN })) : undefined,
    resolveBehandelaarRollen(client, resource, signal),
    open ? undefined : resolveResultaat(client, resource, signal),
  ]);

  const steps = orderSteps(statustypen, zaaktypeUrl);
  const statussen = objects(history);

  // The current status: expanded, else from the history, else fetched.
  const expandedStatus = expansions(resource).status;
  const status = isObject(expandedStatus)
    ? expandedStatus
    : (statussen.find((item) => item.url === statusUrl) ?? (await relation(statusUrl, undefined, (ref) => getStatus(client, ref, { signal }))));
  const currentTypeUrl = text(status?.statustype);
  if (status && currentTypeUrl !== undefined && !steps.some((step) => step.url === currentTypeUrl)) {
    const expandedType = expansions(status).statustype;
    const type = readStepType(
      isObject(expandedType) ? expandedType : await relation(currentTypeUrl, undefined, (ref) => getStatustype(client, ref, { signal })),
    );
    if (type && type.url === currentTypeUrl) insertStep(steps, type);
  }

  let currentIndex = currentTypeUrl !== undefined ? steps.findIndex((step) => step.url === currentTypeUrl) : -1;
  if (!open && !steps[currentIndex]?.isEindstatus) {
    for (let index = steps.length - 1; index >= 0; index--) {
      if (steps[index]?.isEindstatus) {
        currentIndex = index;
        break;
      }
    }
  }

  const reached = latestPerType(statussen);
  if (status && currentTypeUrl !== undefined) reached.set(currentTypeUrl, status);
  const timelineSteps = steps.map((step, index): TimelineStep => {
    const state = currentIndex === -1 || index > currentIndex ? 'upcoming' : index === currentIndex ? 'current' : 'done';
    const at = state === 'upcoming' ? undefined : reached.get(step.url);
    const datum = text(at?.datumStatusGezet);
    const toelichting = text(at?.statustoelichting);
    return {
      statustype: step.url,
      volgnummer: step.volgnummer ?? 0,
      omschrijving: step.omschrijving,
      ...(step.statustekst !== undefined ? { statustekst: step.statustekst } : {}),
      state,
      ...(datum !== undefined ? { datum } : {}),
      ...(toelichting !== undefined ? { toelichting } : {}),
      isEindstatus: step.isEindstatus,
    };
  });

  const zaaktypeSummary = summarizeZaaktype(zaaktype, resource.zaaktype);
  const behandelaar = pickBehandelaar(rollen, client.config.behandelaar);
  let resultaatSummary: ResultaatSummary | undefined;
  const resultaatOmschrijving = text(resultaat?.resultaattype?.omschrijving);
  if (resultaat && resultaatOmschrijving !== undefined) {
    const toelichting = text(resultaat.resultaat.toelichting);
    resultaatSummary = { omschrijving: resultaatOmschrijving, ...(toelichting !== undefined ? { toelichting } : {}) };
  }
  const einddatumGepland = text(resource.einddatumGepland);
  const uiterlijkeEinddatum = text(resource.uiterlijkeEinddatumAfdoening);
  return {
    zaak: {
      url,
      identificatie: text(resource.identificatie) ?? '',
      omschrijving: text(resource.omschrijving) ?? zaaktypeSummary?.omschrijving ?? '',
      ...(zaaktypeSummary ? { zaaktype: zaaktypeSummary } : {}),
    },
    steps: timelineSteps,
    started: currentIndex !== -1,
    open,
    startdatum: text(resource.startdatum) ?? '',
    ...(einddatum !== undefined ? { einddatum } : {}),
    ...(einddatumGepland !== undefined ? { einddatumGepland } : {}),
    ...(uiterlijkeEinddatum !== undefined ? { uiterlijkeEinddatum } : {}),
    ...(behandelaar ? { behandelaar } : {}),
    ...(resultaatSummary ? { resultaat: resultaatSummary } : {}),
  };
}
